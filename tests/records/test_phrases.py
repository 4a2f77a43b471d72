"""The phrase lists of the meeting-record parser: every line has an example it matches, and known false friends."""

from __future__ import annotations

import pytest

from themes.records import lexicon
from themes.records.entries import OPEN
from themes.records.status import deferral, status_of
from themes.text.fold import fold

LINES = [(name, phrase) for name in lexicon.LISTS for phrase in lexicon.phrases(name)]


def test_every_list_has_phrases() -> None:
    for name in lexicon.LISTS:
        assert lexicon.phrases(name), f"{name}.txt holds no phrases"


@pytest.mark.parametrize(("name", "phrase"), LINES, ids=[f"{n}:{p.text}" for n, p in LINES])
def test_each_phrase_has_an_example_its_list_matches(name: str, phrase: lexicon.Phrase) -> None:
    assert phrase.text, f"empty phrase in {name}.txt"
    assert phrase.example, f"{name}.txt: {phrase.text!r} has no example sentence"
    assert phrase.text == phrase.text.lower(), f"{name}.txt: {phrase.text!r} is not lower case"
    assert lexicon.find(name, fold(phrase.example)), f"{name}.txt: no phrase found in {phrase.example!r}"


@pytest.mark.parametrize("name", lexicon.LISTS)
def test_phrases_are_listed_once(name: str) -> None:
    texts = [p.text for p in lexicon.phrases(name)]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(
    "text",
    [
        "niet de verantwoordelijkheid verschuiven",
        "De werkgroep wil niet de verantwoordelijkheid verschuiven naar de gemeenten.",
    ],
)
def test_shifting_responsibility_is_no_deferral(text: str) -> None:
    assert deferral(text) is None
    assert status_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "heeft navraag gedaan",
        "[PERSOON_2] heeft navraag gedaan bij de leverancier over de levertijd.",
    ],
)
def test_having_inquired_is_not_resolved(text: str) -> None:
    assert status_of(text) in (None, OPEN)


@pytest.mark.parametrize(
    "text",
    [
        "zorg dragen voor",
        "De afdeling moet zorg dragen voor een goede overdracht van de dossiers.",
    ],
)
def test_taking_care_of_is_no_deferral_or_status(text: str) -> None:
    assert deferral(text) is None
    assert status_of(text) is None
    for name in (lexicon.DEFERRED, lexicon.DROPPED, lexicon.RESOLVED, lexicon.RECURRING):
        assert lexicon.says(name, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "nog niet afgerond",
        "De inventarisatie van de registers is nog niet afgerond.",
        "Het advies is nog niet gereed.",
    ],
)
def test_not_yet_finished_is_not_finished(text: str) -> None:
    assert lexicon.says(lexicon.RESOLVED, text, factual=True) is None
    assert status_of(text) == OPEN


@pytest.mark.parametrize(
    "text",
    [
        "De rapportage moet voor de zomer afgerond zijn.",
        "Het concept zal eind mei gereed zijn.",
    ],
)
def test_planned_finish_is_not_a_fact(text: str) -> None:
    assert lexicon.says(lexicon.RESOLVED, text, factual=True) is None
    assert status_of(text) != "afgerond"


def test_finished_as_a_fact_is_resolved() -> None:
    assert lexicon.says(lexicon.RESOLVED, "De inventarisatie is afgerond.", factual=True) == "afgerond"
    assert status_of("De inventarisatie is afgerond.") == "afgerond"


@pytest.mark.parametrize(
    "text",
    [
        "Volgende bijeenkomst is gepland op 14 mei",
        "Volgende bijeenkomst is gepland op 14 mei.",
        "Het volgende overleg is op 2 oktober in het stadskantoor.",
        "Datum volgende vergadering: 9 december.",
    ],
)
def test_meeting_logistics_defer_nothing(text: str) -> None:
    assert deferral(text) is None
    assert status_of(text) is None


def test_a_real_deferral_still_defers() -> None:
    assert deferral("Het punt over de huisvesting is doorgeschoven naar het volgende overleg.") == "doorgeschoven"
    assert status_of("Dit punt is niet besproken vanwege tijdgebrek.") == "uitgesteld"
