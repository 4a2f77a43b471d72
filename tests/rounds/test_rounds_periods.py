import pytest

from themes.rounds import natural_key, period_label, safe_name, segment_round, sort_rounds
from themes.rounds.periods import safe_names
from themes.types import Document, Segment


def _doc(**kw):
    base = dict(doc_id="d1", source_path="x.docx", title="Notulen", doc_type="notulen", date=None, round=None,
                unit=None, content_hash="h1")
    return Document(**{**base, **kw})


def _seg(**kw):
    return Segment(**{**dict(segment_id="s1", doc_id="d1", position=0, text="tekst"), **kw})


@pytest.mark.parametrize(
    ("date", "period", "label"),
    [
        ("2024-03-10", "halfjaar", "2024-H1"),
        ("2024-06-30", "halfjaar", "2024-H1"),
        ("2024-07-01", "halfjaar", "2024-H2"),
        ("2024-08-15", "kwartaal", "2024-K3"),
        ("2024-01-01", "kwartaal", "2024-K1"),
        ("2024-12-31", "kwartaal", "2024-K4"),
        ("2024-03-10", "maand", "2024-03"),
        ("2024-11-10", "jaar", "2024"),
    ],
)
def test_period_is_derived_from_the_date(date, period, label):
    assert period_label(date, period) == label


def test_no_date_gives_no_period():
    assert period_label(None) is None


def test_unknown_period_kind_is_refused():
    with pytest.raises(ValueError):
        period_label("2024-01-01", "week")


def test_segment_round_prefers_own_round_then_document_round_then_period():
    doc = _doc(round="ronde 1", date="2024-03-01")
    assert segment_round(_seg(round="2025"), doc) == "2025"
    assert segment_round(_seg(), doc) == "ronde 1"
    minutes = _doc(date="2024-09-12")
    assert segment_round(_seg(), minutes) == "2024-H2"
    assert segment_round(_seg(date="2024-02-01"), minutes, "kwartaal") == "2024-K1"
    assert segment_round(_seg(), _doc()) is None


def test_natural_order_puts_ronde_10_after_ronde_2():
    assert sort_rounds(["ronde 10", "ronde 2", "ronde 1"]) == ["ronde 1", "ronde 2", "ronde 10"]


def test_natural_order_of_years_and_periods():
    assert sort_rounds(["2025", "2024-H2", "2023", "2024-H1"]) == ["2023", "2024-H1", "2024-H2", "2025"]
    assert sort_rounds(["2024-K4", "2024-K1", "2024-K3"]) == ["2024-K1", "2024-K3", "2024-K4"]


def test_natural_key_ignores_case():
    assert natural_key("Ronde 2") < natural_key("ronde 10")


def test_round_names_are_made_safe_for_columns():
    assert safe_name("ronde 1") == "ronde_1"
    assert safe_name("2024-H1") == "2024_H1"
    assert safe_names(["ronde 1", "ronde-1"]) == ["ronde_1", "ronde_1_2"]


def test_distinctive_words_skip_placeholders_numbers_and_function_words():
    from themes.rounds.wording import words

    assert words("De [PERSOON_12] zegt dat 2024 het jaar van de werving is") == ["zegt", "jaar", "werving"]
