"""Action tables: headers found by their words, rows read by column role, status cells read as status."""

from __future__ import annotations

import pytest

from themes.records.entries import DONE, DROPPED, OPEN
from themes.records.status import status_of
from themes.records.tables import DESCRIPTION, DUE, NUMBER, OWNER, STATUS, Header, header_of, read_row


def _five() -> Header:
    header = header_of(["Nr", "Actie", "Actiehouder", "Stand van zaken", "Deadline"])
    assert header is not None
    return header


def _three() -> Header:
    header = header_of(["Actiepunt", "wie", "status"])
    assert header is not None
    return header


def test_header_actiepunt_wie_status() -> None:
    assert _three().roles == (DESCRIPTION, OWNER, STATUS)


def test_header_with_number_owner_status_and_deadline() -> None:
    assert _five().roles == (NUMBER, DESCRIPTION, OWNER, STATUS, DUE)


@pytest.mark.parametrize(
    "cells",
    [
        ["Introductie", "mededelingen"],
        ["Nr", "Actie"],
        ["Tijd", "Onderwerp", "Spreker", "Locatie", "Materiaal"],
        ["De werkgroep bespreekt de planning", "Het concept wordt aangepast"],
    ],
)
def test_no_action_table_header(cells: list[str]) -> None:
    assert header_of(cells) is None


def test_header_words_are_read_without_case_or_colon() -> None:
    header = header_of(["ACTIE:", "Wie", "Status"])
    assert header is not None
    assert header.roles == (DESCRIPTION, OWNER, STATUS)


def test_row_with_every_cell() -> None:
    row = read_row(
        ["4", "Overzicht van koppelvlakken maken", "[PERSOON_2]", "Loopt, combineren met jaarplan", "1 juni"],
        _five(),
        None,
    )
    assert row is not None
    assert row.number == "4"
    assert row.description == "Overzicht van koppelvlakken maken"
    assert row.owner == "[PERSOON_2]"
    assert row.status_text == "Loopt, combineren met jaarplan"
    assert row.due == "1 juni"


def test_owner_column_moved_to_the_actor_is_put_back() -> None:
    # ingest took the Actiehouder column as the unit's actor and left it out of the text
    row = read_row(
        ["4", "Overzicht van koppelvlakken maken", "Loopt, combineren met jaarplan", "1 juni"], _five(), "[PERSOON_2]"
    )
    assert row is not None
    assert row.owner == "[PERSOON_2]"
    assert row.description == "Overzicht van koppelvlakken maken"
    assert row.status_text == "Loopt, combineren met jaarplan"
    assert row.due == "1 juni"


def test_owner_column_moved_and_empty_trailing_cells_dropped() -> None:
    row = read_row(["4", "Tekst over logging aanpassen", "Gesloten. Tekst is aangepast."], _five(), "[PERSOON_4]")
    assert row is not None
    assert row.owner == "[PERSOON_4]"
    assert row.status_text == "Gesloten. Tekst is aangepast."
    assert row.due is None


def test_three_column_table_with_owner_as_actor() -> None:
    row = read_row(["Jaarplan 2025 opstellen", "gereed"], _three(), "[PERSOON_1]")
    assert row is not None
    assert row.description == "Jaarplan 2025 opstellen"
    assert row.owner == "[PERSOON_1]"
    assert row.status_text == "gereed"


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Loopt, combineren met jaarplan", OPEN),
        ("Gesloten. Tekst is aangepast.", DONE),
        ("afgevoerd", DROPPED),
        ("gereed", DONE),
        ("Gereed", DONE),
        ("In behandeling bij de afdeling financiën", OPEN),
        ("Nog niet afgerond", OPEN),
    ],
)
def test_status_cell(cell: str, status: str) -> None:
    assert status_of(cell) == status


@pytest.mark.parametrize(
    "cell", ["Loopt, combineren met jaarplan", "Gesloten. Tekst is aangepast.", "afgevoerd", "gereed"]
)
def test_status_cell_is_never_the_description(cell: str) -> None:
    with_owner = read_row(["7", "Privacyverklaring herzien", "[PERSOON_5]", cell, ""], _five(), None)
    moved = read_row(["7", "Privacyverklaring herzien", cell], _five(), "[PERSOON_5]")
    short = read_row(["Privacyverklaring herzien", cell], _three(), "[PERSOON_5]")
    for row in (with_owner, moved, short):
        assert row is not None
        assert row.description == "Privacyverklaring herzien"
        assert row.status_text == cell
        assert row.owner == "[PERSOON_5]"


def test_row_without_description_is_none() -> None:
    assert read_row(["", "[PERSOON_1]", "gereed"], _three(), None) is None


def test_row_with_only_a_number_as_description_is_none() -> None:
    assert read_row(["12", "[PERSOON_1]", "gereed"], _three(), None) is None
