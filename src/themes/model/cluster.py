"""UMAP + HDBSCAN built explicitly, with fixed seeds and parameters scaled to corpus size.

Choices (measured in bench/themes.py):

* ``min_cluster_size`` grows with the square root of the corpus (5 for 100 units, 16 for 1,000, 158 for 100,000),
  ``min_samples`` is a third of it, so small corpora still give themes and big ones give a few dozen, not hundreds.
* UMAP: 5 dimensions, ``min_dist=0``, cosine metric, ``random_state`` from the config (which makes UMAP single
  threaded and deterministic), ``low_memory=True``; 15 neighbours up to 10,000 units, 10 beyond.
* Big corpora: UMAP and HDBSCAN are fitted on a deterministic sample of at most ``sample_size`` units (default
  4,000); every other unit is assigned to the nearest cluster centroid in embedding space (cosine), the same rule
  the outlier reduction uses. Below 4,096 points UMAP finds neighbours exactly instead of with pynndescent, whose
  numba compilation alone took about 70 s per process. Measured on the shared 2-core machine at 100,000 units
  (sib200 vectors repeated with noise): the whole ``ThemeModel.fit`` takes 39 s (clustering a few seconds,
  c-TF-IDF keywords over all texts about 4 s, the rest nearest-centroid assignment), against 136 s with a
  6,000-unit sample. That leaves the 5-minute budget to the encoder.
* One giant cluster (more than half of the clustered units while the corpus is big enough for several themes) is
  clustered again on its own: a new UMAP projection of its members alone, then HDBSCAN (``leaf`` selection only
  when that still finds fewer than two clusters). On corpora whose units all share one field (the kp working-group
  minutes: every group discusses APIs; the AppStream descriptions: every one describes a program) HDBSCAN's
  ``eom`` selection makes one cluster of 96% (kp) or 79% (AppStream) of the units, as plain BERTopic does (3 and 2
  topics). ``leaf`` selection in the projection of the whole corpus then cut it into the smallest dense pieces and
  left 45% (kp) of its units as noise, most of them handed to the surviving clusters one by one by the outlier
  reduction; a projection of the members alone spreads them over their own neighbour graph, and ``eom`` finds
  their sub-themes with a third less noise (seed-42 NMI kp 0.143 -> 0.161, AppStream 0.474 -> 0.522; mean over
  five seeds 0.140 -> 0.161 and 0.495 -> 0.501, the worst seed on kp 0.089 -> 0.135; sets without a giant
  cluster unchanged).
* Then every cluster whose units form two groups in the original vector space is split by 2-means (``split``, a
  cross-fitted G-means test): HDBSCAN joined the travel and entertainment paragraphs of sib200 with every seed.
"""

from __future__ import annotations

import math
import warnings

import numpy as np

from themes.model.split import split_bimodal

NOISE = -1
#: UMAP computes exact neighbours below this many points (``exact_cosine_knn`` gives it the same ones).
UMAP_EXACT_BELOW = 4_096
#: Candidates for the exact neighbours: within this much of the k-th smallest float64 cosine distance.
KNN_MARGIN = 1e-5


