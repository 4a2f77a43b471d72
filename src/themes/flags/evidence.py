"""Evidence for a flag: quotes from different meetings, document references and Dutch dates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from themes.flags.meetings import Meeting
from themes.state import document_name
from themes.text import fmt
from themes.text.fmt import shorten
from themes.types import Document, Quote, Segment, stable_hash

T = TypeVar("T")
MAX_QUOTES = 3


def dutch_date(iso: str | None) -> str:
    """``2024-03-11`` -> ``11 maart 2024``; None -> ``(zonder datum)`` (``themes.text.fmt.dutch_date``)."""
    return fmt.dutch_date(iso, missing="(zonder datum)")


def quote(segment: Segment, document: Document, meeting: Meeting) -> Quote:
    """A unit quoted with its document, the meeting date, round and document type."""
    return Quote(
        segment_id=segment.segment_id,
        text=shorten(segment.text, 300),
        document=document_name(document),
        date=meeting.date or document.date,
        round=segment.round or document.round,
        doc_type=document.doc_type,
    )


def spread(items: Sequence[T], n: int = MAX_QUOTES) -> list[T]:
    """Up to ``n`` items spread over the sequence: always the first and the last, then evenly between."""
    if len(items) <= n:
        return list(items)
    if n == 1:
        return [items[-1]]
    picks = sorted({round(i * (len(items) - 1) / (n - 1)) for i in range(n)})
    return [items[i] for i in picks]


def document_names(documents: Sequence[Document]) -> tuple[str, ...]:
    """Distinct document names in order."""
    return tuple(dict.fromkeys(document_name(d) for d in documents))


def flag_id(kind: str, key: str) -> str:
    """A stable flag id from the kind and a normalised key."""
    return "S" + stable_hash(f"{kind}|{key}", 8)
