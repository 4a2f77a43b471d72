"""The report and the agenda as Word documents (python-docx): headings, tables, quotes in the Quote style."""

from __future__ import annotations

import io

from themes.report import reporttables as T
from themes.report.charts import all_charts
from themes.report.content import Agenda, Report, ThemeSection
from themes.report.html_writer import CHART_TITLES
from themes.text.fmt import long_date

TABLE_STYLE = "Light Grid Accent 1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TC, _P, _R, _T = f"{_W}tc", f"{_W}p", f"{_W}r", f"{_W}t"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _document(title: str):
    from docx import Document

    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "themes"
    doc.core_properties.language = "nl-NL"
    return _Writer(doc)


def _bytes(writer: _Writer) -> bytes:
    buffer = io.BytesIO()
    writer.doc.save(buffer)
    return buffer.getvalue()


def _run_text(r, text: str) -> None:
    """Set the text of a ``w:r`` element as python-docx's ``run.text = text`` does; plain text in one step.

    python-docx reads the text character by character to turn tabs and line breaks into elements; text without
    them becomes one ``w:t`` (that is what python-docx writes for it too).
    """
    if text and "\t" not in text and "\n" not in text and "\r" not in text:
        r.clear_content()
        r.add_t(text)
    else:
        r.text = text


def _replace_run_text(r, text: str) -> None:
    """``_run_text`` for a run copied from another cell: a single ``w:t`` only gets its text replaced."""
    plain = text and "\t" not in text and "\n" not in text and "\r" not in text
    if plain and len(r) == 1 and r[0].tag == _T:
        t = r[0]
        t.text = text
        if len(text.strip()) < len(text):  # the rule of python-docx's CT_R.add_t
            t.set(_XML_SPACE, "preserve")
        else:
            t.attrib.pop(_XML_SPACE, None)
    else:
        _run_text(r, text)


class _Writer:
    """A python-docx document with the calls the report makes most, giving the same XML as python-docx's own.

    Looking up a style by name scans every style of the document, so each style id is looked up once; table rows
    after the first are copies of the first row with their texts replaced (``add_row`` and ``cell.text`` walk
    the grid and the cell properties for every cell).
    """

    def __init__(self, doc) -> None:
        self.doc = doc
        self._style_ids: dict[tuple[str, str], str | None] = {}

    def paragraph(self, text: str = "", style: str | None = None):
        """``doc.paragraph(text, style)``."""
        paragraph = self.doc.add_paragraph()
        if text:
            _run_text(paragraph.add_run()._r, text)
        if style is not None:
            paragraph._p.style = self._style_id(style, "PARAGRAPH")  # what ``paragraph.style = style`` sets
        return paragraph

    def _style_id(self, name: str, kind: str) -> str | None:
        if (name, kind) not in self._style_ids:
            from docx.enum.style import WD_STYLE_TYPE

            self._style_ids[name, kind] = self.doc.part.get_style_id(name, WD_STYLE_TYPE[kind])
        return self._style_ids[name, kind]

    def heading(self, text: str, level: int):
        """``doc.heading(text, level)``."""
        if not 0 <= level <= 9:
            raise ValueError(f"level must be in range 0-9, got {level}")
        return self.paragraph(text, "Title" if level == 0 else f"Heading {level}")

    def picture(self, png: bytes, width) -> None:
        """``doc.add_picture(png, width=width)``."""
        self.doc.add_picture(io.BytesIO(png), width=width)

    def table(self, table: T.Table) -> None:
        """Add a table with a bold header row (numbers right-aligned)."""
        import copy

        from docx.enum.text import WD_ALIGN_PARAGRAPH

        if not table.rows:
            self.paragraph("Geen gegevens.")
            return
        grid = self.doc.add_table(rows=1, cols=len(table.headers))
        grid._tbl.tblStyle_val = self._style_id(TABLE_STYLE, "TABLE")  # what ``grid.style = TABLE_STYLE`` sets
        for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(header).bold = True
        template = None
        for row in table.text_rows():
            if template is None:  # the first row through python-docx itself
                cells = grid.add_row().cells
                for cell, value, kind in zip(cells, row, table.kinds, strict=True):
                    cell.text = value
                    if kind != "text":
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                template = cells[0]._tc.getparent()
                continue
            tr = copy.deepcopy(template)
            for tc, value in zip(tr.iterchildren(_TC), row, strict=True):
                _replace_run_text(tc.find(_P).find(_R), value)
            grid._tbl.append(tr)


def _quote(doc: _Writer, text: str, reference: str) -> None:
    doc.paragraph(text, style="Quote")
    doc.paragraph(f"— {reference}", style="Caption")


def _picture(doc: _Writer, name: str, png: bytes) -> None:
    from docx.shared import Cm

    doc.picture(png, width=Cm(15.5))
    doc.paragraph(CHART_TITLES.get(name, name), style="Caption")


