"""``build_report``: the rode-draden report model from the analysis state, the round comparison and the flags.

A pure function: it reads the (redacted) state and returns a ``Report``; nothing is written.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from themes.config import PipelineConfig
from themes.flags.finder import MeetingTracks
from themes.flags.tables import deferred_at_last, item_rows, open_first
from themes.report.content import MapPoint, MethodNotes, Report, ThemeSection
from themes.report.extractive import summarize
from themes.state import document_name
from themes.text.fmt import number, shorten
from themes.types import PROCEDURAL_THEME_ID, Document, Flag, Quote, Segment, Theme

if TYPE_CHECKING:  # pragma: no cover
    from themes.rounds import RoundComparison
    from themes.state import AnalysisState

UNKNOWN = "onbekend"
NO_ROUND = "zonder ronde"
QUOTE_CHARS = 400
ROUND_QUOTES = 2


def build_report(
    state: AnalysisState,
    comparison: RoundComparison,
    flags: Sequence[Flag],
    config: PipelineConfig,
    tracks: MeetingTracks | None = None,
) -> Report:
    """Build the report model.

    Args:
        state: the analysis state (redacted documents, segments, themes, assignments, centroids, counts).
        comparison: the comparison of rounds (trends per theme, round totals, summary sentences).
        flags: recurring unresolved issues.
        config: the pipeline config (report, themes and rounds settings).
        tracks: the meetings' items and actions (``themes.flags.meeting_tracks``), for the open actions and the
            items deferred at the latest meeting; none when None.

    Returns:
        The report: themes in order of weight with summaries, trends, quotes and related flags; then the
        flags; then method notes.
    """
    docs = {d.doc_id: d for d in state.documents}
    # quotes and flags name documents by id or by file name; both find the document
    lookup = {**{document_name(d): d for d in state.documents}, **docs}
    segments = {s.segment_id: s for s in state.segments}
    theme_of = {a.segment_id: a.theme_id for a in state.assignments}
    assignment_of = {a.segment_id: a for a in state.assignments}
    members: dict[str, list[tuple[Segment, float]]] = defaultdict(list)  # in segment (document) order
    for seg in state.segments:
        a = assignment_of.get(seg.segment_id)
        if a is not None and a.theme_id is not None and not seg.trivial:
            members[a.theme_id].append((seg, a.probability))

    weights = {t.theme_id: sum(s.count for s, _ in members.get(t.theme_id, ())) for t in state.themes}
    total = sum(weights.values()) or 1
    # meeting logistics is shown last: it is kept apart, not a thread of its own
    ranked = sorted(
        (t for t in state.themes if weights[t.theme_id] > 0),
        key=lambda t: (t.theme_id == PROCEDURAL_THEME_ID, -weights[t.theme_id], t.theme_id),
    )
    n_shown = min(len(ranked), config.report.max_themes)

    ordered_flags = [_with_references(f, segments, lookup) for f in sort_flags(flags)]
    flag_theme_ids = {f.flag_id: _flag_theme(f, theme_of) for f in ordered_flags}
    labels = {t.theme_id: t.label for t in state.themes}
    trends = {t.theme_id: t for t in getattr(comparison, "trends", ())}

    sections = []
    for rank, theme in enumerate(ranked, start=1):
        items = members[theme.theme_id]
        trend = trends.get(theme.theme_id)
        sections.append(
            ThemeSection(
                rank=rank,
                theme_id=theme.theme_id,
                label=theme.label,
                keywords=tuple(theme.keywords),
                weight=weights[theme.theme_id],
                share=min(1.0, weights[theme.theme_id] / total),
                taxonomy=theme.taxonomy,
                is_new=theme.is_new,
                summary=summarize(
                    [s for s, _ in items], config.report.summary_sentences,
                    extra_stopwords=config.themes.domain_stopwords,
                ),
                per_round=tuple(trend.per_round) if trend else (),
                status=trend.status if trend else None,
                change=trend.change if trend else None,
                p_value=trend.p_value if trend else None,
                p_adjusted=getattr(trend, "p_adjusted", None) if trend else None,
                doc_types=_count(items, lambda s: docs[s.doc_id].doc_type if s.doc_id in docs else UNKNOWN),
                units=_count(items, lambda s: _unit(s, docs)),
                quotes=_quotes(theme, items, segments, lookup, config.themes.n_quotes),
                flag_ids=tuple(f.flag_id for f in ordered_flags if flag_theme_ids[f.flag_id] == theme.theme_id),
                quotes_per_round=tuple(
                    (r, tuple(reference_quote(q, segments, lookup) for q in qs[:ROUND_QUOTES]))
                    for r, qs in (getattr(trend, "quotes_per_round", ()) if trend else ())
                    if qs
                ),
            )
        )

    return Report(
        title=config.report.title,
        period=_period(state.documents),
        themes=tuple(sections),
        flags=tuple(ordered_flags),
        flag_themes=tuple((fid, labels[tid]) for fid, tid in flag_theme_ids.items() if tid in labels),
        rounds=tuple(getattr(comparison, "rounds", ())),
        round_totals=tuple(getattr(comparison, "totals", ())),
        round_summary=tuple(getattr(comparison, "summary", ())),
        theme_map=theme_map(sections[:n_shown], state.centroids),
        method=_method(state, comparison, config, members, len(ranked) - n_shown),
        shown=n_shown,
        undated=tuple(document_name(d) for d in state.documents if not d.date),
        year_guessed=tuple(document_name(d) for d in state.documents if d.date_guessed),
        actions=tuple(open_first(tracks.actions)) if tracks else (),
        items=tuple(tuple(r) for r in item_rows(tracks.items, tracks.actions)) if tracks else (),
        deferred=tuple(deferred_at_last(tracks.items, tracks.meetings[-1].order)) if tracks and tracks.meetings else (),
    )


def sort_flags(flags: Sequence[Flag]) -> list[Flag]:
    """Open flags first, then most raised, then most recently raised (undated last), then by id."""
    out = sorted(flags, key=lambda f: f.flag_id)
    out.sort(key=lambda f: f.last_seen or "", reverse=True)
    out.sort(key=lambda f: (f.status != "open", -f.times_raised))
    return out


def _with_references(flag: Flag, segments: dict[str, Segment], docs: dict[str, Document]) -> Flag:
    """The flag with its evidence referenced like every other quote and document ids named."""
    documents = tuple(document_label(docs[d]) if d in docs else d for d in flag.documents)
    evidence = tuple(reference_quote(q, segments, docs) for q in flag.evidence)
    return replace(flag, documents=documents, evidence=evidence)


def _flag_theme(flag: Flag, theme_of: dict[str, str | None]) -> str | None:
    """The flag's own theme, else the theme most of its evidence segments belong to."""
    if flag.theme_id:
        return flag.theme_id
    votes = Counter(theme_of[q.segment_id] for q in flag.evidence if theme_of.get(q.segment_id))
    if not votes:
        return None
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _unit(segment: Segment, docs: dict[str, Document]) -> str:
    if segment.unit:
        return segment.unit
    doc = docs.get(segment.doc_id)
    return doc.unit if doc and doc.unit else UNKNOWN


