"""The report and the agenda as Word documents (python-docx): headings, tables, quotes in the Quote style."""

from __future__ import annotations

import io

from themes.report import tables as T
from themes.report.charts import all_charts
from themes.report.fmt import long_date
from themes.report.html import CHART_TITLES
from themes.report.model import Agenda, Report, ThemeSection

TABLE_STYLE = "Light Grid Accent 1"


def _document(title: str):
    from docx import Document

    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "themes"
    doc.core_properties.language = "nl-NL"
    return doc


def _bytes(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def add_table(doc, table: T.Table) -> None:
    """Add a table with a bold header row (numbers right-aligned)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if not table.rows:
        doc.add_paragraph("Geen gegevens.")
        return
    grid = doc.add_table(rows=1, cols=len(table.headers))
    grid.style = TABLE_STYLE
    for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(header).bold = True
    for row in table.text_rows():
        cells = grid.add_row().cells
        for cell, value, kind in zip(cells, row, table.kinds, strict=True):
            cell.text = value
            if kind != "text":
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _quote(doc, text: str, reference: str) -> None:
    doc.add_paragraph(text, style="Quote")
    doc.add_paragraph(f"— {reference}", style="Caption")


def _picture(doc, name: str, png: bytes) -> None:
    from docx.shared import Cm

    doc.add_picture(io.BytesIO(png), width=Cm(15.5))
    doc.add_paragraph(CHART_TITLES.get(name, name), style="Caption")


def _theme(doc, section: ThemeSection, report: Report) -> None:
    doc.add_heading(f"{section.rank}. {section.label} ({section.theme_id})", level=2)
    if section.summary:
        doc.add_paragraph(" ".join(s.text for s in section.summary))
    lines = [T.size_line(section), T.trend_line(section), T.sources_line(section), T.units_line(section)]
    if section.keywords:
        lines.insert(1, f"Trefwoorden: {', '.join(section.keywords)}.")
    for line in lines:
        if line:
            doc.add_paragraph(line, style="List Bullet")
    if section.per_round:
        rows = tuple((st.round, st.units, st.share) for st in section.per_round)
        add_table(doc, T.Table("", ("Ronde", "Fragmenten", "Aandeel"), ("text", "int", "pct"), rows))
    if section.quotes:
        doc.add_heading("Citaten", level=3)
        for q in section.quotes:
            _quote(doc, q.text, T.quote_reference(q))
    if section.status in T.SHIFTS and section.quotes_per_round:
        doc.add_heading("Per ronde", level=3)
        for rnd, quotes in section.quotes_per_round:
            doc.add_heading(T.round_name(rnd), level=4)
            for q in quotes:
                _quote(doc, q.text, T.quote_reference(q))
    if section.flag_ids:
        doc.add_heading("Gerelateerde signalen", level=3)
        for fid in section.flag_ids:
            doc.add_paragraph(T.flag_title(report.flag(fid)), style="List Bullet")


def report_docx(report: Report, charts: dict[str, bytes] | None = None) -> bytes:
    """The whole report as .docx bytes (the first ``report.shown`` themes)."""
    report = report.for_reading()
    charts = all_charts(report) if charts is None else charts
    m = report.method
    doc = _document(report.title)
    doc.add_heading(report.title, level=0)
    doc.add_paragraph(f"{T.period_line(report)} {T.counts_line(report)}")
    doc.add_heading("Overzicht", level=1)
    add_table(doc, T.overview_short_table(report))
    for name in ("omvang", "kaart"):
        if name in charts:
            _picture(doc, name, charts[name])
    doc.add_heading("Rode draden", level=1)
    for section in report.themes:
        _theme(doc, section, report)
    if m.omitted_themes:
        doc.add_paragraph(f"Nog {m.omitted_themes} kleinere thema's staan alleen in het Excel-bestand.")
    doc.add_heading("Verschuivingen tussen rondes", level=1)
    for line in report.round_summary:
        doc.add_paragraph(line, style="List Bullet")
    if "rondes" in charts:
        _picture(doc, "rondes", charts["rondes"])
    if report.rounds:
        add_table(doc, T.round_totals_table(report))
        doc.add_paragraph()
        add_table(doc, T.rounds_table(report))
    else:
        doc.add_paragraph("Geen rondes om te vergelijken.")
    doc.add_heading("Signalen: wat blijft terugkomen", level=1)
    if not report.flags:
        doc.add_paragraph("Geen signalen gevonden.")
    for flag in report.flags:
        doc.add_heading(T.flag_title(flag), level=2)
        theme = report.flag_theme(flag.flag_id)
        doc.add_paragraph(T.flag_history(flag) + (f" Thema: {theme}." if theme else ""))
        for q in flag.evidence:
            _quote(doc, q.text, T.quote_reference(q))
    doc.add_heading("Methode", level=1)
    doc.add_heading("Corpus", level=2)
    doc.add_paragraph(T.counts_line(report))
    add_table(doc, T.corpus_table(report))
    doc.add_paragraph()
    add_table(doc, T.documents_table(report))
    doc.add_heading("Eenheden", level=2)
    add_table(doc, T.corpus_units_table(report))
    doc.add_heading("Vervangen persoonsgegevens", level=2)
    doc.add_paragraph("Aantallen per soort; de vervangen gegevens zelf staan nergens in de werkmap of de uitvoer.")
    add_table(doc, T.redaction_table(report))
    doc.add_heading("Instellingen", level=2)
    add_table(doc, T.settings_table(report))
    if m.empty_taxonomy:
        doc.add_paragraph(f"Taxonomiethema's zonder fragmenten: {', '.join(m.empty_taxonomy)}.")
    if m.events:
        doc.add_heading("Ontwikkeling van de thema's", level=2)
        add_table(doc, T.events_table(report))
    return _bytes(doc)


def agenda_docx(agenda: Agenda) -> bytes:
    """The agenda as .docx bytes."""
    doc = _document(f"Agenda {agenda.meeting}")
    doc.add_heading(f"Agenda {agenda.meeting}", level=0)
    doc.add_paragraph(f"Datum: {long_date(agenda.date)}")
    if agenda.source:
        doc.add_paragraph(agenda.source, style="Caption")
    for item in agenda.items:
        doc.add_heading(f"{item.number}. {item.title}", level=1)
        for line in (*item.summary, *item.notes):
            doc.add_paragraph(line, style="List Bullet")
        if item.question:
            doc.add_paragraph().add_run(item.question).bold = True
        if item.references:
            doc.add_paragraph("Bronnen: " + "; ".join(item.references), style="Caption")
    return _bytes(doc)
