"""Two ingests of the same folder at once: the data stays consistent and each reports what it found."""

from __future__ import annotations

import re
import subprocess
import sys

from themes.config import PipelineConfig
from themes.pipeline import ingest_paths
from themes.store import Workspace

MINUTES = [
    "Notulen stuurgroep\n\nActie: de secretaris stuurt het verslag van {n} maart rond aan alle leden.\n",
    "Notulen werkgroep\n\nHet agendapunt over de werving wordt doorgeschoven naar {n} april.\n",
    "Verslag overleg\n\nDe werkgroep bespreekt het jaarplan en stelt het vast op {n} mei.\n",
]


def _folder(tmp_path):
    folder = tmp_path / "notulen"
    folder.mkdir()
    for n in range(1, 7):
        (folder / f"verslag_{n}.txt").write_text(MINUTES[n % 3].format(n=n), encoding="utf-8")
    return folder


def test_an_ingest_that_finds_its_files_stored_meanwhile_reports_them_as_present(tmp_path):
    folder = _folder(tmp_path)
    path = tmp_path / "werkmap"
    Workspace.create(path).close()
    config = PipelineConfig()
    other: list = []

    def meanwhile(_message: str) -> None:  # the other ingest commits while this one is still reading
        if not other:
            with Workspace.open(path) as ws:
                other.append(ingest_paths(ws, [folder], config))

    with Workspace.open(path) as ws:
        second = ingest_paths(ws, [folder], config, progress=meanwhile)
        stored = ws.documents()
    first = other[0]
    assert len(first.added) == 6 and not first.skipped and not first.failed
    assert not second.added and not second.failed
    assert sorted(second.skipped) == sorted(first.added)
    assert len(stored) == 6


def test_two_processes_ingesting_one_folder_together_report_every_file(tmp_path):
    folder = _folder(tmp_path)
    ws = tmp_path / "werkmap"
    Workspace.create(ws).close()
    command = [sys.executable, "-m", "themes", "ingest", str(folder), "--workspace", str(ws)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    found = []
    for out, _err in outputs:
        match = re.search(r"(\d+) document\(en\) toegevoegd .*?, (\d+) al aanwezig, (\d+) mislukt", out)
        assert match, out
        found.append(tuple(int(g) for g in match.groups()))
    assert all(added + present == 6 and failed == 0 for added, present, failed in found), found
    assert sum(added for added, _, _ in found) == 6
    with Workspace.open(ws) as opened:
        assert len(opened.documents()) == 6