def _count(items: list[tuple[Segment, float]], key: Any) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    for seg, _ in items:
        counts[key(seg)] += seg.count
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def document_label(doc: Document) -> str:
    """How the report names a document: its (redacted) title, else its file name."""
    return doc.title.strip() or document_name(doc)


def reference_quote(quote: Quote, segments: dict[str, Segment], docs: dict[str, Document]) -> Quote:
    """The quote with one way of naming documents (the title) and date, round and type filled in from its unit."""
    seg = segments.get(quote.segment_id)
    doc = docs.get(seg.doc_id) if seg else docs.get(quote.document)
    if doc is None:
        return replace(quote, text=shorten(quote.text, QUOTE_CHARS))
    return Quote(
        quote.segment_id,
        shorten(quote.text, QUOTE_CHARS),
        document_label(doc),
        quote.date or (seg.date if seg else None) or doc.date,
        quote.round or (seg.round if seg else None) or doc.round,
        quote.doc_type or doc.doc_type,
    )


def _quotes(
    theme: Theme, items: list[tuple[Segment, float]], segments: dict[str, Segment], docs: dict[str, Document], n: int
) -> tuple[Quote, ...]:
    """The theme's own quotes, else its most probable segments (in document order)."""
    if theme.quotes:
        return tuple(reference_quote(q, segments, docs) for q in theme.quotes[:n])
    best = sorted(range(len(items)), key=lambda i: (-items[i][1], i))[:n]
    return tuple(
        reference_quote(Quote(items[i][0].segment_id, items[i][0].text, items[i][0].doc_id), segments, docs)
        for i in sorted(best)
    )


