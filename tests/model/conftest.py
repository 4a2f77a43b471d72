"""Fixtures for the theme tests: a small survey export (about 160 answers) built from bench/data, analysed once."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "bench" / "data" / "domain_answers.csv"


def write_survey(path: Path, n: int | None = None) -> Path:
    """A survey CSV (id, antwoord, ronde, directie) from the plain hand-written answers, two rounds."""
    with ANSWERS.open(encoding="utf-8") as fh:
        rows = [r for i, r in enumerate(csv.DictReader(fh)) if i % 2 == 0]
    rows = rows[:n] if n else rows
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "antwoord", "ronde", "directie"])
        for i, row in enumerate(rows):
            text = row["text"]
            if i == 3:
                text += " Ik heb dit besproken met Jan de Vries, mail jan.devries@example.nl."
            writer.writerow([f"r{i:03d}", text, "ronde 1" if i % 2 else "ronde 2", "Sociaal Domein"])
        writer.writerow(["r999", "geen", "ronde 1", "Sociaal Domein"])
    return path


@pytest.fixture(scope="session")
def survey_csv(tmp_path_factory) -> Path:
    return write_survey(tmp_path_factory.mktemp("enquete") / "antwoorden.csv")


@pytest.fixture(scope="session")
def analysed_dir(tmp_path_factory, survey_csv) -> Path:
    """A workspace with the survey ingested and analysed once (copy it before changing it)."""
    from themes.config import PipelineConfig
    from themes.ingest import SurveyOptions
    from themes.model import analyse_workspace
    from themes.pipeline import ingest_paths
    from themes.store import Workspace

    path = tmp_path_factory.mktemp("geanalyseerd") / "werkmap"
    with Workspace.create(path) as ws:
        ingest_paths(ws, [survey_csv], PipelineConfig(),
                     survey=SurveyOptions(text_columns=("antwoord",), id_column="id", round_column="ronde"))
        analyse_workspace(ws, PipelineConfig(), progress=False)
    return path


@pytest.fixture()
def analysed_copy(analysed_dir, tmp_path) -> Path:
    target = tmp_path / "werkmap"
    shutil.copytree(analysed_dir, target)
    return target
