"""One pseudonym per person in a batch of several documents: lists of names, short forms, first names per document."""

from __future__ import annotations

import itertools
import re

import pytest

import themes.redact.pool as pool
from themes.config import RedactConfig
from themes.redact import Redactor
from themes.redact.pool import redact_parallel

KEY = b"documents-key-0123456789abcdef01"
PSEUDONYM = re.compile(r"\[PERSOON_\d+\]")

# two meetings, each with a different Peter; "Peter" alone in each is the Peter of that meeting
MEETING_A = ["Aanwezig: Peter Harmsink, Marloes Verbeek", "Peter opent de vergadering.",
             "Actie: Marloes V stuurt het verslag rond."]
MEETING_B = ["Aanwezig: Peter Jansen, Sander Bakker", "Peter licht de begroting toe.", "Sander Bakker sluit af."]
MEETING_C = ["Peter Harmsink presenteert in de volgende vergadering."]


def _redactor() -> Redactor:
    return Redactor(RedactConfig(), KEY).load()


def _batch(*meetings: list[str]) -> tuple[list[str], list[set[int]]]:
    texts, groups = [], []
    for k, meeting in enumerate(meetings):
        texts += meeting
        groups += [{k}] * len(meeting)
    return texts, groups


def _of(redacted: str) -> list[str]:
    return PSEUDONYM.findall(redacted)


def test_a_first_name_alone_is_the_one_person_of_its_document_with_that_first_name():
    texts, groups = _batch(MEETING_A, MEETING_B, MEETING_C)
    out = [r.redacted for r in _redactor().redact_batch(texts, groups)]
    harmsink, marloes = _of(out[0])
    jansen, _ = _of(out[3])
    assert _of(out[1]) == [harmsink] and _of(out[4]) == [jansen]
    assert _of(out[2]) == [marloes]  # "Marloes V": a short form of Marloes Verbeek
    assert _of(out[6]) == [harmsink]  # the full name in another meeting: the same person
    assert harmsink != jansen


def test_without_documents_a_first_name_two_people_share_is_a_pseudonym_of_its_own():
    texts, _ = _batch(MEETING_A, MEETING_B)
    out = [r.redacted for r in _redactor().redact_batch(texts)]
    harmsink, jansen = _of(out[0])[0], _of(out[3])[0]
    assert _of(out[1]) == _of(out[4])
    assert _of(out[1])[0] not in (harmsink, jansen)


def test_a_first_name_in_a_document_naming_two_people_with_it_stays_ambiguous():
    both = ["Aanwezig: Peter Harmsink, Peter Jansen", "Peter neemt de actie."]
    texts, groups = _batch(both, MEETING_A)
    out = [r.redacted for r in _redactor().redact_batch(texts, groups)]
    harmsink, jansen = _of(out[0])
    assert _of(out[1])[0] not in (harmsink, jansen)  # not guessed from the other meeting
    assert _of(out[3]) == [harmsink]  # while in meeting A, Peter is Peter Harmsink


def test_a_text_shared_by_two_documents_takes_the_person_both_documents_agree_on():
    shared = "Peter vraagt het woord."
    texts = [MEETING_A[0], shared, MEETING_B[0], shared, "Peter Harmsink belt."]
    groups = [{0}, {0}, {1}, {1}, {1}]
    out = [r.redacted for r in _redactor().redact_batch(texts, groups)]
    assert out[1] == out[3]
    assert _of(out[1])[0] not in (_of(out[0])[0], _of(out[2])[0])  # two Peters: ambiguous, one pseudonym


def test_full_name_first_or_first_name_first_across_documents_and_ingests_is_one_person():
    for order in (["Peter Harmsink opent.", "Peter sluit af."], ["Peter sluit af.", "Peter Harmsink opent."]):
        redactor = _redactor()
        first = redactor.redact_batch([order[0]], [{0}])[0].redacted
        second = redactor.redact_batch([order[1]], [{1}])[0].redacted
        assert _of(first) == _of(second)


def test_a_list_of_names_gets_one_pseudonym_per_person():
    texts = ["Aanwezig: Marloes Verbeek Kofi Mensah Sanne Bakker", "Marloes Verbeek opent.", "Kofi Mensah vraagt.",
             "Sanne Bakker sluit af.", "Marloes en Kofi plannen een afspraak."]
    out = [r.redacted for r in _redactor().redact_batch(texts, [{0}] * len(texts))]
    listed = _of(out[0])
    assert listed == [_of(out[1])[0], _of(out[2])[0], _of(out[3])[0]]
    assert len(set(listed)) == 3
    assert _of(out[4]) == listed[:2]
    assert "Marloes" not in out[0] and "Mensah" not in out[0] and "Bakker" not in out[0]


def test_the_pseudonyms_do_not_depend_on_the_order_of_texts_and_documents():
    texts, groups = _batch(MEETING_A, MEETING_B, ["Actie: Sander en Peter Jansen maken een planning."])
    expected = dict(zip(texts, (r.redacted for r in _redactor().redact_batch(texts, groups)), strict=True))
    pairs = list(zip(texts, groups, strict=True))
    for order in itertools.islice(itertools.permutations(pairs), 0, 3_000_000, 400_009):
        got = _redactor().redact_batch([t for t, _ in order], [g for _, g in order])
        assert {t: r.redacted for (t, _), r in zip(order, got, strict=True)} == expected


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(pool, "MIN_PARALLEL_TEXTS", 10)