def theme_map(sections: Sequence[ThemeSection], centroids: dict[str, np.ndarray]) -> tuple[MapPoint, ...]:
    """Project the centroids of the shown themes to 2D with PCA (deterministic; signs fixed)."""
    have = [s for s in sections if s.theme_id in centroids]
    if not have:
        return ()
    matrix = np.vstack([np.asarray(centroids[s.theme_id], dtype=np.float64) for s in have])
    centred = matrix - matrix.mean(axis=0)
    if len(have) == 1 or not np.any(centred):
        coords = np.zeros((len(have), 2))
    else:
        u, sv, _ = np.linalg.svd(centred, full_matrices=False)
        coords = np.zeros((len(have), 2))
        k = min(2, len(sv))
        coords[:, :k] = u[:, :k] * sv[:k]
        for j in range(k):  # fix the sign: the largest absolute coordinate is positive
            if coords[np.argmax(np.abs(coords[:, j])), j] < 0:
                coords[:, j] *= -1
    return tuple(
        MapPoint(s.theme_id, s.label, round(float(x), 6), round(float(y), 6), s.weight)
        for s, (x, y) in zip(have, coords, strict=True)
    )


def _period(documents: Sequence[Document]) -> tuple[str, str] | None:
    dates = sorted(d.date for d in documents if d.date)
    return (dates[0], dates[-1]) if dates else None


def _method(
    state: AnalysisState, comparison: Any, config: PipelineConfig,
    members: dict[str, list[tuple[Segment, float]]], omitted: int,
) -> MethodNotes:
    docs = {d.doc_id: d for d in state.documents}
    per_type_round: Counter[tuple[str, str]] = Counter((d.doc_type, d.round or NO_ROUND) for d in state.documents)
    analysed = [s for s in state.segments if not s.trivial]
    units: Counter[str] = Counter()
    for seg in analysed:
        units[_unit(seg, docs)] += seg.count
    redactions: Counter[str] = Counter()
    for counts in state.span_counts.values():
        for label, n in counts.items():
            redactions[label] += int(n)
    assigned = {s.segment_id for items in members.values() for s, _ in items}
    events = list(dict.fromkeys([*state.events, *getattr(comparison, "events", ())]))
    themes_cfg, rounds_cfg, flags_cfg = config.themes, config.rounds, config.flags
    settings = (
        ("Encoder", config.embed.encoder),
        ("Seed", str(themes_cfg.seed)),
        ("Taxonomie", themes_cfg.taxonomy),
        ("Drempel taxonomie (cosinus)", number(themes_cfg.taxonomy_threshold, 2)),
        ("Minimale clustergrootte", "automatisch" if themes_cfg.min_cluster_size is None else str(themes_cfg.min_cluster_size)),
        ("Maximaal aandeel niet-toegewezen", number(themes_cfg.max_outlier_share, 2)),
        ("Drempel thema-identiteit tussen runs (cosinus)", number(rounds_cfg.match_threshold, 2)),
        ("Significantieniveau rondes (alfa)", number(rounds_cfg.alpha, 2)),
        ("Minimum eenheden per thema voor een trend", str(rounds_cfg.min_units)),
        ("Signaal: minimaal aantal keer genoemd", str(flags_cfg.min_times_raised)),
        ("Signaal: drempel gelijkenis agendapunten", number(flags_cfg.item_similarity, 2)),
        *((("Toets rondes", comparison.method),) if getattr(comparison, "method", "") else ()),
        ("Samenvatting", f"extractief, {config.report.summary_sentences} zinnen (TF-IDF-centraliteit met MMR)"),
    )
    return MethodNotes(
        documents=len(state.documents),
        segments=len(state.segments),
        analysed=len(analysed),
        trivial=len(state.segments) - len(analysed),
        unassigned=len([s for s in analysed if s.segment_id not in assigned]),
        docs_per_type_round=tuple((t, r, n) for (t, r), n in sorted(per_type_round.items())),
        units=tuple(sorted(units.items(), key=lambda kv: (-kv[1], kv[0]))),
        redactions=tuple(sorted(redactions.items(), key=lambda kv: (-kv[1], kv[0]))),
        settings=settings,
        events=tuple(events),
        document_list=tuple(
            (document_label(d), document_name(d), d.doc_type, d.date, d.round, d.unit) for d in state.documents
        ),
        empty_taxonomy=tuple(sorted(t.label for t in state.themes if t.taxonomy and not members.get(t.theme_id))),
        omitted_themes=omitted,
    )
