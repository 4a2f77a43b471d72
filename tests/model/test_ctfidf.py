"""Our c-TF-IDF keywords and saved folder are BERTopic's own, bit for bit, and BERTopic.load reads the folder."""

from __future__ import annotations

import logging

import numpy as np
import pytest
from bertopic import BERTopic
from bertopic.cluster import BaseCluster
from bertopic.dimensionality import BaseDimensionalityReduction
from bertopic.vectorizers import ClassTfidfTransformer

from themes.model.ctfidf import fit_keywords
from themes.model.persistence import save_bertopic_folder
from themes.model.vectorizer import make_vectorizer

WORDS = ("werkdruk planning rooster thuiswerken laptop koffie lift parkeren cursus opleiding loopbaan gesprek "
         "leidinggevende vertrouwen melding pesten inclusie racisme vergadering budget").split()


def corpus(n: int, seed: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts with shared words (tied scores), equal topic sizes (tied ranks), outliers and an empty text."""
    rng = np.random.default_rng(seed)
    labels = np.array([i % 5 for i in range(n)])
    labels[::9] = -1
    texts = []
    for i, label in enumerate(labels):
        own = WORDS[(label % 5) * 4 : (label % 5) * 4 + 4]
        words = [own[j] for j in rng.integers(0, 4, 5)] + [WORDS[j] for j in rng.integers(0, len(WORDS), 2)]
        texts.append(f"De {words[0]} en het {' '.join(words[1:])} [PERSOON_{i}] in 2024.\nNog\t{words[0]}.")
    texts[3] = ""
    vectors = rng.normal(size=(n, 12)).astype(np.float32)
    return texts, labels, vectors


def bertopic_fit(texts, labels, vectors, top_n_words):
    model = BERTopic(embedding_model=None, language="dutch", umap_model=BaseDimensionalityReduction(),
                     hdbscan_model=BaseCluster(), vectorizer_model=make_vectorizer((), n_docs=len(texts)),
                     ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True), top_n_words=top_n_words,
                     calculate_probabilities=False, verbose=False)
    topics, _ = model.fit_transform(texts, embeddings=vectors, y=labels)
    return model, topics


@pytest.mark.parametrize(("n", "seed", "top_n_words"), [(60, 0, 24), (157, 1, 10), (400, 2, 40)])
def test_keywords_and_saved_folder_equal_bertopics_own(tmp_path, n, seed, top_n_words):
    texts, labels, vectors = corpus(n, seed)
    reference, topics = bertopic_fit(texts, labels, vectors, top_n_words)
    ours = fit_keywords(texts, labels, vectors, make_vectorizer((), n_docs=n), top_n_words)

    assert ours.topics.tolist() == list(topics)
    assert ours.representations == reference.topic_representations_
    assert all(ours.words(c) == [w for w, _ in reference.get_topic(ours.label_topic[c])] for c in range(5))
    assert (ours.c_tf_idf != reference.c_tf_idf_).nnz == 0
    assert ours.c_tf_idf.indices.tolist() == reference.c_tf_idf_.indices.tolist()

    save_bertopic_folder(tmp_path / "ours", ours)
    logging.getLogger("BERTopic").setLevel(logging.ERROR)
    reference.save(str(tmp_path / "bertopic"), serialization="safetensors", save_ctfidf=True,
                   save_embedding_model=False)
    names = sorted(p.name for p in (tmp_path / "bertopic").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "ours").iterdir())
    for name in names:
        assert (tmp_path / "ours" / name).read_bytes() == (tmp_path / "bertopic" / name).read_bytes(), name


def test_saved_folder_loads_in_bertopic_with_the_same_topics(tmp_path):
    texts, labels, vectors = corpus(80, 3)
    ours = fit_keywords(texts, labels, vectors, make_vectorizer((), n_docs=80), 24)
    save_bertopic_folder(tmp_path / "m", ours)
    loaded = BERTopic.load(str(tmp_path / "m"))
    assert loaded.topics_ == ours.topics.tolist()
    assert {t: [w for w, _ in loaded.get_topic(t)] for t in ours.representations} == {
        t: [w for w, _ in words] for t, words in ours.representations.items()
    }
    assert np.allclose(loaded.topic_embeddings_, ours.topic_embeddings)

