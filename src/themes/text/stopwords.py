"""Dutch stop words: spaCy's list (through spaCy's API) and the function words shipped with the package."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The Dutch function words shipped with the package (``stopwoorden.txt``, loaded once)."""
    text = resources.files("themes.text").joinpath("stopwoorden.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def spacy_stopwords() -> frozenset[str]:
    """The Dutch stop words of spaCy, through spaCy's API (``spacy.lang.nl.stop_words``), loaded once."""
    from spacy.lang.nl.stop_words import STOP_WORDS  # spaCy is heavy: imported when first asked for

    return frozenset(STOP_WORDS)

