"""Builders for small input files (Word, PDF, Excel, CSV, HTML) created inside tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from themes.config import IngestConfig
from themes.types import Document, RawDocument


def _make_document(
    raw: RawDocument,
    *,
    doc_type: str = "overig",
    round_: str | None = None,
    date: str | None = None,
    unit: str | None = None,
) -> Document:
    return Document(
        doc_id=raw.content_hash[:12] or "d1",
        source_path=raw.path,
        title=raw.title or "t",
        doc_type=doc_type,
        date=date,
        round=round_,
        unit=unit,
        content_hash=raw.content_hash or "x",
    )


@pytest.fixture()
def make_document():
    """Build a ``Document`` for a ``RawDocument`` (the lead's orchestration does this for real)."""
    return _make_document


@pytest.fixture()
def ingest_config() -> IngestConfig:
    return IngestConfig()


@pytest.fixture()
def make_pdf(tmp_path: Path):
    """Write a PDF with one text page per list of lines; optional running header on every page."""
    from fpdf import FPDF

    def build(
        pages: list[list[str]],
        name: str = "doc.pdf",
        header: str | None = None,
        page_numbers: bool = False,
        title: str | None = None,
    ) -> Path:
        pdf = FPDF()
        pdf.set_auto_page_break(False)
        if title:
            pdf.set_title(title)
        for number, lines in enumerate(pages, start=1):
            pdf.add_page()
            pdf.set_font("Helvetica", size=11)
            if header:
                pdf.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
            for line in lines:
                pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
            if page_numbers:
                pdf.set_y(-20)
                pdf.cell(0, 8, f"Pagina {number} van {len(pages)}")
        path = tmp_path / name
        pdf.output(str(path))
        return path

    return build
