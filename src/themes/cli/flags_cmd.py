"""``themes flags --output DIR``: recurring unresolved issues from minutes and agendas."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from themes.cli.common import ConfigOption, WorkspaceOption, config_for, open_workspace, reports_errors, say
from themes.types import Flag


@reports_errors
def command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Uitvoermap voor flags.csv, actions.csv en items.csv.")],
    workspace: WorkspaceOption = None,
    config: ConfigOption = None,
    with_resolved: Annotated[
        bool, typer.Option("--met-afgerond", help="Neem ook afgeronde punten en acties op (status 'afgerond').")
    ] = False,
) -> None:
    """Signalen: uitgestelde agendapunten, terugkerende open acties en thema's die als knelpunt blijven terugkomen."""
    from themes.flags import find_flags, meeting_tracks, write_flags, write_meeting_tables
    from themes.pipeline import meeting_records
    from themes.state import load_state

    cfg = config_for(workspace, config)
    with open_workspace(workspace) as ws:
        state = load_state(ws)
        records = meeting_records(ws)
    tracks = meeting_tracks(state, cfg.flags, records)
    flags = find_flags(state, cfg.flags, include_resolved=with_resolved, tracks=tracks)
    written = write_flags(flags, output) + write_meeting_tables(tracks.items, tracks.actions, output)
    counts = Counter(f.kind for f in flags)
    parts = ", ".join(f"{counts[kind]} {kind}" for kind in Flag.KINDS)
    say(f"{len(flags)} signalen ({parts}).")
    if not state.assignments:
        say("Nog geen thema's bepaald ('themes analyse'): alleen uitgestelde punten en acties.")
    for flag in flags[:5]:
        say(f"  [{flag.kind}] {flag.description}")
    for path in written:
        say(f"Geschreven: {path}")
