"""Salted hashes of person names for the development gold (no readable names in the repository).

Usage: python bench/gold/goldhash.py "Jan Jaap Zoutendijk" "Frank"
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata

SALT = "themes-gold-v1:"
WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of a name or text as the benchmark reads them (letters, digits, inner hyphens and apostrophes)."""
    return WORD.findall(unicodedata.normalize("NFC", text))


def name_hash(surface: str) -> str:
    """The gold hash of a name as written: its words, lower-cased, joined by one space."""
    key = " ".join(w.lower().replace("’", "'") for w in words(surface))
    return hashlib.sha256((SALT + key).encode("utf-8")).hexdigest()[:16]


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{name_hash(arg)}\t{' '.join(words(arg))}")
