"""Assignment rules in embedding space: taxonomy matching, centroids and outlier reduction.

All vectors are L2-normalised, so a dot product is a cosine similarity.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from themes.model.unitsentences import SentenceVectors

NOISE = -1


def normalise(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def taxonomy_scores(
    vectors: np.ndarray, seed_vectors: Sequence[np.ndarray], sentences: SentenceVectors | None = None
) -> np.ndarray:
    """Each unit's score per taxonomy theme, shape (n, themes).

    A unit's score for a theme is its cosine similarity to the nearest of the theme's texts (name, each seed).
    Sentence encoders put a sentence far from a mean of keywords but close to the one phrase it is about, so the
    nearest text works better than a mean prototype (measured on bench/data: 67% against 53% correct). With
    ``sentences``, a multi-sentence unit scores the best of its own vector and each of its sentences, so framing
    around the content sentence ("Succes ermee!") does not dilute it.
    """
    n = len(vectors)
    if len(seed_vectors) == 0 or n == 0:
        return np.zeros((n, len(seed_vectors)), dtype=np.float32)
    seeds = normalise(np.concatenate([np.asarray(s, dtype=np.float32) for s in seed_vectors]))
    owner_of_seed = np.concatenate([np.full(len(s), t) for t, s in enumerate(seed_vectors)])
    starts = np.flatnonzero(np.r_[True, owner_of_seed[1:] != owner_of_seed[:-1]])

    def per_theme(matrix: np.ndarray) -> np.ndarray:
        out = np.empty((len(matrix), len(seed_vectors)), dtype=np.float32)
        for start in range(0, len(matrix), 20_000):
            sims = matrix[start : start + 20_000] @ seeds.T
            out[start : start + 20_000] = np.maximum.reduceat(sims, starts, axis=1)
        return out

    scores = per_theme(vectors)
    if sentences is not None and len(sentences.owner):
        np.maximum.at(scores, sentences.owner, per_theme(normalise(sentences.vectors)))
    return scores


def match_taxonomy(
    vectors: np.ndarray,
    seed_vectors: Sequence[np.ndarray],
    threshold: float,
    sentences: SentenceVectors | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Give each unit the taxonomy theme it fits, if any (best score of ``taxonomy_scores`` >= ``threshold``).

    Returns:
        labels (theme index or -1) and each unit's best score.
    """
    n = len(vectors)
    if len(seed_vectors) == 0 or n == 0:
        return np.full(n, NOISE, dtype=int), np.zeros(n, dtype=np.float32)
    scores = taxonomy_scores(vectors, seed_vectors, sentences)
    best = np.argmax(scores, axis=1)
    best_score = scores[np.arange(n), best].astype(np.float32)
    return np.where(best_score >= threshold, best, NOISE), best_score


def centroids_of(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Normalised mean vector per label 0..k-1 (a zero row for an empty label)."""
    out = np.zeros((k, vectors.shape[1]), dtype=np.float32)
    for c in range(k):
        members = vectors[labels == c]
        if len(members):
            out[c] = members.mean(axis=0)
    return normalise(out)


def reduce_outliers(
    vectors: np.ndarray, labels: np.ndarray, centroids: np.ndarray, max_share: float,
    barred: np.ndarray | None = None,
) -> np.ndarray:
    """Give outliers the nearest theme so that at most ``max_share`` of the units stay unassigned.

    Outliers at least as similar to their nearest centroid as a typical member (the 10th percentile of members'
    similarity to their own centroid) are always assigned; of the rest, the most similar are assigned until the
    share left is within ``max_share``. The least similar units, up to that share, stay unassigned.
    ``barred`` (units, themes) marks themes a unit may not get (a taxonomy theme it is not close to); a unit
    barred from every theme stays unassigned.
    """
    labels = labels.copy()
    out_idx = np.flatnonzero(labels == NOISE)
    if len(out_idx) == 0 or len(centroids) == 0:
        return labels
    valid = np.linalg.norm(centroids, axis=1) > 0
    if not valid.any():
        return labels
    member_idx = np.flatnonzero(labels != NOISE)
    if len(member_idx):
        own = np.einsum("ij,ij->i", vectors[member_idx], centroids[labels[member_idx]])
        floor = float(np.quantile(own, 0.10))
    else:
        floor = 1.0
    sims = vectors[out_idx] @ centroids.T
    sims[:, ~valid] = -np.inf
    if barred is not None:
        sims[barred[out_idx]] = -np.inf
    nearest = np.argmax(sims, axis=1)
    nearest_sim = sims[np.arange(len(out_idx)), nearest]
    allowed = int(np.floor(max_share * len(labels)))
    order = np.lexsort((out_idx, -nearest_sim))  # most similar first; ties by position
    n_assign = max(int((nearest_sim >= floor).sum()), len(out_idx) - allowed)
    chosen = order[:n_assign]
    chosen = chosen[np.isfinite(nearest_sim[chosen])]
    labels[out_idx[chosen]] = nearest[chosen]
    return labels


def similarity_to_own(vectors: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Cosine similarity of each unit to its theme's centroid, clipped to [0, 1]; 0 for unassigned units."""
    out = np.zeros(len(labels), dtype=np.float64)
    mask = labels != NOISE
    if mask.any():
        out[mask] = np.einsum("ij,ij->i", vectors[mask], centroids[labels[mask]])
    return np.clip(np.round(out, 4), 0.0, 1.0)