def scaled_min_cluster_size(n: int, configured: int | None = None) -> int:
    """The HDBSCAN ``min_cluster_size`` for ``n`` units (the configured value wins)."""
    if configured is not None:
        return max(2, min(configured, max(2, n // 2)))
    return max(3, min(int(round(math.sqrt(n) / 2)), 400)) if n >= 40 else max(2, n // 8)


def sample_indices(n: int, sample_size: int, seed: int) -> np.ndarray:
    """A sorted, deterministic sample of row indices (all rows when ``n <= sample_size``)."""
    if n <= sample_size:
        return np.arange(n)
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(n, size=sample_size, replace=False))


def exact_cosine_knn(vectors: np.ndarray, n_neighbors: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``n_neighbors`` nearest rows of each row by cosine distance, exactly as UMAP's own exact path finds them.

    UMAP below 4,096 points computes all pairwise distances with its numba ``cosine`` called once per pair from
    Python (8 million calls for 4,000 points, about 5 s) and sorts each row stably. Here a float64 matrix product
    finds each row's candidates (everything within ``KNN_MARGIN`` of its k-th smallest distance, far more than the
    rounding differences between the two) and only those pairs are measured with UMAP's ``cosine``; a stable sort
    on (distance, index) then gives the same indices and the same distances, bit for bit (self included, as UMAP
    does; distances rounded to float32 before sorting, as UMAP stores them).

    Returns:
        (indices int32 (n, k), distances float32 (n, k)), for ``UMAP(precomputed_knn=(indices, distances, None))``.
    """
    from umap.distances import cosine

    points = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(points)
    k = min(n_neighbors, n)
    wide = points.astype(np.float64)
    norms = np.sqrt(np.einsum("ij,ij->i", wide, wide))
    safe = np.where(norms > 0, norms, 1.0)
    indices = np.empty((n, k), dtype=np.int32)
    distances = np.empty((n, k), dtype=np.float32)
    for start in range(0, n, 1024):
        stop = min(start + 1024, n)
        approx = 1.0 - (wide[start:stop] @ wide.T) / safe[start:stop, None] / safe[None, :]
        zero_row, zero_col = norms[start:stop, None] == 0, norms[None, :] == 0
        approx[zero_row | zero_col] = 1.0
        approx[zero_row & zero_col] = 0.0
        kth = np.partition(approx, k - 1, axis=1)[:, k - 1]
        for r, row in enumerate(approx):
            i = start + r
            cand = np.flatnonzero(row <= kth[r] + KNN_MARGIN)
            exact = np.array([cosine(points[min(i, j)], points[max(i, j)]) for j in cand.tolist()], dtype=np.float32)
            order = np.lexsort((cand, exact))[:k]
            indices[i] = cand[order]
            distances[i] = exact[order]
    return indices, distances


def reduce_dimensions(vectors: np.ndarray, seed: int, *, n_components: int = 5) -> np.ndarray:
    """UMAP projection of L2-normalised vectors to ``n_components`` dimensions."""
    from umap import UMAP

    from themes.model.umap_jit import use_cached_kernels

    use_cached_kernels()
    n = len(vectors)
    n_neighbors = 15 if n <= 10_000 else 10
    n_neighbors = max(2, min(n_neighbors, n - 1))
    # Below 4,096 points UMAP would compute exact neighbours itself, slowly: give it the same ones.
    knn = (*exact_cosine_knn(vectors, n_neighbors), None) if n < UMAP_EXACT_BELOW else (None, None, None)
    reducer = UMAP(
        n_neighbors=n_neighbors,
        n_components=min(n_components, max(2, n - 2)),
        min_dist=0.0,
        metric="cosine",
        random_state=seed,
        low_memory=True,
        n_epochs=None if n <= 10_000 else 200,
        init="spectral" if n > n_components + 2 else "random",
        precomputed_knn=knn,
        verbose=False,
    )
    with warnings.catch_warnings():  # "n_jobs overridden by setting random_state": intended, for determinism
        warnings.filterwarnings("ignore", message="n_jobs value", category=UserWarning)
        # no search index with our neighbours: we never call UMAP.transform
        warnings.filterwarnings("ignore", message=r"precomputed_knn\[2\]", category=UserWarning)
        return reducer.fit_transform(vectors).astype(np.float64)


def hdbscan_labels(points: np.ndarray, min_cluster_size: int, *, leaf: bool = False) -> np.ndarray:
    """HDBSCAN cluster labels (-1 for noise)."""
    from hdbscan import HDBSCAN

    clusterer = HDBSCAN(
        min_cluster_size=min_cluster_size,
        min_samples=max(1, min_cluster_size // 3),
        metric="euclidean",
        cluster_selection_method="leaf" if leaf else "eom",
        core_dist_n_jobs=1,
    )
    return clusterer.fit_predict(points).astype(int)


def _split_giant(
    points: np.ndarray, labels: np.ndarray, min_cluster_size: int, vectors: np.ndarray, seed: int
) -> np.ndarray:
    """Labels with the giant cluster (if any) clustered again in a UMAP projection of its own members."""
    clustered = labels[labels != NOISE]
    if len(clustered) == 0:
        return labels
    values, counts = np.unique(clustered, return_counts=True)
    giant = values[np.argmax(counts)]
    members = np.flatnonzero(labels == giant)
    if counts.max() <= 0.5 * len(labels) or len(members) < 4 * min_cluster_size:
        return labels
    own = reduce_dimensions(vectors[members], seed, n_components=points.shape[1])
    sub = hdbscan_labels(own, min_cluster_size)
    if len(set(sub.tolist()) - {NOISE}) < 2:
        sub = hdbscan_labels(own, min_cluster_size, leaf=True)
    if len(set(sub.tolist()) - {NOISE}) < 2:
        return labels
    out = labels.copy()
    next_label = labels.max() + 1
    for value in sorted(set(sub.tolist()) - {NOISE}):
        out[members[sub == value]] = next_label
        next_label += 1
    out[members[sub == NOISE]] = NOISE
    return _renumber(out)


def _renumber(labels: np.ndarray) -> np.ndarray:
    """Labels 0..k-1 in order of first appearance; noise stays -1."""
    mapping: dict[int, int] = {}
    out = np.full(len(labels), NOISE, dtype=int)
    for i, value in enumerate(labels.tolist()):
        if value == NOISE:
            continue
        out[i] = mapping.setdefault(value, len(mapping))
    return out


def cluster_vectors(
    vectors: np.ndarray, *, seed: int, min_cluster_size: int | None = None, sample_size: int = 4_000,
    split: bool = True,
) -> np.ndarray:
    """Cluster L2-normalised vectors; returns labels 0..k-1 and -1 for noise.

    Units outside the fitted sample get the nearest sample-cluster centroid; noise inside the sample stays noise
    (the outlier reduction handles it later). ``split``: clusters of two groups are split (``split.split_bimodal``).
    """
    n = len(vectors)
    if n < 4:
        return np.full(n, NOISE, dtype=int)
    idx = sample_indices(n, sample_size, seed)
    mcs = scaled_min_cluster_size(len(idx), min_cluster_size)
    points = reduce_dimensions(vectors[idx], seed)
    labels = _split_giant(points, hdbscan_labels(points, mcs), mcs, vectors[idx], seed)
    if split:
        labels = split_bimodal(vectors[idx], _renumber(labels), mcs, seed)
    labels = _renumber(labels)
    if len(idx) == n:
        return labels
    out = np.full(n, NOISE, dtype=int)
    out[idx] = labels
    k = labels.max() + 1
    if k <= 0:
        return out
    centroids = np.stack([vectors[idx][labels == c].mean(axis=0) for c in range(k)])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    rest = np.setdiff1d(np.arange(n), idx)
    for start in range(0, len(rest), 20_000):
        chunk = rest[start : start + 20_000]
        out[chunk] = np.argmax(vectors[chunk] @ centroids.T, axis=1)
    return out
