import re

import docx
import openpyxl

from themes.report import REPORT_FILES, write_report
from themes.report.xlsx import SHEETS


def test_every_report_format_is_written(report, tmp_path):
    paths = write_report(report, tmp_path / "uit")
    assert [p.name for p in paths] == list(REPORT_FILES)
    assert all(p.stat().st_size > 0 for p in paths)
    assert not [p for p in (tmp_path / "uit").iterdir() if p.name.endswith(".tmp")]


def test_markdown_has_themes_in_order_then_flags_then_method(report, tmp_path):
    md = (write_report(report, tmp_path)[0]).read_text(encoding="utf-8")
    positions = [md.index(h) for h in ("### 1. Werving en selectie", "### 2. Meldpunt discriminatie",
                                       "## Signalen", "## Methode")]
    assert positions == sorted(positions)
    assert "61,5%" in md and "16 september 2024" in md


def test_html_is_self_contained_with_inline_charts(report, tmp_path):
    html = write_report(report, tmp_path)[1].read_text(encoding="utf-8")
    assert html.count('class="chart"') == 3
    assert re.search(r'(src|href)="(https?:)?//', html) is None
    assert "<link" not in html and "@import" not in html
    assert "Content-Security-Policy" in html
    assert "data:image/png;base64," in html


def test_html_escapes_document_text(report, tmp_path):
    from dataclasses import replace

    report = replace(report, title="Rode draden <script>alert(1)</script>")
    html = write_report(report, tmp_path)[1].read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_docx_has_headings_tables_and_quotes_in_quote_style(report, tmp_path):
    doc = docx.Document(str(write_report(report, tmp_path)[2]))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "1. Werving en selectie (T01)" in headings
    assert "Methode" in headings
    quotes = [p.text for p in doc.paragraphs if p.style.name == "Quote"]
    assert "Het meldpunt discriminatie is opnieuw besproken." in quotes
    assert len(doc.tables) >= 5
    assert doc.tables[0].rows[0].cells[0].text == "Rang"
    assert len(doc.inline_shapes) == 3


def test_xlsx_has_the_review_sheets_with_bold_frozen_filtered_headers(report, tmp_path):
    wb = openpyxl.load_workbook(write_report(report, tmp_path)[3])
    assert wb.sheetnames == list(SHEETS) == [
        "Thema's", "Rondes", "Signalen", "Acties", "Agendapunten", "Citaten", "Eenheden", "Methode"
    ]
    for ws in wb.worksheets:
        assert ws["A1"].font.bold
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert all(ws.column_dimensions[c].width >= 8 for c in "AB")
    themes = wb["Thema's"]
    assert [c.value for c in themes[2]][:3] == [1, "T01", "Werving en selectie"]
    share = themes.cell(row=2, column=6)
    assert isinstance(share.value, float) and share.number_format == "0.0%"
    rounds = wb["Rondes"]
    assert [c.value for c in rounds[1]][2:4] == ["n 2024-H1", "aandeel 2024-H1"]
    methode = [tuple(r) for r in wb["Methode"].iter_rows(min_row=2, values_only=True)]
    assert ("Vervangen persoonsgegevens", "PERSOON", 3) in methode


def test_xlsx_text_starting_with_equals_is_not_a_formula(report, tmp_path):
    from dataclasses import replace

    flag = replace(report.flags[0], description="=SUM(A1:A2)")
    report = replace(report, flags=(flag, *report.flags[1:]))
    wb = openpyxl.load_workbook(write_report(report, tmp_path)[3])
    cell = wb["Signalen"]["C2"]
    assert cell.value == "=SUM(A1:A2)" and cell.data_type == "s"


def test_markdown_and_html_are_byte_for_byte_reproducible(report, tmp_path):
    first = write_report(report, tmp_path / "a")
    second = write_report(report, tmp_path / "b")
    for a, b in zip(first[:2], second[:2], strict=True):
        assert a.read_bytes() == b.read_bytes()


def test_quote_reference_does_not_repeat_date_or_round_already_in_the_title():
    from themes.report.reporttables import quote_reference
    from themes.types import Quote

    q = Quote("s1", "tekst", "Verslag groeipanel ronde 1, 15 april 2024", "2024-04-15", "ronde 1")
    assert quote_reference(q) == "Verslag groeipanel ronde 1, 15 april 2024"
    q = Quote("s1", "tekst", "Enquête", "2024-10-04", "2024-H2")
    assert quote_reference(q) == "Enquête, 4 oktober 2024, ronde 2024-H2"
    q = Quote("s1", "tekst", "Enquête", None, "Ronde 2")
    assert quote_reference(q) == "Enquête, Ronde 2"
