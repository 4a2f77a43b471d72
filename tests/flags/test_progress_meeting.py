"""End to end on minutes in the shape of a real progress meeting (written for this test, no real names).

Two meetings: the second has four agenda items that "stood on the agenda of a meeting that did not take place"
and were moved to a bilateral meeting for lack of time (a range, "4 t/m 7", with empty headings), an action table
``Actiepunt | wie | status`` whose status cells say loopt, gesloten and afgevoerd, and action lines with and
without a colon. Ingest, redaction, stored meeting records, flags, actions.csv, items.csv and the agenda all run.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from themes.config import PipelineConfig
from themes.flags import find_flags, meeting_tracks, write_meeting_tables
from themes.pipeline import ingest_paths, meeting_records
from themes.records import parser_version
from themes.report import build_agenda, build_report
from themes.state import load_state
from themes.store import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


class _NoRounds:
    rounds: tuple[str, ...] = ()
    totals: tuple[tuple[str, int], ...] = ()
    trends: tuple = ()
    summary: tuple[str, ...] = ()
    events: tuple = ()


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("voortgang")
    for name in ("2024-01-15_voortgangsoverleg.md", "2024-03-11_voortgangsoverleg.md"):
        shutil.copy(FIXTURES / name, tmp / name)
    cfg = PipelineConfig()
    with Workspace.create(tmp / "werkmap") as ws:
        ingest_paths(ws, [tmp / "2024-01-15_voortgangsoverleg.md", tmp / "2024-03-11_voortgangsoverleg.md"], cfg)
        stored = ws.meeting_records()
        records = meeting_records(ws)
        state = load_state(ws)
    tracks = meeting_tracks(state, cfg.flags, records)
    flags = find_flags(state, cfg.flags, tracks=tracks, include_resolved=True)
    out = tmp / "uitvoer"
    write_meeting_tables(tracks.items, tracks.actions, out)
    report = build_report(state, _NoRounds(), flags, cfg, tracks=tracks)
    agenda = build_agenda(report, "Voortgangsoverleg", "2024-04-08", cfg)
    return {"stored": stored, "records": records, "flags": flags, "out": out, "agenda": agenda}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_records_are_stored_at_ingest_with_the_parser_version(run):
    assert len(run["stored"]) == 2
    assert {version for version, _ in run["stored"].values()} == {parser_version()}


def test_status_cells_give_the_last_status_and_never_become_actions(run):
    actions = {r["description"].lower(): r for r in _rows(run["out"] / "actions.csv")}
    assert actions["raadsbrief versturen"]["status"] == "afgerond"  # "Gesloten. Tekst is aangepast."
    assert actions["training leidinggevenden inkopen"]["status"] == "vervallen"  # "afgevoerd"
    assert not any(d.startswith(("gesloten", "loopt")) for d in actions)


def test_an_action_carried_into_the_table_is_one_track_with_its_owner(run):
    rows = _rows(run["out"] / "actions.csv")
    dashboard = [r for r in rows if "ashboard" in r["description"]]
    assert len(dashboard) == 1
    assert dashboard[0]["times_listed"] == "2" and dashboard[0]["status"] == "open"
    assert dashboard[0]["owner"].startswith("[PERSOON_")
    raadsbrief = [r for r in rows if r["description"].lower().startswith("raadsbrief versturen")]
    assert len(raadsbrief) == 1 and raadsbrief[0]["times_listed"] == "2"


def test_the_range_of_items_is_expanded_deferred_and_recurring(run):
    rows = [r for r in _rows(run["out"] / "items.csv") if r["kind"] == "agendapunt" and r["date"] == "2024-03-11"]
    deferred = {r["title"] for r in rows if r["status"] == "uitgesteld"}
    assert {"Klachtenregeling", "Communicatieplan", "Training moeilijke gesprekken", "Evaluatie meldpunt"} <= deferred
    assert all(r["recurring"] for r in rows if r["title"] in deferred)
    assert "Monitor representatie" in {r["title"] for r in rows if r["status"] == "besproken"}


def test_an_item_deferred_twice_is_flagged_and_recurring_notes_are_flags(run):
    kinds = {(f.kind, f.description.split(" (")[0]) for f in run["flags"]}
    assert ("uitgesteld", "Klachtenregeling") in kinds
    assert ("terugkerend punt", "Evaluatie meldpunt") in kinds


def test_agenda_lists_every_open_action_and_gives_each_deferred_item_its_own_point(run):
    items = run["agenda"].items
    actielijst = next(i for i in items if i.title == "Actielijst")
    notes = " ".join(actielijst.notes)
    assert "ashboard streefcijfers opleveren" in notes  # open since January, still in the table
    assert "uitnodiging voor de dialoogsessie" in notes  # agreed at the latest meeting, without a colon
    assert "aadsbrief versturen" not in notes and "Training leidinggevenden" not in notes  # closed / dropped
    deferred = [i for i in items if i.title.startswith("Uitgesteld agendapunt")]
    assert {i.title.split(": ", 1)[1] for i in deferred} >= {"Klachtenregeling", "Evaluatie meldpunt"}
    klachten = next(i for i in deferred if i.title.endswith("Klachtenregeling"))
    assert "eerder uitgesteld" in klachten.summary[0]


def test_items_csv_quotes_the_sentence_that_defers_an_item_not_its_whole_unit(run):
    rows = [r for r in _rows(run["out"] / "items.csv") if r["kind"] == "agendapunt" and r["date"] == "2024-03-11"]
    klachten = next(r for r in rows if r["title"] == "Klachtenregeling")
    assert klachten["evidence"].startswith("Door tijdgebrek zijn ze niet besproken")
    assert "stonden ook op de agenda" not in klachten["evidence"]
