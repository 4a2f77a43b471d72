import numpy as np

from themes.model.assign import reduce_outliers
from themes.model.labels import phrase_label
from themes.model.quotes import select_quotes


def test_outlier_reduction_leaves_at_most_the_allowed_share():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(200, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = np.full(200, -1)
    labels[:20] = 0
    labels[20:40] = 1
    centroids = np.stack([vectors[:20].mean(0), vectors[20:40].mean(0)])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    out = reduce_outliers(vectors, labels, centroids, 0.10)
    assert (out == -1).mean() <= 0.10
    assert (out[:40] == labels[:40]).all()


def test_phrase_labels_are_readable_and_unique():
    assert phrase_label(["hybride werken", "thuiswerken", "werken"]) == "hybride werken"
    assert phrase_label(["hybride werken", "thuiswerken"], taken=["Hybride werken"]) == "thuiswerken"
    assert phrase_label([]) == "overig thema"
    first = phrase_label(["werkdruk", "tijd", "planning"])
    second = phrase_label(["werkdruk", "tijd", "planning"], taken=[first])
    assert first != second and not second[0].isdigit()


def test_quotes_prefer_central_and_different_units():
    base = np.array([1.0, 0.0, 0.0])
    vectors = np.array([[1, 0.05, 0], [1, 0.05, 0], [1, 0, 0.3], [0.9, 0.4, 0], [0, 1, 0]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    picks = select_quotes(vectors, base, 3, texts=["a", "a", "b", "c", "d"])
    assert picks[0] == 0 and 1 not in picks and len(picks) == 3
