"""The report straight from a workspace: state, round comparison and flags, then ``build_report``."""

from __future__ import annotations

from collections.abc import Mapping

from themes.config import PipelineConfig
from themes.errors import AnalysisError
from themes.flags import find_flags, meeting_tracks
from themes.records import MeetingRecord
from themes.report.build import build_report
from themes.report.content import Report
from themes.rounds import compare_rounds
from themes.rounds.comparison import RoundComparison
from themes.state import load_state
from themes.store import Workspace

NO_THEMES_YET = "Nog geen thema's bepaald: draai 'themes analyse' voor de thema's en de vergelijking van rondes."


def report_from_workspace(
    ws: Workspace,
    config: PipelineConfig,
    records: Mapping[str, MeetingRecord] | None = None,
    *,
    without_themes: bool = False,
) -> Report:
    """Load the analysis state, compare rounds, find flags and build the report.

    ``records`` are the stored meeting records (``themes.pipeline.meeting_records``); parsed here when None.
    ``without_themes``: a workspace that was never analysed gives a report of its meeting records only (actions,
    deferred items, flags) with an empty round comparison, instead of an error; the agenda needs no themes.

    Raises:
        AnalysisError: the workspace has no themes yet (and ``without_themes`` is False).
    """
    state = load_state(ws)
    if state.themes:
        comparison = compare_rounds(state, config.rounds)
    elif without_themes:
        comparison = RoundComparison(rounds=(), totals=(), trends=(), summary=(NO_THEMES_YET,), events=())
    else:
        raise AnalysisError(f"{ws.path}: nog geen thema's; draai eerst 'themes analyse'")
    tracks = meeting_tracks(state, config.flags, records)
    flags = find_flags(state, config.flags, tracks=tracks)
    return build_report(state, comparison, flags, config, tracks=tracks)
