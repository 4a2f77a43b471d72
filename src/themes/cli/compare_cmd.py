"""``themes compare``: compare themes between rounds (panel rounds, survey years or periods of minutes)."""

from __future__ import annotations

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
from themes.config import override

RoundsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--rounds",
        help='Rondes om te vergelijken: --rounds "ronde 1" "ronde 2" (of herhaald, of met komma\'s). '
        "Standaard alle rondes op volgorde; zonder panel- of enquêterondes de perioden van de notulen (2024-H1 …).",
    ),
]
ExtraRoundsArgument = Annotated[
    list[str] | None, typer.Argument(help="Meer rondes na --rounds.", show_default=False, metavar="RONDE")
]
PeriodOption = Annotated[
    str | None,
    typer.Option("--period", help="Periode voor notulen zonder ronde: jaar, halfjaar, kwartaal of maand."),
]


def requested_rounds(options: list[str] | None, extra: list[str] | None) -> list[str]:
    """All round names given: option values and extra arguments, comma-separated lists split."""
    names: list[str] = []
    for value in [*(options or []), *(extra or [])]:
        names += [part.strip() for part in value.split(",") if part.strip()]
    return names


@reports_errors
def command(
    output: OutputDirOption,
    rounds: RoundsOption = None,
    extra: ExtraRoundsArgument = None,
    period: PeriodOption = None,
    workspace: WorkspaceOption = None,
    config: ConfigOption = None,
) -> None:
    """Vergelijk thema's tussen rondes: aandeel per ronde, toets op verandering, status en citaten per ronde."""
    from themes.rounds import cached_vectors, compare_rounds, write_comparison
    from themes.state import load_state

    cfg = config_for(workspace, config)
    if period is not None:
        cfg = override(cfg, {"rounds.period": period})
    names = requested_rounds(rounds, extra)
    with open_workspace(workspace) as ws:
        state = load_state(ws)
        vectors = cached_vectors(ws, state.segments, cfg.embed.encoder) if cfg.embed.cache else {}
    comparison = compare_rounds(state, cfg.rounds, names or None, embeddings=vectors or None)
    paths = write_comparison(comparison, Path(output))
    say(f"Rondes vergeleken: {', '.join(comparison.rounds) or 'geen'}")
    for sentence in comparison.summary:
        say(f"- {sentence}")
    for path in paths:
        say(f"Geschreven: {path}")
