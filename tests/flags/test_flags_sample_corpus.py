"""End to end on the sample corpus in data/: the flag truth of data/README.md, after real ingest and redaction."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from themes.config import FlagsConfig, PipelineConfig
from themes.flags import find_flags
from themes.pipeline import ingest_paths
from themes.state import load_state
from themes.store import Workspace
from themes.types import Assignment, Flag, Theme

PSEUDONYM = re.compile(r"^\[PERSOON_\d+\]$")


@pytest.fixture(scope="module")
def meetings_state(sample_data: Path, tmp_path_factory: pytest.TempPathFactory):
    """Minutes and the agenda of the sample corpus, ingested (and redacted) into a fresh workspace."""
    ws = Workspace.create(tmp_path_factory.mktemp("flags") / "werkmap")
    report = ingest_paths(
        ws, [sample_data / "notulen", sample_data / "agenda"], PipelineConfig(), manifest=sample_data / "manifest.csv"
    )
    assert not report.failed, report.failed
    state = load_state(ws)
    ws.close()
    return state


def _find(flags: list[Flag], words: str) -> Flag | None:
    return next((f for f in flags if words in f.description.lower()), None)


def test_sample_deferred_items_are_flagged_and_the_decided_one_is_not(meetings_state) -> None:
    flags = find_flags(meetings_state, FlagsConfig())
    d1 = _find(flags, "klachtenregeling")
    assert d1 is not None and d1.kind == "uitgesteld"
    assert (d1.first_seen, d1.last_seen, d1.times_raised) == ("2024-01-15", "2024-09-16", 5)
    d2 = _find(flags, "jaarplan groeipanel")
    assert d2 is not None and d2.kind == "uitgesteld"
    assert (d2.first_seen, d2.last_seen, d2.times_raised) == ("2024-09-16", "2024-11-18", 2)
    assert _find(flags, "communicatieplan") is None


def test_sample_recurring_actions_are_flagged_with_owner_pseudonyms_and_completed_ones_are_not(meetings_state) -> None:
    flags = find_flags(meetings_state, FlagsConfig())
    a1 = _find(flags, "training moeilijke gesprekken")
    assert a1 is not None and a1.kind == "actie" and a1.times_raised == 4
    a2 = _find(flags, "per directie opleveren")
    assert a2 is not None and a2.kind == "actie" and a2.times_raised == 3
    assert PSEUDONYM.match(a1.owner or "") and PSEUDONYM.match(a2.owner or "") and a1.owner != a2.owner
    for done in ("raadsbrief opstellen", "uitnodiging leertraject", "intranetpagina", "aanvullen met 2022"):
        assert _find(flags, done) is None, done
    assert "terugkerend thema" not in {f.kind for f in flags}  # no themes analysed in this workspace


def test_sample_completed_items_are_reported_as_afgerond_on_request(meetings_state) -> None:
    flags = find_flags(meetings_state, FlagsConfig(), include_resolved=True)
    done = {f.description.split(" (")[0].lower() for f in flags if f.status != "open"}
    for start in ("communicatieplan raadsbrief", "uitnodiging leertraject", "raadsbrief opstellen", "intranetpagina"):
        assert any(d.startswith(start) for d in done), start


def test_sample_recurring_problem_theme_is_flagged(meetings_state) -> None:
    """T1 with a stand-in theme model: every unit about melden belongs to one theme."""
    theme = Theme("T07", "Sociale veiligheid en melden", ("melden",), size=1)
    melden = re.compile(r"meld|opgevolgd|vertrouwenspersoon", re.IGNORECASE)
    assignments = tuple(Assignment(s.segment_id, "T07", 0.9) for s in meetings_state.segments if melden.search(s.text))
    state = replace(meetings_state, themes=(theme,), assignments=assignments)
    flags = find_flags(state, FlagsConfig())
    t1 = next(f for f in flags if f.kind == "terugkerend thema")
    assert t1.theme_id == "T07" and t1.times_raised >= 5
    assert (t1.first_seen, t1.last_seen) == ("2024-01-15", "2024-11-18")
