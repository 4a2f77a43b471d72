"""Compare the themes of one shared theme space across rounds: prevalence, significance, status, evidence.

Units are the non-trivial analysed segments (those with an assignment, outliers included in the totals).
A unit counts with its ``Segment.count``: a collapsed group of identical short survey answers stands for that
many respondents, so it weighs as many units in the shares and in the tests. Shares are of all units of the
round. The change between the first and the last round compared is tested per theme (two-proportion z-test, or
Fisher's exact test for small expected counts), corrected for the number of themes tested (Holm by default,
Benjamini-Hochberg with ``correction: bh``), and must also reach a minimal effect size (|Cohen's h| >=
``min_effect``) to count. Over more than two rounds a chi-square test of homogeneity is reported as well.

The test runs over the units that were sampled independently, not over the fragments: over respondents for
survey answers (the respondent ids of ``Segment.source_id``), over documents for reports, minutes and memos. A
theme counts once per respondent or document however often it comes back there, so one long panel report cannot
make a theme significant by itself. The fragment counts and shares per round stay as the second view. With fewer
than ``MIN_SAMPLING_UNITS`` documents or respondents in the first or the last round no such test can say much;
the test then runs over fragments and ``method`` says so, and that fragments of one document are not independent.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from themes.config import RoundsConfig
from themes.errors import AnalysisError
from themes.rounds import stats
from themes.rounds.comparison import RoundComparison
from themes.rounds.narrative import method_sentence, summarise
from themes.rounds.periods import PERIODS, explicit_round, normalise_round, period_label, sort_rounds
from themes.rounds.roundquotes import Candidate, representative_quotes
from themes.rounds.wording import distinctive_words
from themes.state import AnalysisState
from themes.types import Document, RoundStat, Segment, ThemeTrend

EVENT_KINDS = ("gesplitst", "samengevoegd")
#: Documents or respondents needed in the first and in the last round to test over them (else over fragments).
MIN_SAMPLING_UNITS = 5
_PERIOD_PATTERNS = (
    ("jaar", re.compile(r"^\d{4}$")),
    ("halfjaar", re.compile(r"^\d{4}-h[12]$", re.I)),
    ("kwartaal", re.compile(r"^\d{4}-k[1-4]$", re.I)),
    ("maand", re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")),
)


@dataclass(frozen=True, slots=True)
class _Unit:
    segment: Segment
    document: Document | None
    round: str
    explicit: bool
    order: int


def _units(state: AnalysisState, period: str) -> list[_Unit]:
    """The non-trivial units that have a round, as ``segment_round`` gives it (periods worked out once per date)."""
    docs = {d.doc_id: d for d in state.documents}
    periods: dict[str | None, str | None] = {}
    out = []
    for order, seg in enumerate(state.segments):
        if seg.trivial:
            continue
        doc = docs.get(seg.doc_id)
        name = explicit_round(seg, doc)
        explicit = name is not None
        if not explicit:
            date = seg.date or (doc.date if doc is not None else None)
            if date not in periods:
                periods[date] = period_label(date, period)
            name = periods[date]
        if name is not None:
            out.append(_Unit(seg, doc, name, explicit, order))
    return out


def available_rounds(state: AnalysisState, period: str = "halfjaar") -> list[str]:
    """Every round a non-trivial unit belongs to (explicit rounds and date periods), in natural order."""
    return sort_rounds(u.round for u in _units(state, period))


def default_rounds(state: AnalysisState, period: str = "halfjaar") -> list[str]:
    """The rounds compared when none are named.

    These are the explicit rounds (panel, survey) when there are any, else the date periods of the minutes.
    """
    return _default_rounds(_units(state, period))


def _default_rounds(units: Sequence[_Unit]) -> list[str]:
    explicit = [u.round for u in units if u.explicit]
    return sort_rounds(explicit) if explicit else sort_rounds(u.round for u in units)


def infer_period(names: Sequence[str], default: str) -> str:
    """The period kind all of ``names`` are written in ("2024-H1" -> halfjaar), else ``default``."""
    for kind, pattern in _PERIOD_PATTERNS:
        if names and all(pattern.match(n.strip()) for n in names):
            return kind
    return default


def resolve_rounds(state: AnalysisState, requested: Sequence[str], period: str) -> tuple[list[str], str]:
    """Match requested round names (case and spacing ignored) against the workspace's rounds.

    Returns:
        The stored round names in natural order, and the period used to derive date rounds.

    Raises:
        AnalysisError: a requested round does not occur in the workspace.
    """
    explicit = {normalise_round(u.round) for u in _units(state, period) if u.explicit}
    if not all(normalise_round(n) in explicit for n in requested):
        period = infer_period([n for n in requested if normalise_round(n) not in explicit], period)
    known = {normalise_round(r): r for r in available_rounds(state, period)}
    missing = [n for n in requested if normalise_round(n) not in known]
    if missing:
        have = ", ".join(f"'{r}'" for r in known.values()) or "geen"
        raise AnalysisError(f"onbekende ronde {', '.join(repr(m) for m in missing)}; beschikbaar: {have}")
    return sort_rounds(known[normalise_round(n)] for n in requested), period


def _vector_map(embeddings: Any) -> dict[str, np.ndarray]:
    if embeddings is None:
        return {}
    if isinstance(embeddings, Mapping):
        return {str(k): np.asarray(v, dtype=np.float32) for k, v in embeddings.items()}
    return {str(i): np.asarray(v, dtype=np.float32) for i, v in zip(embeddings.ids, embeddings.vectors, strict=True)}


def compare_rounds(
    state: AnalysisState,
    config: RoundsConfig,
    rounds: Sequence[str] | None = None,
    *,
    embeddings: Any = None,
) -> RoundComparison:
    """Compare the workspace's themes across rounds.

    Args:
        state: the analysed workspace.
        config: the ``rounds`` section of the pipeline config.
        rounds: round names to compare (any order; compared in natural order); None: ``default_rounds``.
        embeddings: optional ``themes.embed.Embeddings`` of the segments, or a mapping segment id -> vector
            (L2-normalised), for quote diversity; without it near-duplicates are found by word overlap.

    Returns:
        The comparison. With fewer than two rounds every theme is "te weinig data".

    Raises:
        AnalysisError: the workspace has no themes yet, or a named round does not exist.
    """
    if not state.themes:
        raise AnalysisError("nog geen thema's in de werkmap: draai eerst 'themes analyse'")
    assigned = {a.segment_id: a for a in state.assignments}
    period = config.period
    if rounds:
        names, period = resolve_rounds(state, rounds, period)
    units = _units(state, period)
    analysed = {u.round for u in units if u.segment.segment_id in assigned}
    if rounds:
        missing = [r for r in names if r not in analysed]
        if missing:
            raise AnalysisError(f"{', '.join(repr(m) for m in missing)} nog niet geanalyseerd: draai eerst "
                                "'themes analyse'")
        unanalysed_rounds: list[str] = []
    else:
        candidates = _default_rounds(units)
        names = [r for r in candidates if r in analysed]
        unanalysed_rounds = [r for r in candidates if r not in analysed]
    selected = set(names)
    totals: dict[str, int] = dict.fromkeys(names, 0)
    doc_ids: dict[str, set[str]] = {r: set() for r in names}
    sampled: dict[str, set[str]] = {r: set() for r in names}  # documents or respondents per round
    sampled_theme: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    survey_units = other_units = 0
    per_theme: dict[str, dict[str, list[_Unit]]] = defaultdict(lambda: defaultdict(list))
    other: dict[str, int] = defaultdict(int)
    unanalysed_units = 0
    for unit in units:
        if unit.round not in selected:
            if unit.round in analysed and unit.segment.segment_id in assigned:
                other[unit.round] += unit.segment.count
            continue
        if unit.segment.segment_id not in assigned:
            unanalysed_units += unit.segment.count
            continue
        totals[unit.round] += unit.segment.count
        doc_ids[unit.round].add(unit.segment.doc_id)
        keys = sampling_keys(unit.segment, unit.document)
        sampled[unit.round].update(keys)
        if _is_survey(unit.segment, unit.document):
            survey_units += 1
        else:
            other_units += 1
        theme_id = assigned[unit.segment.segment_id].theme_id
        if theme_id is not None:
            per_theme[theme_id][unit.round].append(unit)
            sampled_theme[theme_id][unit.round].update(keys)

    theme_ids = [t.theme_id for t in state.themes]
    theme_ids += sorted(set(per_theme) - set(theme_ids))
    labels = {t.theme_id: t.label for t in state.themes}
    vectors = _vector_map(embeddings)

    rows = []
    for tid in theme_ids:
        per_round = tuple(_round_stat(r, per_theme[tid][r], totals[r]) for r in names)
        rows.append((tid, per_round))

    base = SamplingBase.of(names, sampled, survey_units, other_units)
    raw: list[float | None] = []
    effects: list[float | None] = []
    overall: list[float | None] = []
    testable: list[bool] = []
    for tid, per_round in rows:
        if base.over_sampling:
            counts = [len(sampled_theme[tid][r]) for r in names]
            denominators = [len(sampled[r]) for r in names]
        else:
            counts = [s.units for s in per_round]
            denominators = [totals[r] for r in names]
        p, h = None, None
        if len(per_round) >= 2:
            p, _ = stats.two_proportion_test(counts[0], denominators[0], counts[-1], denominators[-1])
            if denominators[0] and denominators[-1]:
                h = stats.cohens_h(counts[0] / denominators[0], counts[-1] / denominators[-1])
        raw.append(p)
        effects.append(h)
        overall.append(stats.chi_square_rounds(counts, denominators) if len(per_round) > 2 else None)
        testable.append(p is not None and max(s.units for s in per_round) >= config.min_units)
    adjusted = stats.adjust([p if ok else None for p, ok in zip(raw, testable, strict=True)], config.correction)
    overall_adj = stats.adjust([p if ok else None for p, ok in zip(overall, testable, strict=True)], config.correction)

    trends = []
    for i, (tid, per_round) in enumerate(rows):
        status = _status(per_round, adjusted[i], effects[i], testable[i], config)
        change = per_round[-1].share - per_round[0].share if len(per_round) >= 2 else 0.0
        centroid = state.centroids.get(tid)
        quotes = tuple(
            (r, representative_quotes(
                [Candidate(u.segment, u.document, assigned[u.segment.segment_id].probability, u.order)
                 for u in per_theme[tid][r]],
                config.n_quotes, vectors=vectors, centroid=centroid, round_name=r))
            for r in names
        )
        trends.append(ThemeTrend(
            theme_id=tid, label=labels.get(tid, tid), per_round=per_round, change=round(change, 6),
            p_value=raw[i], effect_size=effects[i], status=status, quotes_per_round=quotes,
            p_adjusted=adjusted[i], p_overall=overall_adj[i],
        ))
    events = _events(state.events)
    comparison = RoundComparison(
        rounds=tuple(names), totals=tuple((r, totals[r]) for r in names), trends=tuple(trends), summary=(),
        events=events, documents=tuple((r, len(doc_ids[r])) for r in names),
        method=f"{method_sentence(config, len(names), sum(testable))} {base.sentence()}".strip(), period=period,
        alpha=config.alpha,
        correction=config.correction, other_rounds=tuple((r, other[r]) for r in sort_rounds(other)),
        unanalysed_rounds=tuple(unanalysed_rounds), unanalysed_units=unanalysed_units,
        unplaced=sum(s.count for s in state.segments if not s.trivial) - sum(u.segment.count for u in units),
        wording={tid: distinctive_words({r: [u.segment for u in per_theme[tid][r]] for r in names})
                 for tid in theme_ids},
    )
    return replace(comparison, summary=tuple(summarise(comparison, config)))


def _is_survey(segment: Segment, document: Document | None) -> bool:
    return segment.kind == "answer" or (document is not None and document.doc_type == "enquete")


def sampling_keys(segment: Segment, document: Document | None) -> tuple[str, ...]:
    """The respondents (survey answers) or the document (anything else) a unit was sampled from.

    A collapsed group of answers stands for each respondent id it keeps (comma-separated ``source_id``); ids it
    lost count as respondents of their own, so a group never weighs less than its ``count``.
    """
    if not _is_survey(segment, document):
        return (f"d:{segment.doc_id}",)
    ids = list(dict.fromkeys(i.strip() for i in (segment.source_id or "").split(",") if i.strip()))
    ids += [f"{segment.segment_id}#{k}" for k in range(segment.count - len(ids))]
    return tuple(f"r:{segment.doc_id}:{i}" for i in ids)


@dataclass(frozen=True, slots=True)
class SamplingBase:
    """What the round test counts: documents, respondents or both, how many per round, or fragments instead.

    Attributes:
        kind: "documenten", "respondenten" or "documenten en respondenten".
        per_round: per compared round, the number of documents or respondents with analysed units.
        over_sampling: the test counts those (else fragments: too few of them in the first or last round).
    """

    kind: str
    per_round: tuple[int, ...]
    over_sampling: bool

    @classmethod
    def of(cls, names: Sequence[str], sampled: Mapping[str, set[str]], survey_units: int,
           other_units: int) -> SamplingBase:
        """The base of a comparison: what the compared rounds' units were sampled from, and whether to test over it."""
        kind = ("documenten en respondenten" if survey_units and other_units
                else "respondenten" if survey_units else "documenten")
        per_round = tuple(len(sampled[r]) for r in names)
        enough = len(per_round) >= 2 and min(per_round[0], per_round[-1]) >= MIN_SAMPLING_UNITS
        return cls(kind, per_round, enough)

    def sentence(self) -> str:
        """One Dutch sentence for the report: which unit the test counted, and why."""
        if len(self.per_round) < 2:
            return ""
        counts = f"{self.per_round[0]} en {self.per_round[-1]}"
        one = {"documenten": "document", "respondenten": "respondent"}.get(self.kind, "document of respondent")
        if self.over_sampling:
            return (f"Getoetst over {self.kind} (eerste en laatste ronde: {counts}): een thema telt één keer per "
                    f"{one}, hoe vaak het er ook terugkomt; de aantallen en aandelen per ronde zijn van fragmenten.")
        return (f"Te weinig {self.kind} om over te toetsen (eerste en laatste ronde: {counts}; minstens "
                f"{MIN_SAMPLING_UNITS} nodig): getoetst over fragmenten, maar fragmenten uit één {one} zijn niet "
                "onafhankelijk; lees een verandering als aanwijzing, niet als bewijs.")


