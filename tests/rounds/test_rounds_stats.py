import math

import pytest

from themes.rounds.stats import (
    adjust,
    benjamini_hochberg,
    chi_square_rounds,
    cohens_h,
    holm,
    two_proportion_test,
)


def test_cohens_h_is_signed_and_zero_for_no_change():
    assert cohens_h(0.2, 0.2) == 0.0
    assert cohens_h(0.1, 0.3) == pytest.approx(2 * math.asin(math.sqrt(0.3)) - 2 * math.asin(math.sqrt(0.1)))
    assert cohens_h(0.3, 0.1) < 0


def test_z_test_matches_the_textbook_value():
    # 30/100 vs 45/100: pooled 0.375, z = 0.15 / sqrt(0.375 * 0.625 * 0.02) = 2.191, p = 0.0285
    p, method = two_proportion_test(30, 100, 45, 100)
    assert method == "z"
    assert p == pytest.approx(0.02846, abs=1e-4)


def test_small_expected_counts_use_fishers_exact_test():
    p, method = two_proportion_test(0, 10, 4, 10)
    assert method == "fisher"
    assert p == pytest.approx(0.0867, abs=1e-3)


def test_round_without_units_gives_no_p_value():
    assert two_proportion_test(0, 0, 3, 10) == (None, "")


def test_chi_square_over_rounds_detects_a_swing_and_skips_empty_rounds():
    assert chi_square_rounds([10, 40, 10], [100, 100, 100]) < 0.001
    assert chi_square_rounds([10, 10, 10], [100, 100, 100]) == pytest.approx(1.0)
    assert chi_square_rounds([10, 0], [100, 0]) is None


def test_holm_adjusts_step_down_and_keeps_untested_as_none():
    assert holm([0.01, None, 0.04, 0.03]) == pytest.approx([0.03, None, 0.06, 0.06])


def test_benjamini_hochberg_adjusts_step_up():
    assert benjamini_hochberg([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.04, 0.04])
    assert adjust([0.5], "bh") == [0.5]
    with pytest.raises(ValueError):
        adjust([0.5], "bonferroni")
