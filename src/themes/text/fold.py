"""Folding for matching: lower case, accents removed, the typographic apostrophe made plain."""

from __future__ import annotations

import re
import unicodedata

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_combining(match: re.Match[str]) -> str:
    char = match.group(0)
    return "" if unicodedata.combining(char) else char


def fold(text: str) -> str:
    """Lower case with accents removed (``ideeën`` -> ``ideeen``); the length may change for non-ASCII text.

    Most text is plain ASCII: it only needs lower-casing. Otherwise only the non-ASCII characters of the
    decomposed text are looked at (combining marks dropped, the typographic apostrophe made plain).
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return _NON_ASCII.sub(_drop_combining, decomposed).replace("’", "'")
