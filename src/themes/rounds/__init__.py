"""Rounds: compare the themes of one shared theme space between panel rounds, survey years or periods.

Public interface::

    segment_round(segment, document, period="halfjaar") -> str | None
    available_rounds(state, period="halfjaar") -> list[str]          # natural order
    default_rounds(state, period="halfjaar") -> list[str]            # explicit rounds first, else periods
    compare_rounds(state, config, rounds=None, *, embeddings=None) -> RoundComparison
    write_comparison(comparison, out_dir) -> list[Path]              # rounds.csv, rondes.png, rondes.md
    prevalence_chart(comparison) -> bytes                            # PNG
    cached_vectors(ws, segments, encoder) -> dict[str, np.ndarray]   # embeddings from the cache, for quotes
"""

from themes.rounds.chart import prevalence_chart
from themes.rounds.compare import (
    available_rounds,
    compare_rounds,
    default_rounds,
    infer_period,
    resolve_rounds,
)
from themes.rounds.comparison import RoundComparison
from themes.rounds.output import csv_rows, markdown, write_comparison
from themes.rounds.periods import (
    PERIODS,
    natural_key,
    period_label,
    safe_name,
    segment_round,
    sort_rounds,
)
from themes.rounds.roundquotes import cached_vectors

__all__ = [
    "PERIODS",
    "RoundComparison",
    "available_rounds",
    "cached_vectors",
    "compare_rounds",
    "csv_rows",
    "default_rounds",
    "infer_period",
    "markdown",
    "natural_key",
    "period_label",
    "prevalence_chart",
    "resolve_rounds",
    "safe_name",
    "segment_round",
    "sort_rounds",
    "write_comparison",
]
