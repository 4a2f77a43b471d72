"""Same workspace, same config: byte-identical outputs at a few thousand units (issue 13: 2,080 units gave two
different themes.csv before every post-embedding step ran on one thread with fixed seeds)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

ANSWERS = Path(__file__).resolve().parents[2] / "bench" / "data" / "domain_answers.csv"


def _big_survey(path: Path, n: int = 3_000) -> Path:
    """``n`` distinct answers: each hand-written answer followed by the first sentence of another (deterministic)."""
    with ANSWERS.open(encoding="utf-8") as fh:
        texts = [r["text"] for r in csv.DictReader(fh)]
    firsts = [t.split(". ")[0].rstrip(".") + "." for t in texts]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "antwoord", "ronde"])
        for i in range(n):
            a, b = i % len(texts), (i * 7 + i // len(texts)) % len(texts)
            writer.writerow([f"r{i:04d}", f"{texts[a]} {firsts[b]}", f"ronde {1 + i % 2}"])
    return path


def test_two_copies_of_a_workspace_give_byte_identical_outputs_at_3000_units(tmp_path):
    from themes.config import PipelineConfig
    from themes.ingest import SurveyOptions
    from themes.model import analyse_workspace, embed_pending, load_evidence, write_analysis_outputs
    from themes.pipeline import ingest_paths
    from themes.state import load_state
    from themes.store import Workspace

    config = PipelineConfig()
    original = tmp_path / "origineel"
    with Workspace.create(original) as ws:
        ingest_paths(ws, [_big_survey(tmp_path / "enquete.csv")], config,
                     survey=SurveyOptions(text_columns=("antwoord",), id_column="id", round_column="ronde"))
        embed_pending(ws, config, progress=False)  # one encoding, in the workspace's cache: both copies read it
    outputs = []
    for name in ("kopie-a", "kopie-b"):
        copy = tmp_path / name
        shutil.copytree(original, copy)
        with Workspace.open(copy) as ws:
            result = analyse_workspace(ws, config, progress=False, full=True)
            state = load_state(ws)
            evidence = load_evidence(ws.models_dir)
        assert result.n_units >= 2_500
        out = tmp_path / f"uit-{name}"
        write_analysis_outputs(state, out, evidence)
        outputs.append(out)
    files = sorted(p.name for p in outputs[0].iterdir())
    assert files == ["assignments.csv", "themes.csv"]
    for name in files:
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name
