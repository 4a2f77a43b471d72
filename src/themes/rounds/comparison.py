"""The record of a comparison of themes across rounds: what ``compare_rounds`` gives and the writers read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from themes.types import ThemeTrend


@dataclass(frozen=True)
class RoundComparison:
    """Themes compared across rounds.

    Attributes:
        rounds: the rounds compared, in order (first and last are tested against each other).
        totals: per round, the number of units (weighted by ``Segment.count``).
        trends: per theme, its prevalence per round, change (share last - share first), test and status.
        summary: Dutch sentences about the main shifts.
        events: (run, kind, detail) of theme splits and merges found when the model was re-fitted.
        documents: per round, the number of documents with units.
        method: one Dutch sentence naming the test, the correction and alpha.
        period: the period used for units without an explicit round.
        alpha, correction: the significance level and the multiple-testing correction used.
        other_rounds: analysed rounds in the workspace not compared here, with their units.
        unanalysed_rounds: rounds left out because none of their units has been analysed yet.
        unanalysed_units: units of the compared rounds that are not analysed yet (left out).
        unplaced: units with neither a round nor a date (left out).
        wording: theme id -> per round the words that set that round's units apart (how the wording changed).
    """

    rounds: tuple[str, ...]
    totals: tuple[tuple[str, int], ...]
    trends: tuple[ThemeTrend, ...]
    summary: tuple[str, ...]
    events: tuple[tuple[str, str, str], ...]
    documents: tuple[tuple[str, int], ...] = ()
    method: str = ""
    period: str = "halfjaar"
    alpha: float = 0.05
    correction: str = "holm"
    other_rounds: tuple[tuple[str, int], ...] = ()
    unanalysed_rounds: tuple[str, ...] = ()
    unanalysed_units: int = 0
    unplaced: int = 0
    wording: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)

    def trend(self, theme_id: str) -> ThemeTrend:
        """The trend of one theme.

        Raises:
            KeyError: no such theme in the comparison.
        """
        for trend in self.trends:
            if trend.theme_id == theme_id:
                return trend
        raise KeyError(theme_id)

    def total(self, round_name: str) -> int:
        """Units in one round."""
        return dict(self.totals)[round_name]
