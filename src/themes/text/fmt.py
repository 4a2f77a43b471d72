"""Dutch formatting for everything the analyst reads: numbers, shares, p-values, dates and lists.

The one place for these helpers: report, rounds and flags import them from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from themes.text.dates import MONTHS, WEEKDAYS, iso_date


def number(value: float | int | None, decimals: int = 1) -> str:
    """Format a number with a decimal comma and a dot for thousands (``1.234,5``); None gives ``–``."""
    if value is None:
        return "–"
    if isinstance(value, int) or decimals == 0:
        text = f"{round(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def fragments(n: int) -> str:
    """``1 fragment``, ``12 fragmenten``."""
    return f"{number(n, 0)} fragment" if n == 1 else f"{number(n, 0)} fragmenten"


def percent(share: float | None, decimals: int = 1) -> str:
    """Format a share in [0, 1] as a Dutch percentage (``23,4%``); None gives ``–``."""
    if share is None:
        return "–"
    return f"{number(share * 100.0, decimals)}%"


def whole_percent(share: float) -> str:
    """A share as a whole percentage, with one decimal below 1%: 0.15 -> ``15%``, 0.004 -> ``0,4%``, 0 -> ``0%``."""
    value = share * 100
    if value == 0:
        return "0%"
    if value < 1:
        return f"{number(value, 1)}%"
    return f"{value:.0f}%"


def signed_points(change: float | None) -> str:
    """Format a change in share as signed percentage points (``+3,2 pp``)."""
    if change is None:
        return "–"
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    return f"{sign}{number(abs(change) * 100.0, 1)} pp"


def p_value(value: float | None) -> str:
    """Format a p-value with a decimal comma (``0,012``; ``< 0,001``); None gives ``–``."""
    if value is None:
        return "–"
    if value < 0.001:
        return "< 0,001"
    return number(value, 3)


def p_phrase(value: float | None, missing: str = "") -> str:
    """``p = 0,012`` or ``p < 0,001``; None gives ``missing``."""
    if value is None:
        return missing
    return "p < 0,001" if value < 0.001 else f"p = {p_value(value)}"


def long_date(value: str | dt.date) -> str:
    """Dutch long date with weekday: ``maandag 24 maart 2025``.

    Raises:
        ValueError: a text that is not an ISO date.
    """
    day = iso_date(value) if isinstance(value, str) else value
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def dutch_date(value: str | dt.date | None, missing: str = "–") -> str:
    """Dutch date without weekday (``24 maart 2025``); None gives ``missing``, an unparsable text itself."""
    if not value:
        return missing
    try:
        day = iso_date(value) if isinstance(value, str) else value
    except ValueError:
        return str(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def shorten(text: str, limit: int = 400) -> str:
    """Collapse whitespace and cut ``text`` at a word boundary with an ellipsis when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def capitalise(text: str) -> str:
    """Upper-case the first character only (``mt werving`` -> ``Mt werving``; the rest is kept)."""
    return text[:1].upper() + text[1:]


def join_dutch(items: Sequence[str]) -> str:
    """Join with commas and a final ``en`` (``a, b en c``); empty items are left out."""
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]
