"""Readable Dutch labels and one-line descriptions for themes.

A taxonomy theme keeps its analysts' name. A new theme is named after its best noun phrase (``phrases``), never
two words joined by "en" and never BERTopic's "0_x_y_z".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from themes.model.taxonomy import TaxonomyTheme

FALLBACK = "overig thema"


def phrase_label(keywords: Sequence[str], taken: Iterable[str] = ()) -> str:
    """The theme's label: its first keyword (a noun phrase, ``phrases``), else the next one not taken yet.

    Unique among ``taken`` (case-insensitive); never two unrelated words joined by "en".
    """
    taken_lower = {t.lower() for t in taken}
    words = [k for k in keywords if k.strip()]
    if not words:
        base = FALLBACK
    else:
        base = next((k for k in words[:3] if k.lower() not in taken_lower), words[0])
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
