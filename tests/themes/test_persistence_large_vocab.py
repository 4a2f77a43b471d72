"""A large corpus gives numpy ints in the vectorizer vocabulary; saving must still work."""

from __future__ import annotations

import numpy as np
from bertopic import BERTopic
from bertopic.dimensionality import BaseDimensionalityReduction
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import CountVectorizer

from themes.themes.persistence import save_model


def test_model_with_numpy_vocabulary_indices_is_saved(tmp_path):
    docs = [f"tekst over onderwerp {i % 5} en ander punt {i % 7}" for i in range(60)]
    vectors = np.random.default_rng(0).normal(size=(60, 8)).astype("float32")
    model = BERTopic(umap_model=BaseDimensionalityReduction(), hdbscan_model=KMeans(3, n_init=1, random_state=0),
                     vectorizer_model=CountVectorizer())
    model.fit(docs, vectors)
    model.vectorizer_model.vocabulary_ = {k: np.int64(v) for k, v in model.vectorizer_model.vocabulary_.items()}
    folder = save_model(tmp_path, model, [], {}, {})
    assert (folder / "bertopic" / "ctfidf_config.json").exists()
