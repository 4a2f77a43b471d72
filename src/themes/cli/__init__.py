"""The ``themes`` command line: thin typer commands over library functions, one module per command."""

from __future__ import annotations

from typing import Annotated

import typer

from themes import __version__
from themes.cli import (
    agenda_cmd,
    analyse_cmd,
    compare_cmd,
    flags_cmd,
    ingest_cmd,
    init_cmd,
    redact_cmd,
    report_cmd,
    run_cmd,
    segments_cmd,
    status_cmd,
    theme_cmd,
)
from themes.cli.common import set_debug
from themes.cli.dutch import DutchGroup

app = typer.Typer(
    name="themes",
    help="Rode draden uit notulen, panelverslagen en open enquêteantwoorden. Alles lokaal; persoonsgegevens worden vóór opslag vervangen.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=DutchGroup,  # Dutch help texts; usage errors as one line
    rich_markup_mode=None,  # plain help: no boxes, no type artefacts
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"themes {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Toon bij fouten de volledige traceback.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Toon de versie.")] = False,
) -> None:
    set_debug(debug)


app.command("init")(init_cmd.command)
app.command("ingest")(ingest_cmd.command)
app.command("status")(status_cmd.command)
app.command("segments")(segments_cmd.command)
app.command("redact")(redact_cmd.command)
app.command("analyse")(analyse_cmd.command)
app.add_typer(theme_cmd.app, name="theme")
app.command("compare")(compare_cmd.command)
app.command("flags")(flags_cmd.command)
app.command("report")(report_cmd.command)
app.command("agenda")(agenda_cmd.command)
app.command("run")(run_cmd.command)


def main() -> None:
    """Console-script entry point."""
    app()
