"""Real-document ingest check: every file in ``<shared>/real`` and ``<shared>/corpus`` ingests, none fails, none is empty.

Usage:
    .venv/bin/python bench/check_real.py                    # ../shared beside the project
    .venv/bin/python bench/check_real.py --shared DIR       # another folder with real/ and corpus/
    .venv/bin/python bench/check_real.py --check            # exit 1 when a number misses its target

Each folder is ingested with ``themes.pipeline.ingest_paths`` (read, clean, segment, redact, store) into a
temporary workspace, as ``themes ingest`` does. The three Woo documents in corpus/ are also held to the structure
checks that were tests before (tests read only what the repository holds; they now use fixtures in the same shapes):
no HTML, strikethrough or Woo markers left in a unit, headings, actors and list levels where the documents put them,
and the names in them redacted. Prints markdown tables. A missing shared folder is an error (exit 2), never a pass.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# bench/themes.py would shadow the package when this script runs from bench/
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from themes.config import PipelineConfig  # noqa: E402
from themes.pipeline import ingest_paths  # noqa: E402
from themes.store import Workspace  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "gold"))
import goldhash  # noqa: E402

FOLDERS = ("real", "corpus")
TARGETS = {"failed files": 0, "empty documents": 0, "Woo structure checks failed": 0}
FORBIDDEN = ("<p>", "</p>", "<li>", "<ul", "&amp;", "~~", "**", "5.1, 2, e", "5.1.2.0", "5.1, 2,", "5.1.2.e")
WOO_LEFTOVER = re.compile(r"5\.1\s*[.,]\s*2")
MINUTES, AGENDA, MEMO = "000_f1cc07efbdaabfc6.txt", "001_d08df982d76bae4f.txt", "003_6f08ac906dfb2d90.txt"


def ingest_folder(folder: Path, workspace: Path) -> tuple[dict, dict[str, list]]:
    """Ingest one folder into a new workspace; the counts and the stored units per file name."""
    with Workspace.create(workspace) as ws:
        report = ingest_paths(ws, [folder], PipelineConfig())
        docs = {d.doc_id: Path(d.source_path).name for d in ws.documents()}
        units: dict[str, list] = {name: [] for name in docs.values()}
        for seg in ws.segments():
            units[docs[seg.doc_id]].append(seg)
    empty = sorted(name for name, segs in units.items() if not segs)
    counts = {
        "files": len(report.added) + len(report.skipped) + len(report.failed),
        "added": len(report.added),
        "same content as another file": len(report.skipped),
        "failed": list(report.failed),
        "empty": empty,
        "units": sum(len(s) for s in units.values()),
    }
    return counts, units


def corpus_name_hashes() -> set[str]:
    """The hashed person mentions of the Woo documents' gold (bench/gold/corpus.jsonl): no readable name here."""
    rows = (json.loads(line) for line in (ROOT / "bench" / "gold" / "corpus.jsonl").read_text("utf-8").splitlines()
            if line.strip())
    return {h for row in rows for person in row["persons"] for h in person["mentions"]}


def names_left(text: str, hashes: set[str]) -> bool:
    """Whether a run of one to three words of ``text`` is a gold person mention (its hash is in ``hashes``)."""
    words = goldhash.words(text)
    return any(goldhash.name_hash(" ".join(words[i:i + n])) in hashes
               for n in (1, 2, 3) for i in range(len(words) - n + 1))