def _round_stat(name: str, units: list[_Unit], total: int) -> RoundStat:
    n = sum(u.segment.count for u in units)
    org_units = {u.segment.unit or (u.document.unit if u.document else None) for u in units} - {None}
    return RoundStat(
        round=name, units=n, share=(n / total if total else 0.0),
        documents=len({u.segment.doc_id for u in units}), org_units=len(org_units),
    )


def _status(per_round: tuple[RoundStat, ...], p_adj: float | None, h: float | None, testable: bool,
            config: RoundsConfig) -> str:
    """The status of a theme: nieuw, verdwenen, groeiend, afnemend, blijvend or te weinig data."""
    if not testable or len(per_round) < 2:
        return "te weinig data"
    first, last = per_round[0], per_round[-1]
    absent_first = first.units == 0 or first.share < config.absent_share
    absent_last = last.units == 0 or last.share < config.absent_share
    significant = p_adj is not None and p_adj < config.alpha and h is not None and abs(h) >= config.min_effect
    if significant and h is not None and h > 0:
        return "nieuw" if absent_first else "groeiend"
    if significant:
        return "verdwenen" if absent_last else "afnemend"
    if absent_first or absent_last:
        return "te weinig data"  # present at one end only, but too little to call it new or gone
    return "blijvend"


def _events(events: Sequence[tuple[str, str, str]]) -> tuple[tuple[str, str, str], ...]:
    seen: set[tuple[str, str]] = set()
    out = []
    for run, kind, detail in events:
        if kind in EVENT_KINDS and (kind, detail) not in seen:
            seen.add((kind, detail))
            out.append((run, kind, detail))
    return tuple(out)


__all__ = [
    "MIN_SAMPLING_UNITS", "PERIODS", "RoundComparison", "SamplingBase", "available_rounds", "compare_rounds",
    "default_rounds", "infer_period", "resolve_rounds", "sampling_keys",
]
