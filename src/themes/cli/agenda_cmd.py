"""``themes agenda``: a draft agenda for the steering group (agenda.docx, agenda.md) from the workspace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from themes.cli.common import (
    ConfigOption,
    OutputDirOption,
    WorkspaceOption,
    config_for,
    open_workspace,
    reports_errors,
    say,
)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2025-03-24") from exc
    return value


@reports_errors
def command(
    output: OutputDirOption,
    meeting: Annotated[str, typer.Option("--meeting", help="Naam van het overleg.")] = "Stuurgroep I&D",
    date: Annotated[
        str | None,
        typer.Option("--date", callback=_check_date, help="Datum van het overleg (JJJJ-MM-DD); standaard vandaag."),
    ] = None,
    workspace: WorkspaceOption = None,
    config: ConfigOption = None,
) -> None:
    """Schrijf een conceptagenda: vaste punten, bespreekpunten uit signalen en groeiende of nieuwe thema's."""
    from themes.pipeline import meeting_records
    from themes.report import build_agenda, write_agenda
    from themes.report.source import report_from_workspace

    if not meeting.strip():
        raise typer.BadParameter("de naam van het overleg is leeg", param_hint="--meeting")
    cfg = config_for(workspace, config)
    with open_workspace(workspace) as ws:
        report = report_from_workspace(ws, cfg, meeting_records(ws), without_themes=True)
    agenda = build_agenda(report, meeting, date or dt.date.today().isoformat(), cfg)
    paths = write_agenda(agenda, Path(output))
    discussed = sum(1 for item in agenda.items if item.kind != "vast")
    say(f"Agenda {agenda.meeting}, {agenda.date_text}: {len(agenda.items)} punten, waarvan {discussed} bespreekpunten.")
    for path in paths:
        say(f"Geschreven: {path}")
