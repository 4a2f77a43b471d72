"""Meeting records on real minutes: actions, recurring actions, last status, deferred items and recurring notes.

Usage:
    .venv/bin/python bench/flags.py                     # ../shared beside the project, baseline = newest tag or HEAD
    .venv/bin/python bench/flags.py --shared DIR        # another folder with real/ and corpus/
    .venv/bin/python bench/flags.py --baseline REF      # compare with the code of a git ref; --baseline none: skip
    .venv/bin/python bench/flags.py --series api-beveiliging --details   # one series, with what was missed
    .venv/bin/python bench/flags.py --keep /tmp/flags-run   # keep workspaces and outputs to look at
    .venv/bin/python bench/flags.py --check             # exit 1 when a number misses its target

Gold: every ``bench/gold/real-<series>.jsonl`` and ``bench/gold/corpus.jsonl`` that exists (format in
bench/gold/README.md). For each series the files of its folder (README files left out) are ingested into a temporary
workspace with ``themes ingest``, then ``themes flags --met-afgerond`` writes flags.csv, actions.csv and items.csv.
No ``themes analyse``: flags must work without themes. Output document names are mapped back to the gold ``file``
by the SHA-256 of the file's bytes (the workspace's ``content_hash``), so a file name that redaction changed still
maps; two gold files with the same bytes count once.

Matching: a gold action, deferred item or recurring note and an output row are the same thing when the
rapidfuzz ``token_set_ratio`` of their normalised texts reaches ``THRESHOLD`` (best pair of gold description or
evidence against row title/description or evidence). Normalised = lower case, placeholders (``[naam]``,
``[PERSOON_3]``) and punctuation removed, Dutch stop words and the label word "actie" dropped, words lemmatised
(spaCy lookup lemmas). Rows and gold are paired one-to-one, best score first, per document.

Numbers (per series and overall):
- actions: gold actions of a document vs items.csv rows of kind ``actie`` of that document: recall, precision.
- recurring actions: gold tracks seen in two or more meetings (distinct dates). Found when the matched rows cover
  two or more meetings and all carry one and the same track_id (an empty track_id links nothing); a split when
  they carry two or more. Right last status: of the found,
  the gold status at the track's last meeting equals the actions.csv status of that track_id.
- deferred: gold ``deferred`` of a document vs rows with status ``uitgesteld`` of that document. Recall over the
  gold deferred items; for precision a row that matches a gold action with status uitgesteld is no false positive.
- recurring notes: gold ``recurring`` vs rows with a non-empty ``recurring`` sentence in that document (recall).

The baseline (``--baseline REF``) is the code of REF in a temporary ``git worktree`` (PYTHONPATH=<worktree>/src),
run the same way. Where items.csv or actions.csv is missing (a release before them), rows are derived from
flags.csv: an ``actie`` flag is one action track with a row in each of its documents, an ``uitgesteld`` flag an
uitgesteld row in each of its documents, a ``terugkerend punt`` flag a recurring note; a missing flags.csv gives
nothing (zero found). The columns say where the rows came from. A missing shared folder is an error (exit 2).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

# bench/themes.py would shadow the package when this script runs from bench/
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from rapidfuzz import fuzz  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold"
FOLDERS = ("real", "corpus")
SERIES_ROOT = Path("real") / "kp-werkgroepen"
THRESHOLD = 75.0  # token_set_ratio (0-100) on normalised texts: at or above it a gold entry and a row match
TIMEOUT = 1800  # seconds for one themes command
SEPARATOR = " | "
DEFERRED = "uitgesteld"
KIND_ACTION = "actie"
TARGETS: dict[str, tuple[str, float]] = {  # number -> (">=" or "<=", target)
    "recurring-action recall": (">=", 0.9),
    "right last status": (">=", 0.9),
    "deferred recall": (">=", 0.9),
    "action precision": (">=", 0.85),
    "deferred precision": (">=", 0.85),
    "splits": ("<=", 0),
}
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
_NON_WORD = re.compile(r"[^\w]+")


# ---------------------------------------------------------------------------------------------------- matching


@lru_cache(maxsize=1)
def _language() -> tuple[frozenset[str], object]:
    """Dutch stop words and a lemma function from the package's text layer (plain words when it is unavailable)."""
    try:
        from themes.text.lemmas import lemma
        from themes.text.stopwords import spacy_stopwords, stopwords

        return stopwords() | spacy_stopwords() | {KIND_ACTION, "acties"}, lemma
    except Exception:  # noqa: BLE001 - the bench must still run while the text layer is being changed
        return frozenset({KIND_ACTION, "acties"}), lambda word: word


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower case, no placeholders or punctuation, no stop words, lemmas; words joined by one space."""
    stop, lemma = _language()
    words = _NON_WORD.sub(" ", _PLACEHOLDER.sub(" ", text.lower())).split()
    return " ".join(lemma(w) for w in words if w not in stop and not w.isdigit())


def similarity(gold_texts: Iterable[str], row_texts: Iterable[str]) -> float:
    """The best ``token_set_ratio`` (0-100) of any normalised gold text against any normalised row text."""
    golds = [n for n in (normalise(t) for t in gold_texts if t) if n]
    rows = [n for n in (normalise(t) for t in row_texts if t) if n]
    return max((fuzz.token_set_ratio(g, r) for g in golds for r in rows), default=0.0)


def match(gold: Sequence[Sequence[str]], rows: Sequence[Sequence[str]], threshold: float = THRESHOLD) -> dict[int, int]:
    """Pair gold entries and rows one-to-one, best score first (ties: the closer first texts, then earlier gold,
    earlier row).

    The first texts (gold description, row title) break ties: several actions closed by one sentence ("Punten van
    vorige keer zijn verwerkt") quote it alike, and which gold entry gets which row must not depend on row order.

    Args:
        gold: per gold entry its texts (description, evidence).
        rows: per output row its texts (title, evidence).
        threshold: the lowest score that counts as a match.

    Returns:
        gold index -> row index for every matched pair.
    """
    pairs = sorted(
        ((score, similarity(texts[:1], row[:1]), g, r) for g, texts in enumerate(gold) for r, row in enumerate(rows)
         if (score := similarity(texts, row)) >= threshold),
        key=lambda p: (-p[0], -p[1], p[2], p[3]),
    )
    taken_gold: dict[int, int] = {}
    taken_rows: set[int] = set()
    for _, _, g, r in pairs:
        if g not in taken_gold and r not in taken_rows:
            taken_gold[g] = r
            taken_rows.add(r)
    return taken_gold


# ---------------------------------------------------------------------------------------------------- gold


@dataclasses.dataclass(frozen=True)
class GoldDoc:
    """One gold line: a document of a series and what it holds."""

    file: str
    date: str | None
    actions: tuple[dict, ...]
    deferred: tuple[dict, ...]
    recurring: tuple[dict, ...]

    @property
    def meeting(self) -> str:
        """The meeting this document belongs to: its date, else its file."""
        return self.date or self.file


def load_gold(gold_dir: Path) -> dict[str, list[GoldDoc]]:
    """Every ``real-*.jsonl`` and ``corpus.jsonl`` in ``gold_dir``: series name -> its documents."""
    series: dict[str, list[GoldDoc]] = {}
    paths = sorted(gold_dir.glob("real-*.jsonl")) + sorted(gold_dir.glob("corpus.jsonl"))
    for path in paths:
        name = path.stem.removeprefix("real-")
        docs = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"let op: {path.name} regel {number} is geen JSON ({exc}); overgeslagen", file=sys.stderr)
                continue
            if not isinstance(rec, dict) or not rec.get("file"):
                print(f"let op: {path.name} regel {number} noemt geen file; overgeslagen", file=sys.stderr)
                continue
            docs.append(GoldDoc(
                file=rec["file"], date=rec.get("date"), actions=tuple(rec.get("actions") or ()),
                deferred=tuple(rec.get("deferred") or ()), recurring=tuple(rec.get("recurring") or ()),
            ))
        series[name] = docs
    return series


def series_folder(shared: Path, name: str, docs: Sequence[GoldDoc]) -> Path:
    """The folder of a series: where its gold files are (else corpus/ or real/kp-werkgroepen/<name>)."""
    parents = sorted({(shared / d.file).parent for d in docs})
    if parents:
        return parents[0]
    return shared / "corpus" if name == "corpus" else shared / SERIES_ROOT / name


def series_files(folder: Path) -> list[Path]:
    """The documents of a series folder, README files left out."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.lower().startswith("readme")
                  and not p.name.startswith("."))


