"""``write_flags``: flags.csv for review in a spreadsheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from themes.atomic import atomic_write_csv
from themes.types import Flag, Quote

FLAGS_CSV = "flags.csv"
COLUMNS: tuple[str, ...] = (
    "flag_id",
    "kind",
    "description",
    "first_seen",
    "last_seen",
    "times_raised",
    "documents",
    "evidence",
    "status",
    "owner",
    "theme_id",
)
SEPARATOR = " | "


def format_quote(quote: Quote) -> str:
    """``2024-03-11 notulen-stuurgroep.docx: …`` (a " | " inside the text becomes " / ")."""
    where = " ".join(part for part in (quote.date, quote.document) if part)
    return f"{where}: {quote.text.replace(SEPARATOR, ' / ')}"


def flag_row(flag: Flag) -> list[object]:
    """One flags.csv row, in ``COLUMNS`` order."""
    return [
        flag.flag_id,
        flag.kind,
        flag.description,
        flag.first_seen,
        flag.last_seen,
        flag.times_raised,
        SEPARATOR.join(flag.documents),
        SEPARATOR.join(format_quote(q) for q in flag.evidence),
        flag.status,
        flag.owner,
        flag.theme_id,
    ]


def write_flags(flags: Sequence[Flag], out_dir: Path) -> list[Path]:
    """Write ``flags.csv`` (atomically) into ``out_dir``; an empty list still gives the header row.

    Returns:
        The written paths.
    """
    path = atomic_write_csv(Path(out_dir) / FLAGS_CSV, COLUMNS, (flag_row(f) for f in flags))
    return [path]
