"""The batch name detector skips texts that cannot hold a name, with exactly the detector's results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from themes.redact.name_batch import detect_names
from themes.redact.names import NameDetector
from themes.redact.patterns import PATTERN_DETECTORS, find_patterns
from themes.redact.wordlists import load_lexicon

TEXTS = [
    "Ik werk hier al 11 jaar en voel me niet gehoord.",
    "De sfeer in het team is goed, maar de werkdruk is hoog.",
    "Mijn collega Jansen zegt dat het beter kan.",  # a surname after a role
    "Mijn collega Qx vindt het ook.",  # a short unknown capitalised word after a role
    "Collega's van ICT en HR zijn behulpzaam.",
    "Volgens dhr. Pietersen gaat het goed.",  # a title
    "Gesproken met J.P. de Boer over de planning.",  # initials
    "Aanwezig: Anna, Bram en Lotte\nNotulen: Sanne",  # list lines
    "IK BEN HET NIET EENS MET DEZE GANG VAN ZAKEN IN HET TEAM",  # capitals are folded
    "omdat fatima er niet was is het uitgesteld",  # a first name in lower case
    "Mensen is wat mij betreft het verkeerde woord.",
    "toen kwame binnenkwam was iedereen stil",
    "Het overleg met de heer De Vries was nuttig.",
    "In de werkgroep: iedereen mag meedoen.",
    "Ik bel Emre morgen; hij belde gisteren ook al.",
    "Het Van Gogh Museum en de Anne Frank Stichting doen mee.",
    "",
    "…",
]


@pytest.fixture(scope="module")
def detector() -> NameDetector:
    return NameDetector(load_lexicon())


def _case_texts() -> list[str]:
    cases = json.loads((Path(__file__).with_name("cases.json")).read_text(encoding="utf-8"))["cases"]
    return [case["text"] for case in cases if isinstance(case, dict) and isinstance(case.get("text"), str)]


@pytest.mark.parametrize("extra_names", [frozenset(), frozenset({"jansen", "kaya", "fatima", "ongewijzigd"})])
def test_batch_detection_equals_the_detector_text_by_text(detector, extra_names):
    texts = TEXTS + _case_texts()
    extra = extra_names.__contains__
    expected = [detector.detect_with_rest(t, extra, {"bakker"}) for t in texts]
    assert detect_names(detector, texts, extra, {"bakker"}) == expected


def test_a_text_without_names_is_skipped_with_all_its_words_as_rest(detector):
    [(mentions, rest)] = detect_names(detector, ["De sfeer in het team is goed."], lambda _w: False)
    assert mentions == []
    assert rest == {"de", "sfeer", "in", "het", "team", "is", "goed"}


def test_a_short_unknown_word_is_a_name_only_after_a_role(detector):
    texts = ["Mijn collega Qx vindt het ook.", "Mijn team Qx vindt het ook."]
    (with_role, _), (without_role, _) = detect_names(detector, texts, lambda _w: False)
    assert [m.tokens for m in with_role] == [("qx",)]
    assert without_role == []


def test_find_patterns_equals_every_detector_in_turn():
    texts = TEXTS + _case_texts() + [
        "Bel 06-12345678 of mail a.b@example.nl, zie https://www.linkedin.com/in/iemand",
        "Geboren op 12-03-1985, BSN 111222333, IBAN NL91ABNA0417164300, 1012 AB Amsterdam, Damstraat 12",
    ]
    for text in texts:
        assert find_patterns(text) == [s for d in PATTERN_DETECTORS for s in d.detect(text)]