# ---------------------------------------------------------------------------------------------------- outputs


@dataclasses.dataclass(frozen=True)
class Row:
    """One item of one meeting document, as items.csv (or flags.csv, derived) gives it."""

    kind: str
    track_id: str
    document: str
    title: str
    status: str
    evidence: str
    recurring: str


@dataclasses.dataclass(frozen=True)
class Outputs:
    """What one release wrote for one series, and where each part came from."""

    rows: tuple[Row, ...] = ()
    action_status: dict[str, str] = dataclasses.field(default_factory=dict)
    names: dict[str, str] = dataclasses.field(default_factory=dict)  # sha256 of the file -> output document name
    rows_from: str = "none"
    actions_from: str = "none"
    error: str = ""


def read_csv(path: Path) -> list[dict[str, str]] | None:
    """The rows of a CSV file as dicts (None when the file is missing or unreadable)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [{k: (v or "") for k, v in row.items() if k} for row in csv.DictReader(handle)]
    except (OSError, csv.Error, UnicodeDecodeError):
        return None


def _basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1].strip()


def _quotes(flag: dict[str, str]) -> dict[str, str]:
    """Document name -> the evidence quote of that document (``2024-03-11 name: text`` parts of flags.csv)."""
    documents = [_basename(d) for d in flag.get("documents", "").split(SEPARATOR) if d.strip()]
    found: dict[str, str] = {}
    for part in flag.get("evidence", "").split(SEPARATOR):
        for doc in sorted(documents, key=len, reverse=True):
            head, sep, text = part.partition(f"{doc}: ")
            if sep and len(head) <= 12:  # only a date may come before the name
                found.setdefault(doc, text.strip())
                break
    return found


def rows_from_flags(flags: Sequence[dict[str, str]]) -> tuple[list[Row], dict[str, str]]:
    """Items and action statuses derived from flags.csv (a release without items.csv and actions.csv)."""
    rows: list[Row] = []
    status: dict[str, str] = {}
    for flag in flags:
        kind, flag_id = flag.get("kind", ""), flag.get("flag_id", "")
        documents = [_basename(d) for d in flag.get("documents", "").split(SEPARATOR) if d.strip()]
        quotes = _quotes(flag)
        title = flag.get("description", "")
        if kind == KIND_ACTION:
            status[flag_id] = flag.get("status", "")
            rows += [Row(KIND_ACTION, flag_id, d, title, flag.get("status", ""), quotes.get(d, ""), "")
                     for d in documents]
        elif kind == DEFERRED:
            rows += [Row("agendapunt", flag_id, d, title, DEFERRED, quotes.get(d, ""), "") for d in documents]
        elif kind == "terugkerend punt":
            rows += [Row("agendapunt", flag_id, d, title, "", "", quotes.get(d, "") or title)
                     for d in (list(quotes) or documents)]
    return rows, status


def load_outputs(out_dir: Path, names: dict[str, str], error: str = "") -> Outputs:
    """Read items.csv, actions.csv and flags.csv of one run; what is missing comes from flags.csv or is empty."""
    items = read_csv(out_dir / "items.csv")
    actions = read_csv(out_dir / "actions.csv")
    flags = read_csv(out_dir / "flags.csv")
    derived_rows, derived_status = rows_from_flags(flags or [])
    if items is not None:
        rows = [Row(r.get("kind", ""), r.get("track_id", ""), _basename(r.get("document", "")), r.get("title", ""),
                    r.get("status", ""), r.get("evidence", ""), r.get("recurring", "")) for r in items]
        rows_from = "items.csv"
    else:
        rows, rows_from = derived_rows, "flags.csv" if flags is not None else "none"
    if actions is not None:
        status = {r.get("action_id", ""): r.get("status", "") for r in actions}
        actions_from = "actions.csv"
    else:
        status, actions_from = derived_status, "flags.csv" if flags is not None else "none"
    return Outputs(tuple(rows), status, names, rows_from, actions_from, error)


# ---------------------------------------------------------------------------------------------------- running


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes (what ingest stores as content_hash)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def document_names(workspace: Path) -> dict[str, str]:
    """content_hash -> output document name (basename of the stored, redacted source path)."""
    try:
        con = sqlite3.connect(f"file:{workspace / 'themes.db'}?mode=ro", uri=True)
        try:
            return {h: _basename(p) for p, h in con.execute("SELECT source_path, content_hash FROM documents")}
        finally:
            con.close()
    except sqlite3.Error:
        return {}


def _python(args: Sequence[str], src: Path | None, cwd: Path) -> tuple[int, str]:
    """Run ``python ARGS`` with the code in ``src`` first on the path (None: the installed package)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "THEMES_WORKSPACE")}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    try:
        done = subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return -1, str(exc)
    return done.returncode, (done.stderr.strip() or done.stdout.strip())


