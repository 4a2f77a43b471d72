import csv

from typer.testing import CliRunner

from themes.cli import app

runner = CliRunner()


def test_analyse_command_writes_themes_and_assignments(analysed_copy, tmp_path):
    out = tmp_path / "uit"
    result = runner.invoke(app, ["analyse", "--workspace", str(analysed_copy), "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "eenheden geanalyseerd" in result.output
    with (out / "themes.csv").open(encoding="utf-8") as fh:
        themes = list(csv.DictReader(fh))
    with (out / "assignments.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(themes[0]) == ["theme_id", "label", "keywords", "size", "taxonomy", "is_new"]
    assert list(rows[0]) == ["segment_id", "document", "source_id", "type", "round", "date", "theme_id",
                             "theme_label", "probability", "text", "reason"]
    assert {r["theme_id"] for r in rows if r["theme_id"]} <= {t["theme_id"] for t in themes}
    assert not any("Jan de Vries" in r["text"] for r in rows)


def test_analyse_reads_a_survey_export_first(survey_csv, tmp_path):
    out = tmp_path / "uit"
    result = runner.invoke(app, [
        "analyse", str(survey_csv), "--text-column", "antwoord", "--id-column", "id", "--round-column", "ronde",
        "--unit-column", "directie", "--workspace", str(tmp_path / "w"), "--output", str(out), "--quiet",
    ])
    assert result.exit_code == 0, result.output
    with (out / "assignments.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 150
    assert {r["round"] for r in rows} == {"ronde 1", "ronde 2"}
    assert {r["source_id"] for r in rows} >= {"r000", "r001"}
    assert "jan.devries@example.nl" not in (out / "assignments.csv").read_text(encoding="utf-8")


def test_theme_rename_merge_and_list_commands(analysed_copy, tmp_path):
    from themes.store import Workspace

    with Workspace.open(analysed_copy) as ws:
        themes = sorted(ws.themes(), key=lambda t: -t.size)
    a, b = themes[0].theme_id, themes[1].theme_id
    w = ["--workspace", str(analysed_copy)]
    assert runner.invoke(app, ["theme", "rename", a, "werkdruk en tijd", *w]).exit_code == 0
    assert runner.invoke(app, ["theme", "merge", b, "--into", a, *w]).exit_code == 0
    listed = runner.invoke(app, ["theme", "list", *w])
    assert listed.exit_code == 0 and "werkdruk en tijd" in listed.output and f"{b} " not in listed.output
    rerun = runner.invoke(app, ["analyse", *w, "--output", str(tmp_path / "uit"), "--quiet"])
    assert rerun.exit_code == 0, rerun.output
    text = (tmp_path / "uit" / "themes.csv").read_text(encoding="utf-8")
    assert f"{a},werkdruk en tijd," in text and f"\n{b}," not in text


def test_theme_commands_refuse_unknown_ids(analysed_copy):
    result = runner.invoke(app, ["theme", "rename", "T999", "x", "--workspace", str(analysed_copy)])
    assert result.exit_code == 1 and "T999" in result.output


def test_analyse_on_empty_workspace_says_what_to_do(tmp_path):
    from themes.store import Workspace

    Workspace.create(tmp_path / "leeg").close()
    result = runner.invoke(app, ["analyse", "--workspace", str(tmp_path / "leeg"), "--output", str(tmp_path / "o")])
    assert result.exit_code == 1 and "themes ingest" in result.output
