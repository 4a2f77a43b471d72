"""The one tokeniser: the words of a Dutch text, lower-cased, as every stage counts and compares them.

Two views of the same text:

- ``words``: words made of letters only (``min_letters`` or more), not touching a digit, an underscore or a
  bracket, so placeholders (``[PERSOON_3]``, ``[WOO]``) and numbers are never words. These are the words that carry
  meaning: keywords, vocabulary terms, distinctive words.
- ``word_runs``: every run of word characters (letters, digits, underscore), for keys that must tell "score 7"
  from "score 8" (the same sentence twice, the same heading twice).

Both have a fast path for ASCII text (most units), giving exactly what the Unicode pattern gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ASCII_NON_WORD_TO_SPACE = bytes(c if chr(c).isalnum() or c == ord("_") or c > 127 else ord(" ") for c in range(256))
_WORD_RUN = re.compile(r"\w+")


def word_pattern(min_letters: int = 2) -> str:
    """The regular expression of ``words`` on lower-cased text (for a vectorizer's ``token_pattern``)."""
    return rf"(?<![\[\w])[^\W\d_]{{{min_letters},}}(?![\w\]])"


@lru_cache(maxsize=8)
def _patterns(min_letters: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Unicode, ASCII) patterns of ``words``; in ASCII, letters are a-z and word characters a-z0-9_."""
    ascii_word = rf"[a-z](?<![0-9a-z_\[].)[a-z]{{{min_letters - 1},}}(?![0-9a-z_\]])"
    return re.compile(word_pattern(min_letters)), re.compile(ascii_word)


def words(text: str, min_letters: int = 2) -> list[str]:
    """The lower-cased words of ``text`` of at least ``min_letters`` letters; placeholders and numbers dropped."""
    if min_letters < 1:
        raise ValueError("min_letters must be 1 or more")
    lowered = text.lower()
    unicode_word, ascii_word = _patterns(min_letters)
    return (ascii_word if lowered.isascii() else unicode_word).findall(lowered)


def word_runs(text: str) -> list[str]:
    """Every run of word characters in ``text`` (letters, digits, underscore), lower-cased."""
    lowered = text.lower()
    if lowered.isascii():  # every byte that is no word character becomes a space
        return lowered.encode("ascii").translate(_ASCII_NON_WORD_TO_SPACE).decode("ascii").split()
    return _WORD_RUN.findall(lowered)
