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