def _themes(args: Sequence[str], src: Path | None, cwd: Path) -> tuple[int, str]:
    """Run ``python -m themes ARGS`` with the code in ``src`` (None: the installed package); (exit code, stderr)."""
    return _python(["-m", "themes", *args], src, cwd)


def runs_code_of(src: Path, cwd: Path) -> bool:
    """Whether ``python -m themes`` with PYTHONPATH=src imports the package from ``src``."""
    code, out = _python(["-c", "import themes, sys; sys.stderr.write(themes.__file__)"], src, cwd)
    return code == 0 and Path(out).resolve().is_relative_to(src.resolve())


def run_release(files: Sequence[Path], src: Path | None, work: Path) -> Outputs:
    """Ingest ``files`` into a new workspace under ``work``, run ``themes flags --met-afgerond``, read the outputs."""
    work.mkdir(parents=True, exist_ok=True)
    workspace, out_dir = work / "werkmap", work / "uitvoer"
    if not files:
        return Outputs(error="geen bestanden")
    code, err = _themes(["ingest", *map(str, files), "--workspace", str(workspace)], src, work)
    if code != 0:
        return Outputs(error=f"themes ingest: exit {code}: {err.splitlines()[-1] if err else ''}")
    names = document_names(workspace)
    code, err = _themes(["flags", "--workspace", str(workspace), "--output", str(out_dir), "--met-afgerond"],
                        src, work)
    error = f"themes flags: exit {code}: {err.splitlines()[-1] if err else ''}" if code != 0 else ""
    return load_outputs(out_dir, names, error)