def woo_checks(units: dict[str, list]) -> list[tuple[str, str | None]]:
    """The structure checks of the three Woo documents: (check, None when it holds, "n/a" without it, else why not)."""

    gold_names = corpus_name_hashes()  # read once for the three documents

    def text(name: str) -> str:
        return " ".join(s.text for s in units.get(name, ()))

    def headings(name: str) -> set[str]:
        return {s.heading for s in units.get(name, ())}

    def first(name: str, start: str):
        return next((s for s in units.get(name, ()) if s.text.startswith(start)), None)

    def clean(name: str) -> str | None:
        bad = [
            f"{s.segment_id}: {field[:60]!r}"
            for s in units.get(name, ())
            for field in (s.text, s.heading, s.actor or "")
            if any(b in field for b in FORBIDDEN) or WOO_LEFTOVER.search(field)
        ]
        return "; ".join(bad[:3]) or None

    def holds(condition: bool, why: str) -> str | None:
        return None if condition else why

    checks: list[tuple[str, Callable[[], str | None]]] = [
        *((f"{name}: no HTML, ~~, ** or Woo markers", lambda n=name: clean(n)) for name in (MINUTES, AGENDA, MEMO)),
        *((f"{name}: more than 20 units", lambda n=name: holds(len(units.get(n, ())) > 20, "too few units"))
          for name in (MINUTES, AGENDA, MEMO)),
        *((f"{name}: units of at most 600 characters", lambda n=name: holds(
            all(len(s.text) <= 600 for s in units.get(n, ())), "a longer unit")) for name in (MINUTES, AGENDA, MEMO)),
        ("memo: struck-through draft text gone", lambda: holds(
            "overwaait" not in text(MEMO) and "Om die cirkel te doorbreken" not in text(MEMO)
            and "We zien dat de bestaande aanpak om hierop in te spelen" in text(MEMO), "struck text kept or text lost")),
        ("agenda: numbered items are headings", lambda: holds(
            "Agenda > 2. Raadsbrief april en vooruitblik Bestuursopdracht I&D" in headings(AGENDA)
            and any(h.startswith("Agenda > 3. Laatste update Verwey Jonker en vooruitblik > Stand van zaken")
                    for h in headings(AGENDA)), str(sorted(headings(AGENDA))[:5]))),
        ("minutes: Markdown and bold headings", lambda: holds(
            {"Besproken punten", "Maatwerk", "'Harder optreden'"} <= headings(MINUTES), str(sorted(headings(MINUTES))))),
        ("minutes: speaker column gives actors", lambda: holds(
            "[WOO]" in {s.actor for s in units.get(MINUTES, ()) if s.kind == "table_row"}, "no [WOO] actor")),
        ("minutes: HTML list items in the table are list items", lambda: holds(
            (item := first(MINUTES, "Welke vrijheid hebben directies")) is not None
            and item.kind == "list_item" and item.list_level == 1, "not a level-1 list item")),
        ("minutes: nested bullets keep their level", lambda: holds(
            (item := first(MINUTES, "Representatie in kleine teams")) is not None
            and item.list_level == 2 and item.heading == "Maatwerk", "not level 2 under Maatwerk")),
        ("memo: sections and numbered dilemmas", lambda: holds(
            {"Aanleiding/inleiding", "Context/achtergrond", "Coalition of urgency > Sturen", "Vragen"} <= headings(MEMO)
            and (q := first(MEMO, "Hoe overbrug je dit?")) is not None and q.list_level == 2, "headings or level")),
        ("all three: the names in them are redacted", lambda: holds(
            not any(names_left(text(name) + " " + " ".join(s.actor or "" for s in units.get(name, ())), gold_names)
                    for name in (MINUTES, AGENDA, MEMO)), "a name left")),
    ]
    files = {"memo": MEMO, "agenda": AGENDA, "minutes": MINUTES}
    results = []
    for label, check in checks:  # a check runs when its document is there (another corpus may lack them)
        name = files.get(label.split(":", 1)[0], label.split(":", 1)[0])
        present = all(n in units for n in (MINUTES, AGENDA, MEMO)) if name == "all three" else name in units
        results.append((label, check() if present else "n/a"))
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the check; 0 when every target holds (or without ``--check``), 1 when one misses, 2 without data."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="folder with real/ and corpus/")
    parser.add_argument("--check", action="store_true", help="exit 1 when a number misses its target")
    args = parser.parse_args(argv)
    missing = [str(args.shared / f) for f in FOLDERS if not (args.shared / f).is_dir()]
    if missing:
        print(f"fout: map met echte documenten ontbreekt: {', '.join(missing)} (geef een andere met --shared DIR)",
              file=sys.stderr)
        return 2

    totals = {"failed files": 0, "empty documents": 0, "Woo structure checks failed": 0}
    print("## Real documents: ingest\n")
    print("| folder | files | added | same content as another file | failed | empty | units |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    problems: list[str] = []
    corpus_units: dict[str, list] = {}
    with tempfile.TemporaryDirectory(prefix="check-real-") as tmp:
        for folder in FOLDERS:
            counts, units = ingest_folder(args.shared / folder, Path(tmp) / folder)
            if folder == "corpus":
                corpus_units = units
            totals["failed files"] += len(counts["failed"])
            totals["empty documents"] += len(counts["empty"])
            problems += [f"{folder}: {path}: {reason}" for path, reason in counts["failed"]]
            problems += [f"{folder}: {name}: stored without units" for name in counts["empty"]]
            print(f"| {folder} | {counts['files']} | {counts['added']} | {counts['same content as another file']} | "
                  f"{len(counts['failed'])} | {len(counts['empty'])} | {counts['units']} |")
    results = woo_checks(corpus_units)
    totals["Woo structure checks failed"] = sum(1 for _, why in results if why and why != "n/a")
    print("\n## Woo documents (corpus/): structure\n")
    print("| check | result |")
    print("| --- | --- |")
    for label, why in results:
        shown = "ok" if why is None else "n/a (document not in corpus/)" if why == "n/a" else "FAILED: " + why
        print(f"| {label} | {shown.replace('|', '/')} |")
    if problems:
        print("\n## Files that failed\n")
        for line in problems:
            print(f"- {line}")
    print("\n## Targets\n")
    print("| number | value | target | |")
    print("| --- | ---: | ---: | --- |")
    missed = []
    for name, target in TARGETS.items():
        ok = totals[name] <= target
        missed += [] if ok else [name]
        print(f"| {name} | {totals[name]} | {target} | {'ok' if ok else 'MISSED'} |")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
