"""UMAP gets its own exact neighbours, its kernels are compiled with numba's cache, a giant cluster is split."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import pairwise_distances

from themes.model.cluster import exact_cosine_knn


def umaps_own_neighbours(points: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """UMAP's exact path below 4,096 points: all distances with its numba cosine, a stable sort per row."""
    from umap.distances import cosine

    dmat = pairwise_distances(points, metric=cosine)
    indices = np.argsort(dmat, axis=1, kind="mergesort")[:, :k]  # umap.utils.fast_knn_indices
    return indices, dmat[np.arange(len(points))[:, None], indices]


def test_exact_neighbours_equal_umaps_own_with_ties_and_zero_vectors():
    rng = np.random.default_rng(0)
    points = rng.normal(size=(150, 24)).astype(np.float32)
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    points[10:20] = points[5]  # exact ties
    points[30] = points[31] * 3  # same direction, other length
    points[40] = 0.0
    indices, distances = exact_cosine_knn(points, 15)
    expected_indices, expected_distances = umaps_own_neighbours(points, 15)
    assert indices.dtype == np.int32 and distances.dtype == expected_distances.dtype
    assert np.array_equal(indices, expected_indices)
    assert np.array_equal(distances, expected_distances)


def test_umap_kernels_are_swapped_for_cached_copies_once():
    import umap.umap_

    from themes.model.umap_jit import KERNELS, use_cached_kernels

    original = umap.umap_.smooth_knn_dist
    use_cached_kernels()
    first = umap.umap_.smooth_knn_dist
    use_cached_kernels()
    assert umap.umap_.smooth_knn_dist is first
    assert first.py_func is original.py_func
    assert type(first._cache).__name__ == "FunctionCache"  # numba's on-disk cache, not its NullCache
    assert first.targetoptions["parallel"] is True  # as umap declares it: results identical to umap's own
    assert ("umap.layouts", "_nb_optimize_layout_euclidean_single_epoch") in KERNELS


def test_a_kernel_numba_cannot_cache_is_kept_as_it_is():
    import numba

    from themes.model.umap_jit import cached_kernel

    namespace: dict = {}
    exec("def double(x):\n    return 2 * x\n", namespace)  # source file '<string>': no cache location exists
    kernel = numba.njit(namespace["double"])
    assert cached_kernel(kernel) is kernel
    assert kernel(2) == 4


def _one_field_corpus() -> tuple[np.ndarray, np.ndarray]:
    """Three sub-themes of one field (close together) and a small far theme; rows L2-normalised."""
    from themes.model.assign import normalise

    rng = np.random.default_rng(0)
    field = rng.normal(size=48)
    subs = [field * 3 + rng.normal(size=48) * 1.2 for _ in range(3)]
    rows = [s + rng.normal(size=(100, 48)) * 0.9 for s in subs] + [-field * 3 + rng.normal(size=(40, 48)) * 0.9]
    return normalise(np.vstack(rows)), np.repeat([0, 1, 2, 3], [100, 100, 100, 40])


def test_a_giant_cluster_is_clustered_again_in_a_projection_of_its_own_members():
    from themes.model.cluster import _split_giant, reduce_dimensions

    vectors, truth = _one_field_corpus()
    points = reduce_dimensions(vectors, 42)
    giant = np.where(truth < 3, 0, 1)  # HDBSCAN's eom selection joined the three sub-themes
    out = _split_giant(points, giant, 9, vectors, 42)
    assert (out[truth == 3] == out[truth == 3][0]).all()  # the other cluster is kept whole
    for sub in range(3):
        found = out[truth == sub]
        kept = found[found >= 0]
        assert len(kept) >= 90 and (kept == kept[0]).all()  # each sub-theme is one cluster of its own
    assert len({int(out[truth == s][out[truth == s] >= 0][0]) for s in range(4)}) == 4
    assert (out == _split_giant(points, giant, 9, vectors, 42)).all()  # deterministic


def test_a_cluster_of_at_most_half_the_units_is_no_giant():
    from themes.model.cluster import _split_giant, reduce_dimensions

    vectors, truth = _one_field_corpus()
    points = reduce_dimensions(vectors, 42)
    labels = truth.copy()  # 100, 100, 100 and 40 units: none is more than half
    assert (_split_giant(points, labels, 9, vectors, 42) == labels).all()
