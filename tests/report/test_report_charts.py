from dataclasses import replace

import pytest

from themes.report.charts import all_charts, prevalence, theme_map, theme_sizes
from themes.report.reporttables import Table, cell_text

PNG = b"\x89PNG\r\n\x1a\n"


def test_every_chart_is_a_png(report):
    charts = all_charts(report)
    assert sorted(charts) == ["kaart", "omvang", "rondes"]
    assert all(png.startswith(PNG) for png in charts.values())


def test_charts_with_nothing_to_draw_are_left_out(report):
    empty = replace(report, themes=(), theme_map=(), rounds=())
    assert theme_sizes(empty) is None and prevalence(empty) is None and theme_map(empty) is None
    assert all_charts(empty) == {}


def test_prevalence_chart_needs_rounds(report):
    assert prevalence(replace(report, rounds=())) is None
    assert sorted(all_charts(replace(report, rounds=()))) == ["kaart", "omvang"]


def test_table_refuses_rows_of_the_wrong_length():
    with pytest.raises(ValueError):
        Table("x", ("a", "b"), ("text", "int"), (("een",),))


def test_cells_are_formatted_the_dutch_way():
    assert cell_text(0.5, "pct") == "50,0%"
    assert cell_text(None, "int") == "–"
    assert cell_text("2025-03-24", "date") == "24 maart 2025"
    assert cell_text(-0.05, "pp") == "−5,0 pp"


def _overlaps(xs, ys, radii):
    import itertools
    import math

    return [(i, j) for i, j in itertools.combinations(range(len(xs)), 2)
            if math.hypot(xs[i] - xs[j], ys[i] - ys[j]) < radii[i] + radii[j] - 1e-9]


def test_theme_map_bubbles_never_overlap_even_for_close_or_identical_centroids():
    from themes.report.charts import bubble_layout

    # twelve themes, three pairs on the same spot and a tight cluster, weights from 3 to 400 (as a real map)
    xs = [0.0, 0.0, 0.01, 0.02, 0.5, 0.5, 0.51, 1.0, 1.0, 0.3, 0.31, 0.7]
    ys = [0.0, 0.0, 0.01, 0.0, 0.5, 0.5, 0.49, 1.0, 1.0, 0.3, 0.29, 0.2]
    weights = [400, 380, 250, 120, 90, 60, 40, 30, 20, 10, 5, 3]
    naive_r = [(w / sum(weights) * 0.30 / 3.14159) ** 0.5 for w in weights]
    assert _overlaps(xs, ys, naive_r)  # drawn where the projection puts them, bubbles cover each other
    x, y, r = bubble_layout(xs, ys, weights)
    assert _overlaps(list(x), list(y), list(r)) == []
    assert r[0] > r[5] > r[-1]  # area still follows weight
    again = bubble_layout(xs, ys, weights)
    assert all((a == b).all() for a, b in zip((x, y, r), again, strict=True))  # deterministic


def test_theme_map_draws_one_theme_and_far_apart_themes_where_they_are():
    from themes.report.charts import bubble_layout

    x, y, r = bubble_layout([5.0], [5.0], [10])
    assert len(x) == 1 and r[0] > 0
    x, y, _ = bubble_layout([0.0, 10.0], [0.0, 10.0], [1, 1])
    assert (x[0], y[0], x[1], y[1]) == (0.0, 0.0, 1.0, 1.0)
