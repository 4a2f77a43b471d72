"""Word documents (``.docx``): headings from styles, lists with level, tables one block per row."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docx.oxml.ns import qn

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
    numbering = _Numbering(document)
    for part in document.iter_inner_content():
        if isinstance(part, Paragraph):
            item, is_title = _paragraph_item(part, numbering)
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
    return blocks, title or clean_text(core_title) or inferred_title


def _paragraph_text(paragraph) -> str:
    """Visible text of a paragraph.

    Runs inside hyperlinks and tracked insertions are included, struck-through and deleted runs left out; tabs
    become spaces and line breaks newlines.
    """
    parts: list[str] = []
    lead: int | None = None  # characters of the bold text that opens the paragraph, when text without bold follows
    bold_open = True
    for run in paragraph._p.xpath("./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r | ./w:fldSimple/w:r"):
        rpr = run.rPr
        if rpr is not None and _struck(rpr):
            continue
        size = len(parts)
        for child in run.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "t":
                parts.append(child.text or "")
            elif tag in ("tab", "ptab"):
                parts.append(" ")
            elif tag in ("br", "cr"):
                parts.append("\n")
        if bold_open and "".join(parts[size:]).strip():
            if _bold(rpr):
                lead = len("".join(parts))
            else:
                bold_open = False
    text = "".join(parts)
    if lead is None or bold_open:
        return text
    head, rest = text[:lead], text[lead:]
    if not head.strip()[:1].isupper() or not rest.strip() or (rest[0].isalnum() and head[-1].isalnum()):
        return text  # no bold name, nothing after it, or bold that ends inside a word
    # "**Willemijn** vindt …": a bold speaker's name stays marked (see themes.ingest.clean.strip_emphasis)
    indent = head[:len(head) - len(head.lstrip())]
    return f"{indent}**{head.strip()}**{' ' if rest[0].isspace() or rest[0].isalnum() else ''}{rest.lstrip()}"


def _bold(rpr) -> bool:
    """True when a run's own formatting makes it bold."""
    return rpr is not None and rpr.b is not None and rpr.b.val is not False


def _struck(rpr) -> bool:
    for tag in ("strike", "dstrike"):
        el = getattr(rpr, tag, None)
        if el is not None and el.val is not False:
            return True
    return False


class _Numbering:
    """Word list numbering: which paragraphs are numbered (not bulleted) and their running number."""

    def __init__(self, document) -> None:
        try:
            self._root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            self._root = None
        self._formats: dict[tuple[str, int], str] = {}
        self._counters: dict[str, list[int]] = {}

    def _format(self, num_id: str, ilvl: int) -> str:
        key = (num_id, ilvl)
        if key not in self._formats:
            fmt = "bullet"
            if self._root is not None:
                abstract = self._root.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
                if abstract:
                    found = self._root.xpath(
                        f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl[@w:ilvl="{ilvl}"]/w:numFmt/@w:val'
                    )
                    fmt = found[0] if found else "decimal"
            self._formats[key] = fmt
        return self._formats[key]

    def number(self, num_id: str, ilvl: int) -> str | None:
        """The running number of this item ("3"), or None for bullets."""
        if self._format(num_id, ilvl) in ("bullet", "none"):
            return None
        counts = self._counters.setdefault(num_id, [0] * 10)
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, len(counts)):
            counts[deeper] = 0
        return str(counts[ilvl])


def _num_pr(paragraph):
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return ppr.numPr
    style = paragraph.style
    for _ in range(4):  # numbering defined on the style or a style it is based on
        if style is None:
            return None
        spp = style.element.pPr
        if spp is not None and spp.numPr is not None:
            return spp.numPr
        style = style.base_style
    return None


def _paragraph_item(paragraph, numbering: _Numbering) -> tuple[Item | None, bool]:
    text = _paragraph_text(paragraph)
    if not text.strip():
        return None, False
    style = ((paragraph.style.name if paragraph.style is not None else "") or "").strip()
    m = _HEADING_STYLE.match(style)
    if m:
        return Item("heading", text.strip(), level=int(m.group(1))), False
    if style.casefold() in _TITLE_STYLES:
        return Item("heading", text.strip(), level=1), True
    num_pr = _num_pr(paragraph)
    list_style = _LIST_STYLE.match(style)
    if num_pr is not None or list_style:
        ilvl = 0
        if num_pr is not None and num_pr.ilvl is not None and num_pr.ilvl.val is not None:
            ilvl = int(num_pr.ilvl.val)
        elif list_style and list_style.group(1):
            ilvl = int(list_style.group(1)) - 1
        num_id = str(num_pr.numId.val) if num_pr is not None and num_pr.numId is not None else ""
        if num_pr is not None and num_id == "0":
            return Item("para", text.strip()), False  # numbering switched off on this paragraph
        number = numbering.number(num_id, ilvl) if num_id else None
        marker, _indent, rest = split_list_marker(text.strip())
        if marker is not None and rest.strip():
            number = number or (marker if marker != "bullet" else None)
            text = rest
        return Item("list", text.strip(), level=ilvl + 1, number=number), False
    marker, indent, rest = split_list_marker(text)
    if marker is not None and rest.strip():
        return Item(
            "list", rest.strip(), level=1 + (indent + 1) // 2, number=None if marker == "bullet" else marker
        ), False
    if _all_bold(paragraph):  # a bold line in Normal style often acts as a heading
        return Item("para", f"**{text.strip()}**"), False
    return Item("para", text.strip()), False


def _all_bold(paragraph) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _table_items(table, table_id: int) -> list[Item]:
    items = []
    rows = list(table.rows)
    for index, row in enumerate(rows):
        cells: list[str] = []
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(c.strip() for c in cells):
            header = index == 0 and len(rows) > 1 and _header_row(table, row, cells)
            items.append(Item("row", cells=cells, table=table_id, header=header))
    return items


def _header_row(table, row, cells: list[str]) -> bool:
    """Word marks a header row (repeat as header), makes it bold, or formats the first row by table style."""
    trpr = row._tr.trPr
    if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
        return True
    texts = [clean_text(c) for c in cells]
    if not all(len(t) <= 40 and len(t.split()) <= 5 and not t.endswith((".", ":")) for t in texts):
        return False
    runs = [r for c in row.cells for p in c.paragraphs for r in p.runs if r.text.strip()]
    if runs and all(r.bold for r in runs):
        return True
    look = table._tbl.tblPr.find(qn("w:tblLook")) if table._tbl.tblPr is not None else None
    return look is not None and look.get(qn("w:firstRow")) in ("1", "true", "on")
