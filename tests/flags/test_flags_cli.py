"""``themes flags`` through the command line."""

from __future__ import annotations

import csv
from pathlib import Path

from flags_corpus import sample_minutes
from typer.testing import CliRunner

from themes.cli import app
from themes.store import Workspace

runner = CliRunner()


def _workspace(path: Path) -> Path:
    corpus = sample_minutes()
    with Workspace.create(path) as ws:
        for document in corpus.documents:
            ws.add_document(document, [s for s in corpus.segments if s.doc_id == document.doc_id])
        ws.save_themes(corpus.themes, corpus.assignments)
    return path


def test_flags_command_writes_flags_csv_and_summarises(tmp_path: Path) -> None:
    ws = _workspace(tmp_path / "werkmap")
    result = runner.invoke(app, ["flags", "--workspace", str(ws), "--output", str(tmp_path / "uit")])
    assert result.exit_code == 0, result.output
    assert "signalen" in result.output and "Klachtenregeling" in result.output
    with (tmp_path / "uit" / "flags.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    kinds = {r["kind"] for r in rows}
    assert kinds == {"uitgesteld", "actie", "terugkerend thema"}
    assert all(r["status"] == "open" for r in rows)
    assert not any("raadsbrief opstellen" in r["description"].lower() for r in rows)


def test_flags_command_with_resolved_lists_them_as_afgerond(tmp_path: Path) -> None:
    ws = _workspace(tmp_path / "werkmap")
    result = runner.invoke(app, ["flags", "-w", str(ws), "-o", str(tmp_path / "uit"), "--met-afgerond"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "uit" / "flags.csv").read_text(encoding="utf-8")
    assert ",afgerond," in text


def test_flags_command_without_workspace_fails_with_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["flags", "-w", str(tmp_path / "bestaat-niet"), "-o", str(tmp_path / "uit")])
    assert result.exit_code == 1
    assert "geen werkmap" in result.output
    assert "Traceback" not in result.output
