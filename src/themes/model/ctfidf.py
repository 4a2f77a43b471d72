"""Class-based TF-IDF keywords per theme, computed exactly as BERTopic computes them, without importing BERTopic.

``ThemeModel`` used to fit ``BERTopic`` on its final labels (no clustering of its own) only to get c-TF-IDF
keywords and a model folder to save. Importing ``bertopic`` pulls in sentence-transformers, transformers, torch and
plotly (10-15 s per process) for a computation of a few lines. :func:`fit_keywords` does BERTopic 0.17's steps for
``fit_transform(texts, embeddings, y=labels)`` with ``BaseDimensionalityReduction``, ``BaseCluster``, our
vectorizer and ``ClassTfidfTransformer(reduce_frequent_words=True)``, with the same numpy and scikit-learn calls
in the same order, so topics, keywords, scores and the c-TF-IDF matrix are identical (ties included);
``persistence`` writes the result in BERTopic's safetensors folder format, which ``BERTopic.load`` reads.
``tests/model/test_ctfidf.py`` compares both with BERTopic itself.

The steps: topics are renumbered by size (largest 0, outliers stay -1, ties as pandas' quicksort puts them); the
texts of each topic are joined with spaces (so a phrase can span two texts, as in BERTopic); the vectorizer is
fitted on those joined texts; c-TF-IDF is the L1-normalised, square-rooted count per topic times
``log(1 + average words per topic / word frequency)``; each topic keeps its ``top_n_words`` best words; a topic's
embedding is the mean of its texts' vectors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer

#: BERTopic reads at least this many candidate words per topic before keeping ``top_n_words``.
MIN_CANDIDATES = 30
#: BERTopic's placeholder for a missing word.
EMPTY_WORD = ("", 0.00001)


@dataclass(frozen=True, slots=True)
class KeywordModel:
    """What a fitted BERTopic holds that we use or save.

    Attributes:
        vectorizer: the fitted ``CountVectorizer``.
        c_tf_idf: (topics, words) c-TF-IDF matrix, topics in ascending id order (-1 first when present).
        idf: per word idf weight.
        topics: BERTopic topic id per text.
        topic_sizes: texts per topic id, in order of first appearance.
        topic_mapper: BERTopic's mapping rows ``[original, original, sorted]``.
        representations: per topic id its ``top_n_words`` (word, score) pairs, best first.
        topic_embeddings: (topics, dim) mean vector per topic, same order as ``c_tf_idf``.
        label_topic: our label -> BERTopic topic id.
        top_n_words: words kept per topic.
    """

    vectorizer: CountVectorizer
    c_tf_idf: sparse.csr_matrix
    idf: np.ndarray
    topics: np.ndarray
    topic_sizes: dict[int, int]
    topic_mapper: list[list[int]]
    representations: dict[int, list[tuple[str, float]]]
    topic_embeddings: np.ndarray
    label_topic: dict[int, int]
    top_n_words: int

    def words(self, label: int) -> list[str]:
        """Ranked keywords of our ``label`` (BERTopic's ``get_topic``)."""
        topic = self.label_topic.get(label)
        return [w for w, _score in self.representations.get(topic, [])] if topic is not None else []

    @property
    def topic_labels(self) -> dict[int, str]:
        """BERTopic's default topic names ("3_word_word_word_word")."""
        return {key: f"{key}_" + "_".join(w for w, _ in values[:4]) for key, values in self.representations.items()}


def _sorted_by_size(sizes: Counter) -> dict[int, int]:
    """BERTopic's ``_sort_mappings_by_frequency``: topic -> new id, largest first (pandas' descending sort)."""
    old = np.array(list(sizes.keys()), dtype=np.int64)
    size = np.array(list(sizes.values()), dtype=np.int64)
    order = np.arange(len(size))[::-1][size[::-1].argsort(kind="quicksort")][::-1]  # pandas.nargsort, descending
    ranked = [int(t) for t in old[order] if t != -1]
    return {-1: -1, **{t: i for i, t in enumerate(ranked)}}


def _top_words(c_tf_idf: sparse.csr_matrix, words: np.ndarray, labels: list[int], top_n_words: int) -> dict:
    """BERTopic's ``_extract_words_per_topic`` without representation models."""
    n = max(top_n_words, MIN_CANDIDATES)
    picked = []
    for le, ri in zip(c_tf_idf.indptr[:-1], c_tf_idf.indptr[1:], strict=True):
        n_row_pick = min(n, ri - le)
        values = c_tf_idf.indices[le + np.argpartition(c_tf_idf.data[le:ri], -n_row_pick)[-n_row_pick:]]
        picked.append([values[i] if len(values) >= i + 1 else None for i in range(n)])
    indices = np.array(picked)
    scores = np.array([
        np.array([c_tf_idf[row, value] if value is not None else 0 for value in values])
        for row, values in enumerate(indices)
    ])
    order = np.argsort(scores, 1)
    indices = np.take_along_axis(indices, order, axis=1)
    scores = np.take_along_axis(scores, order, axis=1)
    return {
        label: [
            (words[w], s) if w is not None and s > 0 else EMPTY_WORD
            for w, s in zip(indices[i][::-1], scores[i][::-1], strict=True)
        ][:top_n_words]
        for i, label in enumerate(labels)
    }


def _phrases(tokens: list[str], stop_words: frozenset[str] | None, ngram_range: tuple[int, int]) -> list[str]:
    """scikit-learn's ``CountVectorizer._word_ngrams``: stop words dropped, then the n-grams of what is left."""
    if stop_words is not None:
        tokens = [w for w in tokens if w not in stop_words]
    min_n, max_n = ngram_range
    if max_n == 1:
        return tokens
    out = list(tokens) if min_n == 1 else []
    for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
        out.extend(map(" ".join, zip(*(tokens[k:] for k in range(n)), strict=False)))
    return out


def _as_given(features: list[str]) -> list[str]:
    return features


def _fit_on_tokens(vectorizer: CountVectorizer, documents: list[list[str]]) -> sparse.csr_matrix:
    """``vectorizer.fit_transform`` of texts whose :func:`themes.text.tokens.words` are ``documents``, without re-reading them.

    The words are turned into the vectorizer's features (stop words out, phrases) and counted by a twin whose
    analyzer takes them as they are; its vocabulary goes to ``vectorizer``, whose parameters stay those saved.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    stop = vectorizer.get_stop_words()
    twin = CountVectorizer(analyzer=_as_given, lowercase=False, max_df=vectorizer.max_df, min_df=vectorizer.min_df,
                           max_features=vectorizer.max_features, binary=vectorizer.binary, dtype=vectorizer.dtype)
    counts = twin.fit_transform([_phrases(doc, stop, vectorizer.ngram_range) for doc in documents])
    vectorizer.vocabulary_ = twin.vocabulary_
    vectorizer.fixed_vocabulary_ = False
    return counts


def fit_keywords(
    texts: Sequence[str], labels: np.ndarray, embeddings: np.ndarray, vectorizer: CountVectorizer, top_n_words: int,
    tokens: Sequence[Sequence[str]] | None = None,
) -> KeywordModel:
    """c-TF-IDF keywords of each label (-1: outliers), as ``BERTopic.fit_transform(texts, embeddings, y=labels)``.

    Args:
        texts: redacted unit texts.
        labels: theme label per text (-1 for none).
        embeddings: (n, dim) vectors, row i belongs to ``texts[i]``.
        vectorizer: an unfitted ``CountVectorizer`` (fitted here).
        top_n_words: words kept per topic.
        tokens: per text its ``themes.text.tokens.words``, when already known (``vectorizer`` must then use
            ``TOKEN_PATTERN`` with lower-casing, as ``make_vectorizer`` does): the texts are not read again.
    """
    from scipy import sparse
    from sklearn.preprocessing import normalize

    original = [int(x) for x in np.asarray(labels).tolist()]
    mapper = [[t, t] for t in sorted(set(original))]
    order = _sorted_by_size(Counter(original))
    for row in mapper:
        row.append(order.get(row[-1], -1))
    topics = np.array([order[t] for t in original], dtype=np.int64)
    ids = sorted(set(topics.tolist()))
    members: dict[int, list[int]] = {t: [] for t in ids}
    for i, t in enumerate(topics.tolist()):
        members[t].append(i)
    if tokens is None:
        joined = []
        for t in ids:
            doc = " ".join(texts[i] for i in members[t]).replace("\n", " ").replace("\t", " ")
            joined.append(doc if doc != "" else "emptydoc")
        counts = vectorizer.fit_transform(joined)
    else:  # the words of joined texts are the texts' words in a row ("" alone would be "emptydoc")
        documents = [[w for i in members[t] for w in tokens[i]] for t in ids]
        documents = [["emptydoc"] if len(members[t]) == 1 and texts[members[t][0]] == "" else doc
                     for t, doc in zip(ids, documents, strict=True)]
        counts = _fit_on_tokens(vectorizer, documents)
    words = vectorizer.get_feature_names_out()
    frequency = np.squeeze(np.asarray(counts.sum(axis=0)))
    avg_nr_samples = int(counts.sum(axis=1).mean())
    idf = np.log((avg_nr_samples / frequency) + 1)
    idf_diag = sparse.diags(idf, offsets=0, shape=(len(words), len(words)), format="csr", dtype=np.float64)
    tf = normalize(counts, axis=1, norm="l1", copy=False)
    tf.data = np.sqrt(tf.data)
    c_tf_idf = tf * idf_diag
    embeddings = np.asarray(embeddings)
    topic_embeddings = np.array([embeddings[np.asarray(members[t])].mean(axis=0) for t in ids])
    return KeywordModel(
        vectorizer=vectorizer,
        c_tf_idf=c_tf_idf,
        idf=np.array(idf_diag.data),
        topics=topics,
        topic_sizes=dict(Counter(topics.tolist())),
        topic_mapper=mapper,
        representations=_top_words(c_tf_idf, words, ids, top_n_words),
        topic_embeddings=topic_embeddings,
        label_topic={t: order[t] for t in set(original) if t != -1},
        top_n_words=top_n_words,
    )
