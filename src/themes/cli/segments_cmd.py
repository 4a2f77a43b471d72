"""``themes segments --output FILE.csv``: export the stored (redacted) units."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from themes.atomic import atomic_write_csv
from themes.cli.common import WorkspaceOption, open_workspace, reports_errors, say
from themes.state import document_name

SEGMENT_COLUMNS = (
    "segment_id", "document", "source_id", "type", "round", "date", "heading", "actor", "text",
    "unit", "question", "kind", "list_level", "count", "trivial",
)


@reports_errors
def command(
    output: Annotated[Path, typer.Option("--output", "-o", help="CSV-bestand voor de eenheden.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Exporteer alle eenheden (geredigeerd) met hun context naar CSV."""
    with open_workspace(workspace) as ws:
        docs = {d.doc_id: d for d in ws.documents()}
        segments = ws.segments()
    rows = (
        (
            s.segment_id, document_name(docs[s.doc_id]), s.source_id, docs[s.doc_id].doc_type, s.round, s.date,
            s.heading, s.actor, s.text, s.unit, s.question, s.kind, s.list_level, s.count, int(s.trivial),
        )
        for s in segments
    )
    atomic_write_csv(output, SEGMENT_COLUMNS, rows)
    say(f"{len(segments)} eenheden geschreven naar {output}")
