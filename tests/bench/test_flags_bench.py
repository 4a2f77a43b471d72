"""bench/flags.py: matching, scoring against hand-made outputs, the flags.csv fallback; no real documents needed."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "flags.py"
_spec = importlib.util.spec_from_file_location("bench_flags", SCRIPT)
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_flags"] = bench  # dataclasses look the module up by name
_spec.loader.exec_module(bench)

ITEMS = ("item_id", "kind", "track_id", "date", "document", "title", "status", "owner", "due", "recurring", "evidence")
ACTIONS = ("action_id", "description", "owner", "first_seen", "last_seen", "times_listed", "status", "due",
           "documents", "evidence")
FLAGS = ("flag_id", "kind", "description", "first_seen", "last_seen", "times_raised", "documents", "evidence",
         "status", "owner", "theme_id")


def _write(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)


def test_names_and_placeholders_do_not_count_and_pairs_are_one_to_one():
    assert bench.normalise("Actie [naam]: Locatie in Utrecht regelen!") == bench.normalise(
        "[PERSOON_3] locatie in Utrecht regelen")
    gold = [["locatie in Utrecht regelen"], ["datumprikkers voor het hele jaar regelen"]]
    rows = [["Actie [PERSOON_1]: datumprikkers voor hele jaar regelen"], ["Locatie in Utrecht regelen (BKWI?)"],
            ["Locatie regelen"]]
    assert bench.match(gold, rows) == {0: 1, 1: 0}
    assert bench.match([["presentatie geven over notificaties"]], [["begroting vaststellen"]]) == {}


def _series(tmp_path: Path) -> tuple[Path, list]:
    shared = tmp_path / "shared"
    folder = shared / "real" / "kp-werkgroepen" / "wg"
    folder.mkdir(parents=True)
    (folder / "verslag 1 maart 2024.md").write_text("# Verslag 1\n", encoding="utf-8")
    (folder / "verslag 5 april 2024.md").write_text("# Verslag 2\n", encoding="utf-8")
    docs = [
        bench.GoldDoc("real/kp-werkgroepen/wg/verslag 1 maart 2024.md", "2024-03-01", (
            {"track": "A1", "description": "offerte opvragen bij leverancier", "status": "open"},
            {"track": "A2", "description": "planning rondsturen", "status": "open"},
        ), ({"item": "begroting 2025", "evidence": "niet besproken i.v.m. tijdgebrek"},), ()),
        bench.GoldDoc("real/kp-werkgroepen/wg/verslag 5 april 2024.md", "2024-04-05", (
            {"track": "A1", "description": "offerte opvragen leverancier", "status": "afgerond"},
            {"track": "A2", "description": "planning rondsturen", "status": "open"},
        ), (), ({"item": "begroting 2025", "evidence": "stond ook vorige keer op de agenda"},)),
    ]
    return shared, docs


def test_recurring_actions_splits_last_status_and_deferred_from_items_csv(tmp_path):
    shared, docs = _series(tmp_path)
    out = tmp_path / "uitvoer"
    first, second = "verslag 1 maart 2024.md", "verslag 5 april 2024.md"
    _write(out / "items.csv", ITEMS, [
        {"kind": "actie", "track_id": "AC-1", "document": first, "title": "Actie [PERSOON_1]: offerte opvragen "
         "bij de leverancier", "status": "open"},
        {"kind": "actie", "track_id": "AC-2", "document": first, "title": "Planning rondsturen", "status": "open"},
        {"kind": "actie", "track_id": "AC-1", "document": second, "title": "Offerte opvragen leverancier",
         "status": "afgerond"},
        {"kind": "actie", "track_id": "AC-3", "document": second, "title": "planning rondsturen", "status": "open"},
        {"kind": "actie", "track_id": "AC-4", "document": second, "title": "Notulen goedkeuren", "status": "open"},
        {"kind": "agendapunt", "track_id": "P-1", "document": first, "title": "Begroting 2025",
         "status": "uitgesteld"},
        {"kind": "agendapunt", "track_id": "P-1", "document": second, "title": "Begroting 2025",
         "status": "besproken", "recurring": "Dit punt stond ook vorige keer op de agenda."},
    ])
    _write(out / "actions.csv", ACTIONS, [{"action_id": "AC-1", "status": "afgerond"},
                                          {"action_id": "AC-2", "status": "open"},
                                          {"action_id": "AC-3", "status": "open"}])
    counts = bench.score(docs, shared, bench.load_outputs(out, {}))
    numbers = counts.numbers()
    assert (counts.matched_actions, counts.gold_actions, counts.predicted_actions) == (4, 4, 5)
    assert (counts.recurring_tracks, counts.recurring_found, counts.splits, counts.right_last_status) == (2, 1, 1, 1)
    assert numbers["deferred recall"] == 1.0 and numbers["deferred precision"] == 1.0
    assert numbers["recurring-note recall"] == 1.0


def test_a_release_with_only_flags_csv_is_scored_from_it_and_nothing_written_counts_as_zero(tmp_path):
    shared, docs = _series(tmp_path)
    out = tmp_path / "uitvoer"
    first, second = "verslag 1 maart 2024.md", "verslag 5 april 2024.md"
    _write(out / "flags.csv", FLAGS, [
        {"flag_id": "F1", "kind": "actie", "description": "Offerte opvragen bij leverancier",
         "documents": f"{first} | {second}", "status": "open",
         "evidence": f"2024-03-01 {first}: Actie [PERSOON_1]: offerte opvragen | 2024-04-05 {second}: gedaan"},
        {"flag_id": "F2", "kind": "uitgesteld", "description": "Begroting 2025", "documents": first,
         "status": "open", "evidence": f"2024-03-01 {first}: Begroting 2025 niet besproken"},
    ])
    outputs = bench.load_outputs(out, {})
    assert (outputs.rows_from, outputs.actions_from) == ("flags.csv", "flags.csv")
    assert [(r.kind, r.document, r.evidence) for r in outputs.rows][:2] == [
        ("actie", first, "Actie [PERSOON_1]: offerte opvragen"), ("actie", second, "gedaan")]
    counts = bench.score(docs, shared, outputs)
    assert (counts.matched_actions, counts.recurring_found, counts.right_last_status) == (2, 1, 0)
    assert counts.matched_deferred == 1 and counts.false_deferred == 0
    empty = bench.score(docs, shared, bench.load_outputs(tmp_path / "nergens", {}))
    assert empty.matched_actions == 0 and empty.numbers()["action precision"] is None


def test_rows_without_a_track_id_are_neither_a_recurring_action_nor_a_split(tmp_path):
    shared, docs = _series(tmp_path)
    out = tmp_path / "uitvoer"
    _write(out / "items.csv", ITEMS, [
        {"kind": "actie", "document": name, "title": "planning rondsturen", "status": "open"}
        for name in ("verslag 1 maart 2024.md", "verslag 5 april 2024.md")])
    counts = bench.score(docs, shared, bench.load_outputs(out, {}))
    assert (counts.matched_actions, counts.recurring_found, counts.splits) == (2, 0, 0)


def test_without_the_shared_folder_the_bench_fails_with_a_dutch_line(tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), "--check", "--baseline", "none", "--shared",
                           str(tmp_path / "nergens")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("fout: map met echte documenten ontbreekt:")


def test_ties_in_evidence_are_broken_by_the_closer_description_not_by_row_order():
    closed = "Punten van vorige keer zijn goed in het huidige stuk verwerkt."
    gold = [["voorbeelden uit de praktijk toevoegen", closed], ["nut van de koppelvlakken benadrukken", closed]]
    rows = [["Nut van de koppelvlakken benadrukken", closed], ["Recente voorbeelden toevoegen", closed]]
    assert bench.match(gold, rows) == {0: 1, 1: 0}
