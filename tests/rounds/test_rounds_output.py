import csv

import pytest
from rounds_corpus import build_state

from themes.config import RoundsConfig
from themes.rounds import compare_rounds, prevalence_chart, write_comparison


@pytest.fixture(scope="module")
def comparison():
    return compare_rounds(build_state(), RoundsConfig())


def test_rounds_csv_has_the_documented_columns(comparison, tmp_path):
    paths = write_comparison(comparison, tmp_path)
    assert [p.name for p in paths] == ["rounds.csv", "rondes.png", "rondes.md"]
    with open(tmp_path / "rounds.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [
        "theme_id", "label", "n_ronde_1", "share_ronde_1", "n_ronde_2", "share_ronde_2", "change", "p_value",
        "status", "effect_size", "p_adjusted", "documents_ronde_1", "documents_ronde_2", "units_ronde_1",
        "units_ronde_2", "p_overall", "words_ronde_1", "words_ronde_2",
    ]
    new = next(r for r in rows if r["theme_id"] == "T02")
    assert (new["n_ronde_1"], new["n_ronde_2"], new["share_ronde_2"], new["status"]) == ("0", "20", "0.2000", "nieuw")
    assert float(new["p_adjusted"]) < 0.001
    assert "selectiegesprekken" in next(r for r in rows if r["theme_id"] == "T01")["words_ronde_2"].split("; ")
    few = next(r for r in rows if r["theme_id"] == "T07")
    assert few["status"] == "te weinig data" and few["p_adjusted"] == ""


def test_rondes_md_holds_summary_table_and_quotes_per_round(comparison, tmp_path):
    write_comparison(comparison, tmp_path)
    text = (tmp_path / "rondes.md").read_text(encoding="utf-8")
    assert "- Nieuw in ronde 2: ongemak en weerstand (20% van de eenheden; p < 0,001)." in text
    assert "![" in text and "(rondes.png)" in text
    assert "| T06 werkdruk | 20 (20%) | 5 (5%) | -15,0 procentpunt |" in text
    assert "> selectiegesprekken zijn bevooroordeeld" in text
    assert "**ronde 2** — kenmerkend: " in text
    assert "Holm" in text


def test_chart_is_a_png_with_stable_bytes_and_no_software_metadata(comparison):
    first = prevalence_chart(comparison)
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    assert first == prevalence_chart(compare_rounds(build_state(), RoundsConfig()))
    assert b"matplotlib" not in first.lower()


def test_workspace_without_rounds_or_dates_still_writes_all_outputs(tmp_path):
    from themes.state import AnalysisState
    from themes.types import Assignment, Document, Segment, Theme

    doc = Document("d1", "memo.txt", "Memo", "memo", None, None, None, "h1")
    state = AnalysisState((doc,), (Segment("s1", "d1", 0, "een punt"),), (Theme("T01", "thema"),),
                          (Assignment("s1", "T01", 0.9),))
    comparison = compare_rounds(state, RoundsConfig())
    assert comparison.rounds == ()
    assert comparison.unplaced == 1
    assert comparison.summary[0].startswith("Geen rondes gevonden")
    paths = write_comparison(comparison, tmp_path)
    assert all(p.stat().st_size > 0 for p in paths)


def test_many_period_rounds_are_drawn_as_lines_with_stable_bytes():
    from themes.state import AnalysisState
    from themes.types import Assignment, Document, Segment, Theme

    docs = tuple(Document(f"d{m}", f"n{m}", f"Notulen {m}", "notulen", f"2024-{m:02d}-15", None, None, f"h{m}")
                 for m in range(1, 7))
    segs = tuple(Segment(f"s{m}-{i}", f"d{m}", i, f"punt {i}") for m in range(1, 7) for i in range(10))
    assigns = tuple(Assignment(s.segment_id, "T01" if int(s.segment_id.split("-")[1]) < 5 else "T02", 0.9)
                    for s in segs)
    state = AnalysisState(docs, segs, (Theme("T01", "een"), Theme("T02", "twee")), assigns)
    comparison = compare_rounds(state, RoundsConfig(period="maand"))
    assert len(comparison.rounds) == 6
    png = prevalence_chart(comparison)
    assert png.startswith(b"\x89PNG") and png == prevalence_chart(comparison)


def test_event_details_name_the_theme_labels():
    from themes.rounds.narrative import with_labels

    assert with_labels("thema T04 is gesplitst in T04 en T05", {"T04": "loopbaan", "T05": "mentoring"}) == (
        "thema T04 (loopbaan) is gesplitst in T04 (loopbaan) en T05 (mentoring)"
    )
    assert with_labels("T045 blijft", {"T04": "loopbaan"}) == "T045 blijft"


def test_summary_caps_the_number_of_event_sentences():
    from dataclasses import replace

    from themes.rounds.narrative import MAX_EVENTS, summarise

    base = compare_rounds(build_state(), RoundsConfig())
    many = replace(base, events=tuple(("r", "samengevoegd", f"thema's T0{i} en T07 samengevoegd") for i in range(1, 7)))
    sentences = summarise(many, RoundsConfig())
    assert sum(s.startswith("Samengevoegd") for s in sentences) == MAX_EVENTS
    assert any(s.startswith("En nog 3 splitsingen") for s in sentences)
