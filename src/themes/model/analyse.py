"""Analyse a workspace: embed the units, fit the theme model, keep theme ids stable, save everything.

``analyse_workspace`` is what ``themes analyse`` and ``themes run`` call; ``write_analysis_outputs`` writes
``themes.csv`` and ``assignments.csv`` from an ``AnalysisState`` (so analysts' renames and merges show).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from themes.atomic import atomic_write_csv
from themes.config import PipelineConfig, resolve_path
from themes.embed import embed_texts, get_embedder
from themes.errors import AnalysisError
from themes.identity import match_themes
from themes.model.incremental import MAX_NEW_SHARE, analysis_fingerprint, extend_analysis, new_units
from themes.model.inputs import AnalysisInputs, prepare_inputs
from themes.model.labels import theme_description, theme_label
from themes.model.persistence import save_model, update_theme_table
from themes.model.phrases import theme_phrases
from themes.model.procedural import PROCEDURAL_DESCRIPTION, PROCEDURAL_ID, PROCEDURAL_LABEL
from themes.model.quotes import select_quotes
from themes.model.taxonomy import Taxonomy, load_taxonomy
from themes.model.thememodel import FittedTheme, ThemeModel
from themes.model.unitvectors import UnitVectors, load_unit_vectors, save_unit_vectors
from themes.model.vectorizer import dutch_stopwords
from themes.store import Workspace
from themes.types import Assignment, Document, Quote, Segment, Theme

UNASSIGNED_LABEL = "niet toegewezen"
EVIDENCE_FILE = "evidence.json"
#: Why each unit joined its theme, by segment id, from the last ``analyse_workspace`` in this process (also saved
#: as ``EVIDENCE_FILE`` in the workspace's model folder; ``write_analysis_outputs`` reads either).
_EVIDENCE: dict[str, str] = {}
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
    incremental: bool = False  # new units joined the existing themes; no refit
    n_new: int = 0  # units added by an incremental analysis


def analyse_workspace(
    ws: Workspace, config: PipelineConfig, *, progress: bool = True, full: bool = False
) -> AnalysisResult:
    """Fit themes on every non-trivial segment of ``ws`` and save themes, assignments and the model.

    When the workspace was analysed before with the same encoder, taxonomy and settings and only new units were
    added (a new round), they join the existing themes without a refit (``incremental``), unless ``full`` is set
    or ``themes.incremental`` is off.

    Raises:
        AnalysisError: the workspace holds no analysable segments.
        ConfigError: the taxonomy file is invalid.
    """
    cfg = config.themes
    every = sorted(ws.segments(include_trivial=False), key=lambda s: s.segment_id)
    if not every:
        raise AnalysisError(f"{ws.path}: geen segmenten om te analyseren (voer eerst 'themes ingest' uit)")
    taxonomy, embedder, fingerprint = _setup(config)
    if cfg.incremental and not full:
        result = _extend(ws, config, taxonomy, embedder, every, fingerprint, progress)
        if result is not None:
            return result
    inputs = prepare_inputs(ws, config, embedder, every, progress=progress)
    segments, vectors = list(inputs.segments), inputs.vectors
    texts = [s.text for s in segments]
    model = _theme_model(config, taxonomy)
    # the unit vectors are content vectors already; the model needs the sentences only to score them one by one
    model.fit(texts, vectors, _seed_vectors(taxonomy, embedder, _cache(ws, config)),
              inputs.sentences if model.sentence_scoring else None, contexts=[s.heading for s in segments])

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
    evidence = {s.segment_id: e for s, e in zip(segments, model.evidence_, strict=True)}
    evidence.update({s.segment_id: "procedureel (vergaderorganisatie)" for s in inputs.procedural})
    assignments = [
        Assignment(s.segment_id, by_index.get(int(label)) if label >= 0 else None, float(prob))
        for s, label, prob in zip(segments, model.labels_, model.probabilities_, strict=True)
    ]
    if inputs.procedural:
        theme, centroid, extra = _procedural_theme(list(inputs.procedural), inputs.procedural_vectors, documents,
                                                   _procedural_keywords(texts, inputs.procedural, cfg))
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
    _save_evidence(ws.models_dir, evidence)
    save_unit_vectors(ws.models_dir, UnitVectors(
        (*(s.segment_id for s in segments), *(s.segment_id for s in inputs.procedural)),
        np.concatenate([vectors, inputs.procedural_vectors.reshape(len(inputs.procedural), vectors.shape[1])]),
        fingerprint, embedder.name,
    ))
    return AnalysisResult(tuple(themes), assignments, centroids, tuple(events), len(segments),
                          model.outlier_share_, model_dir)


def incremental_message(result: AnalysisResult) -> str:
    """One Dutch line for the analyst about an incremental analysis."""
    if not result.n_new:
        return "Geen nieuwe eenheden: de thema's zijn ongewijzigd (--opnieuw berekent ze opnieuw)."
    return (f"{result.n_new} nieuwe eenheden ingedeeld bij de bestaande thema's, zonder herberekening "
            "(--opnieuw berekent alle thema's opnieuw).")


def _theme_model(config: PipelineConfig, taxonomy: Taxonomy) -> ThemeModel:
    cfg = config.themes
    return ThemeModel(
        taxonomy,
        taxonomy_threshold=cfg.taxonomy_threshold,
        seed=cfg.seed,
        min_cluster_size=cfg.min_cluster_size,
        max_outlier_share=cfg.max_outlier_share,
        n_keywords=cfg.n_keywords,
        domain_stopwords=cfg.domain_stopwords,
    )


def embed_pending(ws: Workspace, config: PipelineConfig, *, progress: bool = True) -> AnalysisInputs:
    """Encode what the next ``analyse_workspace`` needs (only the new units when it can extend the analysis).

    ``analyse_workspace`` does this itself; a separate call lets the encoding be timed or run ahead of time.
    """
    every = sorted(ws.segments(include_trivial=False), key=lambda s: s.segment_id)
    taxonomy, embedder, fingerprint = _setup(config)
    plan = _extension_plan(ws, every, fingerprint) if config.themes.incremental else None
    inputs = prepare_inputs(ws, config, embedder, every if plan is None else plan[0], progress=progress)
    _seed_vectors(taxonomy, embedder, _cache(ws, config))  # the taxonomy's texts too: then nothing is left to encode
    return inputs


def _setup(config: PipelineConfig) -> tuple[Taxonomy, object, str]:
    """The taxonomy, the embedder and the fingerprint of what decides the themes (``incremental``)."""
    taxonomy_path = resolve_path(config.themes.taxonomy) if config.themes.taxonomy else None
    taxonomy = load_taxonomy(taxonomy_path) if taxonomy_path else Taxonomy()
    embedder = get_embedder(config.embed.encoder, batch_size=config.embed.batch_size, workers=config.embed.workers)
    fingerprint = analysis_fingerprint(config, taxonomy_path.read_bytes() if taxonomy_path else b"", embedder.name)
    return taxonomy, embedder, fingerprint


def _extension_plan(
    ws: Workspace, every: list[Segment], fingerprint: str
) -> tuple[list[Segment], list[Assignment], UnitVectors] | None:
    """(new units, saved assignments, saved unit vectors) when the analysis can be extended, else None."""
    saved = load_unit_vectors(ws.models_dir)
    if saved is None or saved.fingerprint != fingerprint:
        return None
    previous = ws.assignments()
    analysed = {a.segment_id for a in previous}
    if set(saved.ids) != analysed:
        return None
    new = new_units(every, analysed)
    if new is None or len(new) > MAX_NEW_SHARE * max(len(analysed), 1):
        return None
    return new, previous, saved


def _extend(
    ws: Workspace, config: PipelineConfig, taxonomy: Taxonomy, embedder: object, every: list[Segment],
    fingerprint: str, progress: bool,
) -> AnalysisResult | None:
    """Add the not yet analysed units to the existing themes (``incremental``); None when a refit is needed."""
    plan = _extension_plan(ws, every, fingerprint)
    if plan is None:
        return None
    new, previous, saved = plan
    _EVIDENCE.clear()  # the reasons of the analysis being extended; new units are placed by the classifier
    _EVIDENCE.update(load_evidence(ws.models_dir))
    previous_themes = ws.themes()
    centroids = ws.centroids()
    if not new:
        extension = None
    else:
        inputs = prepare_inputs(ws, config, embedder, new, progress=progress)
        model = _theme_model(config, taxonomy)
        params = {name: getattr(model, name) for name in (
            "taxonomy_threshold", "self_training_margin", "lexical_bonus", "max_outlier_share", "min_new_share",
            "self_training_probability", "seed")}
        if params["self_training_margin"] is None:
            params["self_training_margin"] = 0.0
        extension = extend_analysis(
            inputs=inputs, previous_themes=previous_themes, previous=previous, centroids=centroids,
            seed_vectors=_seed_vectors(taxonomy, embedder, _cache(ws, config)), taxonomy=taxonomy, config=config,
            counts={s.segment_id: s.count for s in every}, model_params=params, known=(saved.ids, saved.vectors),
        )
        if extension is None:
            return None
        _save_evidence(ws.models_dir, {**_EVIDENCE, **{i: "toegevoegd zonder herberekening (classificatie)"
                                                       for i in extension.new_ids}})
        run = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        ws.save_themes(extension.themes, extension.assignments, centroids, (), run=run)
        save_unit_vectors(ws.models_dir, UnitVectors(
            (*saved.ids, *extension.new_ids), np.concatenate([saved.vectors, extension.new_vectors]),
            fingerprint, saved.encoder,
        ))
        update_theme_table(ws.models_dir, extension.themes, centroids,
                           {"units": sum(1 for a in extension.assignments if a.theme_id != PROCEDURAL_ID),
                            "added_without_refit": len(new)})
    themes = extension.themes if extension else tuple(previous_themes)
    assignments = extension.assignments if extension else tuple(previous)
    content = [a for a in assignments if a.theme_id != PROCEDURAL_ID]
    unassigned = sum(1 for a in content if a.theme_id is None)
    return AnalysisResult(themes, assignments, centroids, (), len(content), unassigned / max(len(content), 1),
                          ws.models_dir, incremental=True, n_new=len(new))


def _save_evidence(models_dir: Path, evidence: dict[str, str]) -> None:
    """Keep the reasons for this process's writers and in the model folder (atomic write)."""
    import json
    import os
    import tempfile

    _EVIDENCE.clear()
    _EVIDENCE.update(evidence)
    models_dir = Path(models_dir)
    models_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=models_dir, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(evidence.items())), fh, ensure_ascii=False, indent=0)
    os.replace(tmp, models_dir / EVIDENCE_FILE)


