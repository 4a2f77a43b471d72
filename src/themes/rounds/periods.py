"""Which round a unit belongs to, the natural order of round names, and safe column names.

A unit's round is its own explicit round (a survey row), else its document's (a panel round, a survey year),
else a period derived from its date (minutes): ``"2024"`` (jaar), ``"2024-H1"`` (halfjaar), ``"2024-K3"``
(kwartaal) or ``"2024-03"`` (maand).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from themes.types import Document, Segment

PERIODS: tuple[str, ...] = ("jaar", "halfjaar", "kwartaal", "maand")
_DATE = re.compile(r"^(\d{4})-(\d{2})-\d{2}$")
_PIECES = re.compile(r"(\d+)")
_UNSAFE = re.compile(r"[^0-9A-Za-z]+")


def period_label(date: str | None, period: str = "halfjaar") -> str | None:
    """The period an ISO date falls in, or None without a date.

    Args:
        date: ``YYYY-MM-DD`` or None.
        period: one of ``PERIODS``.

    Returns:
        ``"2024"``, ``"2024-H1"``, ``"2024-K3"`` or ``"2024-03"``; None when ``date`` is None or malformed.

    Raises:
        ValueError: ``period`` is not one of ``PERIODS``.
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; choose from {', '.join(PERIODS)}")
    match = _DATE.match(date or "")
    if not match:
        return None
    year, month = match.group(1), int(match.group(2))
    if not 1 <= month <= 12:
        return None
    if period == "jaar":
        return year
    if period == "halfjaar":
        return f"{year}-H{1 if month <= 6 else 2}"
    if period == "kwartaal":
        return f"{year}-K{(month - 1) // 3 + 1}"
    return f"{year}-{month:02d}"


def explicit_round(segment: Segment, document: Document | None) -> str | None:
    """The segment's own round, else its document's; None when neither names one."""
    for value in (segment.round, document.round if document is not None else None):
        if value is not None and value.strip():
            return value.strip()
    return None


def segment_round(segment: Segment, document: Document | None, period: str = "halfjaar") -> str | None:
    """The round of one unit: explicit round first, else the period of its date (own date, else the document's).

    Args:
        segment: the unit.
        document: its document (None when unknown).
        period: how dates are grouped when there is no explicit round.

    Returns:
        The round name, or None when the unit has neither a round nor a date.
    """
    explicit = explicit_round(segment, document)
    if explicit is not None:
        return explicit
    date = segment.date or (document.date if document is not None else None)
    return period_label(date, period)


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders numbers by value: "ronde 2" < "ronde 10", "2024-H1" < "2024-H2" < "2025"."""
    pieces = _PIECES.split(name.strip().casefold())
    key: list[tuple[int, int | str]] = []
    for piece in pieces:
        if not piece:
            continue
        key.append((0, int(piece)) if piece.isdigit() else (1, piece.strip()))
    return tuple(key)


def sort_rounds(names: Iterable[str]) -> list[str]:
    """Distinct round names in natural order (ties broken by the plain string, so the order is total)."""
    return sorted(set(names), key=lambda n: (natural_key(n), n))


def normalise_round(name: str) -> str:
    """Form used to match a requested round name with a stored one (case and spacing ignored)."""
    return " ".join(name.split()).casefold()


def safe_name(name: str) -> str:
    """A round name usable inside a CSV column name: "ronde 1" -> "ronde_1", "2024-H1" -> "2024_H1"."""
    return _UNSAFE.sub("_", name).strip("_") or "ronde"


def safe_names(names: Iterable[str]) -> list[str]:
    """``safe_name`` for each name, with a numeric suffix where two names would collide."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        base = safe_name(name)
        candidate, n = base, 2
        while candidate in seen:
            candidate, n = f"{base}_{n}", n + 1
        seen.add(candidate)
        out.append(candidate)
    return out
