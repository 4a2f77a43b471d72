import docx
import openpyxl
from typer.testing import CliRunner

from themes.cli import app

runner = CliRunner()


def test_report_command_writes_every_format(analysed, tmp_path):
    out = tmp_path / "uitvoer"
    result = runner.invoke(app, ["report", "--workspace", str(analysed), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "rode-draden.docx", "rode-draden.html", "rode-draden.md", "rode-draden.xlsx"]
    assert "Geschreven:" in result.output
    md = (out / "rode-draden.md").read_text(encoding="utf-8")
    assert md.index("Werving en selectie") < md.index("Meldpunt discriminatie")
    assert "| PERSOON | 2 |" in md
    assert openpyxl.load_workbook(out / "rode-draden.xlsx").sheetnames[0] == "Thema's"
    assert docx.Document(str(out / "rode-draden.docx")).paragraphs


def test_agenda_command_writes_docx_and_md_with_dutch_date(analysed, tmp_path):
    out = tmp_path / "uitvoer"
    result = runner.invoke(app, ["agenda", "--meeting", "Stuurgroep I&D", "--date", "2025-03-24",
                                 "--workspace", str(analysed), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "maandag 24 maart 2025" in result.output
    md = (out / "agenda.md").read_text(encoding="utf-8")
    assert "# Agenda Stuurgroep I&D" in md and "## 1. Opening en mededelingen" in md
    assert "Rondvraag" in md and "Sluiting" in md
    assert (out / "agenda.docx").stat().st_size > 0


def test_agenda_command_refuses_a_bad_date(analysed, tmp_path):
    result = runner.invoke(app, ["agenda", "--date", "24-03-2025", "-w", str(analysed), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "JJJJ-MM-DD" in result.output


def test_report_on_a_workspace_without_themes_fails_with_one_line(workspace, tmp_path):
    result = runner.invoke(app, ["report", "-w", str(workspace.path), "-o", str(tmp_path / "uit")])
    assert result.exit_code == 1
    assert "nog geen thema's" in result.output
    assert "Traceback" not in result.output


def test_report_on_a_missing_workspace_fails_with_one_line(tmp_path):
    result = runner.invoke(app, ["report", "-w", str(tmp_path / "nergens"), "-o", str(tmp_path / "uit")])
    assert result.exit_code == 1
    assert "geen werkmap" in result.output


def test_agenda_needs_no_themes_it_lists_the_actions_and_deferred_items_of_the_minutes(tmp_path):
    """``themes agenda`` right after ``themes ingest``: the Actielijst and the deferred items come from the minutes."""
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "flags" / "fixtures"
    ws, out = tmp_path / "werkmap", tmp_path / "uit"
    assert runner.invoke(app, ["init", str(ws)]).exit_code == 0
    ingested = runner.invoke(app, ["ingest", *map(str, sorted(fixtures.glob("*.md"))), "-w", str(ws)])
    assert ingested.exit_code == 0, ingested.output
    result = runner.invoke(app, ["agenda", "--date", "2024-04-08", "-w", str(ws), "-o", str(out)])
    assert result.exit_code == 0, result.output
    md = (out / "agenda.md").read_text(encoding="utf-8")
    actions = md.split("## 3. Actielijst", 1)[1].split("\n## ", 1)[0]
    assert "- " in actions and "Geen openstaande acties" not in actions
    assert "Uitgesteld agendapunt" in md
    assert "(zonder datum)" not in md and " –" not in md


def test_an_item_deferred_in_undated_minutes_gets_its_own_agenda_point(tmp_path):
    """Minutes without a date cannot be placed before the latest ones: their deferred item is not lost."""
    first = tmp_path / "verslag stuurgroep a.txt"
    first.write_text(
        "Verslag stuurgroep\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n"
        "2. Werving en selectie\n\nDit punt is niet besproken i.v.m. tijdgebrek en schuift door naar de volgende "
        "vergadering.\n\n3. Rondvraag\n\nGeen vragen.\n", encoding="utf-8")
    second = tmp_path / "verslag stuurgroep b.txt"
    second.write_text(
        "Verslag stuurgroep\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n"
        "2. Jaarplan\n\nHet jaarplan is besproken en vastgesteld.\n", encoding="utf-8")
    ws, out = tmp_path / "werkmap", tmp_path / "uit"
    assert runner.invoke(app, ["init", str(ws)]).exit_code == 0
    ingested = runner.invoke(app, ["ingest", str(first), str(second), "-w", str(ws), "--type", "notulen"])
    assert ingested.exit_code == 0, ingested.output
    result = runner.invoke(app, ["agenda", "--date", "2024-04-08", "-w", str(ws), "-o", str(out)])
    assert result.exit_code == 0, result.output
    md = (out / "agenda.md").read_text(encoding="utf-8")
    assert "Uitgesteld agendapunt: Werving en selectie" in md
    assert "verslag zonder datum" in md
    # the quote is the sentence of the minutes; the history line already names the meeting, not a file name
    assert "Uit het verslag: \u201cDit punt is niet besproken" in md
    assert "verslag stuurgroep a.txt:" not in md
