"""The codebook acting on whole clusters (``anchor``): clear clusters take a theme, a foreign taxonomy takes none."""

from __future__ import annotations

import numpy as np

from themes.model.anchor import anchor_clusters, cluster_match, theme_z


def _blobs(n_per: int, dims: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = np.eye(dims)[: 3]
    points = np.concatenate([c + 0.05 * rng.standard_normal((n_per, dims)) for c in centres])
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    return points.astype(np.float32), np.repeat(np.arange(3), n_per)


def test_theme_z_standardises_each_theme_over_the_corpus():
    z = theme_z(np.array([[0.1, 0.5], [0.3, 0.5]]))
    assert np.allclose(z[:, 0], [-1.0, 1.0]) and np.allclose(z[:, 1], 0.0)


def test_a_cluster_takes_a_theme_only_with_a_clear_lead():
    assert cluster_match(np.array([1.2, 0.1, -0.3]), 0.5, 0.3) == 0
    assert cluster_match(np.array([0.9, 0.8]), 0.5, 0.3) == -1  # two themes equally raised
    assert cluster_match(np.array([0.4, -1.0]), 0.5, 0.3) == -1  # not raised enough


def test_clusters_named_by_the_same_theme_become_one_and_the_rest_stay_new():
    vectors, clusters = _blobs(20, 6)
    scores = np.full((60, 2), 0.1, dtype=np.float32)
    scores[clusters == 0, 0] = 0.3  # clusters 0 and 1 are about theme 0, cluster 2 about neither
    scores[clusters == 1, 0] = 0.3
    result = anchor_clusters(vectors, clusters, scores, n_tax=2, z_min=0.5, z_gap=0.3, min_share=0.5)
    assert (result.labels[clusters < 2] == 0).all()
    assert (result.labels[clusters == 2] == 2).all()  # the first new theme after the two taxonomy themes
    assert result.folded == {0: 0, 1: 0}


def test_a_taxonomy_naming_a_minority_of_the_clusters_takes_no_unit():
    vectors, clusters = _blobs(20, 6)
    scores = np.full((60, 2), 0.1, dtype=np.float32)
    scores[clusters == 0, 1] = 0.3  # one cluster of three leans to theme 1 by accident
    result = anchor_clusters(vectors, clusters, scores, n_tax=2, z_min=0.5, z_gap=0.3, min_share=0.5)
    assert (result.labels >= 2).all() and result.folded == {}
    assert len(set(result.labels.tolist())) == 3


def test_a_lean_in_meaning_without_the_themes_own_words_takes_no_cluster():
    """z is relative to the corpus: on text of another field clusters always lean to some theme. The I&D taxonomy
    took 46% of LibreOffice help pages that way ("sociale veiligheid" for diagram types) until the theme's seed
    words had to occur in the cluster."""
    vectors, clusters = _blobs(20, 6)
    scores = np.full((60, 2), 0.1, dtype=np.float32)
    scores[clusters == 0, 0] = 0.3
    scores[clusters == 1, 0] = 0.3
    hits = np.zeros((60, 2), dtype=bool)
    kwargs = dict(n_tax=2, z_min=0.5, z_gap=0.3, min_share=0.5, min_hit_share=0.1)
    result = anchor_clusters(vectors, clusters, scores, hits=hits, **kwargs)
    assert result.folded == {} and (result.labels >= 2).all()
    hits[np.flatnonzero(clusters == 0)[:3], 0] = True  # 3 of 20 units name a seed word: 15%
    hits[np.flatnonzero(clusters == 1)[:2], 0] = True  # 10%
    result = anchor_clusters(vectors, clusters, scores, hits=hits, **kwargs)
    assert result.folded == {0: 0, 1: 0}


def test_a_cluster_with_two_themes_splits_along_its_own_structure():
    vectors, blobs = _blobs(20, 6)
    clusters = np.where(blobs == 2, 1, 0)  # discovery joined blobs 0 and 1
    scores = np.full((60, 3), 0.1, dtype=np.float32)
    scores[blobs == 0, 0] = 0.3
    scores[blobs == 1, 1] = 0.3
    scores[blobs == 2, 2] = 0.3
    scores[:3, 1] = 0.35  # a few units of blob 0 lean the wrong way; the 2-means follows the vectors
    result = anchor_clusters(vectors, clusters, scores, n_tax=3, z_min=0.3, z_gap=0.3, min_share=0.5)
    assert result.split == (0,)
    assert (result.labels[blobs == 0] == 0).all() and (result.labels[blobs == 1] == 1).all()
    assert (result.labels[blobs == 2] == 2).all()


def _corpus(n_close: int, n: int = 200, dims: int = 12, seed: int = 0, lean: float = 0.0):
    """Two themes whose seed vectors sit on axes 0 and 1; ``n_close`` units lie near a seed, the rest elsewhere
    (leaning ``lean`` toward a seed: a weak match that only a classifier would turn into a theme)."""
    from themes.model.taxonomy import Taxonomy

    rng = np.random.default_rng(seed)
    vectors = 0.05 * rng.standard_normal((n, dims))
    axis = np.where(np.arange(n) < n_close, np.arange(n) % 2, 2 + np.arange(n) % (dims - 2))
    vectors[np.arange(n), axis] += 1.0
    vectors[n_close:, 0] += lean * (np.arange(n - n_close) % 2 == 0)
    vectors[n_close:, 1] += lean * (np.arange(n - n_close) % 2 == 1)
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    seeds = [np.eye(dims, dtype=np.float32)[[t]] for t in (0, 1)]
    taxonomy = Taxonomy.model_validate({"themes": [
        {"key": "a", "name": "alfa", "description": "Over alfa.", "seeds": ["alfa"]},
        {"key": "b", "name": "bravo", "description": "Over bravo.", "seeds": ["bravo"]},
    ]})
    texts = [f"opmerking {i} over onderwerp {axis[i]}" for i in range(n)]
    return texts, vectors, [np.repeat(s, 2, axis=0) for s in seeds], taxonomy


def test_few_confident_units_send_the_taxonomy_the_cluster_route():
    from themes.model.thememodel import ThemeModel

    texts, vectors, seeds, taxonomy = _corpus(n_close=10)  # 5% match confidently: outside the field
    model = ThemeModel(taxonomy, taxonomy_threshold=0.3, seed=1).fit(texts, vectors, seeds)
    assert model.anchor_ is not None


def test_between_field_and_self_training_share_no_unit_gets_a_theme_from_the_classifier():
    from themes.model.thememodel import ThemeModel

    texts, vectors, seeds, taxonomy = _corpus(n_close=50, lean=0.25)  # 25%: in the field, too few to train a classifier
    model = ThemeModel(taxonomy, taxonomy_threshold=0.3, seed=1, field_share=0.15).fit(texts, vectors, seeds)
    assert model.anchor_ is None
    assert not any(e.startswith("lijkt op eenheden") for e in model.evidence_)
    assert (model.labels_[:50] == np.arange(50) % 2).all()


def test_matches_too_few_to_train_the_classifier_take_no_unit_one_by_one_by_default():
    from themes.model.thememodel import ThemeModel

    texts, vectors, seeds, taxonomy = _corpus(n_close=50, lean=0.25)  # 25%: below the self-training share
    model = ThemeModel(taxonomy, taxonomy_threshold=0.3, seed=1).fit(texts, vectors, seeds)
    assert model.anchor_ is not None  # the taxonomy acts on whole clusters
    assert not any(e.startswith("lijkt op eenheden") for e in model.evidence_)
