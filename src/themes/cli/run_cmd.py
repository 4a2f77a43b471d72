"""``themes run INPUT... --output DIR``: the whole pipeline in one command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from themes.cli.common import ConfigOption, WorkspaceOption, config_for, open_workspace, reports_errors, say
from themes.cli.params import (
    DATE_HINT,
    DateColumnOption,
    DateOption,
    IdColumnOption,
    ManifestOption,
    RefitOption,
    RoundColumnOption,
    RoundOption,
    TextColumnOption,
    TypeOption,
    UnitColumnOption,
    check_date,
    meta_overrides,
    survey_options,
)


@reports_errors
def command(
    inputs: Annotated[list[Path], typer.Argument(help="Bestanden of mappen.", metavar="PAD")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Uitvoermap voor alle resultaten.")],
    workspace: WorkspaceOption = None,
    manifest: ManifestOption = None,
    doc_type: TypeOption = None,
    round_: RoundOption = None,
    date: DateOption = None,
    text_column: TextColumnOption = None,
    id_column: IdColumnOption = None,
    round_column: RoundColumnOption = None,
    date_column: DateColumnOption = None,
    unit_column: UnitColumnOption = None,
    meeting: Annotated[str, typer.Option("--meeting", help="Naam van het overleg voor de conceptagenda.")] = "Stuurgroep I&D",
    agenda_date: Annotated[
        str | None,
        typer.Option("--agenda-date", callback=check_date, help=f"Datum van het overleg ({DATE_HINT}); standaard vandaag."),
    ] = None,
    config: ConfigOption = None,
    refit: RefitOption = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Geen stappen en geen voortgang; alleen fouten en het resultaat.")
    ] = False,
) -> None:
    """Alles in één keer: inlezen, redigeren, thema's, rondes vergelijken, signalen, rapport en conceptagenda."""
    from themes.cli.ingest_cmd import print_report
    from themes.flags import find_flags, meeting_tracks, write_flags, write_meeting_tables
    from themes.model import analyse_workspace, incremental_message, write_analysis_outputs
    from themes.pipeline import ingest_paths, meeting_records
    from themes.report import build_agenda, build_report, write_agenda, write_report
    from themes.rounds import cached_vectors, compare_rounds, write_comparison
    from themes.state import load_state

    cfg = config_for(workspace, config)
    step = (lambda _message: None) if quiet else say
    written: list[Path] = []
    with open_workspace(workspace, create=True) as ws:
        step("1/6 inlezen en redigeren …")
        report = ingest_paths(
            ws,
            inputs,
            cfg,
            overrides=meta_overrides(doc_type, round_, date),
            survey=survey_options(text_column, id_column, round_column, date_column, unit_column),
            manifest=manifest,
        )
        print_report(report)
        step("2/6 thema's bepalen …")
        analysis = analyse_workspace(ws, cfg, progress=not quiet, full=refit)
        if analysis.incremental:
            step(incremental_message(analysis))
        state = load_state(ws)
        vectors = cached_vectors(ws, state.segments, cfg.embed.encoder)
        records = meeting_records(ws)
    written += write_analysis_outputs(state, output)
    step("3/6 rondes vergelijken …")
    comparison = compare_rounds(state, cfg.rounds, embeddings=vectors)
    written += write_comparison(comparison, output)
    step("4/6 terugkerende, onopgeloste punten zoeken …")
    tracks = meeting_tracks(state, cfg.flags, records)
    flags = find_flags(state, cfg.flags, tracks=tracks)
    written += write_flags(flags, output) + write_meeting_tables(tracks.items, tracks.actions, output)
    step("5/6 rapport schrijven …")
    rode_draden = build_report(state, comparison, flags, cfg, tracks=tracks)
    written += write_report(rode_draden, output)
    step("6/6 conceptagenda schrijven …")
    agenda = build_agenda(rode_draden, meeting, agenda_date or dt.date.today().isoformat(), cfg)
    written += write_agenda(agenda, output)
    say("")
    say(f"{len(state.themes)} thema's, {len(flags)} signalen, {len(comparison.rounds)} rondes vergeleken.")
    for path in written:
        say(f"  {path}")
    html = next((p for p in written if p.suffix == ".html"), None)
    say(f"Het rapport staat in: {html or output}")
    if report.failed:
        raise typer.Exit(1)
