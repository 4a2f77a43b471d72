"""``themes analyse [INPUT...] --output DIR``: fit themes on the workspace and write themes.csv and assignments.csv.

With inputs (for example a survey export), they are ingested and redacted into the workspace first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from themes.cli.common import ConfigOption, WorkspaceOption, config_for, open_workspace, reports_errors, say
from themes.cli.params import (
    DateColumnOption,
    IdColumnOption,
    RefitOption,
    RoundColumnOption,
    TextColumnOption,
    UnitColumnOption,
    survey_options,
)


@reports_errors
def command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Uitvoermap voor themes.csv en assignments.csv.")],
    inputs: Annotated[
        list[Path] | None, typer.Argument(help="Optioneel: bestanden (bijv. een enquête-export) om eerst in te lezen.", metavar="BESTAND")
    ] = None,
    workspace: WorkspaceOption = None,
    config: ConfigOption = None,
    text_column: TextColumnOption = None,
    id_column: IdColumnOption = None,
    round_column: RoundColumnOption = None,
    date_column: DateColumnOption = None,
    unit_column: UnitColumnOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Geen voortgangsbalk.")] = False,
    refit: RefitOption = False,
) -> None:
    """Bepaal thema's (rode draden) in de werkmap en schrijf themes.csv en assignments.csv."""
    from themes.model import analyse_workspace, incremental_message, write_analysis_outputs
    from themes.state import load_state

    cfg = config_for(workspace, config)
    with open_workspace(workspace, create=bool(inputs)) as ws:
        if inputs:
            from themes.cli.ingest_cmd import print_report
            from themes.pipeline import ingest_paths

            report = ingest_paths(
                ws, inputs, cfg,
                survey=survey_options(text_column, id_column, round_column, date_column, unit_column),
            )
            print_report(report)
        result = analyse_workspace(ws, cfg, progress=not quiet, full=refit)
        state = load_state(ws)
    paths = write_analysis_outputs(state, output)
    if result.incremental:
        say(incremental_message(result))
    new = sum(1 for t in result.themes if t.is_new and t.size)
    known = sum(1 for t in result.themes if not t.is_new and t.size)
    empty = sum(1 for t in result.themes if not t.is_new and not t.size)
    say(f"{result.n_units} eenheden geanalyseerd: {known} thema's uit de taxonomie, {new} nieuwe thema's"
        + (f", {empty} taxonomiethema's zonder eenheden" if empty else "")
        + f"; {result.outlier_share:.0%} niet toegewezen.")
    for path in paths:
        say(f"  {path}")
