"""The report's tables and Dutch phrases, shared by every writer.

A ``Table`` holds raw cell values and a kind per column; text writers (markdown, HTML, docx) format the
cells the Dutch way with ``Table.text_rows``, the spreadsheet writer keeps the numbers and sets a number
format per kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from themes.report.content import Report, ThemeSection
from themes.text.fmt import dutch_date, fragments, join_dutch, number, p_phrase, p_value, percent, signed_points
from themes.types import Flag, Quote

UNKNOWN_UNIT = "onbekend"
SHIFTS = ("groeiend", "afnemend", "nieuw", "verdwenen")  # statuses whose quotes per round are shown
DOC_TYPE_NAMES = {
    "notulen": "notulen", "agenda": "agenda's", "panelverslag": "panelverslagen", "memo": "memo's",
    "enquete": "enquête", "overig": "overig",
}
KINDS = ("text", "int", "pct", "pp", "p", "num", "date")
STATUS_TEXT = {
    "nieuw": "nieuw", "verdwenen": "verdwenen", "blijvend": "blijvend", "groeiend": "groeiend",
    "afnemend": "afnemend", "te weinig data": "te weinig data",
}


@dataclass(frozen=True, slots=True)
class Table:
    """A table: a name (sheet name in Excel), headers, a kind per column and rows of raw values."""

    name: str
    headers: tuple[str, ...]
    kinds: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def __post_init__(self) -> None:
        if len(self.headers) != len(self.kinds):
            raise ValueError("one kind per header")
        if any(k not in KINDS for k in self.kinds):
            raise ValueError(f"unknown column kind in {self.kinds}")
        if any(len(r) != len(self.headers) for r in self.rows):
            raise ValueError(f"table {self.name}: every row needs {len(self.headers)} cells")

    def text_rows(self) -> list[list[str]]:
        """The rows formatted the Dutch way (decimal comma, percentages, Dutch dates)."""
        return [[cell_text(v, k) for v, k in zip(row, self.kinds, strict=True)] for row in self.rows]


def cell_text(value: Any, kind: str) -> str:
    """One cell as Dutch text."""
    if value is None or value == "":
        return "–" if kind != "text" else ""
    if kind == "int":
        return number(int(value), 0)
    if kind == "pct":
        return percent(float(value))
    if kind == "pp":
        return signed_points(float(value))
    if kind == "p":
        return p_value(float(value))
    if kind == "num":
        return number(float(value), 2)
    if kind == "date":
        return dutch_date(str(value))
    return str(value)


# ---------------------------------------------------------------------------------------------- phrases
def quote_reference(quote: Quote) -> str:
    """``document, 24 maart 2025, ronde 2024-H2`` (parts that are unknown are left out)."""
    parts = [quote.document]
    name = (quote.document or "").lower()
    if quote.date and quote.date not in name and dutch_date(quote.date).lower() not in name:
        parts.append(dutch_date(quote.date))
    if quote.round and quote.round.lower() not in name:
        parts.append(round_name(quote.round))
    return ", ".join(p for p in parts if p)


def round_name(value: str) -> str:
    """``ronde 2024-H1``; a round already called ``ronde 1`` (or ``Ronde 1``) is left as it is."""
    return value if value.lower().startswith("ronde") else f"ronde {value}"


def size_line(section: ThemeSection) -> str:
    """How big a theme is and where it comes from."""
    origin = f"taxonomiethema {section.taxonomy}" if section.taxonomy else ("nieuw thema buiten de taxonomie" if section.is_new else "")
    text = f"{fragments(section.weight)} ({percent(section.share)} van alle toegewezen fragmenten)"
    return f"{text}; {origin}." if origin else f"{text}."


def trend_line(section: ThemeSection) -> str:
    """Trend status with change and p-value, or a note that there is no comparison."""
    if not section.status:
        return "Geen vergelijking tussen rondes beschikbaar."
    text = f"Trend: {STATUS_TEXT.get(section.status, section.status)}"
    extras = []
    if section.change is not None:
        extras.append(f"verandering {signed_points(section.change)}")
    if section.p_value is not None:
        extras.append(p_phrase(section.p_value))
    if section.p_adjusted is not None and section.p_adjusted != section.p_value:
        extras.append(f"gecorrigeerd voor het aantal thema's {p_phrase(section.p_adjusted)}")
    return f"{text} ({', '.join(extras)})." if extras else f"{text}."


def _counted(items: Sequence[tuple[str, int]], limit: int = 6) -> str:
    shown = [f"{name} ({number(n, 0)})" for name, n in items[:limit]]
    if len(items) > limit:
        shown.append(f"{len(items) - limit} andere")
    return join_dutch(shown)


def sources_line(section: ThemeSection) -> str:
    """Which document types raise the theme."""
    named = [(doc_type_name(t), n) for t, n in section.doc_types]
    return f"Genoemd in: {_counted(named)}." if named else ""


def doc_type_name(doc_type: str | None) -> str:
    """The Dutch plural name of a document type (``panelverslag`` -> ``panelverslagen``)."""
    return DOC_TYPE_NAMES.get(doc_type or "", doc_type or "")


def units_line(section: ThemeSection) -> str:
    """Which organisational units raise the theme (units without a known unit left out)."""
    known = [(u, n) for u, n in section.units if u != UNKNOWN_UNIT]
    return f"Door eenheden: {_counted(known)}." if known else ""


def flag_subject(flag: Flag) -> str:
    """The flag's subject: its description without a trailing detail in brackets."""
    subject = re.sub(r"\s*\([^()]*\)\s*$", "", flag.description).strip()
    return subject or flag.description