def _git(*args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)
    except OSError as exc:  # no git: no baseline
        return subprocess.CompletedProcess(["git", *args], 1, "", str(exc))


def default_baseline() -> str:
    """The newest tag (the current release), else HEAD."""
    tag = _git("describe", "--tags", "--abbrev=0")
    return tag.stdout.strip() if tag.returncode == 0 and tag.stdout.strip() else "HEAD"


@contextlib.contextmanager
def baseline_code(ref: str | None, tmp: Path) -> Iterator[tuple[Path, str] | None]:
    """The code of ``ref`` checked out in a temporary git worktree: (its src folder, a column label), else None."""
    if ref is None:
        yield None
        return
    commit = _git("rev-parse", "--short", f"{ref}^{{commit}}")
    tree = tmp / "baseline-code"
    added = _git("worktree", "add", "--detach", str(tree), commit.stdout.strip()) if commit.returncode == 0 else commit
    try:
        if added.returncode != 0:
            print(f"let op: baseline {ref} niet beschikbaar: {added.stderr.strip()}", file=sys.stderr)
            yield None
        elif not runs_code_of(tree / "src", tmp):
            print(f"let op: baseline {ref}: het pakket komt niet uit {tree / 'src'}", file=sys.stderr)
            yield None
        else:
            yield tree / "src", f"baseline {ref} ({commit.stdout.strip()})"
    finally:
        if added.returncode == 0:
            _git("worktree", "remove", "--force", str(tree))
            _git("worktree", "prune")


# ---------------------------------------------------------------------------------------------------- scoring


