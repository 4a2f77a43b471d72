"""Action tables: the header row found by its words, and each row read by the role of its columns.

A header names what each column holds (``Actiepunt | wie | status``, ``Nr | Actie | Actiehouder | Stand van
zaken | Deadline``). Ingest keeps a table's header as a ``table_header`` unit and keeps empty cells of its rows, so
columns line up; a column the reader took as the row's speaker or owner (``wie``) is the unit's ``actor``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from themes.text.fold import fold

CELL_SEPARATOR = " | "

DESCRIPTION, NUMBER, OWNER, STATUS, DUE, OTHER = "description", "number", "owner", "status", "due", "other"
_ROLE_WORDS: dict[str, frozenset[str]] = {
    DESCRIPTION: frozenset(
        "actiepunt actiepunten actie acties onderwerp omschrijving wat afspraak afspraken taak taken todo "
        "beschrijving actiepunt/besluit besluit/actie item".split()
    ),
    NUMBER: frozenset("nr nr. no no. nummer # id ap volgnummer".split()),
    OWNER: frozenset(
        "wie actiehouder actiehouders eigenaar eigenaren door trekker trekkers verantwoordelijk verantwoordelijke "
        "uitvoerder owner wie?".split()
    ),
    STATUS: frozenset("status stand voortgang opmerking opmerkingen toelichting resultaat stand van zaken".split()),
    DUE: frozenset(
        "deadline gereed termijn wanneer planning streefdatum einddatum uiterlijk datum gereed op wanneer? "
        "datum gereed klaar op".split()
    ),
}
_TWO_WORD = {"stand van zaken": STATUS, "datum gereed": DUE, "gereed op": DUE, "klaar op": DUE}
_NUMBER_CELL = re.compile(r"^\s*(?:ap\s*)?\d{1,4}[a-z]?[.)]?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Header:
    """The roles of an action table's columns, in column order."""

    roles: tuple[str, ...]

    def index(self, role: str) -> int | None:
        """The first column with ``role``, or None."""
        return self.roles.index(role) if role in self.roles else None


@dataclass(frozen=True, slots=True)
class Row:
    """One row of an action table read by its columns' roles."""

    description: str
    owner: str | None
    status_text: str
    due: str | None
    number: str | None


def _role(cell: str) -> str:
    name = fold(cell).strip(" :.*_")
    if name in _TWO_WORD:
        return _TWO_WORD[name]
    for role, words in _ROLE_WORDS.items():
        if name in words:
            return role
    return OTHER


def header_of(cells: list[str]) -> Header | None:
    """The header of an action table, or None when the cells are no such header.

    An action table names a description column and at least one of owner, status or due date.
    """
    roles = tuple(_role(c) for c in cells)
    if DESCRIPTION not in roles or not {OWNER, STATUS, DUE} & set(roles):
        return None
    if sum(r == OTHER for r in roles) > len(roles) // 2:
        return None
    return Header(roles)


def read_row(cells: list[str], header: Header, actor: str | None) -> Row | None:
    """One row by its columns' roles; the owner column the reader moved into ``actor`` is put back first."""
    cells = [c.strip() for c in cells]
    owner_col = header.index(OWNER)
    if owner_col is not None and (len(cells) == len(header.roles) - 1 or (actor and len(cells) < len(header.roles))):
        cells = [*cells[:owner_col], actor or "", *cells[owner_col:]]
    cells += [""] * (len(header.roles) - len(cells))  # empty cells at the end of a row are not kept
    if len(cells) != len(header.roles):
        return None
    by_role: dict[str, str] = {}
    for role, cell in zip(header.roles, cells, strict=True):
        if role != OTHER and role not in by_role:
            by_role[role] = cell
    description = by_role.get(DESCRIPTION, "")
    number = by_role.get(NUMBER) or None
    if not description or (_NUMBER_CELL.match(description) and not number):
        return None
    return Row(
        description=description,
        owner=by_role.get(OWNER) or (actor if owner_col is None else None) or None,
        status_text=by_role.get(STATUS, ""),
        due=by_role.get(DUE) or None,
        number=number,
    )
