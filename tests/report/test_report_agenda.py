from dataclasses import replace

import docx
import pytest

from themes.config import PipelineConfig, override
from themes.report import AGENDA_FILES, build_agenda, write_agenda


@pytest.fixture()
def agenda(report, config):
    return build_agenda(report, "Stuurgroep I&D", "2025-03-24", config)


def test_agenda_opens_and_closes_with_the_usual_items(agenda):
    titles = [item.title for item in agenda.items]
    assert titles[:3] == ["Opening en mededelingen", "Vaststellen verslag vorige vergadering", "Actielijst"]
    assert titles[-2:] == ["Rondvraag", "Sluiting"]
    assert [item.number for item in agenda.items] == list(range(1, len(titles) + 1))


def test_agenda_date_is_written_the_dutch_way(agenda):
    assert agenda.date_text == "maandag 24 maart 2025"


def test_discussion_items_come_from_open_flags_and_growing_themes(agenda):
    discussion = [item for item in agenda.items if item.kind != "vast"]
    assert [item.kind for item in discussion] == ["signaal", "signaal", "thema"]
    assert "Evaluatie meldpunt discriminatie" in discussion[1].title
    assert "Werving en selectie" in discussion[2].title
    # the resolved flag and the theme with too little data are not on the agenda
    assert not any("Parkeerbeleid" in item.title or "leiderschap" in item.title for item in agenda.items)


def test_each_discussion_item_has_three_lines_a_question_and_references(agenda):
    for item in agenda.items:
        if item.kind == "vast":
            continue
        assert len(item.summary) == 3
        assert item.question.startswith("Vraag aan de stuurgroep: ")
        assert item.references


def test_open_actions_are_listed_under_actielijst(agenda):
    actielijst = agenda.items[2]
    assert any("Vacatureteksten herschrijven" in note for note in actielijst.notes)


def test_agenda_items_are_limited_by_the_config(report):
    config = override(PipelineConfig(), {"report.agenda_items": 1})
    agenda = build_agenda(report, "Stuurgroep I&D", "2025-03-24", config)
    assert len([i for i in agenda.items if i.kind != "vast"]) == 1


def test_new_theme_outside_taxonomy_with_enough_data_is_a_discussion_item(report, config):
    section = replace(report.theme("T03"), status="blijvend")
    report = replace(report, themes=(*report.themes[:2], section))
    agenda = build_agenda(report, "Stuurgroep I&D", "2025-03-24", config)
    item = next(i for i in agenda.items if "Inclusief leiderschap" in i.title)
    assert item.summary[0].startswith("Nieuw thema buiten de taxonomie")


def test_bad_date_is_refused(report, config):
    with pytest.raises(ValueError):
        build_agenda(report, "Stuurgroep I&D", "24-03-2025", config)


def test_agenda_files_are_written_and_readable(agenda, tmp_path):
    paths = write_agenda(agenda, tmp_path)
    assert sorted(p.name for p in paths) == sorted(AGENDA_FILES)
    md = (tmp_path / "agenda.md").read_text(encoding="utf-8")
    assert md.startswith("# Agenda Stuurgroep I&D")
    assert "maandag 24 maart 2025" in md and "Vraag aan de stuurgroep:" in md
    doc = docx.Document(str(tmp_path / "agenda.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "1. Opening en mededelingen"
    assert headings[-1].endswith("Sluiting")
    assert any(p.text.startswith("Vraag aan de stuurgroep:") for p in doc.paragraphs)


def test_flag_detail_in_brackets_stays_out_of_the_item_title_and_question(report, config):
    flag = replace(report.flags[1], description="Evaluatie meldpunt (2× uitgesteld sinds 11 maart 2024; nog geen besluit)")
    report = replace(report, flags=(report.flags[0], flag, *report.flags[2:]))
    agenda = build_agenda(report, "Stuurgroep I&D", "2025-03-24", config)
    item = next(i for i in agenda.items if i.kind == "signaal" and "Evaluatie meldpunt" in i.title)
    assert item.title == "Uitgesteld besluit: Evaluatie meldpunt"
    assert "'Evaluatie meldpunt'" in item.question and "uitgesteld sinds" not in item.question


def test_previous_minutes_are_named_under_vaststellen_verslag(agenda):
    item = agenda.items[1]
    assert item.notes == ("Verslag van 16 september 2024: Notulen 2024-09-16",)


def test_minutes_after_the_meeting_date_are_not_the_previous_minutes(report, config):
    agenda = build_agenda(report, "Stuurgroep I&D", "2024-04-01", config)
    assert agenda.items[1].notes == ("Verslag van 11 maart 2024: Notulen 2024-03-11",)


def test_actielijst_puts_the_latest_minutes_first_and_the_older_open_actions_apart(report, config):
    from themes.flags.tables import ActionRow

    def row(n, text, last):
        return ActionRow(f"A{n}", text, None, "2024-01-15", last, 1, "open", None, ("notulen",), text, n)

    minutes = (("Notulen 2024-03-11", "n.md", "notulen", "2024-03-11", None, None),)
    method = replace(report.method, document_list=minutes + tuple(report.method.document_list[1:]))
    report = replace(report, method=method, actions=(
        row(2, "Uitnodiging dialoogsessie versturen", "2024-03-11"), row(1, "Dashboard opleveren", "2024-01-15")))
    notes = build_agenda(report, "Stuurgroep I&D", "2024-04-08", config).items[2].notes
    assert notes[0] == "Uit het laatste verslag (11 maart 2024): 1 actie."
    assert notes[1].startswith("Uitnodiging dialoogsessie versturen")
    assert notes[2].startswith("Eerder afgesproken en nog niet afgerond: 1 actie")
    assert notes[3].startswith("Dashboard opleveren")
