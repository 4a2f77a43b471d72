"""Records of the rode-draden report and the agenda: everything a writer needs, already redacted.

These are built by pure functions (``build_report``, ``build_agenda``) from the analysis state, and read by
the writers (markdown, HTML, docx, xlsx). They hold only text that came redacted from the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from themes.flags.tables import ActionRow, DeferredItem
from themes.types import Flag, Quote, RoundStat


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of an extractive summary, with the segment it was taken from."""

    text: str
    segment_id: str

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("summary sentence is empty")


@dataclass(frozen=True, slots=True)
class ThemeSection:
    """One theme in the report, in order of weight.

    Attributes:
        rank: 1 for the heaviest theme.
        theme_id: stable theme id.
        label: the theme's label (analysts' renames applied).
        keywords: the theme's keywords.
        weight: number of units (collapsed answers counted with their multiplicity) assigned to it.
        share: weight as a share of all assigned units.
        taxonomy: key of the matching taxonomy theme, else None.
        is_new: found outside the taxonomy.
        summary: extractive summary sentences (central and diverse).
        per_round: prevalence per round.
        status: trend status (``groeiend``, ``nieuw`` …) or None when there is no comparison.
        change: change in share between the first and last round.
        p_value: significance of the change.
        p_adjusted: the p-value corrected for the number of themes tested.
        doc_types: (document type, units) in descending order.
        units: (organisational unit, units) in descending order.
        quotes: evidence with references.
        flag_ids: related flags.
        quotes_per_round: (round, quotes) from the comparison, to show what a shift looks like.
    """

    rank: int
    theme_id: str
    label: str
    keywords: tuple[str, ...]
    weight: int
    share: float
    taxonomy: str | None
    is_new: bool
    summary: tuple[SummarySentence, ...]
    per_round: tuple[RoundStat, ...] = ()
    status: str | None = None
    change: float | None = None
    p_value: float | None = None
    p_adjusted: float | None = None
    doc_types: tuple[tuple[str, int], ...] = ()
    units: tuple[tuple[str, int], ...] = ()
    quotes: tuple[Quote, ...] = ()
    flag_ids: tuple[str, ...] = ()
    quotes_per_round: tuple[tuple[str, tuple[Quote, ...]], ...] = ()

    def __post_init__(self) -> None:
        if self.rank < 1:
            raise ValueError("rank must be >= 1")
        if self.weight < 0:
            raise ValueError("weight must be >= 0")
        if not 0.0 <= self.share <= 1.0:
            raise ValueError("share must be in [0, 1]")


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A theme on the theme map: a 2D projection of its centroid, sized by weight."""

    theme_id: str
    label: str
    x: float
    y: float
    weight: int


@dataclass(frozen=True, slots=True)
class MethodNotes:
    """How the report came about: corpus, redaction counts (never values), settings and theme events.

    ``document_list`` holds (title, file name, type, date, round, unit) per document, in the order they were added.
    """

    documents: int
    segments: int
    analysed: int
    trivial: int
    unassigned: int
    docs_per_type_round: tuple[tuple[str, str, int], ...]
    units: tuple[tuple[str, int], ...]
    redactions: tuple[tuple[str, int], ...]
    settings: tuple[tuple[str, str], ...]
    events: tuple[tuple[str, str, str], ...] = ()
    document_list: tuple[tuple[str, str, str, str | None, str | None, str | None], ...] = ()
    empty_taxonomy: tuple[str, ...] = ()
    omitted_themes: int = 0


@dataclass(frozen=True, slots=True)
class Report:
    """The rode-draden report.

    Attributes:
        title: report title (config ``report.title``).
        period: first and last document date, or None when no document has a date.
        themes: theme sections of every theme with units, in order of weight.
        flags: every flag, open ones first, most raised first.
        flag_themes: flag id -> label of its theme (for flags linked to a theme).
        rounds: rounds in order.
        round_totals: (round, units) per round.
        round_summary: Dutch sentences on the main shifts between rounds.
        theme_map: theme centroids projected to 2D.
        method: method notes.
        shown: how many themes the text formats show (``report.max_themes``); None: all.
        undated: titles of the documents without a date (not in ``period``).
        year_guessed: titles of the documents whose date names no year (the year was inferred).
        actions: every action followed over the meetings, the open ones first (latest minutes first), as in
            actions.csv; the agenda's Actielijst takes the open ones.
        deferred: the agenda items deferred at the latest meeting, each with its history.
        items: one row per agenda item or action per meeting document, as in items.csv.
    """

    title: str
    period: tuple[str, str] | None
    themes: tuple[ThemeSection, ...]
    flags: tuple[Flag, ...]
    flag_themes: tuple[tuple[str, str], ...]
    rounds: tuple[str, ...]
    round_totals: tuple[tuple[str, int], ...]
    round_summary: tuple[str, ...]
    theme_map: tuple[MapPoint, ...]
    method: MethodNotes
    shown: int | None = None
    undated: tuple[str, ...] = ()
    year_guessed: tuple[str, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    deferred: tuple[DeferredItem, ...] = ()
    items: tuple[tuple[object, ...], ...] = ()

    def for_reading(self) -> Report:
        """The report with only the first ``shown`` themes (the text formats); the spreadsheet keeps them all."""
        if self.shown is None or self.shown >= len(self.themes):
            return self
        return replace(self, themes=self.themes[: self.shown])

    def theme(self, theme_id: str) -> ThemeSection:
        """The section of ``theme_id``.

        Raises:
            KeyError: the theme is not in the report.
        """
        for section in self.themes:
            if section.theme_id == theme_id:
                return section
        raise KeyError(theme_id)

    def flag(self, flag_id: str) -> Flag:
        """The flag ``flag_id``.

        Raises:
            KeyError: there is no such flag.
        """
        for flag in self.flags:
            if flag.flag_id == flag_id:
                return flag
        raise KeyError(flag_id)

    def flag_theme(self, flag_id: str) -> str | None:
        """Label of the theme a flag is linked to, else None."""
        return dict(self.flag_themes).get(flag_id)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One agenda item. Discussion items have a three-line summary, a question and references."""

    number: int
    title: str
    kind: str = "vast"
    summary: tuple[str, ...] = ()
    question: str = ""
    references: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    KINDS = ("vast", "signaal", "thema")

    def __post_init__(self) -> None:
        if self.kind not in self.KINDS:
            raise ValueError(f"unknown agenda item kind {self.kind!r}")
        if self.kind != "vast" and (len(self.summary) != 3 or not self.question):
            raise ValueError("a discussion item needs a three-line summary and a question")


@dataclass(frozen=True, slots=True)
class Agenda:
    """A draft agenda for the steering group."""

    meeting: str
    date: str
    date_text: str
    items: tuple[AgendaItem, ...]
    source: str = ""

    def __post_init__(self) -> None:
        if not self.meeting.strip():
            raise ValueError("meeting name is required")
