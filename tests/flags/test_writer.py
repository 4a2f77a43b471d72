"""flags.csv."""

from __future__ import annotations

import csv
from pathlib import Path

from flags_corpus import sample_minutes

from themes.config import FlagsConfig
from themes.flags import COLUMNS, find_flags, write_flags


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_flags_csv_has_the_documented_columns_in_order(tmp_path: Path) -> None:
    paths = write_flags(find_flags(sample_minutes().state(), FlagsConfig()), tmp_path / "uit")
    assert paths == [tmp_path / "uit" / "flags.csv"]
    header = paths[0].read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:8] == [
        "flag_id",
        "kind",
        "description",
        "first_seen",
        "last_seen",
        "times_raised",
        "documents",
        "evidence",
    ]
    assert tuple(header) == COLUMNS and header[8:] == ["status", "owner", "theme_id"]


def test_flags_csv_rows_join_documents_and_dated_evidence(tmp_path: Path) -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    rows = _rows(write_flags(flags, tmp_path)[0])
    assert len(rows) == len(flags)
    action = next(r for r in rows if "training" in r["description"])
    assert action["kind"] == "actie" and action["owner"] == "[PERSOON_3]" and action["status"] == "open"
    evidence = action["evidence"].split(" | ")
    assert len(evidence) == 3
    assert evidence[0].startswith("2024-01-15 notulen-stuurgroep-2024-01-15.docx: Actie [PERSOON_3]")
    assert action["documents"].split(" | ")[0] == "notulen-stuurgroep-2024-01-15.docx"
    theme = next(r for r in rows if r["kind"] == "terugkerend thema")
    assert theme["theme_id"] == "T01" and theme["owner"] == ""


def test_table_cells_in_evidence_do_not_break_the_separator(tmp_path: Path) -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    rows = _rows(write_flags(flags, tmp_path)[0])
    dashboard = next(r for r in rows if "ashboard" in r["description"])
    assert len(dashboard["evidence"].split(" | ")) == 3


def test_no_flags_still_writes_the_header(tmp_path: Path) -> None:
    path = write_flags([], tmp_path)[0]
    assert path.read_text(encoding="utf-8").strip() == ",".join(COLUMNS)


def test_writing_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    first = write_flags(flags, tmp_path / "a")[0].read_bytes()
    second = write_flags(find_flags(sample_minutes().state(), FlagsConfig()), tmp_path / "b")[0].read_bytes()
    assert first == second