def flag_title(flag: Flag) -> str:
    """``S01 (uitgesteld): description``."""
    return f"{flag.flag_id} ({flag.kind}): {flag.description}"


def flag_when(flag: Flag) -> str:
    """When a flag was raised: first and last meeting, or that the minutes carry no date (never a dash)."""
    if not flag.first_seen and not flag.last_seen:
        return "datum van het verslag onbekend"
    if flag.first_seen == flag.last_seen or not flag.last_seen or not flag.first_seen:
        return f"voor het eerst genoemd op {dutch_date(flag.first_seen or flag.last_seen)}"
    return f"voor het eerst genoemd op {dutch_date(flag.first_seen)}, laatst op {dutch_date(flag.last_seen)}"


def flag_history(flag: Flag) -> str:
    """When and how often a flag was raised, its owner and status."""
    times = "1 keer" if flag.times_raised == 1 else f"{flag.times_raised} keer"
    text = f"{times} aan de orde, {flag_when(flag)}"
    if flag.owner:
        text += f"; eigenaar {flag.owner}"
    return f"{text}; status {flag.status}."


# ---------------------------------------------------------------------------------------------- tables
def overview_table(report: Report) -> Table:
    """Themes in order of weight."""
    return Table(
        "Thema's",
        ("Rang", "Thema-id", "Thema", "Trefwoorden", "Fragmenten", "Aandeel", "Trend", "Verandering", "p-waarde",
         "Taxonomie", "Nieuw", "Signalen", "Samenvatting"),
        ("int", "text", "text", "text", "int", "pct", "text", "pp", "p", "text", "text", "text", "text"),
        tuple(
            (s.rank, s.theme_id, s.label, "; ".join(s.keywords), s.weight, s.share, s.status or "", s.change,
             s.p_value, s.taxonomy or "", "ja" if s.is_new else "nee", ", ".join(s.flag_ids),
             " ".join(x.text for x in s.summary))
            for s in report.themes
        ),
    )


