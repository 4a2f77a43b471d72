"""``themes init DIR``: create a workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from themes.cli.common import reports_errors, say
from themes.store import Workspace


@reports_errors
def command(directory: Annotated[Path, typer.Argument(help="Map voor de nieuwe werkmap.", metavar="MAP")]) -> None:
    """Maak een werkmap aan (database, geheime sleutel voor pseudoniemen, map voor modellen)."""
    with Workspace.create(directory) as ws:
        say(f"Werkmap klaar: {ws.path}")
