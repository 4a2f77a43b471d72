"""Files read on several cores give exactly what one process gives; bad files still get one line each."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import themes.ingest.filemap as parallel
import themes.redact.pool as redact_parallel
from themes.config import load_config
from themes.ingest.filemap import map_files
from themes.pipeline import ingest_paths
from themes.store import KEY_NAME, Workspace


def _rows(ws: Workspace) -> dict[str, list]:
    db = sqlite3.connect(ws.path / "themes.db")
    try:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in ("documents", "segments", "redaction_counts", "name_registry")}
    finally:
        db.close()


def test_map_files_keeps_the_file_order(tmp_path):
    files = []
    for i in range(40):
        files.append(tmp_path / f"f{i:02d}.txt")
        files[-1].write_text("x" * (i * 37 % 11))
    expected = [(f.name, f.stat().st_size) for f in files]
    assert map_files(lambda f: (f.name, f.stat().st_size), files, workers=2) == expected
    assert map_files(lambda f: (f.name, f.stat().st_size), files, workers=1) == expected


def test_ingest_on_several_cores_stores_what_one_process_stores(tmp_path, sample_data, monkeypatch):
    inputs = tmp_path / "invoer"
    shutil.copytree(sample_data, inputs)
    (inputs / "kapot.docx").write_bytes(b"geen zip")
    (inputs / "leeg.md").write_text("   \n")
    config = load_config(None)
    reports, rows = [], []
    for files_min, texts_min in ((1, 1), (10**9, 10**9)):
        monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", files_min)
        monkeypatch.setattr(redact_parallel, "MIN_PARALLEL_TEXTS", texts_min)
        path = tmp_path / f"werkmap{files_min}"
        path.mkdir()
        (path / KEY_NAME).write_text("ab" * 32)  # one key for both: the same pseudonyms
        with Workspace.create(path) as ws:
            reports.append(ingest_paths(ws, [inputs], config))
            rows.append(_rows(ws))
    assert reports[0] == reports[1]
    assert rows[0] == rows[1]
    failed = dict(reports[0].failed)
    assert {Path(p).name for p in failed} >= {"kapot.docx", "leeg.md"}
    assert all("\n" not in reason for reason in failed.values())


def test_stored_content_is_skipped_when_read_again_on_several_cores(tmp_path, sample_data, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 1)
    config = load_config(None)
    with Workspace.create(tmp_path / "werkmap") as ws:
        first = ingest_paths(ws, [sample_data], config)
        again = ingest_paths(ws, [sample_data], config)
    assert first.added and not again.added
    assert sorted(again.skipped) == sorted(first.added)
