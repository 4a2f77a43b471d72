from themes.report.fmt import fragments, join_dutch, long_date, number, p_value, percent, short_date, signed_points


def test_long_date_is_dutch_with_weekday():
    assert long_date("2025-03-24") == "maandag 24 maart 2025"
    assert long_date("2024-12-01") == "zondag 1 december 2024"


def test_short_date_without_weekday_and_missing_date_is_a_dash():
    assert short_date("2024-09-16") == "16 september 2024"
    assert short_date(None) == "–"


def test_numbers_use_decimal_comma_and_dot_for_thousands():
    assert number(1234.5, 1) == "1.234,5"
    assert number(12000, 0) == "12.000"
    assert percent(0.234) == "23,4%"
    assert signed_points(0.032) == "+3,2 pp"
    assert signed_points(-0.1) == "−10,0 pp"
    assert p_value(0.0123) == "0,012"
    assert p_value(0.00001) == "< 0,001"


def test_fragments_singular_and_plural():
    assert fragments(1) == "1 fragment"
    assert fragments(3) == "3 fragmenten"


def test_join_dutch_uses_en_before_the_last_item():
    assert join_dutch(["a", "b", "c"]) == "a, b en c"
    assert join_dutch(["a"]) == "a"


def test_p_phrase_never_says_equals_less_than():
    from themes.report.fmt import p_phrase

    assert p_phrase(0.0001) == "p < 0,001"
    assert p_phrase(0.04) == "p = 0,040"