def test_parallel_redaction_with_documents_equals_redact_batch(small_threshold):
    meetings = [[f"Aanwezig: Peter Harmsink Marloes Verbeek, vergadering {k}", f"Peter opent vergadering {k}.",
                 f"Marloes V sluit vergadering {k}."] if k % 2 else
                [f"Aanwezig: Peter Jansen, vergadering {k}", f"Peter sluit vergadering {k}."] for k in range(12)]
    texts, groups = _batch(*meetings)
    expected = [r.redacted for r in _redactor().redact_batch(texts, groups)]
    assert [r.redacted for r in redact_parallel(_redactor(), texts, workers=2, groups=groups)] == expected
    assert len({_of(expected[1])[0], _of(expected[4])[0]}) == 2  # each meeting's own Peter


def test_first_names_of_a_list_written_without_a_comma_are_each_their_own_person():
    # "Simon Vincent en Daan": Simon and Vincent are also surnames, yet the list says first names alone
    meeting = ["Aanwezig: Simon Brouwer, Vincent Dekker, Daan Smit",
               "We willen de resultaten zien van de werkbijeenkomst van Simon Vincent en Daan."]
    texts, groups = _batch(meeting)
    out = [r.redacted for r in _redactor().redact_batch(texts, groups)]
    brouwer, dekker, smit = _of(out[0])
    assert _of(out[1]) == [brouwer, dekker, smit]
    assert "Simon" not in out[1] and "Vincent" not in out[1]


def test_a_name_cut_by_a_woo_redaction_is_the_person_whose_name_it_begins_across_documents():
    # published Woo documents: the publisher's redaction sometimes cuts a surname ("Peter Vel [WOO]")
    one = ["Uitgenodigd: Peter Veldsink [WOO] (verslag).", "Dialoog met de wethouder, peter en de directie."]
    two = ["Er was een tussentijds gesprek tussen Peter Vel [WOO] secretaris en de directie."]
    three = ["Het idee kwam bij [WOO] en Peter vandaan."]
    texts, groups = _batch(one, two, three)
    out = [r.redacted for r in _redactor().redact_batch(texts, groups)]
    peter = _of(out[0])
    assert len(peter) == 1 and _of(out[1]) == peter and _of(out[2]) == peter and _of(out[3]) == peter
    assert "Vel " not in out[2] and "[WOO]" in out[2]


def test_a_word_of_two_persons_first_names_joined_by_hyphens_gives_each_his_own_pseudonym():
    texts = ["Aanwezig: Gerrit Jan van Dommelen, Okke Hoekstra, Anna Smit",
             "Principes (Okke-Gerrit-Jan) zijn afgestemd.", "Anna-Maria-José belt."]
    out = [r.redacted for r in _redactor().redact_batch(texts, [{0}] * 3)]
    gerrit_jan, okke, anna = _of(out[0])
    assert out[1] == f"Principes ({okke}-{gerrit_jan}) zijn afgestemd."
    assert len(_of(out[2])) == 1 and _of(out[2])[0] not in (gerrit_jan, okke, anna)  # one person's three names


def test_a_first_name_alone_is_not_the_person_named_in_full_only_years_away():
    texts = ["Aanwezig: Reinout Kleinhout, Sanne Veltkamp", "Met Reinout besproken.", "Reinout belt terug.",
             "Reinout stuurt de notitie."]
    groups = [{"2023"}, {"2019"}, {"2022"}, {"zonder datum"}]
    dates = {"2023": "2023-05-01", "2019": "2019-03-01", "2022": "2021-06-10", "zonder datum": None}
    out = [r.redacted for r in _redactor().redact_batch(texts, groups, dates)]
    kleinhout, _ = _of(out[0])
    assert _of(out[1]) != [kleinhout]  # four years before the only Reinout named in full: someone else perhaps
    assert _of(out[2]) == [kleinhout]  # two years: the same person
    assert _of(out[3]) == [kleinhout]  # an undated document: linked as before
    # without dates, as before: the one Reinout of the batch
    assert [_of(r.redacted) for r in _redactor().redact_batch(texts, groups)][1] == [kleinhout]


def test_the_years_a_person_is_named_in_full_are_kept_in_the_registry_for_later_ingests():
    from themes.redact.persons import PersonRegistry

    first = _redactor()
    [named] = first.redact_batch(["Aanwezig: Reinout Kleinhout"], [{"a"}], {"a": "2023-05-01"})
    entries, tokens = first.persons.new_rows()
    later = Redactor(RedactConfig(), KEY, persons=PersonRegistry.from_rows(KEY, entries, tokens)).load()
    old, near = later.redact_batch(["Met Reinout besproken.", "Reinout belt."], [{"b"}, {"c"}],
                                   {"b": "2019-03-01", "c": "2024-01-15"})
    assert _of(old.redacted) != _of(named.redacted) and _of(near.redacted) == _of(named.redacted)
