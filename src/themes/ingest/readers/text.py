"""Plain text and markdown (``.txt``, ``.md``), including Word/PowerPoint exports with HTML remnants."""

from __future__ import annotations

from pathlib import Path

from themes.ingest.structure import items_to_blocks, parse_text_lines
from themes.ingest.textcodec import decode_file_bytes
from themes.types import Block


def read_text(path: Path, data: bytes) -> tuple[list[Block], str | None]:
    """Blocks and title of a text file whose bytes are ``data``."""
    text, _encoding = decode_file_bytes(path, data)
    return text_to_blocks(text, agenda_hint="agenda" in path.stem.casefold(), line_breaks=True)


def text_to_blocks(text: str, *, agenda_hint: bool = False, line_breaks: bool = False) -> tuple[list[Block], str | None]:
    """Blocks and title of a text (shared with the PDF and HTML readers; ``line_breaks``: see ``parse_text_lines``)."""
    return items_to_blocks(parse_text_lines(text, line_breaks=line_breaks), agenda_hint=agenda_hint)
