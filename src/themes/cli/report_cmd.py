"""``themes report``: the rode-draden report (md, self-contained html, docx, xlsx) from the workspace."""

from __future__ import annotations

from pathlib import Path

from themes.cli.common import (
    ConfigOption,
    OutputDirOption,
    WorkspaceOption,
    config_for,
    open_workspace,
    reports_errors,
    say,
)


@reports_errors
def command(output: OutputDirOption, workspace: WorkspaceOption = None, config: ConfigOption = None) -> None:
    """Schrijf het rapport 'rode draden': thema's met samenvatting, trend, citaten en signalen, plus de methode."""
    from themes.pipeline import meeting_records
    from themes.report import write_report
    from themes.report.source import report_from_workspace

    cfg = config_for(workspace, config)
    with open_workspace(workspace) as ws:
        report = report_from_workspace(ws, cfg, meeting_records(ws))
    paths = write_report(report, Path(output))
    say(f"Rapport met {len(report.themes)} thema's en {len(report.flags)} signalen.")
    for path in paths:
        say(f"Geschreven: {path}")
