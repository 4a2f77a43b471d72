"""Shared fixtures. Tests use no network; heavy models load once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def sample_data() -> Path:
    """The fictitious sample corpus in data/."""
    return DATA


@pytest.fixture(scope="session")
def sample_texts() -> list[str]:
    """About 330 varied Dutch texts from data/: survey answers of round 1, then the lines of two text minutes."""
    import csv
    import io

    from themes.ingest.textcodec import decode_bytes  # the sample export is deliberately not UTF-8

    export, _encoding = decode_bytes((DATA / "enquete" / "2023_medewerkersenquete_ronde1.csv").read_bytes())
    rows = csv.DictReader(io.StringIO(export), delimiter=";")
    texts = [row[col] for row in rows for col in ("ervaring", "verbetering")]
    for name in ("2024-06-10_voortgangsoverleg_notulen.txt", "2024-02-12_voortgangsoverleg_notulen.md"):
        texts += [line.strip() for line in (DATA / "notulen" / name).read_text(encoding="utf-8").splitlines()]
    return [t for t in texts if t]


@pytest.fixture()
def workspace(tmp_path: Path):
    """A fresh, empty workspace."""
    from themes.store import Workspace

    ws = Workspace.create(tmp_path / "werkmap")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """The whole pipeline (`themes run`) once on the sample corpus in data/; returns (workspace, output).

    Only what the repository holds: real documents are checked by ``make check-real`` (bench/), not by the tests.
    """
    from typer.testing import CliRunner

    from themes.cli import app

    root = tmp_path_factory.mktemp("demo")
    ws, out = root / "werkmap", root / "uitvoer"
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["run", str(DATA), "--manifest", str(DATA / "manifest.csv"), "--workspace", str(ws), "--output", str(out),
         "--agenda-date", "2025-03-24"],
    )
    assert result.exit_code == 0, result.output
    return ws, out


def pytest_sessionfinish(session, exitstatus):
    """No tests collected (pytest's exit code 5) is a failure like any other: exit 1 with a line saying so."""
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.config.get_terminal_writer().line("fout: geen tests gevonden", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
