"""Stable theme identity across re-fits: match new clusters to known themes by centroid similarity.

When themes are fitted again (for example after a round was added), the clusters come out in a new,
arbitrary order. ``match_themes`` pairs each current cluster with at most one previous theme by an optimal
assignment on centroid cosine similarity (Hungarian method), keeping pairs at or above the threshold.
Unpaired current clusters are new themes; unpaired previous themes are gone. Splits and merges are reported
as events with a Dutch description, for the analyst's log.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

EVENT_KINDS = ("behouden", "nieuw", "gesplitst", "samengevoegd", "verdwenen")
#: How far below the match threshold a similarity still counts as "the same theme" for splits and merges.
SPLIT_MARGIN = 0.10


@dataclass(frozen=True, slots=True)
class ThemeMatch:
    """The outcome of matching current clusters to previous themes.

    Attributes:
        mapping: Every current cluster key -> the previous theme id it continues, or None for a new theme.
        events: (kind, Dutch detail) in a fixed order: kept, split, merged, new, gone.
        scores: Cosine similarity of each matched pair, by current cluster key.
    """

    mapping: dict[str, str | None]
    events: tuple[tuple[str, str], ...]
    scores: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for kind, _ in self.events:
            if kind not in EVENT_KINDS:
                raise ValueError(f"unknown event kind {kind!r}")
        targets = [t for t in self.mapping.values() if t is not None]
        if len(targets) != len(set(targets)):
            raise ValueError("a previous theme can continue in one current cluster only")

    @property
    def new(self) -> list[str]:
        """Current cluster keys that are new themes."""
        return [k for k, v in self.mapping.items() if v is None]

    def gone(self, previous: Mapping[str, object]) -> list[str]:
        """Previous theme ids not continued by any current cluster."""
        kept = set(self.mapping.values())
        return [p for p in _sorted(previous) if p not in kept]


def match_themes(
    previous: Mapping[str, np.ndarray],
    current: Mapping[str, np.ndarray],
    threshold: float,
    *,
    split_margin: float = SPLIT_MARGIN,
) -> ThemeMatch:
    """Match current clusters to previous themes by centroid cosine similarity.

    Args:
        previous: Theme id -> centroid of the themes known so far (e.g. ``Workspace.centroids()``).
        current: Cluster key -> centroid of the freshly fitted clusters.
        threshold: Minimum cosine similarity to keep a theme's identity (``RoundsConfig.match_threshold``).
        split_margin: Splits and merges count similarities down to ``threshold - split_margin``.

    Returns:
        The mapping of every current key to a previous id or None, with events. Keys are processed in
        natural order ("2" before "10"), so equal inputs give equal outputs; ties go to the first in that
        order. Centroids of another dimension than the current ones (another encoder) match nothing.
    """
    previous = {str(k): v for k, v in previous.items()}
    current = {str(k): v for k, v in current.items()}
    prev_ids, cur_keys = _sorted(previous), _sorted(current)
    mapping: dict[str, str | None] = {k: None for k in cur_keys}
    scores: dict[str, float] = {}
    sim = _similarity(previous, prev_ids, current, cur_keys)

    kept: list[tuple[str, str]] = []
    if sim.size:
        rows, cols = linear_sum_assignment(sim, maximize=True)
        for r, c in sorted(zip(rows.tolist(), cols.tolist(), strict=True)):
            if sim[r, c] >= threshold:
                mapping[cur_keys[r]] = prev_ids[c]
                scores[cur_keys[r]] = round(float(sim[r, c]), 4)
                kept.append((cur_keys[r], prev_ids[c]))

    events: list[tuple[str, str]] = [
        ("behouden", f"thema {p} loopt door in cluster {k} (overeenkomst {scores[k]:.2f})") for k, p in kept
    ]
    events += _splits(sim, prev_ids, cur_keys, threshold - split_margin)
    events += _merges(sim, prev_ids, cur_keys, threshold - split_margin)
    events += [("nieuw", f"cluster {k} is een nieuw thema") for k in cur_keys if mapping[k] is None]
    continued = {p for _, p in kept}
    events += [("verdwenen", f"thema {p} komt niet meer voor") for p in prev_ids if p not in continued]
    return ThemeMatch(mapping, tuple(events), scores)


def _splits(sim: np.ndarray, prev_ids: list[str], cur_keys: list[str], low: float) -> list[tuple[str, str]]:
    """Two or more current clusters whose most similar previous theme is the same one."""
    if not sim.size:
        return []
    groups: dict[int, list[int]] = {}
    best = sim.argmax(axis=1)
    for r, c in enumerate(best.tolist()):
        if sim[r, c] >= low:
            groups.setdefault(c, []).append(r)
    return [
        ("gesplitst", f"thema {prev_ids[c]} is gesplitst in clusters {_join([cur_keys[r] for r in rows])}")
        for c, rows in sorted(groups.items()) if len(rows) >= 2
    ]


def _merges(sim: np.ndarray, prev_ids: list[str], cur_keys: list[str], low: float) -> list[tuple[str, str]]:
    """One current cluster that is the most similar cluster of two or more previous themes."""
    if not sim.size:
        return []
    groups: dict[int, list[int]] = {}
    best = sim.argmax(axis=0)
    for c, r in enumerate(best.tolist()):
        if sim[r, c] >= low:
            groups.setdefault(r, []).append(c)
    return [
        ("samengevoegd", f"thema's {_join([prev_ids[c] for c in cols])} zijn samengevoegd in cluster {cur_keys[r]}")
        for r, cols in sorted(groups.items()) if len(cols) >= 2
    ]


def _similarity(
    previous: Mapping[str, np.ndarray], prev_ids: list[str], current: Mapping[str, np.ndarray], cur_keys: list[str]
) -> np.ndarray:
    """Cosine similarity, rows current, columns previous; empty when either side is empty or dims differ."""
    if not prev_ids or not cur_keys:
        return np.zeros((len(cur_keys), len(prev_ids)))
    p = _unit(np.vstack([np.asarray(previous[i], dtype=np.float64).ravel() for i in prev_ids]))
    c = _unit(np.vstack([np.asarray(current[k], dtype=np.float64).ravel() for k in cur_keys]))
    if p.shape[1] != c.shape[1]:
        return np.zeros((len(cur_keys), 0))
    return np.clip(c @ p.T, -1.0, 1.0)


def _unit(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(norms, 1e-12)


def _natural_key(key: str) -> tuple:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", str(key)) if part)


def _sorted(keys) -> list[str]:
    return sorted((str(k) for k in keys), key=lambda k: (_natural_key(k), k))


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]
