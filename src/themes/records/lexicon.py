"""The phrase lists of the meeting-record parser (``records/phrases/*.txt``), compiled once, and their matching.

Phrases are data, one a line with a sentence from real minutes beside it (see ``phrases/README.md``). Matching runs
on folded text (``themes.text.fold``). A resolved phrase counts only when no negation or modal word stands in the
few words before it in the same clause ("nog niet afgerond", "moet voor de zomer afgerond zijn").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from themes.text.fold import fold
from themes.text.tokens import word_runs

DEFERRED = "deferred"
RESOLVED = "resolved"
DROPPED = "dropped"
OPEN = "open"
RECURRING = "recurring"
DECISION = "decision"
COMMITMENT = "commitment"
NEGATION = "negation"
MODAL = "modal"
PROCEDURAL = "procedural"
AGREEMENT = "agreement"
INSTRUCTION = "instruction"
PROBLEM = "problem"
FORUM = "forum"
ROLE = "role"
CONTRIBUTION = "contribution"
LISTS: tuple[str, ...] = (
    DEFERRED, RESOLVED, DROPPED, OPEN, RECURRING, DECISION, COMMITMENT, NEGATION, MODAL, PROCEDURAL, AGREEMENT,
    INSTRUCTION, PROBLEM, FORUM, ROLE, CONTRIBUTION,
)

#: Up to four words between the parts of a phrase; an abbreviation with dots ("o.a.", "m.b.t.") is one word.
_GAP = r"(?:(?:[\w'\[\]-]+(?:\.[\w'\[\]-]+)+\.?|[\w'\[\]-]+)[\s,]+){0,4}?"
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]|\ben\b|\bmaar\b")
#: How many words before a resolved phrase a negation or modal word is looked for.
_LOOKBACK = 8


@dataclass(frozen=True, slots=True)
class Phrase:
    """One line of a phrase list: the phrase as written and the real sentence it was taken from."""

    text: str
    example: str


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a phrase list matched folded text."""

    list_name: str
    phrase: str
    start: int
    end: int


def _compile(phrase: str) -> str:
    parts: list[str] = []
    for token in phrase.split():
        if token == "…":
            parts.append(_GAP)
            continue
        if token.endswith("*"):
            parts.append(re.escape(token[:-1]) + r"[\w-]*")
        else:
            parts.append(re.escape(token))
        parts.append(r"\s+")
    pattern = "".join(parts[:-1] if parts and parts[-1] == r"\s+" else parts)
    pattern = pattern.replace(r"\s+" + _GAP, r"\s+" + _GAP)
    end = r"(?![\w-])" if phrase.rstrip("*")[-1:].isalnum() and not phrase.endswith("*") else ""
    return pattern + end


@cache
def phrases(list_name: str) -> tuple[Phrase, ...]:
    """The phrases of one list, in file order."""
    text = resources.files("themes.records").joinpath("phrases").joinpath(f"{list_name}.txt").read_text(encoding="utf-8")
    out: list[Phrase] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        phrase, _, example = line.partition(" | ")
        out.append(Phrase(phrase.strip(), example.strip()))
    return tuple(out)


@cache
def _pattern(list_name: str) -> re.Pattern[str]:
    # longest phrases first, so "komt te vervallen" wins over "vervallen"
    # one word-start check in front of all alternatives: the engine tries them only where a word begins
    ordered = sorted(phrases(list_name), key=lambda p: -len(p.text))
    words = "|".join(f"(?:{_compile(p.text)})" for p in ordered if p.text[:1].isalnum())
    others = "|".join(f"(?:{_compile(p.text)})" for p in ordered if not p.text[:1].isalnum())
    return re.compile("|".join(part for part in (f"(?<![\\w-])(?:{words})" if words else "", others) if part))


@cache
def words(list_name: str) -> frozenset[str]:
    """The phrases of a one-word list, as a set (``instruction``, ``negation``, ``modal``)."""
    return frozenset(p.text for p in phrases(list_name))


@cache
def _qualifiers() -> frozenset[str]:
    return words(NEGATION) | words(MODAL)


@cache
def _anchors(list_name: str) -> tuple[str, ...]:
    """The literal first word of every phrase: text holding none of them cannot match (checked in C, fast)."""
    return tuple(sorted({p.text.split()[0].rstrip("*") for p in phrases(list_name)}))


def find(list_name: str, folded: str) -> list[Hit]:
    """Every match of a list in already folded text, left to right."""
    if not any(anchor in folded for anchor in _anchors(list_name)):
        return []
    return [Hit(list_name, m.group(0), m.start(), m.end()) for m in _pattern(list_name).finditer(folded)]


def _clause_before(folded: str, start: int) -> list[str]:
    before = folded[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return word_runs(before)[-_LOOKBACK:]


def qualified(folded: str, hit: Hit) -> bool:
    """True when a negation or modal word stands shortly before the hit in its clause ("nog niet afgerond")."""
    return bool(_qualifiers().intersection(_clause_before(folded, hit.start)))


def first(list_name: str, text: str, *, factual: bool = False) -> Hit | None:
    """The first match of a list in ``text`` (folded here); ``factual`` skips negated or modal matches."""
    folded = fold(text)
    for hit in find(list_name, folded):
        if factual and qualified(folded, hit):
            continue
        return hit
    return None


def says(list_name: str, text: str, *, factual: bool = False) -> str | None:
    """The phrase of the list that ``text`` contains, or None."""
    hit = first(list_name, text, factual=factual)
    return hit.phrase if hit else None
