import csv

import pytest
from rounds_corpus import fill_workspace
from typer.testing import CliRunner

from themes.cli import app
from themes.store import Workspace


@pytest.fixture()
def filled(tmp_path):
    path = tmp_path / "werkmap"
    with Workspace.create(path) as ws:
        fill_workspace(ws)
    return path


def _statuses(out_dir):
    with open(out_dir / "rounds.csv", encoding="utf-8", newline="") as fh:
        return {row["theme_id"]: row["status"] for row in csv.DictReader(fh)}


def test_compare_accepts_the_documented_rounds_form(filled, tmp_path):
    out = tmp_path / "uit"
    result = CliRunner().invoke(
        app, ["compare", "--rounds", "ronde 1", "ronde 2", "--output", str(out), "--workspace", str(filled)]
    )
    assert result.exit_code == 0, result.output
    assert "Nieuw in ronde 2: ongemak en weerstand" in result.output
    assert {p.name for p in out.iterdir()} == {"rounds.csv", "rondes.png", "rondes.md"}
    assert _statuses(out)["T03"] == "verdwenen"


@pytest.mark.parametrize("form", [["--rounds", "ronde 1", "--rounds", "ronde 2"], ["--rounds", "ronde 1,ronde 2"], []])
def test_compare_accepts_repeated_comma_and_default_rounds(filled, tmp_path, form):
    out = tmp_path / "uit"
    result = CliRunner().invoke(app, ["compare", *form, "--output", str(out), "-w", str(filled)])
    assert result.exit_code == 0, result.output
    assert "Rondes vergeleken: ronde 1, ronde 2" in result.output


def test_compare_with_an_unknown_round_fails_with_one_line(filled, tmp_path):
    result = CliRunner().invoke(app, ["compare", "--rounds", "ronde 9", "-o", str(tmp_path / "uit"), "-w", str(filled)])
    assert result.exit_code == 1
    assert "onbekende ronde 'ronde 9'" in result.output
    assert "Traceback" not in result.output


def test_cached_vectors_come_normalised_from_the_workspace_cache(filled):
    import numpy as np

    from themes.rounds import cached_vectors
    from themes.state import load_state

    with Workspace.open(filled) as ws:
        segments = load_state(ws).segments
        ws.cache_embeddings("usem3", {segments[0].text_hash: np.array([3.0, 4.0], dtype=np.float32)})
        vectors = cached_vectors(ws, segments, "usem3")
    same_text = {s.segment_id for s in segments if s.text == segments[0].text}
    assert set(vectors) == same_text
    assert np.allclose(vectors[segments[0].segment_id], [0.6, 0.8])
