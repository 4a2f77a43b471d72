"""After clustering: fold new clusters into taxonomy themes, merge near-duplicates, drop tiny ones.

Clustering the units that no taxonomy theme claimed finds groups the seeds missed: a cluster of answers about an
accent being imitated is about racism even when no single answer is close enough to a seed. Evidence summed over
a cluster is stronger than one unit's score, so a cluster whose units mostly score best on one taxonomy theme,
with a reasonable median score, joins that theme. Of the clusters left, near-duplicates (centroid cosine at least
``merge_similarity``) become one theme, and clusters below a minimum size go back to the outlier reduction, so
the analyst sees a few readable new themes instead of many fragments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from themes.model.assign import NOISE, normalise


@dataclass(frozen=True, slots=True)
class MergeResult:
    """Labels in model numbering (taxonomy index, ``n_tax + j`` for new theme j, -1 noise) and what was folded."""

    labels: np.ndarray
    folded: dict[int, int] = field(default_factory=dict)  # cluster -> taxonomy index


def min_new_theme_size(n_units: int, share: float) -> int:
    """The smallest new theme worth showing: ``share`` of the corpus, at least 3 units."""
    return max(3, math.ceil(share * n_units))


def merge_new_clusters(
    vectors: np.ndarray,
    labels: np.ndarray,
    scores: np.ndarray,
    *,
    n_tax: int,
    fold_share: float,
    fold_threshold: float,
    merge_similarity: float,
    min_size: int,
    tax_centroids: np.ndarray | None = None,
    fold_similarity: float | None = None,
) -> MergeResult:
    """Post-process cluster labels 0..k-1 (-1 noise) of the units no taxonomy theme claimed.

    Args:
        vectors: L2-normalised unit vectors.
        labels: cluster labels from ``cluster.cluster_vectors``.
        scores: each unit's taxonomy scores, shape (n, n_tax) (ignored when ``n_tax`` is 0).
        n_tax: number of taxonomy themes.
        fold_share: share of a cluster's units that must score best on one taxonomy theme to fold it.
        fold_threshold: median score those units need.
        merge_similarity: centroid cosine above which new clusters merge.
        min_size: smallest new theme kept.
        tax_centroids: centroids of the units each taxonomy theme claimed (zero rows for empty themes).
        fold_similarity: a cluster whose centroid is at least this similar to a taxonomy centroid also folds
            (None: off; on the sample corpus it folded a cluster of racism experiences into sociale veiligheid).
    """
    labels = np.asarray(labels, dtype=int)
    out = np.full(len(labels), NOISE, dtype=int)
    clusters = sorted(set(labels.tolist()) - {NOISE})
    best = np.argmax(scores, axis=1) if n_tax else np.zeros(len(labels), dtype=int)
    best_score = scores[np.arange(len(labels)), best] if n_tax else np.zeros(len(labels))
    folded: dict[int, int] = {}
    remaining: list[int] = []
    for c in clusters:
        members = np.flatnonzero(labels == c)
        if n_tax:
            votes = np.bincount(best[members], minlength=n_tax)
            top = int(np.argmax(votes))
            voters = members[best[members] == top]
            if votes[top] >= fold_share * len(members) and float(np.median(best_score[voters])) >= fold_threshold:
                folded[c] = top
                out[members] = top
                continue
            if fold_similarity is not None and tax_centroids is not None and len(tax_centroids):
                sims = tax_centroids @ normalise(vectors[members].mean(axis=0))
                near = int(np.argmax(sims))
                if sims[near] >= fold_similarity:
                    folded[c] = near
                    out[members] = near
                    continue
        remaining.append(c)
    groups = _merge_groups(vectors, labels, remaining, merge_similarity)
    next_label = n_tax
    for group in groups:
        members = np.flatnonzero(np.isin(labels, group))
        if len(members) < min_size:
            continue
        out[members] = next_label
        next_label += 1
    return MergeResult(out, folded)


def _merge_groups(vectors: np.ndarray, labels: np.ndarray, clusters: list[int], threshold: float) -> list[list[int]]:
    """Clusters joined by single linkage on centroid cosine >= ``threshold``; groups in order of first cluster."""
    if not clusters:
        return []
    centroids = normalise(np.stack([vectors[labels == c].mean(axis=0) for c in clusters]))
    parent = list(range(len(clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sims = centroids @ centroids.T
    for i in range(len(clusters)):
        for j in range(i + 1, len(clusters)):
            if sims[i, j] >= threshold:
                parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(clusters):
        groups.setdefault(find(i), []).append(c)
    return [groups[root] for root in sorted(groups)]