def overview_short_table(report: Report) -> Table:
    """The overview for reading: rank, id, label, five keywords, size, share and trend."""
    full = overview_table(report)
    rows = tuple((r[0], r[1], r[2], "; ".join(s.keywords[:5]), *r[4:7]) for r, s in zip(full.rows, report.themes, strict=True))
    return Table(full.name, full.headers[:7], full.kinds[:7], rows)


def rounds_table(report: Report) -> Table:
    """Per theme: units and share per round, change, p-value and status."""
    headers: list[str] = ["Thema-id", "Thema"]
    kinds: list[str] = ["text", "text"]
    for r in report.rounds:
        headers += [f"n {r}", f"aandeel {r}"]
        kinds += ["int", "pct"]
    headers += ["Verandering", "p-waarde", "p gecorrigeerd", "Status"]
    kinds += ["pp", "p", "p", "text"]
    rows = []
    for s in report.themes:
        stats = {st.round: st for st in s.per_round}
        row: list[Any] = [s.theme_id, s.label]
        for r in report.rounds:
            st = stats.get(r)
            row += [st.units if st else 0, st.share if st else 0.0]
        row += [s.change, s.p_value, s.p_adjusted, s.status or ""]
        rows.append(tuple(row))
    return Table("Rondes", tuple(headers), tuple(kinds), tuple(rows))


def round_totals_table(report: Report) -> Table:
    """Units per round."""
    return Table("Rondes (totaal)", ("Ronde", "Fragmenten"), ("text", "int"), tuple(report.round_totals))


def flags_table(report: Report) -> Table:
    """Every flag."""
    return Table(
        "Signalen",
        ("Id", "Soort", "Omschrijving", "Eerst genoemd", "Laatst genoemd", "Keer genoemd", "Status", "Eigenaar",
         "Thema", "Documenten"),
        ("text", "text", "text", "date", "date", "int", "text", "text", "text", "text"),
        tuple(
            (f.flag_id, f.kind, f.description, f.first_seen, f.last_seen, f.times_raised, f.status, f.owner or "",
             report.flag_theme(f.flag_id) or "", "; ".join(f.documents))
            for f in report.flags
        ),
    )


def actions_table(report: Report) -> Table:
    """Every action followed over the meetings (actions.csv), the open ones first."""
    return Table(
        "Acties",
        ("Id", "Actie", "Eigenaar", "Eerst genoemd", "Laatst genoemd", "Keer genoemd", "Status", "Gereed",
         "Documenten", "Bron"),
        ("text", "text", "text", "date", "date", "int", "text", "text", "text", "text"),
        tuple(
            (a.action_id, a.description, a.owner or "", a.first_seen, a.last_seen, a.times_listed, a.status,
             a.due or "", "; ".join(a.documents), a.evidence)
            for a in report.actions
        ),
    )


def items_table(report: Report) -> Table:
    """One row per agenda item or action per meeting document, with its status there (items.csv)."""
    return Table(
        "Agendapunten",
        ("Id", "Soort", "Spoor", "Datum", "Document", "Omschrijving", "Status", "Eigenaar", "Gereed",
         "Terugkerend", "Bron"),
        ("text", "text", "text", "date", "text", "text", "text", "text", "text", "text", "text"),
        tuple(tuple("" if v is None else v for v in row) for row in report.items),
    )


def quotes_table(report: Report) -> Table:
    """Every quote of every theme and every flag's evidence, with references."""
    rows: list[tuple[Any, ...]] = []
    for s in report.themes:
        for q in s.quotes:
            rows.append((f"thema {s.theme_id}", s.label, q.text, q.document, q.date, q.round or "", doc_type_name(q.doc_type), q.segment_id))
        for rnd, quotes in s.quotes_per_round:
            for q in quotes:
                rows.append((f"thema {s.theme_id} ({round_name(rnd)})", s.label, q.text, q.document, q.date, q.round or "",
                             doc_type_name(q.doc_type), q.segment_id))
    for f in report.flags:
        for q in f.evidence:
            rows.append((f"signaal {f.flag_id}", f.description, q.text, q.document, q.date, q.round or "",
                         doc_type_name(q.doc_type), q.segment_id))
    return Table(
        "Citaten",
        ("Bij", "Onderwerp", "Citaat", "Document", "Datum", "Ronde", "Soort document", "Fragment-id"),
        ("text", "text", "text", "text", "date", "text", "text", "text"),
        tuple(rows),
    )


