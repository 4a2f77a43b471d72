"""Shared fixtures. Tests use no network; heavy models load once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The three real Woo documents beside the project."""
    path = SHARED / "corpus"
    assert path.is_dir(), f"{path} is missing: tests need ../shared beside the project"
    return path


@pytest.fixture(scope="session")
def sample_data() -> Path:
    """The fictitious sample corpus in data/."""
    return DATA


@pytest.fixture()
def workspace(tmp_path: Path):
    """A fresh, empty workspace."""
    from themes.store import Workspace

    ws = Workspace.create(tmp_path / "werkmap")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """The whole pipeline (`themes run`) once on data/ plus ../shared/corpus; returns (workspace, output)."""
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
    shared = runner.invoke(app, ["ingest", str(SHARED / "corpus"), "--workspace", str(ws), "--type", "notulen"])
    assert shared.exit_code == 0, shared.output
    return ws, out
