"""Options shared by the commands that read documents (ingest, analyse, run)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from themes.types import DOC_TYPES

if TYPE_CHECKING:
    from themes.ingest import MetaOverrides, SurveyOptions

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

DATE_HINT = "JJJJ-MM-DD"


def check_date(value: str | None) -> str | None:
    """A date option's value when it is a real ``JJJJ-MM-DD`` date (else a Dutch usage error naming the option)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat() if _ISO.match(value.strip()) else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> str:
    raise typer.BadParameter(f"{value!r} is geen datum; gebruik {DATE_HINT}, bijvoorbeeld 2025-03-24")


def check_doc_type(value: str | None) -> str | None:
    """A ``--type`` value when it is one of the document types (else a Dutch usage error naming the option)."""
    if value is None:
        return None
    if value.strip().casefold() not in DOC_TYPES:
        raise typer.BadParameter(f"onbekende documentsoort {value!r}; kies uit {', '.join(DOC_TYPES)}")
    return value.strip().casefold()


TypeOption = Annotated[
    str | None,
    typer.Option("--type", "-t", callback=check_doc_type, help=f"Documentsoort: {', '.join(DOC_TYPES)}."),
]
RoundOption = Annotated[str | None, typer.Option("--round", "-r", help="Ronde, een vrij label (\"ronde 1\", \"2024\").")]
DateOption = Annotated[str | None, typer.Option("--date", "-d", callback=check_date, help=f"Datum {DATE_HINT}.")]
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
