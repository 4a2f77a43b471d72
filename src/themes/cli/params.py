"""Options shared by the commands that read documents (ingest, analyse, run)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from themes.ingest import MetaOverrides, SurveyOptions

TypeOption = Annotated[
    str | None,
    typer.Option("--type", "-t", help="Documentsoort: notulen, agenda, panelverslag, memo, enquete, overig."),
]
RoundOption = Annotated[str | None, typer.Option("--round", "-r", help="Ronde, een vrij label (\"ronde 1\", \"2024\").")]
DateOption = Annotated[str | None, typer.Option("--date", "-d", help="Datum YYYY-MM-DD.")]
TitleOption = Annotated[str | None, typer.Option("--title", help="Titel (standaard uit het document of de bestandsnaam).")]
UnitOption = Annotated[str | None, typer.Option("--unit", help="Organisatieonderdeel.")]
ManifestOption = Annotated[
    Path | None, typer.Option("--manifest", "-m", help="Manifest (CSV of YAML) met per bestand soort, datum, ronde, …")
]
TextColumnOption = Annotated[
    list[str] | None,
    typer.Option("--text-column", help="Kolom met open antwoorden (herhaal voor meerdere vragen)."),
]
IdColumnOption = Annotated[str | None, typer.Option("--id-column", help="Kolom met respondentnummer (anders het rijnummer).")]
RoundColumnOption = Annotated[str | None, typer.Option("--round-column", help="Kolom met de ronde per antwoord.")]
DateColumnOption = Annotated[str | None, typer.Option("--date-column", help="Kolom met de datum per antwoord.")]
UnitColumnOption = Annotated[str | None, typer.Option("--unit-column", help="Kolom met het organisatieonderdeel per antwoord.")]


def meta_overrides(
    doc_type: str | None, round_: str | None, date: str | None, title: str | None = None, unit: str | None = None
) -> MetaOverrides:
    """Metadata given on the command line (None: not given)."""
    from themes.ingest import MetaOverrides

    return MetaOverrides(doc_type=doc_type, date=date, round=round_, title=title, unit=unit)


def survey_options(
    text_columns: list[str] | None,
    id_column: str | None,
    round_column: str | None,
    date_column: str | None = None,
    unit_column: str | None = None,
) -> SurveyOptions | None:
    """Survey options given on the command line, or None when none were given."""
    from themes.ingest import SurveyOptions

    if not (text_columns or id_column or round_column or date_column or unit_column):
        return None
    return SurveyOptions(
        text_columns=tuple(text_columns or ()),
        id_column=id_column,
        round_column=round_column,
        date_column=date_column,
        unit_column=unit_column,
    )

RefitOption = Annotated[
    bool,
    typer.Option(
        "--opnieuw",
        help="Alle thema's opnieuw berekenen. Zonder deze optie worden alleen nieuwe eenheden (een nieuwe ronde) bij "
        "de bestaande thema's ingedeeld, zolang encoder, taxonomie en instellingen gelijk zijn.",
    ),
]
