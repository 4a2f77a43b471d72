"""``themes redact``: replace personal data in one file (.txt, .docx, .csv, .xlsx, .jsonl)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from themes.cli.common import ConfigOption, WorkspaceOption, config_for, reports_errors, say
from themes.redact import Redactor
from themes.redact.files import redact_file
from themes.redact.persons import PersonRegistry
from themes.store import Workspace


@reports_errors
def command(
    input: Annotated[Path, typer.Argument(help="Invoerbestand: .txt, .docx, .csv, .xlsx of .jsonl.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Uitvoerbestand (zelfde formaat).", show_default=False)],
    text_column: Annotated[
        list[str] | None,
        typer.Option("--text-column", "-t", help="Tekstkolom (.csv/.xlsx), herhaalbaar; standaard alle kolommen."),
    ] = None,
    workspace: WorkspaceOption = None,
    config: ConfigOption = None,
) -> None:
    """Vervang persoonsgegevens in een bestand door pseudoniemen zoals [PERSOON_12].

    Met --workspace worden de sleutel en bekende namen van die werkmap gebruikt, zodat pseudoniemen
    overeenkomen met de rest van de analyse; anders een sleutel alleen voor deze run.
    """
    settings = config_for(workspace, config).redact
    if workspace is not None:
        ws = Workspace.open(workspace)
        try:
            key, known = ws.key, ws.name_hashes()
            persons = PersonRegistry.from_rows(key, ws.person_entries(), ws.person_tokens(), legacy=known)
        finally:
            ws.close()
    else:
        key, known, persons = os.urandom(32), set(), None
    counts = redact_file(input, output, Redactor(settings, key, known, persons), text_column or ())
    summary = ", ".join(f"{label} {n}" for label, n in sorted(counts.items())) or "niets gevonden"
    say(f"{input.name}: {sum(counts.values())} vervangingen ({summary}) -> {output}")
