"""``themes theme rename|merge|list``: analysts curate themes; kept across re-runs."""

from __future__ import annotations

from typing import Annotated

import typer

from themes.cli.common import WorkspaceOption, open_workspace, reports_errors, say
from themes.errors import AnalysisError

app = typer.Typer(help="Thema's hernoemen, samenvoegen en bekijken.", no_args_is_help=True, rich_markup_mode=None)


def _known(ws, theme_ids: list[str]) -> None:
    known = {t.theme_id for t in ws.themes()}
    if not known:
        raise AnalysisError(f"{ws.path}: nog geen thema's (voer eerst 'themes analyse' uit)")
    missing = [t for t in theme_ids if t not in known]
    if missing:
        raise AnalysisError(f"{ws.path}: onbekend thema {', '.join(missing)} (zie 'themes theme list')")


@app.command("list")
@reports_errors
def list_themes(workspace: WorkspaceOption = None) -> None:
    """Toon de thema's met omvang en trefwoorden (hernoemingen en samenvoegingen toegepast)."""
    from themes.state import load_state

    with open_workspace(workspace) as ws:
        state = load_state(ws)
    if not state.themes:
        say("Nog geen thema's; voer eerst 'themes analyse' uit.")
        return
    for t in sorted(state.themes, key=lambda t: (-t.size, t.theme_id)):
        origin = f"taxonomie: {t.taxonomy}" if t.taxonomy else "nieuw"
        say(f"{t.theme_id}  {t.label}  ({t.size}, {origin})  {'; '.join(t.keywords[:5])}")


@app.command("rename")
@reports_errors
def rename(
    theme_id: Annotated[str, typer.Argument(help="Thema-id, bijv. T03.", metavar="THEMA")],
    label: Annotated[str, typer.Argument(help="De nieuwe naam.", metavar="NAAM")],
    workspace: WorkspaceOption = None,
) -> None:
    """Geef een thema een andere naam; blijft gelden bij een nieuwe analyse."""
    label = " ".join(label.split())
    if not label:
        raise AnalysisError("de nieuwe naam is leeg")
    with open_workspace(workspace) as ws:
        _known(ws, [theme_id])
        ws.set_override(theme_id, label=label)
    say(f"{theme_id} heet nu '{label}'.")


@app.command("merge")
@reports_errors
def merge(
    theme_ids: Annotated[list[str], typer.Argument(help="Thema-id's die opgaan in het doelthema.", metavar="THEMA")],
    into: Annotated[str, typer.Option("--into", help="Het thema dat overblijft.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Voeg thema's samen tot één; blijft gelden bij een nieuwe analyse."""
    sources = [t for t in theme_ids if t != into]
    if not sources:
        raise AnalysisError("geef minstens één ander thema dan het doelthema")
    with open_workspace(workspace) as ws:
        _known(ws, [*sources, into])
        for source in sources:
            ws.set_override(source, merged_into=into)
    say(f"{', '.join(sources)} samengevoegd in {into}.")
