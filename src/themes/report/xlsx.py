"""Every table of the report in one workbook for review in Excel (openpyxl).

Sheets: Thema's, Rondes, Signalen, Citaten, Eenheden, Methode. Each has a bold, frozen header row, an
autofilter and column widths fitted to the content. Numbers stay numbers (shares as percentages).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from themes.report import reporttables as T
from themes.report.content import Report

SHEETS = ("Thema's", "Rondes", "Signalen", "Acties", "Agendapunten", "Citaten", "Eenheden", "Methode")
FORMATS = {"int": "0", "pct": "0.0%", "pp": "+0.0%;-0.0%;0.0%", "p": "0.000", "num": "0.00", "date": "yyyy-mm-dd"}
MAX_WIDTH = 60
WRAP_FROM = 50


def method_table(report: Report) -> T.Table:
    """Corpus, round totals, units, redaction counts, settings and theme events in one filterable table."""
    rows: list[tuple[Any, ...]] = []
    rows += [("Corpus", f"{t} / {r}", n) for t, r, n in report.method.docs_per_type_round]
    rows += [("Corpus", k, v) for k, v in (
        ("Documenten", report.method.documents), ("Fragmenten", report.method.segments),
        ("Geanalyseerd", report.method.analysed), ("Zonder inhoud overgeslagen", report.method.trivial),
        ("Niet toegewezen", report.method.unassigned))]
    rows += [("Document", f"{title} ({name})", "; ".join(str(v) for v in rest if v))
             for title, name, *rest in report.method.document_list]
    rows += [("Ronde", r, n) for r, n in report.round_totals]
    rows += [("Eenheid", u, n) for u, n in report.method.units]
    rows += [("Vervangen persoonsgegevens", label, n) for label, n in report.method.redactions]
    rows += [("Instelling", k, v) for k, v in report.method.settings]
    rows += [("Taxonomiethema zonder fragmenten", label, "") for label in report.method.empty_taxonomy]
    rows += [("Ontwikkeling thema's", f"{run} {kind}".strip(), detail) for run, kind, detail in report.method.events]
    return T.Table("Methode", ("Onderdeel", "Omschrijving", "Waarde"), ("text", "text", "text"), tuple(rows))


def workbook_tables(report: Report) -> list[T.Table]:
    """The tables in sheet order."""
    return [
        T.overview_table(report), T.rounds_table(report), T.flags_table(report), T.actions_table(report),
        T.items_table(report), T.quotes_table(report), T.units_table(report), method_table(report),
    ]


def _value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "date":
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    return value


def _sheet(wb, table: T.Table, name: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title=name)
    ws.append(list(table.headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        ws.append([_value(v, k) for v, k in zip(row, table.kinds, strict=True)])
    widths = [len(h) for h in table.headers]
    for col, kind in enumerate(table.kinds, start=1):
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text from the documents never becomes a formula
            if kind in FORMATS and cell.value is not None and not isinstance(cell.value, str):
                cell.number_format = FORMATS[kind]
            widths[col - 1] = max(widths[col - 1], len(str(cell.value or "")) if kind == "text" else 10)
    for col, width in enumerate(widths, start=1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(8, width + 2))
        if width > WRAP_FROM:
            for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{max(1, ws.max_row)}"


def report_xlsx(report: Report) -> bytes:
    """The workbook as .xlsx bytes."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for table, name in zip(workbook_tables(report), SHEETS, strict=True):
        _sheet(wb, table, name)
    wb.properties.title = report.title
    wb.properties.creator = "themes"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
