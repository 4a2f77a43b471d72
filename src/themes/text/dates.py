"""Dutch dates: month and weekday names, full dates in the usual notations, and dates without a year.

Understands ``2024-02-05``, ``20240205``, ``5-2-2024``, ``5/2/2024`` and ``5 februari 2024`` (Dutch or English month
names, abbreviated or not). A date without a year (``Datum: 5 februari``) is read as a ``DayMonth``; its year is
inferred from the years named around it (the file name, the document's other dates) by ``year_from_hints``, or from
its neighbours in a series (``themes.ingest.dating``); whoever uses such a year says that it is a guess.

Our own code rather than dateparser: dateparser is not installed, and reading "5-2-2024" day first and refusing
a date without a year (rather than filling in the current one) are exactly the rules we need to control.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

#: Dutch month names, January first.
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
#: Dutch weekday names, Monday first (``date.weekday()``).
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
#: Month words read in dates: Dutch and English names and their usual abbreviations.
MONTH_NUMBERS: dict[str, int] = {name: i for i, name in enumerate(MONTHS, 1)} | {
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
}
_MONTH_WORDS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_ISO = re.compile(r"(?<!\d)(\d{4})[-_./](\d{1,2})[-_./](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(\d{2})(\d{2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-_./](\d{1,2})[-_./](\d{4})(?!\d)")
_WORDS = re.compile(rf"(?<!\d)(\d{{1,2}})(?:e|ste|de)?\s+({_MONTH_WORDS})\.?,?\s+(\d{{4}})(?!\d)", re.I)
# "13 maart" with no year after it (a year may not follow: then it is a full date)
_DAY_MONTH = re.compile(
    rf"(?<![\dA-Za-zÀ-ÿ])(\d{{1,2}})(?:e|ste|de)?[\s_-]+({_MONTH_WORDS})(?![a-z])\.?(?!,?[\s_-]*\d{{2,4}}(?!\d))", re.I
)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d{2})(?!\d)")


@dataclass(frozen=True, slots=True)
class DayMonth:
    """A day and month without a year (``13 maart``)."""

    day: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.day <= 31:
            raise ValueError(f"no day and month: {self.day}-{self.month}")

    def in_year(self, year: int) -> dt.date | None:
        """The date in ``year``, or None when it does not exist there (29 februari)."""
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full_dates(text: str) -> Iterable[tuple[int, str]]:
    """(position, ISO date) of every full date in ``text``, per notation in order of position."""
    for pattern, order in ((_ISO, "ymd"), (_WORDS, "dMy"), (_DMY, "dmy"), (_COMPACT, "ymd")):
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            if order == "ymd":
                iso = _valid(int(a), int(b), int(c))
            elif order == "dmy":
                iso = _valid(int(c), int(b), int(a))
            else:
                iso = _valid(int(c), MONTH_NUMBERS[b.lower().rstrip(".")], int(a))
            if iso:
                yield m.start(), iso


def find_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO ``YYYY-MM-DD``, or None; a date without a year is not taken."""
    found = min(_full_dates(text), default=None)
    return found[1] if found else None


def find_dates(text: str) -> list[str]:
    """Every full date in ``text`` as ISO, in order of position."""
    return [iso for _, iso in sorted(_full_dates(text))]


def find_day_month(text: str) -> DayMonth | None:
    """The first day and month named without a year (``13 maart``, ``5 feb.``), or None."""
    for m in _DAY_MONTH.finditer(text):
        day, month = int(m.group(1)), MONTH_NUMBERS[m.group(2).lower()]
        if 1 <= day <= 31 and DayMonth(day, month).in_year(2000) is not None:  # a leap year: 29 februari exists
            return DayMonth(day, month)
    return None


def years_in(text: str) -> list[int]:
    """The years named in ``text`` (full dates and plain years such as ``2018``), in order."""
    return [int(y) for y in _YEAR.findall(text)]


def year_from_hints(day_month: DayMonth, years: Iterable[int]) -> int | None:
    """The year named most often among ``years`` in which the day exists (ties: the latest), or None."""
    counts = Counter(y for y in years if day_month.in_year(y) is not None)
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def iso_date(value: str) -> dt.date:
    """Parse an ISO date (``YYYY-MM-DD``).

    Raises:
        ValueError: the text is not an ISO date (the message is Dutch: it reaches the analyst).
    """
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"ongeldige datum {value!r}; gebruik JJJJ-MM-DD") from exc