def _theme(doc: _Writer, section: ThemeSection, report: Report) -> None:
    doc.heading(f"{section.rank}. {section.label} ({section.theme_id})", level=2)
    if section.summary:
        doc.paragraph(" ".join(s.text for s in section.summary))
    lines = [T.size_line(section), T.trend_line(section), T.sources_line(section), T.units_line(section)]
    if section.keywords:
        lines.insert(1, f"Trefwoorden: {', '.join(section.keywords)}.")
    for line in lines:
        if line:
            doc.paragraph(line, style="List Bullet")
    if section.per_round:
        rows = tuple((st.round, st.units, st.share) for st in section.per_round)
        doc.table(T.Table("", ("Ronde", "Fragmenten", "Aandeel"), ("text", "int", "pct"), rows))
    if section.quotes:
        doc.heading("Citaten", level=3)
        for q in section.quotes:
            _quote(doc, q.text, T.quote_reference(q))
    if section.status in T.SHIFTS and section.quotes_per_round:
        doc.heading("Per ronde", level=3)
        for rnd, quotes in section.quotes_per_round:
            doc.heading(T.round_name(rnd), level=4)
            for q in quotes:
                _quote(doc, q.text, T.quote_reference(q))
    if section.flag_ids:
        doc.heading("Gerelateerde signalen", level=3)
        for fid in section.flag_ids:
            doc.paragraph(T.flag_title(report.flag(fid)), style="List Bullet")


def report_docx(report: Report, charts: dict[str, bytes] | None = None) -> bytes:
    """The whole report as .docx bytes (the first ``report.shown`` themes)."""
    report = report.for_reading()
    charts = all_charts(report) if charts is None else charts
    m = report.method
    doc = _document(report.title)
    doc.heading(report.title, level=0)
    doc.paragraph(f"{T.period_line(report)} {T.counts_line(report)}")
    doc.heading("Overzicht", level=1)
    doc.table(T.overview_short_table(report))
    for name in ("omvang", "kaart"):
        if name in charts:
            _picture(doc, name, charts[name])
    doc.heading("Rode draden", level=1)
    for section in report.themes:
        _theme(doc, section, report)
    if m.omitted_themes:
        doc.paragraph(f"Nog {m.omitted_themes} kleinere thema's staan alleen in het Excel-bestand.")
    doc.heading("Verschuivingen tussen rondes", level=1)
    for line in report.round_summary:
        doc.paragraph(line, style="List Bullet")
    if "rondes" in charts:
        _picture(doc, "rondes", charts["rondes"])
    if report.rounds:
        doc.table(T.round_totals_table(report))
        doc.paragraph()
        doc.table(T.rounds_table(report))
    else:
        doc.paragraph("Geen rondes om te vergelijken.")
    doc.heading("Signalen: wat blijft terugkomen", level=1)
    if not report.flags:
        doc.paragraph("Geen signalen gevonden.")
    for flag in report.flags:
        doc.heading(T.flag_title(flag), level=2)
        theme = report.flag_theme(flag.flag_id)
        doc.paragraph(T.flag_history(flag) + (f" Thema: {theme}." if theme else ""))
        for q in flag.evidence:
            _quote(doc, q.text, T.quote_reference(q))
    doc.heading("Methode", level=1)
    doc.heading("Corpus", level=2)
    doc.paragraph(T.counts_line(report))
    doc.table(T.corpus_table(report))
    doc.paragraph()
    doc.table(T.documents_table(report))
    doc.heading("Eenheden", level=2)
    doc.table(T.corpus_units_table(report))
    doc.heading("Vervangen persoonsgegevens", level=2)
    doc.paragraph("Aantallen per soort; de vervangen gegevens zelf staan nergens in de werkmap of de uitvoer.")
    doc.table(T.redaction_table(report))
    doc.heading("Instellingen", level=2)
    doc.table(T.settings_table(report))
    if m.empty_taxonomy:
        doc.paragraph(f"Taxonomiethema's zonder fragmenten: {', '.join(m.empty_taxonomy)}.")
    if m.events:
        doc.heading("Ontwikkeling van de thema's", level=2)
        doc.table(T.events_table(report))
    return _bytes(doc)


def agenda_docx(agenda: Agenda) -> bytes:
    """The agenda as .docx bytes."""
    doc = _document(f"Agenda {agenda.meeting}")
    doc.heading(f"Agenda {agenda.meeting}", level=0)
    doc.paragraph(f"Datum: {long_date(agenda.date)}")
    if agenda.source:
        doc.paragraph(agenda.source, style="Caption")
    for item in agenda.items:
        doc.heading(f"{item.number}. {item.title}", level=1)
        for line in (*item.summary, *item.notes):
            doc.paragraph(line, style="List Bullet")
        if item.question:
            doc.paragraph().add_run(item.question).bold = True
        if item.references:
            doc.paragraph("Bronnen: " + "; ".join(item.references), style="Caption")
    return _bytes(doc)
