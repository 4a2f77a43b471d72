"""From loose lines to structured blocks: headings, agenda items, lists, tables.

Text exports (``.txt``/``.md``, PDF text layers, Word paragraphs without styles) carry their structure in the
text itself: ``#`` headings, bullet glyphs, ``3.`` numbering, tab-separated table rows, HTML remnants, short
lines that act as headings. Readers turn their input into a list of :class:`Item` and call
:func:`items_to_blocks`, which infers what the text does not say explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from themes.ingest.clean import clean_text, has_html, is_only_placeholders, split_list_marker
from themes.types import Block

ACTOR_HEADERS = frozenset(
    {
        "spreker",
        "sprekers",
        "wie",
        "naam",
        "actiehouder",
        "actiehouders",
        "door",
        "eigenaar",
        "trekker",
        "verantwoordelijke",
        "deelnemer",
        "inbreng van",
        "van",
        "speaker",
        "owner",
        "who",
        "name",
        "reactie van",
    }
)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BLOCK_TAGS = re.compile(r"(</?(?:p|ul|ol|li|div|br)\b[^>]*>)", re.I)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z]+)")
_TERMINAL = (".", ",", ";", "?", "!")
_EMPHASISED_LINE = re.compile(r"^\s*(\*{1,2}|_{1,2})[^*_]+[^.:;?!*_]\1\s*$")
_AGENDA_WORDS = ("agenda",)
_MAX_HEADING_CHARS = 80
_MAX_HEADING_WORDS = 10


@dataclass(slots=True)
class Item:
    """A structural unit before inference (mutable scratch record inside one reader call).

    Attributes:
        kind: ``heading`` (explicit), ``para``, ``list`` or ``row``.
        text: raw text (for rows: unused; see ``cells``).
        level: explicit heading level, or list depth (1 = top).
        number: the list number for numbered items ("3"), else None.
        cells: table cells of a row, in column order.
        table: an id shared by the rows of one table.
        header: for rows of tables with a known header row (Word, HTML): True on that row.
        actor: an actor the source structure gives (Word/HTML speaker column), else None.
    """

    kind: str
    text: str = ""
    level: int = 0
    number: str | None = None
    cells: list[str] = field(default_factory=list)
    table: int = -1
    header: bool = False
    actor: str | None = None


def html_fragments(text: str) -> list[tuple[str, int, str]]:
    """Split text holding HTML remnants into ``(kind, level, text)`` pieces.

    ``<li>`` content becomes ``("list_item", depth, text)`` (depth = number of open ``<ul>``/``<ol>``, at least
    1); everything else becomes ``("paragraph", 0, text)``. Inline tags stay for :func:`clean_text`.
    """
    pieces: list[tuple[str, int, str]] = []
    depth = 0
    in_li = 0
    buf: list[str] = []

    def flush() -> None:
        chunk = "".join(buf).strip()
        buf.clear()
        if not chunk:
            return
        if in_li:
            marker, _indent, rest = split_list_marker(chunk)
            pieces.append(("list_item", max(depth, 1), rest if marker else chunk))
        else:
            pieces.append(("paragraph", 0, chunk))

    for part in _BLOCK_TAGS.split(text):
        if not part:
            continue
        if part.startswith("<") and _BLOCK_TAGS.fullmatch(part):
            name = _TAG_NAME.match(part).group(1).lower()
            closing = part.startswith("</")
            flush()
            if name in ("ul", "ol"):
                depth = max(depth - 1, 0) if closing else depth + 1
            elif name == "li":
                in_li = max(in_li - 1, 0) if closing else in_li + 1
            continue
        buf.append(part)
    flush()
    return pieces


def parse_text_lines(text: str) -> list[Item]:
    """Parse plain text or markdown into items (no inference yet).

    Blank lines end paragraphs; ``#`` lines are headings; bullet or number markers start list items (depth from
    indentation); lines with tabs are table rows; other lines continue the open paragraph or list item.
    """
    items: list[Item] = []
    open_item: Item | None = None
    table_id = -1
    in_table = False
    for raw_line in text.splitlines():
        line = raw_line.rstrip()
        if not line.strip():
            open_item = None
            continue
        stripped = line.strip(" \t")
        if "\t" in line and ("\t" in stripped or in_table or line.startswith("\t")):
            if not in_table:
                table_id += 1
                in_table = True
            items.append(Item("row", cells=line.split("\t"), table=table_id))
            open_item = None
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            in_table = False
            items.append(Item("heading", heading.group(2), level=len(heading.group(1))))
            open_item = None
            continue
        marker, indent, rest = split_list_marker(line)
        if marker is not None:
            in_table = False
            level = 1 + (indent + 1) // 2
            inner, _inner_indent, inner_rest = split_list_marker(rest)
            if inner is not None and inner_rest.strip():  # "- o sub item", "- 1. numbered inside a bullet"
                level += 1 if inner == "bullet" else 0
                marker = marker if inner == "bullet" else inner
                rest = inner_rest
            if not rest.strip():
                open_item = None
                continue
            open_item = Item("list", rest.strip(), level=min(level, 6), number=None if marker == "bullet" else marker)
            items.append(open_item)
            continue
        in_table = False
        if open_item is not None:
            last = open_item.text.rsplit("\n", 1)[-1]
            glue = ".\n" if _EMPHASISED_LINE.match(last) and stripped[:1].isupper() else "\n"
            open_item.text = f"{open_item.text}{glue}{stripped}"
        else:
            open_item = Item("para", stripped)
            items.append(open_item)
    return items


def _short_line(cleaned: str) -> bool:
    if not cleaned or len(cleaned) > _MAX_HEADING_CHARS or is_only_placeholders(cleaned):
        return False
    if len(cleaned.split()) > _MAX_HEADING_WORDS or cleaned.endswith(_TERMINAL):
        return False
    first = cleaned[0]
    return first.isupper() or first.isdigit() or first in "'\"‘“"


def _heading_candidate(item: Item, cleaned: str) -> bool:
    """A paragraph that may be a heading: short, no sentence end, no label colon inside."""
    if item.kind != "para":
        return False
    raw = item.text.strip()
    bold_line = raw.startswith(("**", "__")) and raw.rstrip(":").endswith(("**", "__"))
    text = cleaned.rstrip(":").strip()
    if not _short_line(text):
        return False
    if cleaned.endswith(":") and not bold_line and len(text.split()) > 4:
        return False  # "Qua achtergrond sturen we mee:" introduces a list, it is no heading
    return bold_line or ":" not in text


def _is_agenda_title(text: str) -> bool:
    return text.rstrip(":").strip().casefold() in _AGENDA_WORDS


@dataclass(slots=True)
class _Inference:
    """Heading levels while walking the items of one document."""

    explicit_seen: bool
    agenda: bool
    title_level: int = 0
    last_explicit: int = 0
    agenda_level: int = 0
    agenda_item_level: int = 0
    next_agenda_number: int = 1

    def inferred_level(self) -> int:
        if self.agenda_item_level:
            return self.agenda_item_level + 1
        if self.explicit_seen and self.last_explicit:
            return max(self.last_explicit, self.title_level + 1)
        return self.title_level + 1


def items_to_blocks(items: Sequence[Item], *, agenda_hint: bool = False) -> tuple[list[Block], str | None]:
    """Infer headings, agenda items and table actors; return blocks and the document title (cleaned) or None.

    Args:
        items: what a reader parsed, in document order.
        agenda_hint: the file name or title says this is an agenda (numbered top-level items become headings
            even without an "Agenda" heading).
    """
    cleaned = [
        clean_text(it.text) if it.kind in ("para", "heading", "list") and not has_html(it.text) else None
        for it in items
    ]
    live = [
        i
        for i, it in enumerate(items)
        if it.kind == "row" or has_html(it.text) or (cleaned[i] and not is_only_placeholders(cleaned[i]))
    ]
    candidate = {i for i in live if cleaned[i] is not None and _heading_candidate(items[i], cleaned[i])}
    heading_rank: dict[int, int] = {}  # item index -> 0 (only heading of its run) or 1 (second of a pair)
    pos = 0
    while pos < len(live):
        if live[pos] not in candidate:
            pos += 1
            continue
        end = pos
        while end + 1 < len(live) and live[end + 1] in candidate:
            end += 1
        run = live[pos : end + 1]
        has_next = end + 1 < len(live)
        if len(run) == 1 and (has_next or pos == 0):
            heading_rank[run[0]] = 0
        elif len(run) == 2 and has_next:
            heading_rank[run[0]] = 0
            heading_rank[run[1]] = 0 if pos == 0 else 1  # after a title line the second is a plain heading
        pos = end + 1

    state = _Inference(explicit_seen=any(it.kind == "heading" for it in items), agenda=agenda_hint)
    blocks: list[Block] = []
    title: str | None = None
    tables = _table_layouts(items)
    first_live = live[0] if live else -1
    for i, it in enumerate(items):
        text = cleaned[i]
        if i not in live and it.kind != "row":
            continue
        if it.kind == "heading":
            level = max(it.level, 1)
            if title is None and i == first_live:
                title = text.rstrip(":").strip()
                state.title_level = level
            state.last_explicit = level
            state.agenda_item_level = 0
            if _is_agenda_title(text):
                state.agenda, state.agenda_level, state.next_agenda_number = True, level, 1
            blocks.append(Block(it.text, "heading", level))
            continue
        if i in heading_rank:
            if title is None and i == first_live:
                title = text.rstrip(":").strip()
                state.title_level = 1
                blocks.append(Block(it.text, "heading", 1))
                continue
            level = state.inferred_level() + heading_rank[i]
            if _is_agenda_title(text):
                state.agenda_item_level = 0
                level = state.inferred_level()
                state.agenda, state.agenda_level, state.next_agenda_number = True, level, 1
            blocks.append(Block(it.text, "heading", level))
            continue
        if it.kind == "list" and state.agenda and _agenda_item(it, text, state):
            level = (state.agenda_level or state.title_level) + 1
            state.agenda_item_level = level
            blocks.append(Block(f"{it.number}. {it.text}", "heading", level))
            continue
        if it.kind == "row":
            if i != tables[it.table].header_row:
                blocks.extend(_row_blocks(it, tables[it.table]))
            continue
        if has_html(it.text):
            blocks.extend(_html_blocks(it.text, it.kind, it.level, it.actor))
            continue
        if it.kind == "list":
            blocks.append(Block(it.text, "list_item", max(it.level, 1), actor=it.actor))
        else:
            blocks.append(Block(it.text, "paragraph", actor=it.actor))
    return merge_continuations(blocks), title or None


def merge_continuations(blocks: Sequence[Block]) -> list[Block]:
    """Join a block that continues the previous one (export broke a sentence over two paragraphs or rows).

    The previous block must be a paragraph, list item or table row not ending in sentence punctuation, and the
    next a paragraph or row (same actor) starting with a lower-case letter or an opening bracket.
    """
    merged: list[Block] = []
    for block in blocks:
        if merged and block.kind in ("paragraph", "table_row") and block.actor == merged[-1].actor:
            prev = merged[-1]
            if prev.kind in ("paragraph", "list_item", "table_row") and (
                prev.kind == block.kind or block.kind == "paragraph"
            ):
                head = clean_text(block.text)[:1]
                tail = clean_text(prev.text)[-1:]
                if (head.islower() or head == "(") and tail and tail not in ".!?:;":
                    merged[-1] = Block(
                        f"{prev.text} {block.text}",
                        prev.kind,
                        prev.level,
                        prev.actor,
                        prev.source_id,
                        prev.question,
                        prev.meta,
                    )
                    continue
        merged.append(block)
    return merged


def _agenda_item(item: Item, text: str, state: _Inference) -> bool:
    if item.number is None or item.level != 1 or int(item.number) != state.next_agenda_number:
        return False
    if "\n" in item.text.strip() or len(text) > 100 or len(text.split()) > 14 or text.endswith((".", ";", ",")):
        return False
    state.next_agenda_number += 1
    return True


def _html_blocks(text: str, kind: str, level: int, actor: str | None) -> list[Block]:
    blocks = []
    for frag_kind, frag_level, frag in html_fragments(text):
        if frag_kind == "list_item":
            blocks.append(Block(frag, "list_item", frag_level + (level if kind == "list" else 0), actor=actor))
        else:
            blocks.append(
                Block(frag, "list_item" if kind == "list" else "paragraph", level if kind == "list" else 0, actor=actor)
            )
    return blocks


@dataclass(slots=True)
class _TableLayout:
    header_row: int = -1  # index into items of the header row, or -1
    actor_col: int = -1


def _table_layouts(items: Sequence[Item]) -> dict[int, _TableLayout]:
    rows_by_table: dict[int, list[int]] = {}
    for i, it in enumerate(items):
        if it.kind == "row":
            rows_by_table.setdefault(it.table, []).append(i)
    return {t: _layout([items[i] for i in idx], idx) for t, idx in rows_by_table.items()}


def _cell_words(cell: str) -> tuple[str, int]:
    text = clean_text(cell)
    return text, len(text.split())


def _layout(rows: Sequence[Item], indices: Sequence[int]) -> _TableLayout:
    layout = _TableLayout()
    first = rows[0]
    header_cells = [_cell_words(c) for c in first.cells]
    looks_like_header = first.header or (
        len(rows) > 1 and all(n <= 4 and len(t) <= 40 and not t.endswith(".") for t, n in header_cells)
    )
    body = rows[1:] if looks_like_header else rows
    if looks_like_header:
        layout.header_row = indices[0]
        for col, (text, _n) in enumerate(header_cells):
            if text.rstrip(":").strip().casefold() in ACTOR_HEADERS:
                layout.actor_col = col
                return layout
    # an unnamed first column of short labels beside long text acts as a speaker column
    if len(body) >= 2 and (not looks_like_header or not header_cells[0][0]):
        firsts = [_cell_words(r.cells[0])[0] for r in body if r.cells and r.cells[0].strip()]
        others_long = any(len(clean_text(c)) > 60 for r in body for c in r.cells[1:])
        if firsts and others_long and all(len(t) <= 60 and len(t.split()) <= 6 for t in firsts):
            layout.actor_col = 0
    return layout


def _row_blocks(item: Item, layout: _TableLayout) -> list[Block]:
    actor = item.actor
    texts: list[str] = []
    lists: list[Block] = []
    for col, cell in enumerate(item.cells):
        if col == layout.actor_col:
            label = clean_text(cell)
            actor = label or actor
            continue
        if not cell.strip():
            continue
        if has_html(cell):
            for kind, level, frag in html_fragments(cell):
                if kind == "list_item":
                    lists.append(Block(frag, "list_item", level))
                else:
                    texts.append(frag)
        else:
            texts.append(cell.strip())
    blocks = []
    if texts:
        blocks.append(Block(" | ".join(texts), "table_row", actor=actor))
    blocks.extend(Block(b.text, b.kind, b.level, actor=actor) for b in lists)
    return blocks