def load_evidence(models_dir: Path) -> dict[str, str]:
    """The saved reasons of the last analysis (empty when none were saved)."""
    import json

    path = Path(models_dir) / EVIDENCE_FILE
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _procedural_keywords(content: list[str], procedural: Sequence[Segment], cfg: object) -> tuple[str, ...]:
    """Noun-phrase keywords of the meeting-logistics units against the content units (``phrases``)."""
    texts = [*content, *(s.text for s in procedural)]
    labels = np.r_[np.zeros(len(content), dtype=int), np.ones(len(procedural), dtype=int)]
    out = theme_phrases(texts, labels, dutch_stopwords(cfg.domain_stopwords), n_keywords=cfg.n_keywords)  # type: ignore[attr-defined]
    return out.get(1, ())


def _procedural_theme(
    segments: list[Segment], vectors: np.ndarray, documents: dict[str, Document], keywords: tuple[str, ...] = ()
) -> tuple[Theme, np.ndarray, list[Assignment]]:
    """The fixed theme of meeting logistics, its centroid and its assignments."""
    centroid = vectors.mean(axis=0)
    centroid = (centroid / max(float(np.linalg.norm(centroid)), 1e-12)).astype(np.float32)
    sims = np.clip(vectors @ centroid, 0.0, 1.0)
    theme = Theme(
        theme_id=PROCEDURAL_ID, label=PROCEDURAL_LABEL, keywords=keywords, size=sum(s.count for s in segments),
        taxonomy=None, is_new=False, description=PROCEDURAL_DESCRIPTION,
        quotes=tuple(_quote(s, documents) for s in segments[:2]),
    )
    return theme, centroid, [Assignment(s.segment_id, PROCEDURAL_ID, round(float(p), 4)) for s, p in zip(segments, sims, strict=True)]


