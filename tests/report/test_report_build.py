from dataclasses import replace

from themes.config import PipelineConfig, override
from themes.report import build_report
from themes.report.markdown_writer import report_markdown


def test_themes_are_ordered_by_weight_counting_collapsed_answers(report):
    assert [s.theme_id for s in report.themes] == ["T01", "T02", "T03"]
    assert [s.rank for s in report.themes] == [1, 2, 3]
    # T01 has a unit that stands for three identical answers
    assert report.theme("T01").weight == 8
    assert abs(sum(s.share for s in report.themes) - 1.0) < 1e-9


def test_empty_taxonomy_theme_is_left_out_of_sections_and_named_in_the_method(report):
    assert "T04" not in [s.theme_id for s in report.themes]
    assert report.method.empty_taxonomy == ("Toegankelijkheid",)


def test_summaries_are_extractive_from_the_themes_own_segments(report, state):
    members = {a.segment_id for a in state.assignments if a.theme_id == "T01"}
    texts = {s.segment_id: s.text for s in state.segments}
    section = report.theme("T01")
    assert 2 <= len(section.summary) <= 3
    for sentence in section.summary:
        assert sentence.segment_id in members
        assert sentence.text in texts[sentence.segment_id]


def test_report_is_deterministic(state, comparison, flags, config):
    assert build_report(state, comparison, flags, config) == build_report(state, comparison, flags, config)


def test_flag_is_linked_to_the_theme_of_its_evidence(report):
    assert report.theme("T02").flag_ids == ("S01",)
    assert report.flag_theme("S01") == "Meldpunt discriminatie"


def test_flag_with_its_own_theme_id_is_linked_to_that_theme(state, comparison, flags, config):
    flags = (replace(flags[1], theme_id="T01"), *flags[:1])
    report = build_report(state, comparison, flags, config)
    assert report.theme("T01").flag_ids == ("S02",)


def test_open_flags_come_first_most_raised_first(report):
    assert [f.flag_id for f in report.flags] == ["S02", "S01", "S03"]


def test_flag_documents_by_id_or_file_name_become_document_titles(state, comparison, flags, config):
    flags = (replace(flags[0], documents=("d1", "notulen3.docx")),)
    report = build_report(state, comparison, flags, config)
    assert report.flag("S01").documents == ("Notulen 2024-03-11", "Notulen 2024-09-16")


def test_trend_and_prevalence_per_round_come_from_the_comparison(report):
    section = report.theme("T01")
    assert section.status == "groeiend"
    assert [st.round for st in section.per_round] == ["2024-H1", "2024-H2"]
    assert report.rounds == ("2024-H1", "2024-H2")


def test_document_types_and_units_that_raise_a_theme(report):
    section = report.theme("T01")
    assert dict(section.doc_types) == {"enquete": 4, "notulen": 2, "panelverslag": 2}
    assert section.units[0] == ("Directie Zorg", 4)


def test_quotes_carry_document_date_and_round(report):
    quote = report.theme("T02").quotes[0]
    assert (quote.document, quote.date, quote.round) == ("Notulen 2024-09-16", "2024-09-16", "2024-H2")
    assert all(q.document and q.date for q in report.theme("T01").quotes)


def test_redaction_counts_are_summed_per_label_and_shown_without_values(report):
    assert dict(report.method.redactions) == {"PERSOON": 3, "EMAIL": 1, "TELEFOON": 1}
    md = report_markdown(report)
    assert "| PERSOON | 3 |" in md
    assert "Aantallen per soort" in md


def test_method_notes_count_documents_per_type_and_round_and_settings(report, config):
    m = report.method
    assert (m.documents, m.trivial, m.unassigned) == (4, 1, 1)
    assert ("notulen", "2024-H1", 1) in m.docs_per_type_round
    settings = dict(m.settings)
    assert settings["Encoder"] == "usem3" and settings["Seed"] == "42"
    expected = f"{config.themes.taxonomy_threshold:.2f}".replace(".", ",")
    assert settings["Drempel taxonomie (cosinus)"] == expected


def test_max_themes_limits_the_text_formats_but_not_the_spreadsheet(state, comparison, flags, tmp_path):
    import openpyxl

    from themes.report import write_report

    config = override(PipelineConfig(), {"report.max_themes": 2})
    report = build_report(state, comparison, flags, config)
    assert len(report.themes) == 3 and len(report.for_reading().themes) == 2
    assert report.method.omitted_themes == 1 and len(report.theme_map) == 2
    md, _, _, xlsx = write_report(report, tmp_path)
    assert "Inclusief leiderschap" not in md.read_text(encoding="utf-8").split("## Verschuivingen")[0]
    assert openpyxl.load_workbook(xlsx)["Thema's"].max_row == 4


def test_theme_map_projects_every_shown_theme_with_a_centroid(report):
    assert [p.theme_id for p in report.theme_map] == ["T01", "T02", "T03"]
    assert any(p.x != 0 or p.y != 0 for p in report.theme_map)


def test_report_without_rounds_or_flags_still_builds(state, comparison, config):
    empty = replace(comparison, rounds=(), totals=(), trends=(), summary=())
    report = build_report(state, empty, (), config)
    assert report.theme("T01").status is None and report.flags == ()


def test_quotes_of_themes_and_flags_name_documents_the_same_way(report):
    flag_quote = report.flag("S01").evidence[0]
    theme_quote = report.theme("T02").quotes[0]
    assert flag_quote.document == theme_quote.document == "Notulen 2024-09-16"


def test_quotes_per_round_of_a_growing_theme_are_shown_with_references(report):
    section = report.theme("T01")
    assert [r for r, _ in section.quotes_per_round] == ["2024-H1", "2024-H2"]
    first = section.quotes_per_round[0][1][0]
    assert (first.document, first.round) == ("Panelverslag 2024-04-02", "2024-H1")
    md = report_markdown(report)
    assert "**Per ronde**" in md and "_ronde 2024-H2_" in md
