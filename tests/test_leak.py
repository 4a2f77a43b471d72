"""Personal data never gets past redaction: scan every byte the pipeline leaves behind.

Two runs: the demo on the sample corpus in data/, and a run on a copy of it with planted documents for the paths
issue 12 names: addresses without a street suffix ("Rokin 12", "Singel 250 1012 AB Amsterdam"), a UTF-16LE file
without byte-order mark, and names that appear first without their surname (in an earlier ingest and earlier in a
document) and later with it. Only what the repository holds is read (never the real documents beside the project).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"

# fictitious people, numbers and addresses (the street names are real Amsterdam streets without -straat/-weg)
FIRST_MEETING = """Notulen werkgroep huisvesting 2 december 2024

1. Opening
Hendrikje opent de vergadering en heet iedereen welkom. Thijmen is met kennisgeving afwezig.

2. Huisvesting
De werkgroep bezocht het pand aan het Rokin 12 en de nieuwe locatie Singel 250 1012 AB Amsterdam.
Daarna belde Dirkje over de planning van de verhuizing en de inrichting van de werkplekken.

3. Rondvraag
Hendrikje vraagt wie de sleutels beheert; Dirkje neemt dat op zich.
"""
SECOND_MEETING = """Verslag werkgroep huisvesting 9 december 2024

Aanwezig: Hendrikje Zwanenburg (voorzitter), Thijmen Okafor, Dirkje Haverkamp

1. Huisvesting
Zwanenburg meldt dat de sleutels van Rokin 12 zijn opgehaald. Okafor regelt de fietsenstalling op Singel 250.
Contact voor de verhuizing: 06-48291734 of d.haverkamp@voorbeeld.nl.

2. Werkplekken
De werkplekken op de tweede verdieping worden ingericht voor de teams van de verhuizing.
"""
WIDE_MEETING = """Verslag bewonersoverleg 16 december 2024

Aanwezig: Geertruida Bosboom, Thijmen Okafor

