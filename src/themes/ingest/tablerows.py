"""Tables: which row is the header, which column names the speaker, and one block per row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from themes.ingest.clean import clean_text, has_html
from themes.ingest.rawitems import Item, html_fragments
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


@dataclass(slots=True)
class TableLayout:
    """Where a table's header row is (an item index, -1 for none) and which column names the speaker (-1: none)."""

    header_row: int = -1  # index into items of the header row, or -1
    actor_col: int = -1
    named_cols: frozenset[int] = frozenset()  # columns whose header cell has a name (letters, not "+/-")


def table_layouts(items: Sequence[Item]) -> dict[int, TableLayout]:
    """The layout of every table among ``items``, by table id."""
    rows_by_table: dict[int, list[int]] = {}
    for i, it in enumerate(items):
        if it.kind == "row":
            rows_by_table.setdefault(it.table, []).append(i)
    return {t: _layout([items[i] for i in idx], idx) for t, idx in rows_by_table.items()}


def _cell_words(cell: str) -> tuple[str, int]:
    text = clean_text(cell)
    return text, len(text.split())


def _layout(rows: Sequence[Item], indices: Sequence[int]) -> TableLayout:
    layout = TableLayout()
    first = rows[0]
    header_cells = [_cell_words(c) for c in first.cells]
    short = all(n <= 4 and len(t) <= 40 and not t.endswith((".", ":")) for t, n in header_cells)
    named = any(t.rstrip(":").strip().casefold() in ACTOR_HEADERS for t, _n in header_cells)
    body_long = any(len(clean_text(c)) > 40 for r in rows[1:] for c in r.cells)
    # an implicit header: short labels above longer text, or a speaker-column name ("Spreker", "Wie")
    looks_like_header = first.header or (len(rows) > 1 and short and (named or body_long))
    body = rows[1:] if looks_like_header else rows
    if looks_like_header:
        layout.header_row = indices[0]
        layout.named_cols = frozenset(col for col, (text, _n) in enumerate(header_cells) if any(c.isalpha() for c in text))
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


def header_blocks(item: Item) -> list[Block]:
    """The header row as one ``table_header`` block (every cell, the speaker column too).

    The meeting-record parser reads the columns by their names; the block is context, never an analysed unit.
    """
    cells = [clean_text(c) for c in item.cells]
    if not any(cells):
        return []
    return [Block(" | ".join(cells), "table_header")]


def row_blocks(item: Item, layout: TableLayout) -> list[Block]:
    """One ``table_row`` block for a row (cells joined with " | "), plus list items found in its HTML cells.

    Below a header row, empty cells under a named column are kept (as empty text between the bars) so the columns
    line up with it; trailing empty cells and those under an unnamed column are dropped.
    """
    actor = item.actor
    texts: list[str] = []
    lists: list[Block] = []
    for col, cell in enumerate(item.cells):
        if col == layout.actor_col:
            label = clean_text(cell)
            actor = label or actor
            continue
        if not cell.strip():
            if col in layout.named_cols:  # keeps its place ("" between the bars), so columns line up
                texts.append("")
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
    while texts and not texts[-1]:
        texts.pop()
    if any(texts):
        if len(texts) == 2 and texts[0].rstrip().endswith(":"):  # "Datum:<tab>11 maart 2024" is a label and value
            blocks.append(Block(f"{texts[0]} {texts[1]}", "table_row", actor=actor))
        else:
            blocks.append(Block(" | ".join(texts), "table_row", actor=actor))
    blocks.extend(Block(b.text, b.kind, b.level, actor=actor) for b in lists)
    return blocks
