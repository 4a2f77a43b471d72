"""Per unit one Dutch line saying why it joined its theme (for the analyst's evidence table)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from themes.model import assign
from themes.model.taxonomy import Taxonomy

NOISE = -1
#: How a unit got its theme.
BY_NONE, BY_DIRECT, BY_TRAINED, BY_FOLDED, BY_CLUSTER, BY_NEAREST = range(6)


def unit_evidence(
    labels: np.ndarray, how: np.ndarray, n_tax: int, semantic: np.ndarray, words: dict[tuple[int, int], str],
    vectors: np.ndarray, seed_vectors: Sequence[np.ndarray] | None, taxonomy: Taxonomy, similarity: np.ndarray,
) -> list[str]:
    """Per unit one Dutch line saying why it joined its theme (the seed text and word that decided, or how)."""
    nearest: dict[int, tuple[str, float]] = {}
    for t in range(n_tax):
        rows = np.flatnonzero(labels == t)
        if not len(rows) or seed_vectors is None:
            continue
        texts = taxonomy.themes[t].prototype_texts()
        sims = vectors[rows] @ assign.normalise(np.asarray(seed_vectors[t], dtype=np.float32)).T
        pick = np.argmax(sims, axis=1)
        for r, j, sim in zip(rows.tolist(), pick.tolist(), sims[np.arange(len(rows)), pick].tolist(), strict=True):
            nearest[r] = (texts[j], sim)
    out = []
    for i, (c, kind) in enumerate(zip(labels.tolist(), how.tolist(), strict=True)):
        if c == NOISE:
            out.append("")
            continue
        if c >= n_tax:
            out.append("dichtstbijzijnde thema" if kind == BY_NEAREST else "nieuw thema (cluster)")
            continue
        seed, sim = nearest.get(i, ("", 0.0))
        parts = {BY_DIRECT: "taxonomie", BY_TRAINED: "lijkt op eenheden van dit thema", BY_FOLDED: "cluster bij dit thema",
                 BY_NEAREST: "dichtstbijzijnde thema"}.get(kind, "taxonomie")
        reason = f'{parts}; zaadtekst "{seed}" ({sim:.2f})' if seed else parts
        if (i, c) in words:
            reason += f'; woord "{words[(i, c)]}"'
        out.append(reason)
    return out
