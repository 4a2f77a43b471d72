"""``make check-real`` and its ingest check: a missing folder of real documents is an error, never a pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_check_real_without_the_shared_folder_fails_with_a_dutch_line(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "check_real.py"), "--check", "--shared",
                           str(tmp_path / "nergens")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith("fout: map met echte documenten ontbreekt:") and "nergens" in done.stderr


def test_check_real_passes_on_documents_that_ingest_and_fails_on_one_that_does_not(tmp_path):
    shared = tmp_path / "shared"
    (shared / "real").mkdir(parents=True)
    (shared / "corpus").mkdir()
    (shared / "real" / "verslag 10 mei 2023.mdown").write_text(
        "# Verslag werkgroep\n\n- Actie: de werkgroep stelt een voorstel op voor de volgende keer.\n", encoding="utf-8")
    (shared / "corpus" / "notulen.md").write_text("# Notulen\n\nHet voorstel wordt aangenomen.\n", encoding="utf-8")
    script = [sys.executable, str(ROOT / "bench" / "check_real.py"), "--shared", str(shared)]
    ok = subprocess.run(script, capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "| real | 1 | 1 | 0 | 0 | 0 |" in ok.stdout
    (shared / "real" / "leeg.txt").write_text("   \n", encoding="utf-8")
    missed = subprocess.run([*script, "--check"], capture_output=True, text=True, timeout=300)
    assert missed.returncode == 1
    assert "| failed files | 1 | 0 | MISSED |" in missed.stdout and "leeg.txt" in missed.stdout


def test_make_test_runs_only_the_tests_folder_and_check_real_is_separate():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "bench" not in test_recipe and "pytest" in test_recipe
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("make test") < ci.index("make check-real")
    assert "bench/check_real.py" in makefile.split("REAL_CHECKS :=", 1)[1].split("\n", 1)[0]