1. Bewonersoverleg
Geertruida Bosboom is bereikbaar op 020-7654321 en woont op Spui 21 in Amsterdam.
Het bewonersoverleg over de verhuizing wordt in januari voortgezet.
"""
PLANTED = [
    "Hendrikje Zwanenburg", "Hendrikje", "Zwanenburg", "Thijmen Okafor", "Thijmen", "Okafor",
    "Dirkje Haverkamp", "Dirkje", "Haverkamp", "Geertruida Bosboom", "Geertruida", "Bosboom",
    "06-48291734", "0648291734", "020-7654321", "0207654321", "d.haverkamp@voorbeeld.nl", "haverkamp@voorbeeld",
    "Rokin 12", "Singel 250", "1012 AB", "1012AB", "Spui 21",
]


def _planted_values() -> list[str]:
    values = [item["value"] if isinstance(item, dict) else item for item in json.loads((DATA / "personal_data.json").read_text())]
    # names left in the real Woo documents beside the project
    values += ["Peter Harmsink", "Harmsink"]
    return sorted({v for v in values if len(v) >= 4})


def _file_texts(path: Path) -> list[bytes]:
    data = path.read_bytes()
    blobs = [data]
    if zipfile.is_zipfile(path):  # docx, xlsx: the text lives compressed inside
        with zipfile.ZipFile(path) as zf:
            blobs += [zf.read(name) for name in zf.namelist()]
    return blobs


def _texts(blobs: list[bytes]) -> list[str]:
    texts = []
    for blob in blobs:
        texts.append(blob.decode("utf-8", errors="ignore"))
        texts.append(blob.decode("utf-16-le", errors="ignore"))
    return texts


def _pattern(value: str) -> re.Pattern[str]:
    # a value as a whole word, in any case, with any run of spaces (xml escapes undone first)
    body = r"\s+".join(re.escape(part) for part in value.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _hits(files: list[Path], values: list[str], extra_texts: dict[str, str] | None = None) -> list[str]:
    """Where a value occurs (file or named text: the value's first two letters only)."""
    patterns = {value: _pattern(value) for value in values}
    hits = []
    sources = [(f"{path.relative_to(path.parents[1])}", [t.replace("&amp;", "&") for t in _texts(_file_texts(path))])
               for path in files]
    sources += [(name, [text]) for name, text in (extra_texts or {}).items()]
    for where, texts in sources:
        for value, pattern in patterns.items():
            if any(pattern.search(text) for text in texts):
                hits.append(f"{where}: {value[:2]}…")
    return hits


def test_no_planted_personal_value_in_workspace_or_outputs(demo_run):
    ws, out = demo_run
    values = _planted_values()
    assert len(values) >= 15, "the sample corpus plants personal data to look for"
    files = [p for root in (ws, out) for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files) and any(p.suffix == ".html" for p in files)
    hits = _hits(files, values)
    assert not hits, f"personal data found in {len(hits)} places: {hits[:10]}"


@pytest.fixture(scope="module")
def planted_run(tmp_path_factory):
    """A copy of data/ with the planted minutes: a first ingest with names alone, then ``themes run``, then
    ``themes redact`` of the UTF-16 file; temporary files go to a folder of their own, which is scanned too.

    Returns (folders to scan, CLI output of every command).
    """
    from typer.testing import CliRunner

    from themes.cli import app

    root = tmp_path_factory.mktemp("planted")
    inputs, ws, out, tmp = root / "invoer", root / "werkmap", root / "uitvoer", root / "tmp"
    shutil.copytree(DATA, inputs)
    tmp.mkdir()
    planted = {
        "notulen/2024-12-02_werkgroep_huisvesting.txt": FIRST_MEETING.encode("utf-8"),
        "notulen/2024-12-09_werkgroep_huisvesting.md": SECOND_MEETING.encode("utf-8"),
        "notulen/2024-12-16_bewonersoverleg.txt": WIDE_MEETING.encode("utf-16-le"),  # no byte-order mark
    }
    for name, data in planted.items():
        (inputs / name).write_bytes(data)
    with (inputs / "manifest.csv").open("a", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        for name in planted:
            date = name.split("/")[1][:10]
            writer.writerow([name, "notulen", date, "", f"Overleg {date}", "", "", "", "", ""])
    runner = CliRunner()
    outputs = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tempfile, "tempdir", str(tmp))
        commands = {
            "ingest": ["ingest", str(inputs / "notulen" / "2024-12-02_werkgroep_huisvesting.txt"), "--workspace", str(ws)],
            "run": ["run", str(inputs), "--manifest", str(inputs / "manifest.csv"), "--workspace", str(ws),
                    "--output", str(out), "--agenda-date", "2025-03-24"],
            "redact": ["redact", str(inputs / "notulen" / "2024-12-16_bewonersoverleg.txt"), "--output",
                       str(out / "bewonersoverleg_geredigeerd.txt"), "--workspace", str(ws)],
        }
        for name, args in commands.items():
            result = runner.invoke(app, args)
            assert result.exit_code == 0, (name, result.output)
            outputs[name] = result.output
    return (ws, out, tmp), outputs


def test_planted_addresses_wide_text_and_late_surnames_leave_no_trace(planted_run):
    roots, outputs = planted_run
    files = [p for root in roots for p in root.rglob("*") if p.is_file()]
    ws, out, _tmp = roots
    assert (ws / "themes.db").is_file() and any(p.suffix == ".html" for p in files)
    assert any(p.parent.name == "bertopic" for p in files), "the saved theme model is scanned too"
    database = (ws / "themes.db").read_bytes().decode("utf-8", errors="ignore")
    for word in ("werkplekken", "fietsenstalling", "bewonersoverleg"):  # the planted minutes were stored, readable
        assert word in database, word
    assert "PERSOON" in (out / "bewonersoverleg_geredigeerd.txt").read_text(encoding="utf-8")
    from themes.store import Workspace

    with Workspace.open(ws) as workspace:
        second = [d.doc_id for d in workspace.documents() if d.title == "Overleg 2024-12-09"]
        texts = [s.text for s in workspace.segments()]
        second_texts = [s.text for s in workspace.segments(doc_ids=second)]
    opener = next(t for t in texts if "opent de vergadering en heet" in t)
    chair = next(t for t in second_texts if "(voorzitter)" in t)
    first = re.search(r"(\[PERSOON_\d+\]) opent de vergadering", opener)
    named = re.search(r"(\[PERSOON_\d+\]) \(voorzitter\)", chair)
    assert first and named and first.group(1) == named.group(1)  # alone in the first ingest, named in full later
    hits = _hits(files, PLANTED, {f"uitvoer van themes {name}": text for name, text in outputs.items()})
    assert not hits, f"personal data found in {len(hits)} places: {hits[:12]}"
