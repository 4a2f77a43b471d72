"""From loose lines to structured blocks: headings, agenda items, lists, tables.

Text exports (``.txt``/``.md``, PDF text layers, Word paragraphs without styles) carry their structure in the
text itself: ``#`` headings, bullet glyphs, ``3.`` numbering, tab-separated table rows, HTML remnants, short
lines that act as headings. Readers turn their input into a list of :class:`Item` and call
:func:`items_to_blocks`, which infers what the text does not say explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from themes.ingest.clean import clean_text, has_html, is_only_placeholders
from themes.ingest.rawitems import Item, html_fragments, parse_text_lines
from themes.ingest.tablerows import ACTOR_HEADERS, header_blocks, row_blocks, table_layouts
from themes.types import Block

__all__ = ["ACTOR_HEADERS", "Item", "html_fragments", "items_to_blocks", "merge_continuations", "parse_text_lines"]

_TERMINAL = (".", ",", ";", "?", "!")
_AGENDA_WORDS = ("agenda",)
_MAX_HEADING_CHARS = 80
_MAX_HEADING_WORDS = 10


def _short_line(cleaned: str) -> bool:
    if not cleaned or len(cleaned) > _MAX_HEADING_CHARS or is_only_placeholders(cleaned):
        return False
    if len(cleaned.split()) > _MAX_HEADING_WORDS or cleaned.endswith(_TERMINAL):
        return False
    first = cleaned[0]
    return first.isupper() or first.isdigit() or first in "'\"‘“"


#: A short line that reports something done in the passive ("Lijst deelnemers is geactualiseerd", "Voorstel is
#: aangenomen") or records an agreement ("Afgesproken is dat …"): a sentence without its full stop, not a heading.
_DONE_STATEMENT = re.compile(
    r"\s(?:is|zijn|wordt|worden)\s+(?:\S+\s+){0,1}?(?:\w*ge\w{3,}(?:d|t|en)|\w+eerd)(?:\s*\([^()]*\))?$"
    # "Afgesproken is dat dit zal worden nagegaan ([X])": what the minutes record, opening as a sentence does
    r"|^(?:afgesproken|besloten|besproken|geconstateerd|vastgesteld)\s+(?:is|wordt)\s+(?:dat|om)\b",
    re.IGNORECASE,
)


def _heading_candidate(item: Item, cleaned: str) -> bool:
    """A paragraph that may be a heading: short, no sentence end, no label colon inside."""
    if item.kind != "para":
        return False
    raw = item.text.strip()
    bold_line = raw.startswith(("**", "__")) and raw.rstrip(":").endswith(("**", "__"))
    text = cleaned.rstrip(":").strip()
    if not _short_line(text):
        return False
    if not bold_line and _DONE_STATEMENT.search(text):
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
    live_set = set(live)
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
    tables = table_layouts(items)
    first_live = live[0] if live else -1
    next_live = dict(zip(live, live[1:], strict=False))
    sections = _numbered_sections(items, cleaned, live, next_live)
    for i, it in enumerate(items):
        text = cleaned[i]
        if i not in live_set and it.kind != "row":
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
        if it.kind == "list" and (i in sections or (state.agenda and _agenda_item(it, text, state))):
            level = (state.agenda_level or state.title_level) + 1
            state.agenda_item_level = level
            state.next_agenda_number = int(it.number) + 1
            blocks.append(Block(f"{it.number}. {it.text}", "heading", level))
            continue
        if it.kind == "row":
            if i != tables[it.table].header_row:
                blocks.extend(row_blocks(it, tables[it.table]))
            else:
                blocks.extend(header_blocks(it))
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
                # a block opening in bold ("**extensie scopes & claims**") is a title typed in lower case
                bold = block.text.lstrip().startswith(("**", "__"))
                if (head.islower() or head == "(") and tail and tail not in ".!?:;" and not bold:
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


def _opens_section(items: Sequence[Item], following: int | None) -> bool:
    """A numbered item followed by text (not by a sibling item) opens a section, as agenda items do in minutes."""
    if following is None:
        return False
    nxt = items[following]
    return nxt.kind in ("para", "row") or (nxt.kind == "list" and (nxt.level > 1 or nxt.number is None))


def _short_item(item: Item, text: str) -> bool:
    if item.number is None or item.level != 1 or "\n" in item.text.strip():
        return False
    return len(text) <= 100 and len(text.split()) <= 14 and not text.endswith((".", ";", ","))


def _numbered_sections(
    items: Sequence[Item], cleaned: Sequence[str | None], live: Sequence[int], next_live: dict[int, int]
) -> set[int]:
    """Numbered short items 1, 2, 3… each followed by text: the agenda items of minutes (at least two)."""
    chain: list[int] = []
    expected: int | None = None  # a continued document (part 2) may start at 4
    for i in live:
        it = items[i]
        if it.kind == "list" and _short_item(it, cleaned[i] or "") and _opens_section(items, next_live.get(i)):
            if expected is None or int(it.number) == expected:
                chain.append(i)
                expected = int(it.number) + 1
    return set(chain) if len(chain) >= 2 else set()


def _agenda_item(item: Item, text: str, state: _Inference) -> bool:
    if not _short_item(item, text) or int(item.number) != state.next_agenda_number:
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