def _seed_vectors(taxonomy: Taxonomy, embedder: object, ws: Workspace | None = None) -> list[np.ndarray]:
    """Per taxonomy theme the vectors of its texts (name, seeds), through the workspace's embedding cache."""
    if not taxonomy.themes:
        return []
    texts = [t.prototype_texts() for t in taxonomy.themes]
    flat = embed_texts([x for group in texts for x in group], embedder, ws)  # type: ignore[arg-type]
    out, start = [], 0
    for group in texts:
        out.append(flat[start : start + len(group)])
        start += len(group)
    return out


def _cache(ws: Workspace, config: PipelineConfig) -> Workspace | None:
    return ws if config.embed.cache else None


def _id_key(theme_id: str) -> tuple[int, str]:
    match = _ID.match(theme_id)
    return (int(match.group(1)) if match else 10**9, theme_id)


def _theme_ids(
    ws: Workspace, fitted: list[FittedTheme], threshold: float
) -> tuple[dict[int, str], list[tuple[str, str]]]:
    """Stable ids: taxonomy themes keep theirs by key; new themes are matched on centroids (identity)."""
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


def write_analysis_outputs(state: object, out_dir: Path, evidence: dict[str, str] | None = None) -> list[Path]:
    """Write ``themes.csv`` and ``assignments.csv`` for an ``AnalysisState`` into ``out_dir``.

    ``assignments.csv`` ends with ``reason``: why the unit joined its theme (the seed text and seed word that
    decided a taxonomy theme, the classifier, a cluster, or the nearest theme). ``evidence``: reasons by segment
    id (``load_evidence(ws.models_dir)``); default: those of the last analysis in this process.
    """
    out_dir = Path(out_dir)
    reasons = _EVIDENCE if evidence is None else evidence
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
         "text", "reason"),
        _assignment_rows(state, labels, reasons),
    ))
    return paths


def _assignment_rows(state: object, labels: dict[str, str], reasons: dict[str, str]) -> Iterable[tuple]:
    for a in sorted(state.assignments, key=lambda a: a.segment_id):  # type: ignore[attr-defined]
        seg = state.segment(a.segment_id)  # type: ignore[attr-defined]
        doc = state.document(seg.doc_id)  # type: ignore[attr-defined]
        yield (
            seg.segment_id, doc.title, seg.source_id, doc.doc_type, seg.round or doc.round, seg.date or doc.date,
            a.theme_id or "", labels.get(a.theme_id, UNASSIGNED_LABEL) if a.theme_id else UNASSIGNED_LABEL,
            f"{a.probability:.4f}", seg.text, reasons.get(seg.segment_id, "") if a.theme_id else "",
        )
