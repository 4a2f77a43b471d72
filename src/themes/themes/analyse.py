"""Analyse a workspace: embed the units, fit the theme model, keep theme ids stable, save everything.

``analyse_workspace`` is what ``themes analyse`` and ``themes run`` call; ``write_analysis_outputs`` writes
``themes.csv`` and ``assignments.csv`` from an ``AnalysisState`` (so analysts' renames and merges show).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from themes.atomic import atomic_write_csv
from themes.config import PipelineConfig, resolve_path
from themes.errors import AnalysisError
from themes.store import Workspace
from themes.themes.labels import theme_description, theme_label
from themes.themes.model import FittedTheme, ThemeModel
from themes.themes.persistence import save_model
from themes.themes.procedural import PROCEDURAL_DESCRIPTION, PROCEDURAL_ID, PROCEDURAL_LABEL, is_procedural
from themes.themes.quotes import select_quotes
from themes.themes.sentences import embed_sentences
from themes.themes.taxonomy import Taxonomy, load_taxonomy
from themes.themes.vectorizer import dutch_stopwords
from themes.types import Assignment, Document, Quote, Segment, Theme

UNASSIGNED_LABEL = "niet toegewezen"
_ID = re.compile(r"^T(\d+)$")


@dataclass(frozen=True)
class AnalysisResult:
    """What one analysis run produced (also saved in the workspace)."""

    themes: tuple[Theme, ...]
    assignments: tuple[Assignment, ...]
    centroids: dict[str, np.ndarray] = field(default_factory=dict)
    events: tuple[tuple[str, str], ...] = ()
    n_units: int = 0
    outlier_share: float = 0.0
    model_dir: Path | None = None


def analyse_workspace(ws: Workspace, config: PipelineConfig, *, progress: bool = True) -> AnalysisResult:
    """Fit themes on every non-trivial segment of ``ws`` and save themes, assignments and the model.

    Raises:
        AnalysisError: the workspace holds no analysable segments.
        ConfigError: the taxonomy file is invalid.
    """
    from themes.embed import embed_segments, get_embedder

    cfg = config.themes
    every = sorted(ws.segments(include_trivial=False), key=lambda s: s.segment_id)
    if not every:
        raise AnalysisError(f"{ws.path}: geen segmenten om te analyseren (voer eerst 'themes ingest' uit)")
    procedural = [s for s in every if is_procedural(s)]
    segments = [s for s in every if not is_procedural(s)] or every
    if len(segments) == len(every):
        procedural = []
    taxonomy = load_taxonomy(resolve_path(cfg.taxonomy)) if cfg.taxonomy else Taxonomy()
    embedder = get_embedder(config.embed.encoder, batch_size=config.embed.batch_size, workers=config.embed.workers)
    embeddings = embed_segments(every, embedder, ws if config.embed.cache else None, progress=progress)
    vectors = embeddings.subset([s.segment_id for s in segments]).vectors
    seed_vectors = _seed_vectors(taxonomy, embedder)
    texts = [s.text for s in segments]
    sentences = embed_sentences(texts, embedder, ws if config.embed.cache else None,
                                dutch_stopwords(cfg.domain_stopwords))
    model = ThemeModel(
        taxonomy,
        taxonomy_threshold=cfg.taxonomy_threshold,
        seed=cfg.seed,
        min_cluster_size=cfg.min_cluster_size,
        max_outlier_share=cfg.max_outlier_share,
        n_keywords=cfg.n_keywords,
        domain_stopwords=cfg.domain_stopwords,
    ).fit(texts, vectors, seed_vectors, sentences, contexts=[s.heading for s in segments])

    documents = {d.doc_id: d for d in ws.documents()}
    ids, events = _theme_ids(ws, model.themes_, config.rounds.match_threshold)
    themes, centroids = [], {}
    taken: list[str] = []
    for fitted in sorted(model.themes_, key=lambda t: (t.taxonomy is None, -len(t.members), t.index)):
        theme_id = ids[fitted.index]
        tax = taxonomy.get(fitted.taxonomy) if fitted.taxonomy else None
        size = int(sum(segments[i].count for i in fitted.members))
        label = theme_label(tax, fitted.label_words or fitted.keywords, taken)
        taken.append(label)
        rows = fitted.members
        picks = select_quotes(vectors[rows], fitted.centroid, cfg.n_quotes, texts=[segments[i].text for i in rows])
        quotes = tuple(_quote(segments[rows[p]], documents) for p in picks)
        themes.append(Theme(
            theme_id=theme_id, label=label, keywords=fitted.keywords, size=size, taxonomy=fitted.taxonomy,
            is_new=fitted.taxonomy is None, description=theme_description(tax, fitted.keywords, size), quotes=quotes,
        ))
        if len(rows):
            centroids[theme_id] = fitted.centroid.astype(np.float32)
    by_index = {f.index: ids[f.index] for f in model.themes_}
    assignments = [
        Assignment(s.segment_id, by_index.get(int(label)) if label >= 0 else None, float(prob))
        for s, label, prob in zip(segments, model.labels_, model.probabilities_, strict=True)
    ]
    if procedural:
        theme, centroid, extra = _procedural_theme(procedural, embeddings, documents)
        themes.append(theme)
        centroids[PROCEDURAL_ID] = centroid
        assignments = sorted([*assignments, *extra], key=lambda a: a.segment_id)
    assignments = tuple(assignments)
    themes.sort(key=lambda t: _id_key(t.theme_id))
    run = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    ws.save_themes(themes, assignments, centroids, events, run=run)
    model_dir = save_model(ws.models_dir, model.topic_model_, themes, centroids, {
        "encoder": embedder.name, "units": len(segments), "seed": cfg.seed,
        "outlier_share": round(model.outlier_share_, 4), "taxonomy": [t.key for t in taxonomy.themes],
    })
    return AnalysisResult(tuple(themes), assignments, centroids, tuple(events), len(segments),
                          model.outlier_share_, model_dir)


def _procedural_theme(
    segments: list[Segment], embeddings: object, documents: dict[str, Document]
) -> tuple[Theme, np.ndarray, list[Assignment]]:
    """The fixed theme of meeting logistics, its centroid and its assignments."""
    vectors = embeddings.subset([s.segment_id for s in segments]).vectors  # type: ignore[attr-defined]
    centroid = vectors.mean(axis=0)
    centroid = (centroid / max(float(np.linalg.norm(centroid)), 1e-12)).astype(np.float32)
    sims = np.clip(vectors @ centroid, 0.0, 1.0)
    theme = Theme(
        theme_id=PROCEDURAL_ID, label=PROCEDURAL_LABEL, keywords=(), size=sum(s.count for s in segments),
        taxonomy=None, is_new=False, description=PROCEDURAL_DESCRIPTION,
        quotes=tuple(_quote(s, documents) for s in segments[:2]),
    )
    return theme, centroid, [Assignment(s.segment_id, PROCEDURAL_ID, round(float(p), 4)) for s, p in zip(segments, sims, strict=True)]


def _seed_vectors(taxonomy: Taxonomy, embedder: object) -> list[np.ndarray]:
    if not taxonomy.themes:
        return []
    texts = [t.prototype_texts() for t in taxonomy.themes]
    flat = np.asarray(embedder.encode([x for group in texts for x in group]), dtype=np.float32)  # type: ignore[attr-defined]
    out, start = [], 0
    for group in texts:
        out.append(flat[start : start + len(group)])
        start += len(group)
    return out


def _id_key(theme_id: str) -> tuple[int, str]:
    match = _ID.match(theme_id)
    return (int(match.group(1)) if match else 10**9, theme_id)


def _theme_ids(
    ws: Workspace, fitted: list[FittedTheme], threshold: float
) -> tuple[dict[int, str], list[tuple[str, str]]]:
    """Stable ids: taxonomy themes keep theirs by key; new themes are matched on centroids (identity)."""
    from themes.identity import match_themes

    previous = ws.themes()
    overrides = ws.overrides()
    used: set[str] = {t.theme_id for t in previous} | set(overrides) | {m for _, m in overrides.values() if m}
    counter = [max((_id_key(i)[0] for i in used if _ID.match(i)), default=0)]

    def fresh() -> str:
        counter[0] += 1
        return f"T{counter[0]:02d}"

    ids: dict[int, str] = {}
    by_key = {t.taxonomy: t.theme_id for t in previous if t.taxonomy}
    for f in fitted:
        if f.taxonomy is not None:
            ids[f.index] = by_key.get(f.taxonomy) or fresh()
    new = sorted((f for f in fitted if f.taxonomy is None), key=lambda f: (-len(f.members), f.index))
    prev_new = {t.theme_id for t in previous if t.taxonomy is None and t.theme_id != PROCEDURAL_ID}
    prev_centroids = {k: v for k, v in ws.centroids().items() if k in prev_new}
    current = {str(f.index): f.centroid for f in new}
    match = match_themes(prev_centroids, current, threshold)
    taken = set(ids.values()) | {PROCEDURAL_ID}
    for f in new:
        pid = match.mapping.get(str(f.index))
        ids[f.index] = pid if pid and pid not in taken else fresh()
        taken.add(ids[f.index])
    events = [(kind, _rename_clusters(detail, ids)) for kind, detail in match.events]
    return ids, events


def _rename_clusters(detail: str, ids: dict[int, str]) -> str:
    return re.sub(r"cluster (\d+)", lambda m: f"thema {ids.get(int(m.group(1)), m.group(1))}", detail)


def _quote(segment: Segment, documents: dict[str, Document]) -> Quote:
    doc = documents.get(segment.doc_id)
    return Quote(
        segment_id=segment.segment_id,
        text=segment.text,
        document=doc.title if doc else segment.doc_id,
        date=segment.date or (doc.date if doc else None),
        round=segment.round or (doc.round if doc else None),
        doc_type=doc.doc_type if doc else None,
    )


def write_analysis_outputs(state: object, out_dir: Path) -> list[Path]:
    """Write ``themes.csv`` and ``assignments.csv`` for an ``AnalysisState`` into ``out_dir``."""
    out_dir = Path(out_dir)
    themes = sorted(state.themes, key=lambda t: _id_key(t.theme_id))  # type: ignore[attr-defined]
    labels = {t.theme_id: t.label for t in themes}
    theme_rows = (
        (t.theme_id, t.label, "; ".join(t.keywords), t.size, t.taxonomy or "", "ja" if t.is_new else "nee")
        for t in themes
    )
    paths = [atomic_write_csv(out_dir / "themes.csv",
                              ("theme_id", "label", "keywords", "size", "taxonomy", "is_new"), theme_rows)]
    paths.append(atomic_write_csv(
        out_dir / "assignments.csv",
        ("segment_id", "document", "source_id", "type", "round", "date", "theme_id", "theme_label", "probability",
         "text"),
        _assignment_rows(state, labels),
    ))
    return paths


def _assignment_rows(state: object, labels: dict[str, str]) -> Iterable[tuple]:
    for a in sorted(state.assignments, key=lambda a: a.segment_id):  # type: ignore[attr-defined]
        seg = state.segment(a.segment_id)  # type: ignore[attr-defined]
        doc = state.document(seg.doc_id)  # type: ignore[attr-defined]
        yield (
            seg.segment_id, doc.title, seg.source_id, doc.doc_type, seg.round or doc.round, seg.date or doc.date,
            a.theme_id or "", labels.get(a.theme_id, UNASSIGNED_LABEL) if a.theme_id else UNASSIGNED_LABEL,
            f"{a.probability:.4f}", seg.text,
        )
