"""Small Dutch language helpers shared by the steps that write for the analyst."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The Dutch function words shipped with the package (``stopwoorden.txt``, loaded once)."""
    text = resources.files("themes.text").joinpath("stopwoorden.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def spacy_stopwords() -> frozenset[str]:
    """The Dutch stop words of spaCy, read from its ``lang/nl/stop_words.py`` without importing spaCy itself.

    ``import spacy.lang.nl.stop_words`` first imports the whole spaCy package (3-9 s on the 2-core machine) only
    for one set literal; the installed file is read instead, with the import as a fallback.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec("spacy")
        for folder in (spec.submodule_search_locations or []) if spec else []:
            path = Path(folder) / "lang" / "nl" / "stop_words.py"
            if path.is_file():
                namespace: dict[str, object] = {}
                exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
                words = namespace.get("STOP_WORDS")
                if isinstance(words, set) and words:
                    return frozenset(words)
    except (ImportError, OSError, SyntaxError, ValueError):  # pragma: no cover - spaCy is a dependency
        pass
    from spacy.lang.nl.stop_words import STOP_WORDS  # pragma: no cover - the regular (slower) import

    return frozenset(STOP_WORDS)  # pragma: no cover


def number(value: float | int | None, decimals: int = 1) -> str:
    """Format a number with a decimal comma and a dot for thousands (``1.234,5``); None gives ``–``."""
    if value is None:
        return "–"
    if isinstance(value, int) or decimals == 0:
        text = f"{round(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
