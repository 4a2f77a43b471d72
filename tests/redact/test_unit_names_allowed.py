"""Organisation units named by the survey's unit column are never redacted in the answers of that ingest."""

from __future__ import annotations

import csv

from themes.config import PipelineConfig
from themes.pipeline import ingest_paths
from themes.store import Workspace


def test_unit_column_names_stay_and_persons_beside_them_go(tmp_path):
    rows = [
        ("1", "Dienst Marieke Willems", "Bij Dienst Marieke Willems voel ik me niet veilig, zegt Karin Smit."),
        ("2", "Grond en Ontwikkeling", "Bij Grond en Ontwikkeling luistert niemand."),
    ]
    path = tmp_path / "enquete.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "directie", "antwoord"])
        writer.writerows(rows)
    with Workspace.create(tmp_path / "werkmap") as ws:
        ingest_paths(ws, [path], PipelineConfig())
        texts = [s.text for s in ws.segments()]
    assert "Dienst Marieke Willems" in texts[0]  # the unit as the survey names it (a unit, not a person here)
    assert "Karin Smit" not in texts[0] and "[PERSOON_" in texts[0]
    assert "Grond en Ontwikkeling" in texts[1]
