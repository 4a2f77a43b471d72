"""Adding units to an analysed workspace: new units join the existing themes, no refit.

When a round is added to a workspace that was analysed with the same encoder, taxonomy and theme settings (the
fingerprint saved with the unit vectors), refitting everything would cost as much as the first analysis and could
reshuffle themes the analysts already curated. Instead each new unit gets a theme by the rules the full model
uses, in this order:

1. meeting logistics get ``T00``;
2. a unit that scores on a taxonomy theme at least ``taxonomy_threshold + self_training_margin`` (nearest seed text
   plus the literal-seed bonus, exactly the units that train the classifier in a full fit) gets that theme;
3. otherwise the theme a classifier trained on the analysed units and their themes predicts with probability at
   least ``self_training_probability`` (the full fit's self-training, ``_classify``);
4. otherwise the nearest theme centroid, when the unit is at least as similar to it as the theme's typical member
   (the 10th percentile of its members' similarity);
5. the rest go through the same outlier reduction as a full fit (at most ``max_outlier_share`` unassigned).

Themes keep their ids, labels, keywords, quotes and centroids; sizes and descriptions are updated. The model is
refitted instead (``None`` is returned) when no compatible analysis exists, units were removed, the new units are
more than ``MAX_NEW_SHARE`` of the analysed ones, or more than ``UNPLACED_SHARE`` of them fit no theme in step 4
(new subjects may have come up; they must also be enough for a new theme). ``themes analyse --opnieuw`` always
refits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from themes.config import PipelineConfig
from themes.model import assign, merge
from themes.model.inputs import AnalysisInputs
from themes.model.labels import theme_description
from themes.model.procedural import PROCEDURAL_DESCRIPTION
from themes.model.seedwords import SeedLexicon
from themes.model.selftrain import MAX_TRAIN, self_train
from themes.model.taxonomy import Taxonomy
from themes.model.vectorizer import dutch_stopwords
from themes.types import PROCEDURAL_THEME_ID, Assignment, Segment, Theme

#: The new units may be at most this share of the analysed ones; a bigger addition is refitted.
MAX_NEW_SHARE = 0.5
#: By construction about a tenth of the units of a round like the analysed ones falls below the theme floors of
#: step 4; when more than twice that fits no theme (and they are enough for a new theme), the round brings new
#: subjects and the model is refitted.
UNPLACED_SHARE = 0.2
#: Bumped when the model's rules change, so an older analysis is refitted rather than extended.
RULES_VERSION = "2"


@dataclass(frozen=True)
class Extension:
    """The outcome of adding new units to an existing analysis."""

    themes: tuple[Theme, ...]
    assignments: tuple[Assignment, ...]
    new_ids: tuple[str, ...]
    new_vectors: np.ndarray


def analysis_fingerprint(config: PipelineConfig, taxonomy_bytes: bytes, encoder: str) -> str:
    """A hash of everything that decides the themes: encoder, taxonomy file, theme settings and rule version."""
    settings = config.themes.model_dump(mode="json", exclude={"incremental"})
    payload = json.dumps({"encoder": encoder, "themes": settings, "rules": RULES_VERSION}, sort_keys=True)
    digest = hashlib.sha256(payload.encode("utf-8"))
    digest.update(taxonomy_bytes)
    return digest.hexdigest()[:32]


def new_units(every: Sequence[Segment], analysed: set[str]) -> list[Segment] | None:
    """The units of ``every`` not yet analysed, or None when an analysed unit has disappeared."""
    present = {s.segment_id for s in every}
    if not analysed <= present:
        return None
    return [s for s in every if s.segment_id not in analysed]


def extend_analysis(
    *,
    inputs: AnalysisInputs,
    previous_themes: Sequence[Theme],
    previous: Sequence[Assignment],
    centroids: dict[str, np.ndarray],
    seed_vectors: Sequence[np.ndarray],
    taxonomy: Taxonomy,
    config: PipelineConfig,
    counts: dict[str, int],
    model_params: dict[str, float],
    known: tuple[Sequence[str], np.ndarray] | None = None,
) -> Extension | None:
    """Assign the new units in ``inputs`` to the existing themes, or None when the model should be refitted.

    Args:
        inputs: the new units and their vectors (``inputs.prepare_inputs`` over the new units only).
        previous_themes: the themes as saved (overrides not applied).
        previous: the saved assignments of the analysed units.
        centroids: saved theme centroids by theme id.
        seed_vectors: per taxonomy theme the embeddings of its texts.
        taxonomy: the taxonomy the analysis used.
        config: pipeline settings.
        counts: every unit's count (duplicates collapsed into one unit), by segment id, for theme sizes.
        model_params: ``taxonomy_threshold``, ``self_training_margin``, ``lexical_bonus``, ``max_outlier_share``,
            ``min_new_share``, ``self_training_probability`` and ``seed`` of the theme model.
        known: (segment ids, vectors) of the analysed units, as saved by the last analysis; they train the
            classifier of step 3 (without them step 3 is skipped).
    """
    by_key = {t.taxonomy: t.theme_id for t in previous_themes if t.taxonomy}
    content_ids = [t.theme_id for t in previous_themes if t.theme_id != PROCEDURAL_THEME_ID and t.theme_id in centroids]
    if inputs.procedural and PROCEDURAL_THEME_ID not in centroids:
        return None
    if not content_ids:
        return None
    extra: list[Assignment] = []
    if inputs.procedural:
        t00 = np.asarray(centroids[PROCEDURAL_THEME_ID], dtype=np.float32)
        sims = np.clip(inputs.procedural_vectors @ t00, 0.0, 1.0)
        extra += [Assignment(s.segment_id, PROCEDURAL_THEME_ID, round(float(p), 4))
                  for s, p in zip(inputs.procedural, sims, strict=True)]
    if inputs.segments:
        matrix = assign.normalise(np.stack([centroids[t] for t in content_ids]))
        labels = _assign(inputs, previous, matrix, content_ids, seed_vectors, taxonomy, by_key, config,
                         model_params, known)
        if labels is None:
            return None
        probabilities = assign.similarity_to_own(inputs.vectors, labels, matrix)
        extra += [Assignment(s.segment_id, content_ids[c] if c >= 0 else None, float(p))
                  for s, c, p in zip(inputs.segments, labels.tolist(), probabilities, strict=True)]
    assignments = tuple(sorted([*previous, *extra], key=lambda a: a.segment_id))
    sizes: dict[str, int] = {}
    for a in assignments:
        if a.theme_id:
            sizes[a.theme_id] = sizes.get(a.theme_id, 0) + counts.get(a.segment_id, 1)
    themes = tuple(_resized(t, sizes.get(t.theme_id, 0), taxonomy) for t in previous_themes)
    ids = (*(s.segment_id for s in inputs.segments), *(s.segment_id for s in inputs.procedural))
    dim = max(inputs.vectors.shape[-1] if inputs.vectors.ndim == 2 else 0,
              inputs.procedural_vectors.shape[-1] if inputs.procedural_vectors.ndim == 2 else 0)
    vectors = np.concatenate([inputs.vectors.reshape(len(inputs.segments), dim),
                              inputs.procedural_vectors.reshape(len(inputs.procedural), dim)])
    return Extension(themes, assignments, ids, vectors)


def _assign(
    inputs: AnalysisInputs,
    previous: Sequence[Assignment],
    matrix: np.ndarray,
    content_ids: list[str],
    seed_vectors: Sequence[np.ndarray],
    taxonomy: Taxonomy,
    by_key: dict[str, str],
    config: PipelineConfig,
    params: dict[str, float],
    known: tuple[Sequence[str], np.ndarray] | None = None,
) -> np.ndarray | None:
    """Theme index into ``content_ids`` per new content unit (-1: unassigned), or None to refit.

    ``matrix`` holds the normalised centroids of ``content_ids``, row by row.
    """
    vectors = inputs.vectors
    n = len(vectors)
    column = {tid: c for c, tid in enumerate(content_ids)}
    labels = np.full(n, assign.NOISE, dtype=int)
    if taxonomy.themes:
        scores = assign.taxonomy_scores(vectors, list(seed_vectors))
        if params["lexical_bonus"]:
            lexicon = SeedLexicon(taxonomy, dutch_stopwords(config.themes.domain_stopwords))
            hits = lexicon.hits([s.text for s in inputs.segments]) | lexicon.hits([s.heading for s in inputs.segments])
            scores = scores + np.float32(params["lexical_bonus"]) * hits
        best = np.argmax(scores, axis=1)
        confident = scores[np.arange(n), best] >= params["taxonomy_threshold"] + params["self_training_margin"]
        tax_column = np.array([column.get(by_key.get(t.key, ""), assign.NOISE) for t in taxonomy.themes])
        labels = np.where(confident, tax_column[best], assign.NOISE)
    if known is not None:
        rest = np.flatnonzero(labels == assign.NOISE)
        labels[rest] = _classify(vectors[rest], previous, column, known, params)
    floors = _typical_similarity(previous, column)
    rest = np.flatnonzero(labels == assign.NOISE)
    if len(rest):
        sims = vectors[rest] @ matrix.T
        nearest = np.argmax(sims, axis=1)
        ok = sims[np.arange(len(rest)), nearest] >= floors[nearest]
        labels[rest[ok]] = nearest[ok]
    unplaced = int((labels == assign.NOISE).sum())
    n_total = len(previous) + len(inputs.segments) + len(inputs.procedural)
    if unplaced > UNPLACED_SHARE * n and unplaced >= merge.min_new_theme_size(n_total, params["min_new_share"]):
        return None  # more new units fit no theme than a round like the earlier ones would give: refit
    # the outlier reduction over old and new units together keeps at most max_outlier_share unassigned
    old_unassigned = sum(1 for a in previous if a.theme_id is None)
    allowed = int(np.floor(params["max_outlier_share"] * n_total)) - old_unassigned
    stay = np.flatnonzero(labels == assign.NOISE)
    if len(stay) > max(allowed, 0):
        sims = vectors[stay] @ matrix.T
        nearest = np.argmax(sims, axis=1)
        order = np.lexsort((stay, -sims[np.arange(len(stay)), nearest]))
        take = order[: len(stay) - max(allowed, 0)]
        labels[stay[take]] = nearest[take]
    return labels


def _classify(
    vectors: np.ndarray,
    previous: Sequence[Assignment],
    column: dict[str, int],
    known: tuple[Sequence[str], np.ndarray],
    params: dict[str, float],
) -> np.ndarray:
    """Step 3: a classifier trained on the analysed units' themes (the full fit's self-training, in reverse).

    Logistic regression on the saved unit vectors of at most ``selftrain.MAX_TRAIN`` analysed units (a
    deterministic sample) with their themes; a new unit gets the predicted theme when its probability is at least
    ``self_training_probability``, else -1. Measured on the 100,000-unit benchmark with a round of 10,000 added:
    92% of the new units then get the theme a full refit gives them, against 80% with the nearest-centroid rule
    alone (a full refit itself moves 5% of the analysed units).
    """
    theme_of = {a.segment_id: column.get(a.theme_id or "") for a in previous}
    ids, matrix = known
    rows = [i for i, sid in enumerate(ids) if theme_of.get(sid) is not None]
    if len(rows) > MAX_TRAIN:
        rng = np.random.default_rng(int(params.get("seed", 42)))
        rows = sorted(rng.choice(rows, size=MAX_TRAIN, replace=False).tolist())
    weak = np.concatenate([np.asarray([theme_of[ids[i]] for i in rows], dtype=int),
                           np.full(len(vectors), assign.NOISE, dtype=int)])
    labels, _ = self_train(np.concatenate([np.asarray(matrix[rows], dtype=np.float32).reshape(len(rows), -1),
                                           vectors.reshape(len(vectors), -1)]),
                           weak, min_probability=float(params.get("self_training_probability", 0.30)),
                           seed=int(params.get("seed", 42)))
    return labels[len(rows):]


def _typical_similarity(previous: Sequence[Assignment], column: dict[str, int]) -> np.ndarray:
    """Per theme the 10th percentile of its members' similarity to its centroid (1.0 for an empty theme)."""
    members: dict[int, list[float]] = {}
    for a in previous:
        c = column.get(a.theme_id or "")
        if c is not None:
            members.setdefault(c, []).append(a.probability)
    return np.array([float(np.quantile(members[c], 0.10)) if members.get(c) else 1.0 for c in range(len(column))],
                    dtype=np.float32)


def _resized(theme: Theme, size: int, taxonomy: Taxonomy) -> Theme:
    if theme.theme_id == PROCEDURAL_THEME_ID:
        return replace(theme, size=size, description=PROCEDURAL_DESCRIPTION)
    tax = taxonomy.get(theme.taxonomy) if theme.taxonomy else None
    return replace(theme, size=size, description=theme_description(tax, theme.keywords, size))
