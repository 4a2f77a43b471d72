"""A codebook that guides discovery at the level of clusters, when unit-level evidence is weak.

A codebook of short theme names ("reizen", "sport", "API-beveiliging") scores a long unit low against every name:
few units reach the taxonomy threshold, so matching unit by unit takes a handful of units, or units by weak
evidence, and starves the clustering of the rest. Summed over a cluster the same scores are strong evidence: a
cluster's mean score for a theme, in standard deviations of that theme's score over the corpus (``cluster_z``),
names it clearly ("sport" 2.3, the next theme 0.05) even where no single unit passes the threshold.

So, when the corpus is not of the taxonomy's field by unit-level evidence, the model clusters all units as
without a taxonomy and then lets the codebook act on whole clusters (``anchor_clusters``):

* a cluster whose best theme's z is at least ``z_min`` and leads the runner-up by ``z_gap`` takes that theme;
  clusters that take the same theme become one theme;
* a cluster with two themes both at ``z_min`` or more is split in two (spherical 2-means from the units leaning to
  either theme) when each half then takes a different one of the two by the same rule;
* a cluster takes a theme only when at least ``min_hit_share`` of its units name one of the theme's specific seed
  words: z is relative to the corpus, so on text of another field some cluster always leans to some theme;
* all of this only when the taxonomy describes the corpus: at least ``min_share`` of the clustered units are in
  clusters that take a theme. A taxonomy of another field matches a cluster or two by accident (sib200's health
  sentences lean to "toegankelijkheid"), never most of the corpus; then no cluster takes a theme at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from themes.model.assign import NOISE, normalise


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """Labels in model numbering (taxonomy index, ``n_tax + j`` for new theme j, -1 noise) and what took a theme."""

    labels: np.ndarray
    folded: dict[int, int] = field(default_factory=dict)  # discovery cluster -> taxonomy index
    split: tuple[int, ...] = ()  # discovery clusters split between two themes
    share: float = 0.0  # share of clustered units in clusters that take a theme


def theme_z(scores: np.ndarray) -> np.ndarray:
    """Each unit's taxonomy scores standardised per theme over the corpus (mean 0, sd 1; a constant theme 0)."""
    scores = np.asarray(scores, dtype=np.float64)
    sd = scores.std(axis=0)
    return (scores - scores.mean(axis=0)) / np.where(sd > 0, sd, 1.0)


def cluster_match(z_mean: np.ndarray, z_min: float, z_gap: float) -> int:
    """The theme a cluster's mean z-scores name clearly, or -1."""
    if len(z_mean) == 0:
        return NOISE
    order = np.argsort(-z_mean, kind="stable")
    top = float(z_mean[order[0]])
    second = float(z_mean[order[1]]) if len(order) > 1 else -np.inf
    return int(order[0]) if top >= z_min and top - second >= z_gap else NOISE


def anchor_clusters(
    vectors: np.ndarray,
    clusters: np.ndarray,
    scores: np.ndarray,
    *,
    n_tax: int,
    z_min: float,
    z_gap: float,
    min_share: float,
    iterations: int = 10,
    hits: np.ndarray | None = None,
    min_hit_share: float = 0.0,
) -> AnchorResult:
    """Discovery clusters (0..k-1, -1 noise) to model labels, with the codebook acting on whole clusters.

    Args:
        vectors: L2-normalised unit vectors.
        clusters: discovery cluster labels of every unit.
        scores: taxonomy scores (n, n_tax).
        n_tax: number of taxonomy themes.
        z_min: smallest mean z of a cluster for the theme it takes.
        z_gap: lead over the runner-up theme that a cluster needs.
        min_share: share of the clustered units that must be in clusters taking a theme.
        iterations: spherical 2-means iterations of a split.
        hits: (n, n_tax) whether a unit names one of the theme's seed words (weighted by specificity), or None.
        min_hit_share: share of a cluster's units that must name a seed word of the theme it takes.
    """
    clusters = np.asarray(clusters, dtype=int)
    z = theme_z(scores)
    ids = sorted(set(clusters.tolist()) - {NOISE})
    parts: list[tuple[int, np.ndarray, int]] = []  # (discovery cluster, members, theme or -1)
    split: list[int] = []
    for c in ids:
        members = np.flatnonzero(clusters == c)
        z_mean = z[members].mean(axis=0)
        theme = cluster_match(z_mean, z_min, z_gap)
        halves = _split(vectors, members, z, z_mean, z_min, z_gap, iterations)
        if halves is None:
            parts.append((c, members, theme))
        else:
            split.append(c)
            parts.extend((c, half, t) for half, t in halves)
    if hits is not None:  # the theme's own words must occur in the cluster, not only a lean in meaning
        parts = [(c, m, t if t == NOISE or hits[m, t].mean() >= min_hit_share else NOISE) for c, m, t in parts]
    clustered = sum(len(m) for _, m, _ in parts)
    taken = sum(len(m) for _, m, t in parts if t != NOISE)
    share = taken / clustered if clustered else 0.0
    out = np.full(len(clusters), NOISE, dtype=int)
    if share < min_share:  # the taxonomy does not describe this corpus: discovery alone
        for j, c in enumerate(ids):
            out[clusters == c] = n_tax + j
        return AnchorResult(out, share=share)
    folded: dict[int, int] = {}
    next_label = n_tax
    for c, members, theme in parts:
        if theme != NOISE:
            out[members] = theme
            folded.setdefault(c, theme)
        else:
            out[members] = next_label
            next_label += 1
    return AnchorResult(out, folded, tuple(split), share)


def _split(
    vectors: np.ndarray, members: np.ndarray, z: np.ndarray, z_mean: np.ndarray, z_min: float, z_gap: float,
    iterations: int,
) -> list[tuple[np.ndarray, int]] | None:
    """The cluster's two halves and their themes, when two themes are raised and each half takes one; else None."""
    order = np.argsort(-z_mean, kind="stable")
    if len(order) < 2 or z_mean[order[1]] < z_min:
        return None
    a, b = int(order[0]), int(order[1])
    lean_a = z[members, a] >= z[members, b]
    if lean_a.all() or not lean_a.any():
        return None
    points = vectors[members]
    side = lean_a
    for _ in range(iterations):
        centres = normalise(np.stack([points[side].mean(axis=0), points[~side].mean(axis=0)]))
        sims = points @ centres.T
        new_side = sims[:, 0] >= sims[:, 1]
        if new_side.all() or not new_side.any():
            return None
        if (new_side == side).all():
            break
        side = new_side
    first, second = members[side], members[~side]
    t_first = cluster_match(z[first].mean(axis=0), z_min, z_gap)
    t_second = cluster_match(z[second].mean(axis=0), z_min, z_gap)
    if {t_first, t_second} != {a, b}:
        return None
    return [(first, t_first), (second, t_second)]
