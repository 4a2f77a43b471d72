"""Representative quotes: diverse evidence chosen by maximal marginal relevance among the most central units."""

from __future__ import annotations

import numpy as np


def select_quotes(
    vectors: np.ndarray, centroid: np.ndarray, n: int, *, pool: int | None = None, diversity: float = 0.4,
    texts: list[str] | None = None,
) -> list[int]:
    """Pick up to ``n`` row indices of ``vectors``: central to the theme, different from each other.

    Args:
        vectors: L2-normalised member vectors of one theme.
        centroid: the theme's normalised centroid.
        n: number of quotes.
        pool: how many of the most central members to choose from (default ``max(4 n, 20)``).
        diversity: weight of the novelty term in MMR (0: just the most central).
        texts: member texts; identical texts are quoted once.

    Returns:
        Row indices in the order chosen (most central first).
    """
    if len(vectors) == 0 or n <= 0:
        return []
    central = vectors @ centroid
    order = np.lexsort((np.arange(len(central)), -central))
    candidates = list(order[: pool or max(4 * n, 20)])
    if texts is not None:
        seen: set[str] = set()
        unique = []
        for i in candidates:
            key = " ".join(texts[i].lower().split())
            if key not in seen:
                seen.add(key)
                unique.append(i)
        candidates = unique
    chosen: list[int] = []
    while candidates and len(chosen) < n:
        if chosen:
            redundancy = (vectors[candidates] @ vectors[chosen].T).max(axis=1)
        else:
            redundancy = np.zeros(len(candidates))
        scores = (1 - diversity) * central[candidates] - diversity * redundancy
        best = int(np.argmax(scores))
        chosen.append(int(candidates.pop(best)))
    return chosen
