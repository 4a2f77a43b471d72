"""The theme model: taxonomy matching, clustering of the rest, outlier reduction and BERTopic keywords.

``ThemeModel`` follows the scikit-learn contract: the constructor stores parameters, ``fit`` learns attributes
ending in ``_`` and returns ``self``. The input order must be stable (the caller sorts by segment id).

Steps of ``fit``:
1. framing is left out of each unit's vector (``sentences.content_vectors``: weighted mean of its content
   sentences, when the caller passes sentence vectors);
2. each unit is scored per taxonomy theme: cosine to the nearest seed text plus a bonus when it uses a one-word
   seed literally (``assign.taxonomy_scores``, ``lexicon``);
3. confidently scored units train a classifier that assigns the taxonomy themes to the rest (``selftrain``);
4. units still without a theme are clustered with UMAP + HDBSCAN (``cluster.cluster_vectors``); clusters whose
   units mostly score on one taxonomy theme join it, near-duplicates merge, clusters below 1% of the units are
   dropped (``merge``);
   Outside the taxonomy's field (fewer than ``field_share`` of the units match confidently, e.g. a codebook of
   short theme names) steps 3-4 are replaced: all units are clustered, guided by the units clearly about a theme
   (``guide``: by meaning and by a specific seed word of their own, drawn toward each other before UMAP), and the
   taxonomy acts on whole clusters (``anchor``: a cluster clearly named by a theme takes it, a cluster naming two
   is split, and nothing is taken unless the taxonomy names most of the corpus);
5. outliers get their nearest theme until at most ``max_outlier_share`` stay unassigned;
6. keywords and label per theme: c-TF-IDF over lemmatised noun phrases with MMR (``phrases``); the word-level
   c-TF-IDF model BERTopic would fit on the final labels (``ctfidf``) is kept for ``persistence``, which saves it
   in BERTopic's folder format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from themes.model import anchor, assign, cluster, guide, merge
from themes.model.ctfidf import KeywordModel, fit_keywords
from themes.model.evidence import BY_CLUSTER as _CLUSTER
from themes.model.evidence import BY_DIRECT as _DIRECT
from themes.model.evidence import BY_FOLDED as _FOLDED
from themes.model.evidence import BY_NEAREST as _NEAREST
from themes.model.evidence import BY_NONE as _NONE
from themes.model.evidence import BY_TRAINED as _TRAINED
from themes.model.evidence import unit_evidence
from themes.model.phrases import theme_phrases
from themes.model.seedwords import SeedLexicon
from themes.model.selftrain import self_train
from themes.model.taxonomy import EMPTY_TAXONOMY, Taxonomy
from themes.model.unitsentences import SentenceVectors, content_vectors
from themes.model.vectorizer import dutch_stopwords, make_vectorizer
from themes.text.tokens import words as text_words

NOISE = -1


@dataclass(frozen=True, slots=True)
class FittedTheme:
    """One theme as the model found it (before ids, labels and quotes are attached)."""

    index: int
    taxonomy: str | None
    keywords: tuple[str, ...]
    members: np.ndarray
    centroid: np.ndarray
    label_words: tuple[str, ...] = ()  # keywords made of noun-like words, for the label

    def __post_init__(self) -> None:
        if self.index < 0:
            raise ValueError("index must be >= 0")


class ThemeModel:
    """Taxonomy-guided BERTopic theme model for Dutch units.

    Args:
        taxonomy: the analysts' taxonomy (empty: only new themes).
        taxonomy_threshold: cosine similarity a unit needs to a taxonomy prototype to get that theme.
        seed: random seed for UMAP and sampling.
        min_cluster_size: HDBSCAN minimum cluster size; None scales with corpus size.
        max_outlier_share: largest share of units left unassigned.
        n_keywords: keywords kept per theme.
        domain_stopwords: words never used as keywords.
        sample_size: above this many units, UMAP/HDBSCAN are fitted on a sample.
        fold_share: a new cluster joins a taxonomy theme when at least this share of its units scores best on
            that theme with a median score of at least ``taxonomy_threshold``.
        fold_margin: units scoring below ``taxonomy_threshold - fold_margin`` on every theme train the classifier's
            "none" class and get no taxonomy theme from the classifier or the outlier reduction.
        fold_similarity: if set, a new cluster also joins the taxonomy theme whose units' centroid is this similar to its own.
        self_training_margin: units scoring at least ``taxonomy_threshold`` plus this margin train a classifier
            that assigns the taxonomy themes (``selftrain``); None: plain threshold on the score.
        self_training_probability: smallest classifier probability that assigns a taxonomy theme.
        sentence_scoring: also score each content sentence against the seeds and keep the best (off: the
            content vector alone is scored; with self-training this matched the sample corpus's truth better,
            107 against 113 units off, and it kept on-topic framing such as "Zonder consequenties verandert er
            niks." from deciding the theme).
        lexical_bonus: added to a unit's score for a theme whose one-word seed it contains (``lexicon``).
        merge_similarity: new clusters whose centroids are at least this similar become one theme.
        min_new_share: a new theme needs at least this share of the units (and 3 units); smaller clusters are
            left to the outlier reduction. 1%: at 2% the floor lay above HDBSCAN's own ``min_cluster_size`` on
            corpora of more than about 600 units (22 units at 1,860 against 38), so clusters HDBSCAN found there
            were handed out unit by unit (mean NMI over seeds 0, 1, 42: kp 0.177 -> 0.194, LibreOffice help
            0.361 -> 0.391; sib200, its paragraphs, AppStream and the I&D answers unchanged).
        taxonomy_margin: a unit gets a taxonomy theme directly only when its score beats the runner-up theme's by
            this much (an answer equally close to two themes is decided by the classifier or clustering).
        keep_direct: units that pass the threshold and margin keep their theme (the classifier decides the rest).
        field_share: the corpus is of the taxonomy's field when at least this share of its units match a
            taxonomy theme confidently (threshold plus ``self_training_margin``, with the margin); then every
            theme with 3 such units is present. Measured: I&D survey answers with the I&D taxonomy 64%, the
            sample corpus 45.5%, the three Woo documents 36.8%, the kp-werkgroepen minutes 6.8% with it, sib200
            0.5%. Below it the taxonomy acts on clusters (``cluster_anchoring``). The same share as
            ``self_training_share``: matches too few to train the classifier are too weak to take units one by
            one. The kp-werkgroepen minutes with their working groups' own names as a codebook match 19.8%,
            and those matches were 64% right: taken unit by unit (``field_share`` 0.15 before) they fragmented
            the discovery of the rest (codebook NMI 0.155 against 0.161 without taxonomy); on clusters the
            codebook names too little of the corpus and discovery decides alone (0.161).
        self_training_share: the classifier is trained only when at least this share of the units match
            confidently; between ``field_share`` and this share (when set below it) units get a taxonomy theme
            by their own score alone. On the kp codebook the classifier spread the matches (NMI 0.138 without
            taxonomy, 0.114 with self-training, 0.141 without); the I&D answers (64%) gain from it (0.631
            without, 0.670 with).
        presence_share: in a corpus of another field, a taxonomy theme is present only when at least this share
            of the units match it confidently. An absent theme takes no unit at all: on text of another field a
            few units match some seed by accident (kp minutes: "Commentaar geven op huidige vulling" 0.36 to
            "defensief reageren op het onderwerp"); they do not add up to a theme.
        cluster_anchoring: outside the field, cluster all units and let the taxonomy act on whole clusters
            (``anchor``; off: the taxonomy themes present by ``presence_share`` are matched unit by unit, which
            on sib200 paragraphs with their label names took units by weak evidence and lowered NMI 0.87 -> 0.57).
        anchor_z: smallest mean z-score (per theme, over the corpus) of a cluster for the theme it takes.
        anchor_gap: lead of that z over the runner-up theme.
        anchor_hit_share: share of a cluster's units that must name one of a theme's (specific) seed words for the
            cluster to take that theme: a lean in meaning alone is relative to the corpus and no evidence (the I&D
            taxonomy leaned clusters of LibreOffice help pages to "sociale veiligheid" with no seed word in them).
        anchor_share: share of the clustered units that must be in clusters taking a theme, or none takes one
            (a taxonomy of another field named 19-47% of sib200/kp clusters, codebooks 68-100%).
        bimodal_split: a discovered cluster whose units form two groups in the vector space is split
            (``split``; off: HDBSCAN's clusters as they are).
        guide_z: outside the field, a unit guides discovery toward a theme when its semantic score for the theme
            (without the literal-seed bonus: a shared word alone is no evidence of meaning) is this many standard
            deviations above the theme's corpus mean, leads the runner-up by ``anchor_gap`` and the unit names a
            specific seed word of the theme (``guide``).
        guide_weight: share of the theme's seeded centre in such a unit's vector for clustering, scaled by the
            seed word's specificity (0: discovery as without a taxonomy; BERTopic's guided topic modelling uses
            0.25). Measured with the sets' own label names as codebook (bench/themes.py, seeds 0, 1, 42), see
            ``guide``.
        guide_min_units: guidance acts only when every theme has at least this many seeded units (``guide``: on
            kp and appstream, whose codebooks have themes no unit clearly names, guidance cost 0.008-0.013 NMI).

    Literal seed words count by their specificity (``seedwords.specificity``): a seed word common in the corpus
    or in Dutch gives no bonus. Units far from every theme (score below ``taxonomy_threshold - fold_margin``)
    train a "none" class of the classifier and can get no taxonomy theme from it; clusters fold into a taxonomy
    theme only when their voters' median score reaches ``taxonomy_threshold``.
    """

    def __init__(
        self,
        taxonomy: Taxonomy = EMPTY_TAXONOMY,
        *,
        taxonomy_threshold: float = 0.35,
        seed: int = 42,
        min_cluster_size: int | None = None,
        max_outlier_share: float = 0.10,
        n_keywords: int = 8,
        domain_stopwords: Sequence[str] = (),
        sample_size: int = 4_000,
        fold_share: float = 0.5,
        fold_margin: float = 0.15,
        merge_similarity: float = 0.90,
        min_new_share: float = 0.01,
        fold_similarity: float | None = None,
        lexical_bonus: float = 0.10,
        self_training_margin: float | None = 0.05,
        self_training_probability: float = 0.30,
        sentence_scoring: bool = False,
        taxonomy_margin: float = 0.02,
        keep_direct: bool = True,
        presence_share: float = 0.02,
        field_share: float = 0.35,
        self_training_share: float = 0.35,
        cluster_anchoring: bool = True,
        anchor_z: float = 0.5,
        anchor_gap: float = 0.3,
        anchor_share: float = 0.5,
        anchor_hit_share: float = 0.1,
        bimodal_split: bool = True,
        guide_z: float = 1.0,
        guide_weight: float = 0.25,
        guide_min_units: int = 3,
    ) -> None:
        self.taxonomy = taxonomy
        self.taxonomy_threshold = taxonomy_threshold
        self.seed = seed
        self.min_cluster_size = min_cluster_size
        self.max_outlier_share = max_outlier_share
        self.n_keywords = n_keywords
        self.domain_stopwords = tuple(domain_stopwords)
        self.sample_size = sample_size
        self.fold_share = fold_share
        self.fold_margin = fold_margin
        self.merge_similarity = merge_similarity
        self.min_new_share = min_new_share
        self.fold_similarity = fold_similarity
        self.lexical_bonus = lexical_bonus
        self.self_training_margin = self_training_margin
        self.self_training_probability = self_training_probability
        self.sentence_scoring = sentence_scoring
        self.taxonomy_margin = taxonomy_margin
        self.keep_direct = keep_direct
        self.presence_share = presence_share
        self.field_share = field_share
        self.self_training_share = self_training_share
        self.cluster_anchoring = cluster_anchoring
        self.anchor_z = anchor_z
        self.anchor_gap = anchor_gap
        self.anchor_share = anchor_share
        self.anchor_hit_share = anchor_hit_share
        self.bimodal_split = bimodal_split
        self.guide_z = guide_z
        self.guide_weight = guide_weight
        self.guide_min_units = guide_min_units

    def fit(
        self,
        texts: Sequence[str],
        vectors: np.ndarray,
        seed_vectors: Sequence[np.ndarray] | None = None,
        sentences: SentenceVectors | None = None,
        contexts: Sequence[str] | None = None,
    ) -> ThemeModel:
        """Learn themes from redacted ``texts`` and their L2-normalised ``vectors``.

        Args:
            texts: unit texts (redacted), in a stable order.
            vectors: float32 (n, dim), row i belongs to ``texts[i]``.
            seed_vectors: per taxonomy theme (in taxonomy order) the embeddings of its texts
                (``TaxonomyTheme.prototype_texts``); required when the taxonomy is not empty.
            sentences: sentence vectors of multi-sentence units (``inputs.prepare_inputs``); a unit then
                scores against the taxonomy by its best sentence.
            contexts: per unit the heading it stands under; its seed words count for the literal-seed bonus
                (a quote under "3. Racisme en discriminatie" is about racism even when it names no seed).

        Returns:
            self, with ``labels_`` (theme index or -1), ``probabilities_``, ``themes_`` (list of FittedTheme),
            ``outlier_share_``, ``topic_model_`` and ``folded_`` (new cluster folded into a taxonomy theme).
        """
        from threadpoolctl import threadpool_limits

        # one BLAS/OpenMP thread for everything after the embedding: spectral init, matrix products and the
        # classifier then give the same bits whatever the core count or machine load (byte-identical outputs)
        with threadpool_limits(limits=1):
            return self._fit(texts, vectors, seed_vectors, sentences, contexts)

    def _fit(
        self,
        texts: Sequence[str],
        vectors: np.ndarray,
        seed_vectors: Sequence[np.ndarray] | None,
        sentences: SentenceVectors | None,
        contexts: Sequence[str] | None,
    ) -> ThemeModel:
        texts = list(texts)
        vectors = assign.normalise(vectors)
        if len(texts) != len(vectors):
            raise ValueError("texts and vectors differ in length")
        if len(texts) == 0:
            raise ValueError("nothing to fit")
        n_tax = len(self.taxonomy.themes)
        if n_tax and (seed_vectors is None or len(seed_vectors) != n_tax):
            raise ValueError("seed vectors for every taxonomy theme are required")
        vectors = content_vectors(vectors, sentences)
        scores = assign.taxonomy_scores(
            vectors, list(seed_vectors or []) if n_tax else [], sentences if self.sentence_scoring else None
        )
        tokens = [text_words(text) for text in texts]  # one tokenisation for seed words, keywords and labels
        semantic = scores
        words: dict[tuple[int, int], str] = {}
        weights = None
        if n_tax and self.lexical_bonus:
            lexicon = SeedLexicon(self.taxonomy, dutch_stopwords(self.domain_stopwords))
            weights, words = lexicon.weighted_hits(tokens)
            if contexts is not None:  # a few distinct headings, each matched once; their seed words count in full
                distinct = {c: i for i, c in enumerate(dict.fromkeys(contexts))}
                weights = np.maximum(weights, lexicon.hits(list(distinct))[[distinct[c] for c in contexts]])
            scores = scores + np.float32(self.lexical_bonus) * weights
        best = np.argmax(scores, axis=1) if n_tax else np.zeros(len(texts), dtype=int)
        best_score = scores[np.arange(len(texts)), best] if n_tax else np.zeros(len(texts), dtype=np.float32)
        margin = _margin(scores, best) if n_tax else np.zeros(len(texts), dtype=np.float32)
        clear = (best_score >= self.taxonomy_threshold) & (margin >= self.taxonomy_margin)
        confident = clear & (best_score >= self.taxonomy_threshold + (self.self_training_margin or 0.0))
        present = np.zeros(n_tax, dtype=bool)
        self.anchor_ = None
        self.guidance_ = None
        train = self.self_training_margin is not None
        if n_tax:
            counts = np.bincount(best[confident], minlength=n_tax)
            self.confident_counts_ = counts
            in_field = counts.sum() >= self.field_share * len(texts)
            train &= bool(counts.sum() >= self.self_training_share * len(texts))
            if self.cluster_anchoring:
                if not in_field:
                    anchored = self._anchor(vectors, scores, semantic, weights)
                    return self._fit_anchored(texts, vectors, anchored, semantic, words, tokens, seed_vectors)
            present = (counts >= 3) & (in_field | (counts >= self.presence_share * len(texts)))
            scores = np.where(present[None, :], scores, np.float32(0.0))  # an absent theme takes nothing
            best = np.argmax(scores, axis=1)
            best_score = scores[np.arange(len(texts)), best]
            clear &= present[best]
            confident &= present[best]
        self.present_ = present
        tax_labels = np.where(clear, best, NOISE) if n_tax else best - 1
        how = np.where(tax_labels >= 0, _DIRECT, _NONE)
        floor = self.taxonomy_threshold - self.fold_margin
        if n_tax and train:
            weak = np.where(confident, best, NOISE)
            given = np.where(weak >= 0, weak, tax_labels) if self.keep_direct else weak
            tax_labels, _ = self_train(
                vectors, given, min_probability=self.self_training_probability, seed=self.seed,
                negative=best_score < floor, eligible=best_score >= floor,
            )
            how = np.where(tax_labels < 0, _NONE, np.where(given >= 0, _DIRECT, _TRAINED))
        labels = tax_labels.copy()
        rest = np.flatnonzero(tax_labels == NOISE)
        self.folded_ = {}
        if len(rest):
            new = self._discovery(vectors, rest, scores, n_tax, tax_labels)
            self.folded_ = new.folded
            labels[rest] = new.labels
            how[rest] = np.where(new.labels < 0, _NONE, np.where(new.labels < n_tax, _FOLDED, _CLUSTER))
        barred = scores < floor if n_tax else None
        return self._finish(texts, vectors, labels, how, n_tax, barred, semantic, words, tokens, seed_vectors)

    def _finish(
        self, texts: list[str], vectors: np.ndarray, labels: np.ndarray, how: np.ndarray, n_tax: int,
        barred_tax: np.ndarray | None, semantic: np.ndarray, words: dict[tuple[int, int], str],
        tokens: list[list[str]], seed_vectors: Sequence[np.ndarray] | None,
    ) -> ThemeModel:
        """Outlier reduction, evidence, keywords and the fitted themes from labels in model numbering."""
        n_new = int(labels.max()) + 1 - n_tax if labels.max() >= n_tax else 0
        k = n_tax + n_new
        centroids = assign.centroids_of(vectors, labels, k)
        before = labels
        barred = None
        if barred_tax is not None:  # no taxonomy theme for a unit not close to it (outlier reduction goes by centroids)
            barred = np.zeros((len(texts), k), dtype=bool)
            barred[:, :n_tax] = barred_tax
        labels = assign.reduce_outliers(vectors, labels, centroids, self.max_outlier_share, barred)
        how = np.where((before == NOISE) & (labels != NOISE), _NEAREST, how)
        centroids = assign.centroids_of(vectors, labels, k)
        self.labels_ = labels
        self.probabilities_ = assign.similarity_to_own(vectors, labels, centroids)
        self.outlier_share_ = float((labels == NOISE).mean())
        self.evidence_ = unit_evidence(labels, how, n_tax, semantic, words, vectors, seed_vectors, self.taxonomy,
                                   self.probabilities_)
        self.topic_model_, keywords = self._keywords(texts, vectors, labels, k, tokens)
        self.themes_ = [
            FittedTheme(
                index=c,
                taxonomy=self.taxonomy.themes[c].key if c < n_tax else None,
                keywords=keywords.get(c, ((), ()))[0],
                label_words=keywords.get(c, ((), ()))[1],
                members=np.flatnonzero(labels == c),
                centroid=centroids[c],
            )
            for c in range(k)
        ]
        return self

    def _discovery(self, vectors: np.ndarray, rows: np.ndarray, scores: np.ndarray, n_tax: int,
                   tax_labels: np.ndarray | None = None, guided: np.ndarray | None = None) -> merge.MergeResult:
        """UMAP + HDBSCAN clusters of ``vectors[rows]``, folded, merged and small ones dropped (``merge``).

        ``guided``: the vectors to cluster instead (``guide``); merging goes by the units' own vectors.
        """
        new = cluster.cluster_vectors(
            (vectors if guided is None else guided)[rows], seed=self.seed, min_cluster_size=self.min_cluster_size,
            sample_size=self.sample_size,
            split=self.bimodal_split,
        )
        if (new == NOISE).all() and n_tax == 0:
            new = _fallback_clusters(vectors[rows], self.seed)
        return merge.merge_new_clusters(
            vectors[rows], new, scores[rows], n_tax=n_tax,
            fold_share=self.fold_share, fold_threshold=self.taxonomy_threshold,
            merge_similarity=self.merge_similarity, min_size=merge.min_new_theme_size(len(vectors), self.min_new_share),
            tax_centroids=assign.centroids_of(vectors, tax_labels, n_tax) if tax_labels is not None else None,
            fold_similarity=self.fold_similarity,
        )

    def _anchor(self, vectors: np.ndarray, scores: np.ndarray, semantic: np.ndarray,
                weights: np.ndarray | None) -> anchor.AnchorResult:
        """Discovery on all units, guided by the units clearly about a theme (``guide``), then ``anchor``.

        The taxonomy acts on whole clusters: a cluster clearly named by a theme takes it.
        """
        n = len(vectors)
        guided = None
        if weights is not None and self.guide_weight > 0:
            self.guidance_ = guide.guide(vectors, semantic, weights, z_min=self.guide_z, z_gap=self.anchor_gap,
                                         weight=self.guide_weight, min_units=self.guide_min_units)
            guided = self.guidance_.vectors if self.guidance_.active else None
        found = self._discovery(vectors, np.arange(n), np.zeros((n, 0), dtype=np.float32), 0, guided=guided)
        return anchor.anchor_clusters(
            vectors, found.labels, scores, n_tax=len(self.taxonomy.themes), z_min=self.anchor_z,
            z_gap=self.anchor_gap, min_share=self.anchor_share, hits=None if weights is None else weights > 0,
            min_hit_share=self.anchor_hit_share,
        )

    def _fit_anchored(
        self, texts: list[str], vectors: np.ndarray, result: anchor.AnchorResult, semantic: np.ndarray,
        words: dict[tuple[int, int], str], tokens: list[list[str]], seed_vectors: Sequence[np.ndarray] | None,
    ) -> ThemeModel:
        """The fit when unit-level evidence is not trusted: the clusters of ``_anchor``, then outlier reduction."""
        n_tax = len(self.taxonomy.themes)
        self.anchor_ = result
        self.folded_ = result.folded
        labels = result.labels
        self.present_ = np.bincount(labels[labels >= 0], minlength=n_tax)[:n_tax] > 0
        how = np.where(labels < 0, _NONE, np.where(labels < n_tax, _FOLDED, _CLUSTER))
        return self._finish(texts, vectors, labels, how, n_tax, None, semantic, words, tokens, seed_vectors)

    def _keywords(
        self, texts: list[str], vectors: np.ndarray, labels: np.ndarray, k: int, tokens: list[list[str]]
    ) -> tuple[KeywordModel | None, dict[int, tuple[tuple[str, ...], tuple[str, ...]]]]:
        """c-TF-IDF keywords of the final labels, as BERTopic fitted on them would give (``ctfidf``)."""
        present = sorted(set(labels.tolist()) - {NOISE})
        if not present:
            return None, {}
        topic_model = fit_keywords(
            texts, labels, vectors, make_vectorizer(self.domain_stopwords, n_docs=len(texts)),
            top_n_words=max(10, 3 * self.n_keywords), tokens=tokens,
        )
        phrases = theme_phrases(texts, labels, dutch_stopwords(self.domain_stopwords), n_keywords=self.n_keywords)
        out = {c: (phrases.get(c, ()), phrases.get(c, ())) for c in present}
        return topic_model, out


def _margin(scores: np.ndarray, best: np.ndarray) -> np.ndarray:
    """Each unit's best score minus its runner-up's (the best score itself with one theme)."""
    if scores.shape[1] < 2:
        return scores[np.arange(len(scores)), best]
    top2 = -np.partition(-scores, 1, axis=1)[:, :2]
    return (top2[:, 0] - top2[:, 1]).astype(np.float32)


def _fallback_clusters(vectors: np.ndarray, seed: int) -> np.ndarray:
    """Agglomerative clusters for corpora too small or too uniform for HDBSCAN."""
    from sklearn.cluster import AgglomerativeClustering

    n = len(vectors)
    if n < 2:
        return np.zeros(n, dtype=int)
    k = max(1, min(8, n // 5))
    if k == 1:
        return np.zeros(n, dtype=int)
    return AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average").fit_predict(vectors).astype(int)
