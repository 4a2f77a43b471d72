"""A large corpus gives numpy ints in the vectorizer vocabulary; saving must still work and load in BERTopic."""

from __future__ import annotations

import numpy as np
from bertopic import BERTopic

from themes.model.ctfidf import fit_keywords
from themes.model.persistence import save_model
from themes.model.vectorizer import make_vectorizer


def test_model_with_numpy_vocabulary_indices_is_saved(tmp_path):
    docs = [f"tekst over onderwerp {i % 5} en ander punt {i % 7} werkdruk{'x' * (i % 3)}" for i in range(60)]
    vectors = np.random.default_rng(0).normal(size=(60, 8)).astype("float32")
    model = fit_keywords(docs, np.arange(60) % 3, vectors, make_vectorizer(), 10)
    model.vectorizer.vocabulary_ = {k: np.int64(v) for k, v in model.vectorizer.vocabulary_.items()}
    folder = save_model(tmp_path, model, [], {}, {})
    assert (folder / "bertopic" / "ctfidf_config.json").exists()
    loaded = BERTopic.load(str(folder / "bertopic"))
    assert loaded.vectorizer_model.vocabulary_ == {k: int(v) for k, v in model.vectorizer.vocabulary_.items()}
