"""Parsing loose text into items: headings, paragraphs, list items, table rows, HTML remnants split apart.

An :class:`Item` is the scratch record readers produce before :mod:`themes.ingest.structure` infers headings,
agenda items and table actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from themes.ingest.clean import split_list_marker

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BLOCK_TAGS = re.compile(r"(</?(?:p|ul|ol|li|div|br)\b[^>]*>)", re.I)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z]+)")
_MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
#: A bullet and a tab before one cell of text ("*\tIssue tokens bespreken", "-\tToevoegen dat …"): a list item as
#: Word and editors export it, not a table row, however the line is indented.
_TAB_BULLET = re.compile(r"^[ \t]*[-*•▪]\t+[^\t]*\S[^\t]*$")
_EMPHASISED_LINE = re.compile(r"^\s*(\*{1,2}|_{1,2})[^*_]+[^.:;?!*_]\1\s*$")
#: The end of a line without end punctuation: a word, a number or a closing quote, before an optional Markdown hard
#: break ("\\", "<br>"). Not a closing bracket: attendance lists put "Name (Organisation)" on each line, and
#: redaction reads such a run of names as one list.
#: A typed line opening with emphasis before a capital ("**Rationale … uitleggen", "__Plaatje … toevoegen"): in a
#: Markdown or text file the writer starts a new point there, even after a colon or a closing bracket.
_EMPHASIS_OPENING = re.compile(r"^(?:\*{1,3}|_{1,3})(?=[A-Z\u00c0-\u00de])")
_OPEN_LINE_END = re.compile(r"(?<=[\w'\"\u2019\u201d])(?P<brk>\s*(?:\\|<br\s*/?>)?\s*)$", re.I)


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


def parse_text_lines(text: str, *, line_breaks: bool = False) -> list[Item]:
    """Parse plain text or markdown into items (no inference yet).

    Blank lines end paragraphs; ``#`` lines are headings; bullet or number markers start list items (depth from
    indentation); lines with tabs and markdown ``| a | b |`` lines are table rows; other lines continue the open paragraph or list item.

    With ``line_breaks`` (Markdown and text files, whose lines are typed, not wrapped by a layout) a line that
    continues a paragraph with a capital after a line without end punctuation starts a sentence of its own: minutes
    written without blank lines put an attendee, a remark or a to-do on each line ("… welk detailniveau" / "[X]
    stelt voor …"). A PDF's text layer wraps sentences over lines, so its reader leaves this off.
    """
    items: list[Item] = []
    open_item: Item | None = None
    table_id = -1
    in_table = False
    indents: list[int] = []  # indentation of the open list levels
    for raw_line in text.splitlines():
        line = raw_line.rstrip()
        if not line.strip():
            open_item = None
            continue
        stripped = line.strip(" \t")
        if stripped.startswith("|") and stripped.count("|") >= 2:  # markdown table
            if _MD_TABLE_RULE.match(stripped):
                if items and items[-1].kind == "row":
                    items[-1].header = True
                continue
            if not in_table:
                table_id += 1
                in_table = True
            items.append(Item("row", cells=[c.strip() for c in stripped.strip("|").split("|")], table=table_id))
            open_item = None
            continue
        if "\t" in line and ("\t" in stripped or in_table or line.startswith("\t")) and not _TAB_BULLET.match(line):
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
            while indents and indents[-1] > indent:
                indents.pop()
            if not indents or indents[-1] < indent:
                indents.append(indent)
            level = len(indents)
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
        if open_item is None or open_item.kind != "list":
            indents = []
        if line_breaks and open_item is not None and open_item.kind == "para" and _EMPHASIS_OPENING.match(stripped):
            open_item = None  # "… hebben we nodig:" / "**Rationale … uitleggen (…)" / "**Plaatje … toevoegen": points
        if open_item is not None:
            last = open_item.text.rsplit("\n", 1)[-1]
            glue = ".\n" if _EMPHASISED_LINE.match(last) and stripped[:1].isupper() else "\n"
            end = _OPEN_LINE_END.search(last) if line_breaks and glue == "\n" and stripped[:1].isupper() else None
            if end is not None:  # "… welk detailniveau" + "[X] stelt voor …": two sentences
                open_item.text = open_item.text[: len(open_item.text) - len(end.group("brk"))] + "."
            open_item.text = f"{open_item.text}{glue}{stripped}"
        else:
            open_item = Item("para", stripped)
            items.append(open_item)
    return items
