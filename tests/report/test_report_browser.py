"""The HTML report opened in headless Chromium: every chart image must decode (naturalWidth > 0)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from themes.report import write_report

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("headless Chromium is missing: install it with 'make browser' (apt-get install -y chromium)")


def _run(args: list[str], profile: Path) -> str:
    done = subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, f"chromium failed ({done.returncode}): {done.stderr[-500:]}"
    return done.stdout


def test_html_report_charts_render_in_headless_chromium(report, tmp_path):
    html = write_report(report, tmp_path / "uit")[1]
    dom = _run(["--virtual-time-budget=5000", "--dump-dom", html.resolve().as_uri()], tmp_path / "profiel")
    body = re.search(r"<body[^>]*>", dom)
    assert body, "no body in the rendered page"
    assert 'data-charts-loaded="3/3"' in body.group(0), body.group(0)
    assert dom.count('data-loaded="ja"') == 3
    assert 'data-loaded="nee"' not in dom


def test_html_report_screenshot_is_taken(report, tmp_path):
    html = write_report(report, tmp_path / "uit")[1]
    shot = tmp_path / "rapport.png"
    _run(["--window-size=1100,1600", "--virtual-time-budget=5000", f"--screenshot={shot}", html.resolve().as_uri()],
         tmp_path / "profiel")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000
