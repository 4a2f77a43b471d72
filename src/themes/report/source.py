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
from themes.state import load_state
from themes.store import Workspace


def report_from_workspace(
    ws: Workspace, config: PipelineConfig, records: Mapping[str, MeetingRecord] | None = None
) -> Report:
    """Load the analysis state, compare rounds, find flags and build the report.

    ``records`` are the stored meeting records (``themes.pipeline.meeting_records``); parsed here when None.

    Raises:
        AnalysisError: the workspace has no themes yet.
    """
    state = load_state(ws)
    if not state.themes:
        raise AnalysisError(f"{ws.path}: nog geen thema's; draai eerst 'themes analyse'")
    comparison = compare_rounds(state, config.rounds)
    tracks = meeting_tracks(state, config.flags, records)
    flags = find_flags(state, config.flags, tracks=tracks)
    return build_report(state, comparison, flags, config, tracks=tracks)
