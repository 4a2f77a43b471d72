"""`themes ingest`, `status` and `segments` as an analyst uses them: bad files are named, good ones go through."""

from __future__ import annotations

import csv

from pypdf import PdfWriter
from typer.testing import CliRunner

from themes.cli import app

runner = CliRunner()


def _bad_and_good_files(folder):
    folder.mkdir()
    (folder / "goed.txt").write_text(
        "Verslag stuurgroep 11 maart 2024\n\nAanwezig: Jeroen de Vries (voorzitter), Fatima El Amrani\n\n"
        "1. Klachtenregeling\n\nHet punt is doorgeschoven naar volgend overleg. Bel Fatima op 06-12345678.\n",
        encoding="utf-8",
    )
    (folder / "leeg.txt").write_text("   \n", encoding="utf-8")
    (folder / "kapot.docx").write_bytes(b"dit is geen zip")
    (folder / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("geheim")
    with (folder / "beveiligd.pdf").open("wb") as fh:
        writer.write(fh)
    (folder / "ansi.txt").write_bytes("Caf\xe9 en re\xfcnie: \x93aanhalingstekens\x94 in cp1252.".encode("latin-1"))


def test_bad_files_get_one_line_each_and_the_rest_is_ingested(tmp_path):
    _bad_and_good_files(tmp_path / "in")
    ws = tmp_path / "werkmap"
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--workspace", str(ws), "--type", "notulen"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("fout:")]
    for name in ("leeg.txt", "kapot.docx", "oud.doc", "beveiligd.pdf"):
        assert sum(name in line for line in errors) == 1, (name, result.output)
    assert "Traceback" not in result.output
    assert "2 document(en) toegevoegd" in result.output

    out = tmp_path / "eenheden.csv"
    assert runner.invoke(app, ["segments", "--workspace", str(ws), "--output", str(out)]).exit_code == 0
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:9] == ["segment_id", "document", "source_id", "type", "round", "date", "heading", "actor", "text"]
    text = " ".join(r["text"] + r["heading"] for r in rows)
    assert "Fatima" not in text and "06-12345678" not in text and "Jeroen" not in text
    assert "[PERSOON_" in text and "[TELEFOON_" in text
    assert "Café en reünie" in text

    status = runner.invoke(app, ["status", "--workspace", str(ws)])
    assert status.exit_code == 0
    assert "PERSOON" in status.output and "Fatima" not in status.output


def test_workspace_defaults_to_environment_variable(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Een korte notitie over maatwerk per directie.", encoding="utf-8")
    monkeypatch.setenv("THEMES_WORKSPACE", str(tmp_path / "uit-env"))
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "uit-env" / "themes.db").exists()


def test_missing_workspace_is_a_one_line_error(tmp_path):
    result = runner.invoke(app, ["status", "--workspace", str(tmp_path / "nergens")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "themes init" in result.output


def test_names_in_folder_and_file_names_are_redacted(tmp_path):
    folder = tmp_path / "gesprek Fatima El Amrani"
    folder.mkdir()
    (folder / "notitie Fatima El Amrani.txt").write_text("Een notitie over maatwerk per directie.", encoding="utf-8")
    ws = tmp_path / "werkmap"
    assert runner.invoke(app, ["ingest", str(folder), "--workspace", str(ws)]).exit_code == 0
    from themes.store import Workspace

    with Workspace.open(ws) as opened:
        paths = [d.source_path for d in opened.documents()]
    assert len(paths) == 1 and "Fatima" not in paths[0] and "Amrani" not in paths[0]
    assert paths[0].endswith(".txt") and "[PERSOON_" in paths[0]
