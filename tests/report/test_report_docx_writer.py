"""The Word writer's shortcuts write exactly what python-docx's own calls write."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from themes.report import reporttables as T
from themes.report.docx_writer import TABLE_STYLE, _Writer

TEXTS = ["gewoon", " spatie ervoor", "spatie erna ", "tab\tin", "regel\nnieuw", "", "<&> \"aanhalingstekens\"", "1.234"]


def _xml(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as z:
        return z.read("word/document.xml")


def test_paragraphs_headings_and_tables_are_written_as_python_docx_writes_them():
    rows = tuple((text, i * 1000, 0.1 * i, TEXTS[-1 - i]) for i, text in enumerate(TEXTS))
    table = T.Table("", ("Tekst", "Aantal", "Aandeel", "Nog een"), ("text", "int", "pct", "text"), rows)

    plain = Document()
    plain.add_heading("Titel", level=0)
    for text in TEXTS:
        plain.add_paragraph(text, style="Quote")
        plain.add_paragraph(text)
    plain.add_heading("Kop", level=2)
    grid = plain.add_table(rows=1, cols=4)
    grid.style = TABLE_STYLE
    for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(header).bold = True
    for row in table.text_rows():
        for cell, value, kind in zip(grid.add_row().cells, row, table.kinds, strict=True):
            cell.text = value
            if kind != "text":
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    fast = _Writer(Document())
    fast.heading("Titel", level=0)
    for text in TEXTS:
        fast.paragraph(text, style="Quote")
        fast.paragraph(text)
    fast.heading("Kop", level=2)
    fast.table(table)

    assert _xml(fast.doc) == _xml(plain)
