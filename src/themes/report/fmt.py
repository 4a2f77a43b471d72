"""Dutch formatting of numbers, shares and dates for everything the analyst reads."""

from __future__ import annotations

import datetime as _dt

from themes.text.stopwords import number

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def fragments(n: int) -> str:
    """``1 fragment``, ``12 fragmenten``."""
    return f"{number(n, 0)} fragment" if n == 1 else f"{number(n, 0)} fragmenten"


def percent(share: float | None, decimals: int = 1) -> str:
    """Format a share in [0, 1] as a Dutch percentage (``23,4%``)."""
    if share is None:
        return "–"
    return f"{number(share * 100.0, decimals)}%"


def signed_points(change: float | None) -> str:
    """Format a change in share as signed percentage points (``+3,2 pp``)."""
    if change is None:
        return "–"
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    return f"{sign}{number(abs(change) * 100.0, 1)} pp"


def p_value(value: float | None) -> str:
    """Format a p-value with a decimal comma (``0,012``; ``< 0,001``)."""
    if value is None:
        return "–"
    if value < 0.001:
        return "< 0,001"
    return number(value, 3)


def p_phrase(value: float | None) -> str:
    """``p = 0,012`` or ``p < 0,001``; None gives an empty string."""
    if value is None:
        return ""
    return "p < 0,001" if value < 0.001 else f"p = {p_value(value)}"


def parse_date(value: str) -> _dt.date:
    """Parse an ISO date (``YYYY-MM-DD``).

    Raises:
        ValueError: the text is not an ISO date.
    """
    try:
        return _dt.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"ongeldige datum {value!r}; gebruik JJJJ-MM-DD") from exc


def long_date(value: str | _dt.date) -> str:
    """Dutch long date with weekday: ``maandag 24 maart 2025``."""
    day = parse_date(value) if isinstance(value, str) else value
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(value: str | None) -> str:
    """Dutch date without weekday (``24 maart 2025``); None or unparsable gives the input or ``–``."""
    if not value:
        return "–"
    try:
        day = parse_date(value)
    except ValueError:
        return value
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


def join_dutch(items: list[str] | tuple[str, ...]) -> str:
    """Join with commas and a final ``en`` (``a, b en c``)."""
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]