@dataclasses.dataclass
class Counts:
    """Counts behind the numbers of one series for one release (summed for the overall table)."""

    gold_actions: int = 0
    predicted_actions: int = 0
    matched_actions: int = 0
    recurring_tracks: int = 0
    recurring_found: int = 0
    splits: int = 0
    right_last_status: int = 0
    gold_deferred: int = 0
    predicted_deferred: int = 0
    matched_deferred: int = 0
    false_deferred: int = 0
    gold_notes: int = 0
    predicted_notes: int = 0
    matched_notes: int = 0
    misses: list[str] = dataclasses.field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Add another series' counts to these."""
        for field in dataclasses.fields(self):
            if field.name != "misses":
                setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    def numbers(self) -> dict[str, float | int | None]:
        """The reported numbers (None when there is nothing to measure)."""

        def share(part: int, whole: int) -> float | None:
            return part / whole if whole else None

        return {
            "action recall": share(self.matched_actions, self.gold_actions),
            "action precision": share(self.matched_actions, self.predicted_actions),
            "recurring-action recall": share(self.recurring_found, self.recurring_tracks),
            "splits": self.splits,
            "right last status": share(self.right_last_status, self.recurring_found),
            "deferred recall": share(self.matched_deferred, self.gold_deferred),
            "deferred precision": share(self.predicted_deferred - self.false_deferred, self.predicted_deferred),
            "recurring-note recall": share(self.matched_notes, self.gold_notes),
        }


def _texts(entry: dict, *keys: str) -> list[str]:
    return [str(entry.get(k) or "") for k in keys]


def score(docs: Sequence[GoldDoc], shared: Path, outputs: Outputs) -> Counts:
    """Compare one series' gold with one release's outputs."""
    counts = Counts()
    by_doc: dict[str, list[Row]] = {}
    for row in outputs.rows:
        by_doc.setdefault(row.document, []).append(row)
    seen_names: set[str] = set()
    # track -> [(meeting, (date, file) to order by, gold status, matched row or None)]
    tracks: dict[str, list[tuple[str, tuple[str, str], str, Row | None]]] = {}
    for doc in docs:
        path = shared / doc.file
        try:
            name: str | None = outputs.names.get(file_hash(path)) or path.name
        except OSError:
            name = None  # a gold file that is gone: nothing of it can be found
        if name is not None and name in seen_names:
            continue  # the same bytes as an earlier gold file: one document in the workspace
        seen_names.add(name or doc.file)
        rows = by_doc.get(name, []) if name else []
        label = Path(doc.file).name
        actions = [r for r in rows if r.kind == KIND_ACTION]
        gold_actions = [_texts(a, "description", "evidence") for a in doc.actions]
        paired = match(gold_actions, [[r.title, r.evidence] for r in actions])
        counts.gold_actions += len(doc.actions)
        counts.predicted_actions += len(actions)
        counts.matched_actions += len(paired)
        for g, action in enumerate(doc.actions):
            row = actions[paired[g]] if g in paired else None
            tracks.setdefault(str(action.get("track") or f"{doc.file}#{g}"), []).append(
                (doc.meeting, (doc.date or "", doc.file), str(action.get("status") or ""), row))
            if row is None:
                counts.misses.append(f"{label}: actie niet gevonden: {action.get('description')}")
        counts.misses += [f"{label}: actie niet in gold: {actions[r].title}"
                          for r in sorted(set(range(len(actions))) - set(paired.values()))]

        deferred_rows = [r for r in rows if r.status == DEFERRED]
        paired = match([_texts(d, "item", "evidence") for d in doc.deferred],
                       [[r.title, r.evidence] for r in deferred_rows])
        unmatched = [r for i, r in enumerate(deferred_rows) if i not in paired.values()]
        postponed = [_texts(a, "description", "evidence") for a in doc.actions if a.get("status") == DEFERRED]
        excused = match(postponed, [[r.title, r.evidence] for r in unmatched])
        counts.gold_deferred += len(doc.deferred)
        counts.predicted_deferred += len(deferred_rows)
        counts.matched_deferred += len(paired)
        counts.false_deferred += len(unmatched) - len(excused)
        counts.misses += [f"{label}: uitgesteld niet gevonden: {d.get('item')}"
                          for i, d in enumerate(doc.deferred) if i not in paired]
        counts.misses += [f"{label}: uitgesteld niet in gold: {r.title}"
                          for i, r in enumerate(unmatched) if i not in excused.values()]

        note_rows = [r for r in rows if r.recurring.strip()]
        paired = match([_texts(n, "item", "evidence") for n in doc.recurring],
                       [[r.title, r.recurring] for r in note_rows])
        counts.gold_notes += len(doc.recurring)
        counts.predicted_notes += len(note_rows)
        counts.matched_notes += len(paired)
        counts.misses += [f"{label}: terugkerend niet gevonden: {n.get('item')}"
                          for i, n in enumerate(doc.recurring) if i not in paired]

    for track, entries in sorted(tracks.items()):
        if len({meeting for meeting, _, _, _ in entries}) < 2:
            continue
        counts.recurring_tracks += 1
        matched = [(meeting, row) for meeting, _, _, row in entries if row is not None]
        ids = {row.track_id for _, row in matched if row.track_id}
        if len(ids) >= 2:
            counts.splits += 1
            counts.misses.append(f"{track}: gesplitst over {len(ids)} sporen")
        elif len({meeting for meeting, _ in matched}) >= 2 and all(row.track_id for _, row in matched):
            counts.recurring_found += 1
            last_status = max(entries, key=lambda e: e[1])[2]
            got = outputs.action_status.get(next(iter(ids)), "")
            if got == last_status:
                counts.right_last_status += 1
            else:
                counts.misses.append(f"{track}: laatste status {last_status}, uitvoer {got or '(geen)'}")
        else:
            counts.misses.append(f"{track}: terugkerende actie niet als één spoor gevonden")
    return counts


