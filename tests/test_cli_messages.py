"""What the analyst sees when something is wrong: one Dutch line naming the file or option, the documented exit code.

Usage errors (a wrong option or value) exit with 2, errors while working with 1. Typer's and Click's own texts are
Dutch too, and the usage lines hold no type artefacts.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from themes.cli import app

MINUTES = (
    "Notulen stuurgroep 11 maart 2024\n\nAanwezig: de voorzitter, de secretaris en twee trekkers.\n\n"
    "1. Jaarplan\n\nHet jaarplan wordt besproken en vastgesteld. Actie: de secretaris stuurt het rond.\n\n"
    "2. Klachtenregeling\n\nDe klachtenregeling wordt doorgeschoven naar de volgende vergadering.\n"
)


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def filled(tmp_path, runner):
    """A workspace with one document."""
    (tmp_path / "notulen.txt").write_text(MINUTES, encoding="utf-8")
    ws = tmp_path / "werkmap"
    done = runner.invoke(app, ["ingest", str(tmp_path / "notulen.txt"), "--workspace", str(ws)])
    assert done.exit_code == 0, done.output
    return ws


def one_dutch_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fout: ") and "Traceback" not in result.output
    assert "Error" not in lines[0] and "onverwachte fout" not in lines[0]
    return lines[0]


def test_unknown_document_type_is_a_usage_error_naming_the_option(tmp_path, runner):
    (tmp_path / "a.txt").write_text(MINUTES, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--type", "foo", "-w", str(tmp_path / "w")])
    assert result.exit_code == 2
    line = one_dutch_line(result)
    assert "--type" in line and "'foo'" in line and "notulen" in line and "ValueError" not in line
    assert not (tmp_path / "w").exists()


@pytest.mark.parametrize("option", [["ingest", "{file}", "--date"], ["run", "{file}", "-o", "{out}", "--agenda-date"]])
def test_a_date_not_written_as_jjjj_mm_dd_is_a_usage_error_naming_the_option(tmp_path, runner, option):
    (tmp_path / "a.txt").write_text(MINUTES, encoding="utf-8")
    args = [a.format(file=tmp_path / "a.txt", out=tmp_path / "uit") for a in option]
    result = runner.invoke(app, [*args, "25-03-2024", "-w", str(tmp_path / "w")])
    assert result.exit_code == 2
    line = one_dutch_line(result)
    assert option[-1] in line and "'25-03-2024'" in line and "JJJJ-MM-DD" in line
    assert "YYYY" not in runner.invoke(app, [option[0], "--help"]).output


def test_a_read_only_output_folder_is_named_not_a_temporary_file(filled, tmp_path, runner, monkeypatch):
    import tempfile

    def refuse(*args, dir=None, prefix="", suffix="", **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", os.path.join(dir, f"{prefix}x1y2{suffix}"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "alleen-lezen"
    result = runner.invoke(app, ["segments", "--output", str(out / "eenheden.csv"), "-w", str(filled)])
    assert result.exit_code == 1
    line = one_dutch_line(result)
    assert f"map {out} " in line and ".tmp" not in line and "PermissionError" not in line


def test_a_full_disk_is_one_line_naming_the_file(filled, tmp_path, runner, monkeypatch):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "uit" / "eenheden.csv"
    result = runner.invoke(app, ["segments", "--output", str(target), "-w", str(filled)])
    assert result.exit_code == 1
    line = one_dutch_line(result)
    assert line.startswith("fout: schijf vol") and str(target) in line
    assert not list(target.parent.glob(".*tmp"))


def test_status_on_a_read_only_workspace_is_one_line_naming_the_workspace(filled, runner, monkeypatch):
    import themes.store

    def read_only(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(themes.store.sqlite3, "connect", read_only)
    result = runner.invoke(app, ["status", "-w", str(filled)])
    assert result.exit_code == 1
    line = one_dutch_line(result)
    assert f"werkmap {filled}" in line and "alleen-lezen" in line and "OperationalError" not in line


def test_status_into_a_reader_that_stopped_is_quiet(filled):
    read, write = os.pipe()
    os.close(read)  # like `themes status | head -5` after head has gone
    try:
        done = subprocess.run([sys.executable, "-m", "themes", "status", "-w", str(filled)], stdout=write,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)
    assert done.returncode == 0, done.stderr
    assert "BrokenPipeError" not in done.stderr and "Exception ignored" not in done.stderr
    assert done.stderr == ""


def _commands(group, path=()):
    for name, command in sorted(getattr(group, "commands", {}).items()):
        yield (*path, name)
        yield from _commands(command, (*path, name))


def test_help_of_every_command_is_dutch_without_type_artefacts(runner):
    import typer.main

    paths = [(), *_commands(typer.main.get_command(app))]
    assert len(paths) > 12
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        text = result.output
        assert "Gebruik: themes" in text and "Toon deze hulp en stop." in text, path
        for english in ("Usage:", "Show this message and exit.", "Options:", "Arguments:", "Commands:", "[OPTIONS]",
                        "[default:", "[required]", "COMMAND [ARGS]"):
            assert english not in text, (path, english)
        for artefact in ("{", "<bool>", "<str>", "<path>", "<int>", "list["):
            assert artefact not in text, (path, artefact, text)


def test_click_usage_errors_are_one_dutch_line_with_exit_code_2(runner):
    missing = runner.invoke(app, ["ingest"])
    assert missing.exit_code == 2
    assert one_dutch_line(missing) == "fout: argument PAD ontbreekt (zie 'themes ingest --help')"
    unknown = runner.invoke(app, ["status", "--nope"])
    assert unknown.exit_code == 2
    assert one_dutch_line(unknown).startswith("fout: onbekende optie --nope")
    command = runner.invoke(app, ["stauts"])
    assert command.exit_code == 2 and "onbekende opdracht 'stauts'" in one_dutch_line(command)
    value = runner.invoke(app, ["ingest", "x", "--type"])
    assert value.exit_code == 2 and one_dutch_line(value).startswith("fout: optie --type vraagt een waarde")


def test_progress_bar_outside_a_terminal_prints_its_final_line_once(capsys):
    from themes.progress import progress_bar

    with progress_bar(120, enabled=True, desc="Insluiten", unit=" eenheden") as bar:
        for _ in range(12):
            bar.update(10)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\r" not in err
    assert err.startswith("Insluiten: 120/120 eenheden in ")


def test_run_quiet_prints_no_steps_and_no_progress(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    data = Path(__file__).resolve().parents[1] / "data" / "notulen"
    for name in ("2024-06-10_voortgangsoverleg_notulen.txt", "2024-02-12_voortgangsoverleg_notulen.md",
                 "2024-09-16_stuurgroep_notulen.html"):
        (folder / name).write_bytes((data / name).read_bytes())
    done = subprocess.run([sys.executable, "-m", "themes", "run", str(folder), "-w", str(tmp_path / "w"), "-o",
                           str(tmp_path / "uit"), "--quiet", "--agenda-date", "2024-10-01"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "/6 " not in done.stdout and "Insluiten" not in done.stderr and done.stderr == ""
    assert "Het rapport staat in:" in done.stdout and "3 document(en) toegevoegd" in done.stdout


def test_a_bad_date_in_the_manifest_gives_the_same_date_hint(tmp_path, runner):
    (tmp_path / "a.txt").write_text(MINUTES, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,type,date\na.txt,notulen,maart\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--manifest", str(manifest),
                                 "-w", str(tmp_path / "w")])
    assert result.exit_code == 1
    line = one_dutch_line(result)
    assert "manifest.csv" in line and "'maart'" in line and "JJJJ-MM-DD" in line
