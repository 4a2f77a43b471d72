"""Meetings: minutes and agendas grouped by date, in time order, each with its units.

Minutes and the agenda of the same date are one meeting; the agenda comes first, so what the minutes record
overrides what the agenda announced. Documents without a date are a meeting of their own and keep their place in
ingestion order (they sort right after the dated document ingested before them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from themes.types import Document, Segment

MEETING_TYPES: tuple[str, ...] = ("notulen", "agenda")
_TYPE_ORDER = {"agenda": 0, "notulen": 1}


@dataclass(frozen=True, slots=True)
class Meeting:
    """One meeting: its date (None when unknown), its place in time and its documents with their units.

    Attributes:
        key: the date, or ``doc:<doc_id>`` for an undated document.
        order: 0-based position in time.
        date: ISO date or None.
        documents: agenda(s) first, then minutes.
        units: per document (same order), its units in document order.
    """

    key: str
    order: int
    date: str | None
    documents: tuple[Document, ...]
    units: tuple[tuple[Segment, ...], ...]

    def __post_init__(self) -> None:
        if len(self.documents) != len(self.units):
            raise ValueError("one tuple of units per document")
        if not self.documents:
            raise ValueError(f"meeting {self.key} has no documents")


def group_meetings(
    documents: Sequence[Document], segments: Sequence[Segment], types: Sequence[str] = MEETING_TYPES
) -> list[Meeting]:
    """Group the minutes and agendas among ``documents`` (ingestion order) into meetings in time order.

    Args:
        documents: all documents, in the order they were ingested.
        segments: all units (any order); trivial units are left out.
        types: the document types that record meetings.

    Returns:
        Meetings sorted by date; undated documents right after the dated one ingested before them.
    """
    by_doc: dict[str, list[Segment]] = {d.doc_id: [] for d in documents if d.doc_type in types}
    for segment in segments:
        units = by_doc.get(segment.doc_id)
        if units is not None and (not segment.trivial or segment.kind in ("table_header", "heading")):
            units.append(segment)
    for units in by_doc.values():
        units.sort(key=lambda s: s.position)

    keyed: list[tuple[tuple[str, int, int], str, Document]] = []
    last_date = ""
    for seq, document in enumerate(documents):
        if document.doc_type not in types:
            continue
        if document.date:
            last_date = document.date
            key = document.date
            sort_key = (document.date, 0, seq)
        else:
            key = f"doc:{document.doc_id}"
            sort_key = (last_date, 1, seq)
        keyed.append((sort_key, key, document))

    groups: dict[str, list[tuple[tuple[str, int, int], Document]]] = {}
    for sort_key, key, document in keyed:
        groups.setdefault(key, []).append((sort_key, document))
    ordered = sorted(groups.items(), key=lambda item: min(k for k, _ in item[1]))
    meetings = []
    for order, (key, members) in enumerate(ordered):
        docs = [d for _, d in sorted(members, key=lambda m: (_TYPE_ORDER.get(m[1].doc_type, 2), m[0]))]
        meetings.append(
            Meeting(
                key=key,
                order=order,
                date=None if key.startswith("doc:") else key,
                documents=tuple(docs),
                units=tuple(tuple(by_doc.get(d.doc_id, ())) for d in docs),
            )
        )
    return meetings
