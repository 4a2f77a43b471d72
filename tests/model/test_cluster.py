"""UMAP gets the exact neighbours it would compute itself, and its kernels are compiled with numba's cache."""

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
