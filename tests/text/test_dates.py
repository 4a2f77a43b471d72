import datetime as dt

import pytest

from themes.text.dates import (
    DayMonth,
    find_date,
    find_dates,
    find_day_month,
    iso_date,
    year_from_hints,
    years_in,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("5 februari 2024", "2024-02-05"),
        ("5-2-2024", "2024-02-05"),
        ("2024-02-05", "2024-02-05"),
        ("20240205_verslag", "2024-02-05"),
        ("Datum: 5 februari", None),
        ("31-02-2024", None),
    ],
)
def test_full_dates_in_dutch_notations(text, iso):
    assert find_date(text) == iso


def test_every_full_date_of_a_text_in_order():
    assert find_dates("Vorige keer (12-1-2018) en nu 5 februari 2018.") == ["2018-01-12", "2018-02-05"]


@pytest.mark.parametrize(
    ("text", "day_month"),
    [
        ("Datum: 5 februari", DayMonth(5, 2)),
        ("verslag 13 maart", DayMonth(13, 3)),
        ("verslag_13_maart", DayMonth(13, 3)),
        ("overleg 1e okt.", DayMonth(1, 10)),
        ("29 februari", DayMonth(29, 2)),
        ("5 februari 2024", None),  # a full date, not a day and month
        ("31 april", None),
        ("maart", None),
        ("13 maartse buien", None),
    ],
)
def test_day_and_month_without_a_year(text, day_month):
    assert find_day_month(text) == day_month


def test_years_named_in_a_text():
    assert years_in("notulen 2018/verslag 13 maart (begroting 2019, 12-3-2018)") == [2018, 2019, 2018]


def test_the_year_named_most_often_in_which_the_day_exists():
    assert year_from_hints(DayMonth(13, 3), [2018, 2019, 2018]) == 2018
    assert year_from_hints(DayMonth(29, 2), [2023, 2023, 2024]) == 2024  # 29 februari 2023 does not exist
    assert year_from_hints(DayMonth(13, 3), []) is None


def test_iso_date_says_how_to_write_a_date():
    assert iso_date("2024-02-05") == dt.date(2024, 2, 5)
    with pytest.raises(ValueError, match="JJJJ-MM-DD"):
        iso_date("5-2-2024")