def units_table(report: Report) -> Table:
    """Per theme and organisational unit, the number of units."""
    rows = [(s.theme_id, s.label, unit, n) for s in report.themes for unit, n in s.units]
    return Table("Eenheden", ("Thema-id", "Thema", "Eenheid", "Fragmenten"), ("text", "text", "text", "int"), tuple(rows))


def corpus_table(report: Report) -> Table:
    """Documents per type and round."""
    return Table("Corpus", ("Soort document", "Ronde", "Documenten"), ("text", "text", "int"),
                 tuple((doc_type_name(t), r, n) for t, r, n in report.method.docs_per_type_round))


def documents_table(report: Report) -> Table:
    """Every document: title, file name, type, date, round and unit."""
    return Table("Documenten", ("Titel", "Bestand", "Soort", "Datum", "Ronde", "Eenheid"),
                 ("text", "text", "text", "date", "text", "text"),
                 tuple((title, name, doc_type_name(kind), *(v if v is not None else "" for v in rest))
                       for title, name, kind, *rest in report.method.document_list))


def corpus_units_table(report: Report) -> Table:
    """Analysed units per organisational unit."""
    return Table("Eenheden (corpus)", ("Eenheid", "Fragmenten"), ("text", "int"), tuple(report.method.units))


def redaction_table(report: Report) -> Table:
    """Redacted spans per label: counts only, never the values."""
    return Table("Redactie", ("Soort persoonsgegeven", "Aantal vervangen"), ("text", "int"),
                 tuple(report.method.redactions))


def settings_table(report: Report) -> Table:
    """The settings the analysis ran with."""
    return Table("Instellingen", ("Instelling", "Waarde"), ("text", "text"), tuple(report.method.settings))


def events_table(report: Report) -> Table:
    """Theme matches, splits and merges between runs."""
    return Table("Ontwikkeling", ("Run", "Gebeurtenis", "Toelichting"), ("text", "text", "text"),
                 tuple(report.method.events))


def counts_line(report: Report) -> str:
    """One sentence on the size of the corpus."""
    m = report.method
    return (
        f"{number(m.documents, 0)} documenten, {number(m.segments, 0)} fragmenten, waarvan {number(m.analysed, 0)} "
        f"geanalyseerd ({number(m.trivial, 0)} zonder inhoud zoals 'geen' of 'n.v.t.' overgeslagen; "
        f"{number(m.unassigned, 0)} niet aan een thema toegewezen)."
    )


def period_line(report: Report) -> str:
    """The period the documents cover."""
    undated = _documents(report.undated, "zonder datum")
    if not report.period:
        return f"Periode: onbekend: {undated}." if undated else "Periode: onbekend."
    first, last = report.period
    line = f"Periode: {dutch_date(first)} tot en met {dutch_date(last)}"
    notes = "; ".join(n for n in (undated, _documents(report.year_guessed, "met jaar geschat")) if n)
    return f"{line} ({notes})." if notes else f"{line}."


def _documents(titles: tuple[str, ...], what: str, shown: int = 5) -> str:
    """``documenten <what>: 'a', 'b' en 'c'`` (at most ``shown`` titles, then how many more); empty without titles."""
    if not titles:
        return ""
    names = [f"'{t}'" for t in titles[:shown]]
    if len(titles) > shown:
        names.append(f"{len(titles) - shown} andere")
    noun = "document" if len(titles) == 1 else "documenten"
    return f"{noun} {what}: {join_dutch(names)}"
