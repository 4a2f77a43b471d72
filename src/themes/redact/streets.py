"""Street addresses from the BAG street list that the installed ``deduce`` package ships.

A street name followed by a house number (and an addition) is an address, also without a street suffix
("Rokin 12", "Singel 250-2", "Laan van Meerdervoort 5a"). A street name that is a common Dutch word ("Punt 3",
"Groep 2", "Dam 1") is one only with more evidence: a living or meeting cue before it ("woon op", "vindt plaats
op", "adres"), or a postcode or place right after it. A street name without a number is never redacted.
The list is read once, lazily, as a set.
"""

from __future__ import annotations

import re
from functools import lru_cache

from themes.redact.wordlists import _deduce_dir, load_lexicon
from themes.types import Span

MAX_WORDS = 6
#: A one-word street at least this frequent as a Dutch or English word (wordfreq Zipf) needs a cue, postcode or place.
COMMON_STREET_ZIPF = 3.5
_NUMBER = re.compile(
    r"(?<![\w.,/\-])(?P<n>[1-9]\d{0,3})"
    r"(?P<add>[ \u00a0]?[a-zA-Z](?![\w])|-\d{1,3}(?![\w])|[ \u00a0\-]?(?:hs|bis|huis|[IV]{1,3})(?![\w]))?"
    r"(?![\w%]|[.,:]\d|[ \u00a0]*(?:uur|u\.|%|procent|min|minuten|euro|keer|jaar|dagen|weken|maanden|km|m)\b)"
)
_LEADING = frozenset({"de", "het", "'t", "van", "op", "aan", "in", "bij", "een"})  # before a street, not its start
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.\-]*)[ \u00a0]+$")
_CUE = re.compile(
    r"(?:\bwo(?:on|ont|nen|onde|onden|onachtig)\b|\badres\w*|\bgevestigd\b|\bvind(?:t|en)? plaats\b|"
    r"\bplaatsvind\w*|\blocatie\b|\bverhuisd?\b|\bverhuizen\b|\bkantoor\b|\bbezoek\w*\b)[^\n.!?]{0,40}$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:[1-9]\d{3}[ \u00a0]?[A-Za-z]{2}\b|(?P<place>[A-Z][\w'\-]+))")


@lru_cache(maxsize=1)
def load_streets() -> frozenset[str]:
    """Lower-case street names of the BAG list in the installed ``deduce`` (empty without it)."""
    folder = _deduce_dir()
    if folder is None:
        return frozenset()
    path = folder / "locations" / "lst_street" / "streets_bag.txt"
    if not path.exists():
        return frozenset()
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _common_word(lower: str) -> bool:
    from themes.redact.frequency import _zipf

    zipf = _zipf()
    return max(zipf(lower, "nl", wordlist="best"), zipf(lower, "en", wordlist="best")) >= COMMON_STREET_ZIPF


class StreetAddressDetector:
    """Street name + house number from the BAG list (label ``ADRES``)."""

    name = "street"
    label = "ADRES"

    def __init__(self, score: float = 0.85) -> None:
        self.score = score

    def detect(self, text: str) -> list[Span]:
        """Address spans in ``text`` (the same as :meth:`scan`: the number is the prefilter)."""
        return self.scan(text)

    def scan(self, text: str) -> list[Span]:
        """Address spans in ``text``."""
        streets = load_streets()
        if not streets:
            return []
        spans = []
        for match in _NUMBER.finditer(text):
            start = self._street_start(text, match.start(), streets)
            if start is not None:
                spans.append(Span(start, match.end(), self.label, self.score, self.name))
        return spans

    def _street_start(self, text: str, number_at: int, streets: frozenset[str]) -> int | None:
        """Where the street before the number at ``number_at`` starts, or None when there is none."""
        line_start = max(text.rfind("\n", 0, number_at) + 1, number_at - 160)
        words: list[tuple[int, str]] = []  # (start, word), nearest first
        end = number_at
        while len(words) < MAX_WORDS:
            m = _WORD_BEFORE.search(text, line_start, end)
            if m is None:
                break
            words.append((m.start(1), m.group(1)))
            end = m.start(1)
        for k in range(len(words), 0, -1):
            start = words[k - 1][0]
            phrase = " ".join(w for _, w in reversed(words[:k])).lower()
            if phrase not in streets:
                continue
            first = words[k - 1][1]
            cue = _CUE.search(text, line_start, start) is not None
            if not first[0].isupper() and (not cue or first.lower() in _LEADING or phrase != phrase.lower()):
                continue  # "in groep 3", "agenda punt 4": a lower-case word is no street without a cue; "aan de"
            if k == 1 and not cue and (_common_word(phrase) or _YEAR.match(text, number_at)) \
                    and not self._followed(text, number_at):
                continue  # "Punt 3", "Sprint 12", "Dam 2024" without a cue, postcode or place
            return start
        return None

    @staticmethod
    def _followed(text: str, number_at: int) -> bool:
        """A postcode or a known place follows the house number."""
        m = _NUMBER.match(text, number_at)
        after = _AFTER.match(text, m.end() if m else number_at)
        if after is None:
            return False
        place = after.group("place")
        return place is None or place.lower() in load_lexicon().places


STREET_ADDRESS = StreetAddressDetector()
