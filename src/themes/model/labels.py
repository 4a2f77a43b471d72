"""Readable Dutch labels and one-line descriptions for themes.

A taxonomy theme keeps its analysts' name. A new theme is named after its keyphrases: the best phrase, joined with
"en" to the next one that adds new words ("hybride werken en thuiswerken"), never BERTopic's "0_x_y_z".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from themes.model.taxonomy import TaxonomyTheme
from themes.model.vectorizer import tokenize

#: Texts per theme read for phrase evidence (a deterministic prefix of the members), so big themes stay fast.
EVIDENCE_TEXTS = 2_000
_DETERMINER = re.compile(
    r"\b(?:de|het|een|die|deze|dit|dat|mijn|jouw|zijn|haar|ons|onze|hun|geen|elke|ieder|iedere|meer|minder)\s+"
    r"([^\W\d_]{2,})(?:\s+([^\W\d_]{2,}))?",
    re.IGNORECASE,
)


def phrase_evidence(
    texts: Iterable[str], tokens: Iterable[Sequence[str]] | None = None
) -> tuple[set[str], set[str]]:
    """Adjacent word pairs and noun-like words of ``texts`` (``tokens``: their :func:`tokenize` words, if known).

    A keyphrase from the bag-of-words model is a real phrase only when its two words stand next to each other
    in a text ("witte gezichten"), not when stop words stood between them ("krapte in het team" gave "krapte
    team"). Without a tagger, a word counts as noun-like when it follows a determiner somewhere ("de krapte",
    "een loopbaangesprek"; after "de hoge" the next word counts too), which keeps verbs such as "draait" out of
    labels.
    """
    texts = list(texts)
    adjacent: set[tuple[str, str]] = set()
    nounlike: set[str] = set()
    for text, words in zip(texts, tokens if tokens is not None else map(tokenize, texts), strict=True):
        adjacent.update(zip(words, words[1:], strict=False))
        for match in _DETERMINER.finditer(text):
            first, second = match.group(1).lower(), match.group(2)
            nounlike.add(first)
            if second and first.endswith("e"):
                nounlike.add(second.lower())
    return set(map(" ".join, adjacent)), nounlike


def label_keywords(keywords: Sequence[str], pairs: set[str], nounlike: set[str]) -> tuple[list[str], list[str]]:
    """(keywords that are real phrases, those of them made of noun-like words), in rank order."""
    real = [k for k in keywords if " " not in k or k in pairs]
    return real, [k for k in real if all(w in nounlike for w in k.split())]

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
