"""The year of a document that names only a day and month, from its neighbours in the series.

Minutes of one series usually sit in one folder. When "verslag 13 maart.md" names no year anywhere, the dated
documents beside it say which year fits: the year that puts 13 March nearest to one of them. The date is then
marked as guessed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from themes.text.dates import DayMonth


@dataclass(frozen=True, slots=True)
class Dated:
    """A document of a series as far as its date goes: where it is, its date and, without one, its day and month."""

    path: str
    date: str | None = None
    day_month: str | None = None  # "--MM-DD"


def _day_month(text: str) -> DayMonth:
    month, day = text.removeprefix("--").split("-")
    return DayMonth(int(day), int(month))


def year_from_series(day_month: DayMonth, neighbours: Sequence[dt.date]) -> int | None:
    """The year that puts the day nearest to a dated neighbour (ties: the later year); None without neighbours."""
    best: tuple[int, int] | None = None  # (distance, -year)
    for year in sorted({d.year + step for d in neighbours for step in (-1, 0, 1)}):
        day = day_month.in_year(year)
        if day is None:
            continue
        distance = min(abs((day - d).days) for d in neighbours)
        if best is None or (distance, -year) < best:
            best = (distance, -year)
    return None if best is None else -best[1]


def date_series(documents: Sequence[Dated]) -> dict[int, str]:
    """Dates for the documents that name only a day and month, from the dated documents in the same folder.

    Args:
        documents: the documents of one call, and any stored before (their dates count as neighbours).

    Returns:
        index into ``documents`` -> ISO date, for each document whose year the series gives.
    """
    dated: dict[Path, list[dt.date]] = defaultdict(list)
    for doc in documents:
        if doc.date:
            dated[Path(doc.path).parent].append(dt.date.fromisoformat(doc.date))
    found: dict[int, str] = {}
    for i, doc in enumerate(documents):
        if doc.date or not doc.day_month:
            continue
        day_month = _day_month(doc.day_month)
        year = year_from_series(day_month, dated.get(Path(doc.path).parent, []))
        if year is not None:
            found[i] = day_month.in_year(year).isoformat()  # type: ignore[union-attr]
    return found
