"""Significance of a change in share between rounds, effect size, and correction for many themes.

Between the first and the last round compared we test the difference of two proportions: the pooled
two-proportion z-test, or Fisher's exact test when an expected cell count is below 5 (the z-test's normal
approximation is poor there). Over more than two rounds a chi-square test of homogeneity (theme vs. other
units x rounds) says whether the share varies at all. p-values are corrected for the number of themes tested
with Holm (family-wise error) or Benjamini-Hochberg (false discovery rate). The effect size is Cohen's h.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from scipy import stats as _stats
from statsmodels.stats.multitest import multipletests

MIN_EXPECTED = 5.0


def cohens_h(p1: float, p2: float) -> float:
    """Cohen's h for the change from proportion ``p1`` to ``p2`` (signed; 0.2 small, 0.5 medium, 0.8 large)."""
    p1 = min(1.0, max(0.0, p1))
    p2 = min(1.0, max(0.0, p2))
    return 2.0 * math.asin(math.sqrt(p2)) - 2.0 * math.asin(math.sqrt(p1))


def two_proportion_test(x1: int, n1: int, x2: int, n2: int) -> tuple[float | None, str]:
    """Two-sided test of ``x1/n1 == x2/n2``.

    Returns:
        ``(p_value, method)`` with method ``"z"`` or ``"fisher"``; ``(None, "")`` when a round has no units.
    """
    if n1 <= 0 or n2 <= 0:
        return None, ""
    if not (0 <= x1 <= n1 and 0 <= x2 <= n2):
        raise ValueError("counts must lie between 0 and their totals")
    if x1 + x2 == 0 or x1 + x2 == n1 + n2:
        return 1.0, "z"
    pooled = (x1 + x2) / (n1 + n2)
    expected = (n1 * pooled, n1 * (1 - pooled), n2 * pooled, n2 * (1 - pooled))
    if min(expected) < MIN_EXPECTED:
        result = _stats.fisher_exact([[x1, n1 - x1], [x2, n2 - x2]], alternative="two-sided")
        return float(min(1.0, result.pvalue)), "fisher"
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (x2 / n2 - x1 / n1) / se
    return float(min(1.0, 2.0 * _stats.norm.sf(abs(z)))), "z"


def chi_square_rounds(counts: Sequence[int], totals: Sequence[int]) -> float | None:
    """Chi-square test of homogeneity of a theme's share over several rounds (rounds without units skipped).

    Returns:
        The p-value, or None when fewer than two rounds have units.
    """
    rows = [(x, n - x) for x, n in zip(counts, totals, strict=True) if n > 0]
    if len(rows) < 2:
        return None
    if sum(r[0] for r in rows) == 0 or sum(r[1] for r in rows) == 0:
        return 1.0
    result = _stats.chi2_contingency(rows, correction=False)
    return float(result.pvalue)


def _corrected(p_values: Sequence[float | None], method: str) -> list[float | None]:
    """Statsmodels' ``multipletests`` over the tested p-values; None entries are not tested and stay None."""
    tested = [(i, p) for i, p in enumerate(p_values) if p is not None]
    out: list[float | None] = [None] * len(p_values)
    if not tested:
        return out
    adjusted = multipletests([p for _, p in tested], method=method)[1]
    for (i, _), value in zip(tested, adjusted, strict=True):
        out[i] = float(min(1.0, value))
    return out


def holm(p_values: Sequence[float | None]) -> list[float | None]:
    """Holm step-down adjusted p-values (None entries are not tested and stay None)."""
    return _corrected(p_values, "holm")


def benjamini_hochberg(p_values: Sequence[float | None]) -> list[float | None]:
    """Benjamini-Hochberg adjusted p-values (None entries are not tested and stay None)."""
    return _corrected(p_values, "fdr_bh")


def adjust(p_values: Sequence[float | None], method: str) -> list[float | None]:
    """Adjust with ``"holm"`` or ``"bh"``."""
    if method == "holm":
        return holm(p_values)
    if method == "bh":
        return benjamini_hochberg(p_values)
    raise ValueError(f"unknown correction {method!r}")
