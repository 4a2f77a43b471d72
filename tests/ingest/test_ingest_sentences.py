from __future__ import annotations

import pytest

from themes.text.sentences import group_sentences, split_long_text, split_sentences


def test_plain_sentences_are_split():
    assert split_sentences("Eerste zin. Tweede zin? Derde zin!") == ["Eerste zin.", "Tweede zin?", "Derde zin!"]


@pytest.mark.parametrize(
    "abbreviation",
    [
        "i.v.m.",
        "o.a.",
        "bijv.",
        "bv.",
        "t.a.v.",
        "dhr.",
        "mevr.",
        "mw.",
        "drs.",
        "m.b.t.",
        "n.a.v.",
        "z.s.m.",
        "i.p.v.",
        "ca.",
        "nr.",
        "vs.",
    ],
)
def test_dutch_abbreviations_do_not_end_a_sentence(abbreviation):
    text = f"Dit gaat {abbreviation} Verwey over het plan. Tweede zin."
    assert split_sentences(text) == [f"Dit gaat {abbreviation} Verwey over het plan.", "Tweede zin."]


def test_initials_do_not_end_a_sentence():
    assert split_sentences("Gesprek met J.P. de Vries en A. Bakker. Daarna pauze.") == [
        "Gesprek met J.P. de Vries en A. Bakker.",
        "Daarna pauze.",
    ]


def test_numbers_and_dates_do_not_split():
    text = "De afgelopen 4,5 jaar liep het, op 11-03-2024 om 16.00 uur. Volgende."
    assert split_sentences(text) == ["De afgelopen 4,5 jaar liep het, op 11-03-2024 om 16.00 uur.", "Volgende."]


def test_leading_list_number_is_not_a_sentence():
    assert split_sentences("3. Laatste update Verwey Jonker") == ["3. Laatste update Verwey Jonker"]


def test_enz_and_etc_may_end_a_sentence():
    assert split_sentences("Pennen, schriften enz. Daarna de rest.") == ["Pennen, schriften enz.", "Daarna de rest."]


def test_groups_stay_under_the_limit_and_keep_whole_sentences():
    sentences = [f"Zin nummer {i} gaat over het thema representatie." for i in range(20)]
    groups = group_sentences(sentences, 120)
    assert all(len(g) <= 120 for g in groups)
    assert " ".join(groups) == " ".join(sentences)
    assert all(g.endswith(".") for g in groups)


def test_a_sentence_longer_than_the_limit_is_cut_at_a_comma():
    sentence = ", ".join(["een lange opsomming van dingen"] * 10) + "."
    pieces = group_sentences([sentence], 100)
    assert all(len(p) <= 100 for p in pieces)
    assert " ".join(pieces).replace("  ", " ") == sentence


def test_short_text_stays_one_unit():
    assert split_long_text("Kort. Heel kort.", 600) == ["Kort. Heel kort."]
