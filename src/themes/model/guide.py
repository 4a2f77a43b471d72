"""Guided discovery: units clearly about a codebook theme are drawn toward each other before clustering.

Outside the taxonomy's field the taxonomy acts on whole clusters (``anchor``), so a codebook that names each
discovered cluster the way discovery alone found it can only rename it: the partition, and so NMI, stays the
same. BERTopic's guided topic modelling lets seed topics shape the clusters themselves: a document close to a
seed topic is averaged with it (weights 3:1) before UMAP and HDBSCAN. Here the same idea, with the evidence the
anchor uses, so that a unit is drawn only by a theme it is *about*:

* a unit is seeded to a theme when its score for the theme (cosine to the theme's name, description and seeds
  plus the literal-seed bonus) is at least ``z_min`` standard deviations above the corpus mean for that theme,
  leads the runner-up theme by ``z_gap``, and the unit names one of the theme's specific seed words
  (``seedwords.specificity``): a lean in meaning alone is relative to the corpus, a shared generic word is no
  evidence (it gets no specificity);
* a seeded unit's vector is averaged with the centre of the units seeded to the same theme, weighted by how
  specific its seed word is (``weight`` for a fully specific word). The centre lies in the corpus's own region
  of the vector space, where a theme's name ("API-beveiliging") as a text does not;
* only the clustering sees these vectors; centroids, outlier reduction and keywords use the units' own vectors;
* guidance acts only when the codebook covers the corpus: every theme has at least ``min_units`` seeded units.
  A theme with fewer has no centre of its own, and guiding by the other themes alone skews discovery toward
  them. Measured with the sets' own label names as codebook (bench/themes.py, mean over seeds 0, 1, 42): on kp
  (one working group's name, "design rules", clearly named by no unit) guidance cost 0.013 NMI, on appstream
  (three menu categories with one seeded unit each) 0.008; on sib200, sib200-para and lohelp every theme has
  6 or more seeded units and guidance gained 0.014-0.045. Criteria on the partitions themselves (silhouette on
  the units' own vectors, agreement of the seeded units with the clusters, guided or not) did not tell these
  apart seed by seed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from themes.model.anchor import theme_z
from themes.model.assign import NOISE, centroids_of, normalise


@dataclass(frozen=True, slots=True)
class Guidance:
    """The vectors discovery clusters and each unit's seed theme (-1: not seeded)."""

    vectors: np.ndarray
    seeded: np.ndarray
    active: bool = True  # False: the codebook does not cover the corpus, ``vectors`` are the units' own

    @property
    def share(self) -> float:
        """Share of the units that guide discovery."""
        return float(np.mean(self.seeded >= 0)) if len(self.seeded) else 0.0


def seed_units(scores: np.ndarray, hits: np.ndarray, *, z_min: float, z_gap: float) -> np.ndarray:
    """Per unit the theme it is clearly about by meaning and by a specific seed word of its own, or -1."""
    n, n_tax = scores.shape
    if n == 0 or n_tax == 0:
        return np.full(n, NOISE, dtype=int)
    z = theme_z(scores)
    best = np.argmax(z, axis=1)
    top = z[np.arange(n), best]
    second = -np.partition(-z, 1, axis=1)[:, 1] if n_tax > 1 else np.full(n, -np.inf)
    clear = (top >= z_min) & (top - second >= z_gap) & (hits[np.arange(n), best] > 0)
    return np.where(clear, best, NOISE)


def guide(
    vectors: np.ndarray, scores: np.ndarray, hits: np.ndarray, *, z_min: float, z_gap: float, weight: float,
    min_units: int = 0,
) -> Guidance:
    """Vectors for discovery: each seeded unit averaged with its theme's seeded centre (``weight`` at most).

    Args:
        vectors: L2-normalised unit vectors (n, dim).
        scores: taxonomy scores (n, n_tax), the literal-seed bonus included.
        hits: (n, n_tax) specificity of the unit's most specific seed word of the theme (0: none).
        z_min: smallest z of the unit's score for the theme.
        z_gap: lead of that z over the runner-up theme.
        weight: share of the theme centre in a unit's guided vector for a fully specific seed word.
        min_units: fewest seeded units of every theme for guidance to act (0: always).
    """
    seeded = seed_units(scores, hits, z_min=z_min, z_gap=z_gap)
    out = np.array(vectors, dtype=np.float32, copy=True)
    rows = np.flatnonzero(seeded >= 0)
    counts = np.bincount(seeded[rows], minlength=scores.shape[1])
    if len(rows) == 0 or weight <= 0 or counts.min() < min_units:
        return Guidance(out, seeded, active=False)
    centres = centroids_of(vectors, seeded, scores.shape[1])
    w = (np.float32(weight) * np.clip(hits[rows, seeded[rows]], 0.0, 1.0).astype(np.float32))[:, None]
    out[rows] = normalise((1 - w) * out[rows] + w * centres[seeded[rows]])
    return Guidance(out, seeded)
