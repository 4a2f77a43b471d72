import datetime as dt

import pytest

from themes.text.fmt import (
    capitalise,
    dutch_date,
    fragments,
    join_dutch,
    long_date,
    number,
    p_phrase,
    p_value,
    percent,
    shorten,
    signed_points,
    whole_percent,
)


def test_long_date_is_dutch_with_weekday():
    assert long_date("2025-03-24") == "maandag 24 maart 2025"
    assert long_date(dt.date(2024, 12, 1)) == "zondag 1 december 2024"


def test_long_date_of_a_text_that_is_no_date_says_how_to_write_one():
    with pytest.raises(ValueError, match="JJJJ-MM-DD"):
        long_date("24-03-2025")


def test_dutch_date_without_weekday_and_a_missing_date_is_a_dash_or_what_the_caller_says():
    assert dutch_date("2024-09-16") == "16 september 2024"
    assert dutch_date(None) == "–"
    assert dutch_date(None, missing="(zonder datum)") == "(zonder datum)"
    assert dutch_date("binnenkort") == "binnenkort"


def test_numbers_use_decimal_comma_and_dot_for_thousands():
    assert number(1234.5, 1) == "1.234,5"
    assert number(12000, 0) == "12.000"
    assert number(0.5, 1) == "0,5"
    assert number(None) == "–"


def test_percentages_with_one_decimal_or_whole():
    assert percent(0.234) == "23,4%"
    assert percent(None) == "–"
    assert whole_percent(0.15) == "15%"
    assert whole_percent(0.004) == "0,4%"
    assert whole_percent(0.0) == "0%"
    assert signed_points(0.032) == "+3,2 pp"
    assert signed_points(-0.1) == "−10,0 pp"
    assert signed_points(0.0) == "±0,0 pp"


def test_p_values_never_say_equals_less_than():
    assert p_value(0.0123) == "0,012"
    assert p_value(0.00001) == "< 0,001"
    assert p_phrase(0.0001) == "p < 0,001"
    assert p_phrase(0.04) == "p = 0,040"
    assert p_phrase(None) == ""
    assert p_phrase(None, "p onbekend") == "p onbekend"


def test_fragments_singular_and_plural():
    assert fragments(1) == "1 fragment"
    assert fragments(3) == "3 fragmenten"


def test_join_dutch_uses_en_before_the_last_item_and_skips_empty_ones():
    assert join_dutch(["a", "b", "c"]) == "a, b en c"
    assert join_dutch(["a", "", "b"]) == "a en b"
    assert join_dutch(["a"]) == "a"
    assert join_dutch([]) == ""


def test_shorten_cuts_at_a_word_with_an_ellipsis_and_capitalise_keeps_the_rest():
    assert shorten("een  twee\ndrie") == "een twee drie"
    assert shorten("aaaa bbbb, cccc dddd", 12) == "aaaa bbbb…"
    assert capitalise("mt werving") == "Mt werving"
