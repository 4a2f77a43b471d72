"""Split a cluster in two when its units form two groups in the original vector space (a G-means test).

HDBSCAN on the UMAP projection joins two topics whose units touch in the neighbour graph: on the sib200
paragraphs travel and entertainment became one cluster with every seed, which no parameter of UMAP or HDBSCAN
changed without losing elsewhere. The test follows G-means (Hamerly and Elkan, "Learning the k in k-means", 2003):
a cluster that is one group projects onto the axis between its two 2-means centres as a normal distribution, a
cluster of two groups does not. It runs on the unit vectors themselves, not on the UMAP projection.

Cross-fitted: 2-means on every other member gives the axis, the other members' projections onto it are tested
(Anderson-Darling for normality with estimated mean and variance, 1% level), then the halves swap. Both tests must
reject. In 512 dimensions 2-means finds a bimodal-looking axis in any blob of a few dozen points: measured on the
discovery clusters of the four benchmark sets, the in-sample statistic of single-topic clusters was 1.1-2.1 (above
any critical value), the held-out one 0.15-0.9. A cluster splits only when both parts keep ``min_size`` members;
the parts are tested again, so a cluster of three groups can become three.
"""

from __future__ import annotations

import numpy as np

NOISE = -1
#: Critical value of the modified Anderson-Darling statistic A*² (normal, mean and variance estimated) at the
#: 1% level (D'Agostino and Stephens, "Goodness-of-fit techniques", 1986, table 4.7).
AD_CRITICAL_1PCT = 1.035
#: Splits of one cluster at most (parts of parts): bounds the work on a corpus of many small topics.
MAX_DEPTH = 3


def anderson_darling(values: np.ndarray) -> float:
    """The modified Anderson-Darling statistic A*² of ``values`` against a normal with their mean and variance.

    Our own eight lines rather than ``scipy.stats.anderson``: its call changes across the scipy versions we allow
    (1.17 warns without ``method``) and it gives no A*²; the A² here equals its statistic to 1e-13.
    """
    from scipy.special import log_ndtr

    x = np.sort(np.asarray(values, dtype=np.float64))
    n = len(x)
    sd = float(x.std(ddof=1)) if n > 1 else 0.0
    if n < 8 or sd == 0.0:
        return 0.0
    z = (x - x.mean()) / sd
    i = np.arange(1, n + 1)
    a2 = -n - float(np.sum((2 * i - 1) * (log_ndtr(z) + log_ndtr(-z[::-1])))) / n
    return a2 * (1 + 0.75 / n + 2.25 / n**2)


def _two_means(points: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(labels 0/1, centres) of 2-means on ``points`` (fixed seed, deterministic on one thread)."""
    from sklearn.cluster import KMeans

    model = KMeans(n_clusters=2, n_init=10, random_state=seed).fit(points)
    return model.labels_.astype(int), model.cluster_centers_


def is_two_groups(points: np.ndarray, seed: int) -> bool:
    """Whether ``points`` are two groups: both cross-fitted Anderson-Darling tests reject normality at 1%."""
    halves = (np.arange(0, len(points), 2), np.arange(1, len(points), 2))
    for fit, test in (halves, halves[::-1]):
        _, centres = _two_means(points[fit], seed)
        axis = centres[0] - centres[1]
        if not np.any(axis) or anderson_darling(points[test] @ axis) < AD_CRITICAL_1PCT:
            return False
    return True


def split_bimodal(vectors: np.ndarray, labels: np.ndarray, min_size: int, seed: int) -> np.ndarray:
    """Labels with every cluster that ``is_two_groups`` split by 2-means (parts numbered after the existing ones).

    Args:
        vectors: the clustered units' L2-normalised vectors (original space).
        labels: cluster labels 0..k-1, -1 for noise (noise is left as it is).
        min_size: smallest part; a cluster below twice this size is not tested.
        seed: seed of the 2-means runs.
    """
    out = np.asarray(labels, dtype=int).copy()
    queue = [(c, 0) for c in sorted(set(out.tolist()) - {NOISE})]
    next_label = int(out.max()) + 1 if len(out) else 0
    while queue:
        c, depth = queue.pop(0)
        members = np.flatnonzero(out == c)
        if depth >= MAX_DEPTH or len(members) < 2 * min_size:
            continue
        points = np.asarray(vectors[members], dtype=np.float64)
        if not is_two_groups(points, seed):
            continue
        parts, _ = _two_means(points, seed)
        if np.bincount(parts, minlength=2).min() < min_size:
            continue
        out[members[parts == 1]] = next_label
        queue += [(c, depth + 1), (next_label, depth + 1)]
        next_label += 1
    return out