# ---------------------------------------------------------------------------------------------------- printing


def _shown(value: float | int | None, counts: tuple[int, int] | None = None) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, int):
        return str(value)
    return f"{value:.2f}" + (f" ({counts[0]}/{counts[1]})" if counts else "")


def _fractions(c: Counts) -> dict[str, tuple[int, int] | None]:
    return {
        "action recall": (c.matched_actions, c.gold_actions),
        "action precision": (c.matched_actions, c.predicted_actions),
        "recurring-action recall": (c.recurring_found, c.recurring_tracks),
        "splits": None,
        "right last status": (c.right_last_status, c.recurring_found),
        "deferred recall": (c.matched_deferred, c.gold_deferred),
        "deferred precision": (c.predicted_deferred - c.false_deferred, c.predicted_deferred),
        "recurring-note recall": (c.matched_notes, c.gold_notes),
    }


def _target(name: str) -> str:
    if name not in TARGETS:
        return ""
    op, value = TARGETS[name]
    return f"{'≥' if op == '>=' else '≤'} {value:g}"


def _missed(value: float | int | None, name: str) -> bool:
    if name not in TARGETS or value is None:
        return False
    op, target = TARGETS[name]
    return value < target if op == ">=" else value > target


def print_table(title: str, columns: Sequence[tuple[str, Counts, Outputs | None]]) -> None:
    """One markdown table: a row per number, a column per release."""
    print(f"\n## {title}\n")
    print("| number | " + " | ".join(label for label, _, _ in columns) + " | target |")
    print("| --- | " + " | ".join("---:" for _ in columns) + " | ---: |")
    for name in columns[0][1].numbers():
        cells = [_shown(c.numbers()[name], _fractions(c)[name]) for _, c, _ in columns]
        print(f"| {name} | " + " | ".join(cells) + f" | {_target(name)} |")
    if all(o is not None for _, _, o in columns):
        print("| rows from | " + " | ".join(f"{o.rows_from}, status: {o.actions_from}" for _, _, o in columns)
              + " | |")
        errors = [f"{label}: {o.error}" for label, _, o in columns if o.error]
        for line in errors:
            print(f"\nfout bij {line}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 when every target holds (or without ``--check``), 1 when one misses, 2 without data."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="folder with real/ and corpus/")
    parser.add_argument("--check", action="store_true", help="exit 1 when a number misses its target")
    parser.add_argument("--baseline", default=None,
                        help="git ref to compare with (default: the newest tag, else HEAD; 'none': no baseline)")
    parser.add_argument("--series", action="append", default=None, help="only this series (repeatable)")
    parser.add_argument("--details", action="store_true", help="list what the current code missed, per series")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the workspaces and outputs in this folder (<release>/<series>/werkmap, uitvoer)")
    parser.add_argument("--gold", type=Path, default=GOLD, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    missing = [str(args.shared / f) for f in FOLDERS if not (args.shared / f).is_dir()]
    if missing:
        print(f"fout: map met echte documenten ontbreekt: {', '.join(missing)} (geef een andere met --shared DIR)",
              file=sys.stderr)
        return 2
    gold = load_gold(args.gold)
    if args.series:
        gold = {name: docs for name, docs in gold.items() if name in args.series}
    if not gold:
        print(f"fout: geen gold in {args.gold} (real-*.jsonl, corpus.jsonl)", file=sys.stderr)
        return 2
    without_gold = sorted(p.name for p in (args.shared / SERIES_ROOT).glob("*")
                          if p.is_dir() and p.name not in gold and not args.series)
    ref = args.baseline or default_baseline()
    baseline = None if ref.lower() == "none" else ref

    with tempfile.TemporaryDirectory(prefix="bench-flags-") as tmp, baseline_code(baseline, Path(tmp)) as base:
        # the code of this checkout, not whatever the venv's editable install points at (a second worktree)
        src_of: dict[str, Path | None] = {"current": ROOT / "src"}
        labels = {"current": "current"}
        if base is not None:
            src_of["baseline"], labels["baseline"] = base
        totals = {key: Counts() for key in src_of}
        per_series: dict[str, dict[str, tuple[Counts, Outputs]]] = {}
        for name, docs in gold.items():
            files = series_files(series_folder(args.shared, name, docs))
            per_series[name] = {}
            for key, src in src_of.items():
                work = (args.keep or Path(tmp)) / key / name
                if work.exists() and args.keep:
                    shutil.rmtree(work)  # a kept run of before: start from an empty workspace
                outputs = run_release(files, src, work)
                counts = score(docs, args.shared, outputs)
                per_series[name][key] = (counts, outputs)
                totals[key].add(counts)
            print_table(f"{name} ({len(docs)} gold documents, {len(files)} files ingested)",
                        [(labels[k], c, o) for k, (c, o) in per_series[name].items()])
            if args.details and per_series[name]["current"][0].misses:
                print("\nMissed by the current code:\n")
                for line in per_series[name]["current"][0].misses:
                    print(f"- {line}")

    print_table(f"All series ({', '.join(gold)})", [(labels[k], c, None) for k, c in totals.items()])
    print("\n## Summary (current; baseline in brackets)\n")
    names = list(Counts().numbers())
    print("| series | " + " | ".join(names) + " |")
    print("| --- | " + " | ".join("---:" for _ in names) + " |")
    for series, runs in [*per_series.items(), ("all", {k: (c, None) for k, c in totals.items()})]:
        cells = []
        for number in names:
            cell = _shown(runs["current"][0].numbers()[number])
            if "baseline" in runs:
                cell += f" ({_shown(runs['baseline'][0].numbers()[number])})"
            cells.append(cell)
        print(f"| {series} | " + " | ".join(cells) + " |")
    if without_gold:
        print(f"\nSeries without gold (not measured): {', '.join(without_gold)}")
    print(f"\nMatching: rapidfuzz token_set_ratio ≥ {THRESHOLD:g} on normalised text, one-to-one per document.")

    print("\n## Targets (current code, every series and all together)\n")
    print("| series | number | value | target | |")
    print("| --- | --- | ---: | ---: | --- |")
    missed = []
    for series, counts in [*((s, r["current"][0]) for s, r in per_series.items()), ("all", totals["current"])]:
        for number, value in counts.numbers().items():
            if number in TARGETS:
                bad = _missed(value, number)
                missed += [f"{series}: {number}"] if bad else []
                print(f"| {series} | {number} | {_shown(value)} | {_target(number)} | "
                      f"{'MISSED' if bad else 'n/a' if value is None else 'ok'} |")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
