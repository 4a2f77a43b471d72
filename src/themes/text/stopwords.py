"""Small Dutch language helpers shared by the steps that write for the analyst."""

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


def number(value: float | int | None, decimals: int = 1) -> str:
    """Format a number with a decimal comma and a dot for thousands (``1.234,5``); None gives ``–``."""
    if value is None:
        return "–"
    if isinstance(value, int) or decimals == 0:
        text = f"{round(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
