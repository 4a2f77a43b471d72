"""A cluster splits only when its units form two groups in the vector space (cross-fitted G-means test)."""

from __future__ import annotations

import numpy as np

from themes.model.split import anderson_darling, is_two_groups, split_bimodal


def _blob(rng: np.random.Generator, centre: np.ndarray, n: int, spread: float = 1.0) -> np.ndarray:
    points = centre + spread * rng.normal(size=(n, len(centre)))
    return points / np.linalg.norm(points, axis=1, keepdims=True)


def test_anderson_darling_is_small_for_normal_values_and_large_for_two_groups():
    rng = np.random.default_rng(0)
    normal = rng.normal(size=200)
    assert anderson_darling(normal) < 1.035
    assert anderson_darling(np.r_[normal[:100] - 3, normal[100:] + 3]) > 5


def test_one_blob_in_many_dimensions_is_not_split_although_two_means_always_finds_an_axis():
    rng = np.random.default_rng(1)
    blob = _blob(rng, np.zeros(128) + 3.0, 120)
    assert not is_two_groups(blob, seed=42)
    labels = np.zeros(120, dtype=int)
    assert np.array_equal(split_bimodal(blob, labels, min_size=10, seed=42), labels)


def test_a_cluster_of_two_topics_is_split_along_the_topics_and_others_and_noise_stay():
    rng = np.random.default_rng(2)
    a, b, c = (rng.normal(size=64) * 2 for _ in range(3))
    vectors = np.concatenate([_blob(rng, a, 50), _blob(rng, b, 40), _blob(rng, c, 60), _blob(rng, c, 5)])
    labels = np.r_[np.zeros(90, dtype=int), np.ones(60, dtype=int), np.full(5, -1)]
    out = split_bimodal(vectors, labels, min_size=10, seed=42)
    assert len(set(out[:50].tolist())) == 1 and len(set(out[50:90].tolist())) == 1 and out[0] != out[50]
    assert set(out[90:150].tolist()) == {1} and (out[150:] == -1).all()
    assert np.array_equal(out, split_bimodal(vectors, labels, min_size=10, seed=42))  # same input, same split


def test_a_part_smaller_than_min_size_is_no_split():
    rng = np.random.default_rng(3)
    a, b = (rng.normal(size=64) * 2 for _ in range(2))
    vectors = np.concatenate([_blob(rng, a, 60), _blob(rng, b, 8)])
    labels = np.zeros(68, dtype=int)
    assert np.array_equal(split_bimodal(vectors, labels, min_size=10, seed=42), labels)
