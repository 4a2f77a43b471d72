"""``themes ingest PATH...``: read, clean, segment, redact and store documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from themes.cli.common import ConfigOption, WorkspaceOption, config_for, open_workspace, reports_errors, say
from themes.cli.params import (
    DateColumnOption,
    DateOption,
    IdColumnOption,
    ManifestOption,
    RoundColumnOption,
    RoundOption,
    TextColumnOption,
    TitleOption,
    TypeOption,
    UnitColumnOption,
    UnitOption,
    meta_overrides,
    survey_options,
)
from themes.types import IngestReport


def print_report(report: IngestReport) -> None:
    """One line per file that failed (stderr), then a summary."""
    for path, reason in report.failed:
        typer.echo(f"fout: {path}: {reason}", err=True)
    labels = ", ".join(f"{label} {n}" for label, n in report.span_counts) or "geen"
    say(
        f"{len(report.added)} document(en) toegevoegd ({report.segments_added} eenheden), "
        f"{len(report.skipped)} al aanwezig, {len(report.failed)} mislukt. Vervangen persoonsgegevens: {labels}."
    )


@reports_errors
def command(
    paths: Annotated[list[Path], typer.Argument(help="Bestanden of mappen (mappen worden doorzocht).", metavar="PAD")],
    workspace: WorkspaceOption = None,
    doc_type: TypeOption = None,
    round_: RoundOption = None,
    date: DateOption = None,
    title: TitleOption = None,
    unit: UnitOption = None,
    manifest: ManifestOption = None,
    text_column: TextColumnOption = None,
    id_column: IdColumnOption = None,
    round_column: RoundColumnOption = None,
    date_column: DateColumnOption = None,
    unit_column: UnitColumnOption = None,
    config: ConfigOption = None,
) -> None:
    """Voeg documenten toe aan de werkmap. Persoonsgegevens worden vervangen vóór opslag; dezelfde inhoud twee keer voegt niets toe."""
    from themes.pipeline import ingest_paths  # heavy: readers and redaction load only when used

    cfg = config_for(workspace, config)
    with open_workspace(workspace, create=True) as ws:
        report = ingest_paths(
            ws,
            paths,
            cfg,
            overrides=meta_overrides(doc_type, round_, date, title, unit),
            survey=survey_options(text_column, id_column, round_column, date_column, unit_column),
            manifest=manifest,
        )
    print_report(report)
    if report.failed:
        raise typer.Exit(1)
