"""Word documents (``.docx``): headings from styles, lists with level, tables one block per row."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from themes.errors import InputFileError
from themes.ingest.clean import clean_text, split_list_marker
from themes.ingest.structure import Item, items_to_blocks
from themes.types import Block

_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.I)
_LIST_STYLE = re.compile(r"^(?:list|lijst)\b.*?(\d)?$", re.I)
_TITLE_STYLES = frozenset({"title", "titel"})


def read_docx(path: Path, data: bytes) -> tuple[list[Block], str | None]:
    """Blocks and title of a Word document."""
    import docx  # one module imports python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputFileError(path, "geen geldig Word-bestand (.docx); beschadigd of een ander formaat") from exc
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    items: list[Item] = []
    title: str | None = None
    table_id = 0
    for part in document.iter_inner_content():
        if isinstance(part, Paragraph):
            item, is_title = _paragraph_item(part)
            if item is None:
                continue
            if is_title and title is None:
                title = clean_text(item.text) or None
            items.append(item)
        elif isinstance(part, Table):
            items.extend(_table_items(part, table_id))
            table_id += 1
    core_title = (document.core_properties.title or "").strip()
    blocks, inferred_title = items_to_blocks(items, agenda_hint="agenda" in path.stem.casefold())
    return blocks, clean_text(core_title) or title or inferred_title


def _paragraph_text(paragraph) -> str:
    runs = paragraph.runs
    if any(run.font.strike or run.font.double_strike for run in runs):
        return "".join(run.text for run in runs if not (run.font.strike or run.font.double_strike))
    return paragraph.text


def _paragraph_item(paragraph) -> tuple[Item | None, bool]:
    text = _paragraph_text(paragraph)
    if not text.strip():
        return None, False
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    m = _HEADING_STYLE.match(style.strip())
    if m:
        return Item("heading", text.strip(), level=int(m.group(1))), False
    if style.strip().casefold() in _TITLE_STYLES:
        return Item("heading", text.strip(), level=1), True
    num_level = _numbering_level(paragraph)
    list_style = _LIST_STYLE.match(style.strip())
    if num_level is not None or list_style:
        level = num_level if num_level is not None else int(list_style.group(1) or 1)
        marker, _indent, rest = split_list_marker(text.strip())
        return Item(
            "list",
            rest if marker else text.strip(),
            level=level,
            number=marker if marker not in (None, "bullet") else None,
        ), False
    marker, indent, rest = split_list_marker(text)
    if marker is not None and rest.strip():
        return Item(
            "list", rest.strip(), level=1 + (indent + 1) // 2, number=None if marker == "bullet" else marker
        ), False
    return Item("para", text.strip()), False


def _numbering_level(paragraph) -> int | None:
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None:
        return None
    ilvl = ppr.numPr.ilvl
    return (int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0) + 1


def _table_items(table, table_id: int) -> list[Item]:
    items = []
    for r, row in enumerate(table.rows):
        cells: list[str] = []
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(c.strip() for c in cells):
            items.append(
                Item("row", cells=cells, table=table_id, header=r == 0 and len(table.rows) > 1 and _header_like(cells))
            )
    return items


def _header_like(cells: list[str]) -> bool:
    texts = [clean_text(c) for c in cells]
    return all(len(t) <= 40 and len(t.split()) <= 5 and not t.endswith(".") for t in texts)
