"""Blocks into segments: cleaned units with their heading path, actor, list level and round/date/unit."""

from __future__ import annotations

from themes.config import IngestConfig
from themes.ingest.actors import extract_actor
from themes.ingest.answers import survey_segments
from themes.ingest.clean import clean_text, is_only_placeholders
from themes.text.sentences import split_long_text
from themes.text.tokens import word_runs
from themes.types import Block, Document, RawDocument, Segment

HEADING_SEPARATOR = " > "


def _heading_text(text: str) -> str:
    return clean_text(text).rstrip(":").strip()


def _words(text: str) -> set[str]:
    return set(word_runs(text))


def _same_title(text: str, titles: list[set[str]]) -> bool:
    """The heading says what a title says: most words shared.

    Example: "Verslag groeipanel ronde 1" and "Verslag Groeipanel Inclusie & Diversiteit – ronde 1".
    """
    words = _words(text)
    return any(words == t or (len(words & t) >= 2 and len(words & t) >= 0.6 * min(len(words), len(t))) for t in titles)


def _is_document_heading(raw: RawDocument, first: Block) -> bool:
    """True when ``first`` (the first heading, before any content) is the only heading at its level or above."""
    return all(b is first or b.level > first.level for b in raw.blocks if b.kind == "heading")


def segment_document(raw: RawDocument, document: Document, config: IngestConfig) -> list[Segment]:
    """Cleaned (not yet redacted) segments with stable ids ``f"{doc_id}-{position:05d}"``.

    Headings are context (the ``heading`` path, joined with " > "), not units, except when a document holds
    nothing but headings. The document's own title heading (equal to the title, or the first heading when no
    other heading is at its level or above) is left out of the path. Paragraphs longer than
    ``config.max_segment_chars`` are split into groups of whole sentences. Survey answers become one segment per
    answer (see :func:`themes.ingest.answers.survey_segments`).
    """
    if any(b.kind == "answer" for b in raw.blocks):
        return survey_segments(raw.blocks, document, config)
    title = _heading_text(raw.title) if raw.title else None
    titles = [_words(t) for t in (title, document.title) if t]
    stack: list[tuple[int, str]] = []
    segments: list[Segment] = []
    headings: list[tuple[str, int]] = []
    title_skipped = False
    bare: tuple[int, str, str] | None = None  # the last heading while no text followed it: (level, text, path)

    def add(text: str, kind: str, level: int, actor: str | None, path: str, *, context: bool = False) -> None:
        position = len(segments)
        segments.append(
            Segment(
                segment_id=f"{document.doc_id}-{position:05d}",
                doc_id=document.doc_id,
                position=position,
                text=text,
                heading=path,
                actor=actor,
                kind=kind,
                list_level=level if kind == "list_item" else 0,
                round=document.round,
                date=document.date,
                unit=document.unit,
                # a table's column names, a heading without text of its own: context for the record parser only
                trivial=context or kind == "table_header",
            )
        )

    for block in raw.blocks:
        if block.kind == "heading":
            text = _heading_text(block.text)
            if not text or is_only_placeholders(text):
                continue
            if not title_skipped and not segments and (_same_title(text, titles) or _is_document_heading(raw, block)):
                title_skipped = True
                headings.append((text, 0))
                continue
            level = max(block.level, 1)
            if bare is not None and level <= bare[0]:
                add(bare[1], "heading", 0, None, bare[2], context=True)  # the previous heading had no text
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
            headings.append((text, level))
            bare = (level, text, HEADING_SEPARATOR.join(h for _lvl, h in stack))
            continue
        bare = None
        text = clean_text(block.text)
        if len(text) < config.min_segment_chars or is_only_placeholders(text):
            continue
        actor = clean_text(block.actor) if block.actor else None
        actor = actor or extract_actor(text)
        path = HEADING_SEPARATOR.join(h for _lvl, h in stack)
        for piece in split_long_text(text, config.max_segment_chars):
            add(piece, block.kind, block.level, actor, path)
    if bare is not None and segments:
        add(bare[1], "heading", 0, None, bare[2], context=True)
    if all(s.trivial and s.kind == "heading" for s in segments):
        segments.clear()  # a document of headings only: its headings are its units
        if title and not headings:
            headings = [(title, 1)]
        for text, _level in headings:
            if len(text) >= config.min_segment_chars:
                add(text, "heading", 0, None, "")
    return segments
