"""Readable Dutch labels and one-line descriptions for themes.

A taxonomy theme keeps its analysts' name. A new theme is named after its keyphrases: the best phrase, joined with
"en" to the next one that adds new words ("hybride werken en thuiswerken"), never BERTopic's "0_x_y_z".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from themes.themes.taxonomy import TaxonomyTheme

FALLBACK = "overig thema"


def phrase_label(keywords: Sequence[str], taken: Iterable[str] = ()) -> str:
    """A short label from ranked keywords, unique among ``taken`` (case-insensitive)."""
    taken_lower = {t.lower() for t in taken}
    words = [k for k in keywords if k.strip()]
    if not words:
        base = FALLBACK
    else:
        first = next((k for k in words[:3] if " " in k), words[0])
        rest = [k for k in words if k != first and not set(k.split()) & set(first.split())]
        base = f"{first} en {rest[0]}" if rest else first
        if base.lower() in taken_lower and len(rest) > 1:
            base = f"{first}, {rest[0]} en {rest[1]}"
    label, n = base, 2
    while label.lower() in taken_lower:
        label = f"{base} ({n})"
        n += 1
    return label


def theme_label(taxonomy: TaxonomyTheme | None, keywords: Sequence[str], taken: Iterable[str] = ()) -> str:
    """The taxonomy name when matched, else a phrase label."""
    if taxonomy is not None:
        return taxonomy.name
    return phrase_label(keywords, taken)


def theme_description(taxonomy: TaxonomyTheme | None, keywords: Sequence[str], size: int) -> str:
    """One Dutch line saying what the theme is about."""
    if taxonomy is not None:
        return taxonomy.description
    if not keywords:
        return f"Nieuw thema buiten de taxonomie ({size} eenheden)."
    shown = list(keywords[:4])
    words = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + f" en {shown[-1]}"
    return f"Nieuw thema buiten de taxonomie over {words} ({size} eenheden)."
