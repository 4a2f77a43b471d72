"""A double surname written with spaces round its hyphen ("Hendrik Wolterink - Kocabas") is one person."""

from __future__ import annotations

import re

from themes.config import RedactConfig
from themes.redact import Redactor
from themes.redact.person_names import is_second_surname

KEY = b"double-surname-key-0123456789abc"
PSEUDONYM = re.compile(r"\[PERSOON_\d+\]")
FIRST_NAMES = frozenset({"hendrik", "sanne"})


def _redact(texts: list[str]) -> list[str]:
    return [r.redacted for r in Redactor(RedactConfig(), KEY).load().redact_batch(texts)]


def test_a_second_surname_after_a_spaced_dash_gets_the_pseudonym_of_the_full_name():
    out = _redact(["Aanwezig: Karel Brinkhorst (Gemeente), Hendrik Wolterink - Kocabas (Provincie), "
                   "Fleur Kocabas (Rijk)", "Hendrik Wolterink opent de vergadering."])
    brinkhorst, wolterink, kocabas = PSEUDONYM.findall(out[0])
    assert "Kocabas" not in out[0] and f"{wolterink} (Provincie)" in out[0]
    assert PSEUDONYM.findall(out[1]) == [wolterink]
    assert len({brinkhorst, wolterink, kocabas}) == 3


def test_a_full_name_after_a_spaced_dash_stays_a_second_person():
    out = _redact(["Hendrik Wolterink - Sanne Veltkamp", "Hendrik Wolterink opent."])
    first, second = PSEUDONYM.findall(out[0])
    assert first != second and PSEUDONYM.findall(out[1]) == [first]


def _span(text: str, words: str, at: int = 0) -> tuple[int, int, tuple[tuple[int, int, str], ...]]:
    start = text.index(words, at)
    out, pos = [], start
    for word in words.split():
        out.append((pos, pos + len(word), word.lower()))
        pos += len(word) + 1
    return start, start + len(words), tuple(out)


def test_only_one_capitalised_word_that_is_no_first_name_after_a_full_name_is_a_second_surname():
    text = "Hendrik Wolterink - Kocabas, Hendrik Wolterink - Sanne, Wolterink - Kocabas, Hendrik Wolterink -- Kocabas"
    second = text.index("Hendrik", 1)
    assert is_second_surname(text, _span(text, "Hendrik Wolterink"), _span(text, "Kocabas"), FIRST_NAMES)
    # a first name after the dash: a list of two persons
    assert not is_second_surname(text, _span(text, "Hendrik Wolterink", second), _span(text, "Sanne"), FIRST_NAMES)
    # a surname alone before the dash
    lone = text.index("Wolterink - Kocabas", second)
    assert not is_second_surname(text, _span(text, "Wolterink", lone), _span(text, "Kocabas", lone), FIRST_NAMES)
    # two dashes: no double surname
    last = text.rindex("Hendrik")
    assert not is_second_surname(text, _span(text, "Hendrik Wolterink", last), _span(text, "Kocabas", last),
                                 FIRST_NAMES)
