"""Status words of flags and the problem language of recurring themes, read from the meeting-record phrase lists.

Problems (``records/phrases/problem.txt``): a unit that says something is wrong or stuck; "geen" shortly before the
phrase negates it ("geen knelpunten"). Resolution: a resolved phrase stated as a fact (``records.lexicon``).
"""

from __future__ import annotations

from themes.records import lexicon
from themes.text.fold import fold

DEFERRED = "uitgesteld"
RESOLVED = "afgerond"
DROPPED = "vervallen"

_NEGATION = "geen"
_LOOKBACK_CHARS = 12


def problem_phrase(text: str) -> str | None:
    """The first problem phrase in ``text`` (knelpunt, zorgen over, lukt niet, blijft achter, …) not after "geen"."""
    folded = fold(text)
    for hit in lexicon.find(lexicon.PROBLEM, folded):
        if _NEGATION in folded[max(0, hit.start - _LOOKBACK_CHARS) : hit.start].split():
            continue
        return hit.phrase
    return None


def resolution_phrase(text: str) -> str | None:
    """The first resolved phrase in ``text`` stated as a fact (not "nog niet afgerond"), or None."""
    return lexicon.says(lexicon.RESOLVED, text, factual=True)
