"""Action items: "Actie X: …" lines, action-list tables and status lines under "Actielijst".

Recognised, in this order:
- a unit whose actor label starts with "Actie" (when a reader keeps the whole label as the actor);
- a unit whose text starts a sentence with "Actie X:", "Actie:" or "Actiepunt:";
- a table row (cells joined by " | ") under an action heading or below a header row naming the columns
  (Nr | Actie | Actiehouder | Status);
- any other unit under an action heading is a status update: it may report progress on a known action
  ("De raadsbrief is afgerond.") but never starts one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from themes.flags.lexicon import DROPPED, classify, is_dropped
from themes.flags.meetings import Meeting
from themes.flags.text import PLACEHOLDER, content_stems, fold, shorten
from themes.flags.tracks import Mention
from themes.types import Segment

_ACTION_HEADING = re.compile(r"\bactie(?:s|lijst|punten?|overzicht)?\b|\bafspraken\b|\bto ?do\b")
_ACTION_HEADING_WORDS = frozenset({"afsprak", "overzicht", "lijst", "todo", "to", "do", "besluit", "besluitenlijst"})
_PREFIX = re.compile(
    r"(?:^|(?<=[.;!?]\s))\s*(?:[-•*▪➤]\s*)?(?P<label>acties?|actiepunt(?:en)?)\b(?P<owner>[^:\n]{0,60}?)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ACTOR_PREFIX = re.compile(r"^\s*(?:actiehouder|actiepunt|acties?)\b\s*:?\s*", re.IGNORECASE)
_OWNER_FIELD = re.compile(r"\b(?:actiehouder|eigenaar|trekker)\s*:\s*(?P<owner>[^,;.|()]+)", re.IGNORECASE)
_STATUS_TAIL = re.compile(
    r"\s+[–—-]\s+|\s*\(|\s*\bstatus\s*:|\s*\bstand\s*:|(?<=[.;!?])\s+(?-i:(?=[A-Z\[]))", re.IGNORECASE
)
_ROW_NUMBER = re.compile(r"^\s*(?:nr\.?\s*)?[\dA-Za-z]{0,1}\d*[.)]?\s*$")
_DATE_CELL = re.compile(r"^\s*(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|\d{4}-\d{2}-\d{2}|[a-z]+\s+\d{4})\s*$")
_STATUS_CELL = re.compile(
    r"\b(?:loopt|lopend|open|in behandeling|in uitvoering|gereed|afgerond|afgehandeld|nog niet|doorgeschoven|"
    r"vervalt|uitgesteld|gedaan|klaar|nieuw|ja|nee)\b"
)
_CELL_SEP = " | "

_DESC_HEADERS = frozenset({"actie", "actiepunt", "acties", "omschrijving", "wat", "onderwerp", "afspraak", "taak"})
_OWNER_HEADERS = frozenset(
    {"actiehouder", "wie", "eigenaar", "trekker", "door", "verantwoordelijk", "verantwoordelijke"}
)
_STATUS_HEADERS = frozenset({"status", "stand", "stand van zaken", "voortgang", "gereed", "afgerond"})
_YES = frozenset({"ja", "x", "✓", "v", "done"})


@dataclass(frozen=True, slots=True)
class _Columns:
    size: int
    desc: int
    owner: int | None
    status: int | None
    status_name: str = ""


@dataclass(frozen=True, slots=True)
class ActionLine:
    """One action as written in one unit."""

    description: str
    owner: str | None
    status_text: str
    update_only: bool = False


def is_action_heading(heading: str) -> bool:
    """True when a part of the heading path is an action list ("5. Actielijst", "Acties en afspraken").

    A subject beside the word ("Actieplan discriminatie", "Afspraken met directies") makes it an agenda item.
    """
    for part in heading.split(" > "):
        if _ACTION_HEADING.search(fold(part)) and not content_stems(part) - _ACTION_HEADING_WORDS:
            return True
    return False


def _clean_owner(raw: str | None) -> str | None:
    if raw is None:
        return None
    owner = raw.strip(" :-–,.")
    owner = re.sub(r"^(?:voor|van|door)\s+", "", owner, flags=re.IGNORECASE)
    if not owner or owner.isdigit() or len(owner.split()) > 6:
        return None
    return owner


def _header(cells: list[str]) -> _Columns | None:
    names = [fold(c).strip(" :.") for c in cells]
    desc = next((i for i, n in enumerate(names) if n in _DESC_HEADERS), None)
    owner = next((i for i, n in enumerate(names) if n in _OWNER_HEADERS), None)
    status = next((i for i, n in enumerate(names) if n in _STATUS_HEADERS), None)
    if desc is None or (owner is None and status is None):
        return None
    return _Columns(len(cells), desc, owner, status, names[status] if status is not None else "")


def _row_with_columns(cells: list[str], columns: _Columns, actor: str | None) -> ActionLine | None:
    if len(cells) == columns.size - 1 and columns.owner is not None and actor:
        cells = cells[: columns.owner] + [actor] + cells[columns.owner :]
    if len(cells) != columns.size:
        return None
    description = cells[columns.desc].strip()
    owner = cells[columns.owner] if columns.owner is not None else actor
    status = cells[columns.status].strip() if columns.status is not None else ""
    if columns.status_name in ("gereed", "afgerond") and fold(status) in _YES:
        status = "afgerond"  # a "Gereed: ja" column
    return ActionLine(description, _clean_owner(owner), status) if description else None


def _row_heuristic(cells: list[str], actor: str | None) -> ActionLine | None:
    rest: list[str] = []
    owner, status = actor, ""
    for cell in cells:
        text = cell.strip()
        folded = fold(text)
        if not text or _ROW_NUMBER.match(text) or _DATE_CELL.match(folded):
            continue
        if PLACEHOLDER.search(text) and not re.sub(r"\[[A-Z]+(?:_\d+)?\]|\ben\b|[/,&+]", "", text).strip():
            owner = owner or text
            continue
        if len(text.split()) <= 6 and _STATUS_CELL.search(folded) and not status:
            status = text
            continue
        rest.append(text)
    if not rest:
        return None
    description = max(rest, key=len)
    return ActionLine(description, _clean_owner(owner), status)


def _looks_like_action_row(text: str) -> bool:
    """A numbered table row with a short status cell ("3 | Dashboard opleveren | loopt nog"), wherever it stands."""
    cells = [c.strip() for c in text.split(_CELL_SEP)]
    if len(cells) < 2 or not re.fullmatch(r"\d{1,3}[.)]?", cells[0]):
        return False
    return any(len(c.split()) <= 4 and _STATUS_CELL.search(fold(c)) for c in cells[2:] or cells[1:])


def _split_status(text: str) -> tuple[str, str]:
    parts = _STATUS_TAIL.split(text, maxsplit=1)
    description = parts[0].strip(" .;:")
    return description, text[len(parts[0]) :] if len(parts) > 1 else ""


def parse_action(segment: Segment, columns: _Columns | None, in_action_list: bool) -> ActionLine | None:
    """Read one unit as an action line, or None when it is not about an action."""
    text = segment.text.strip()
    actor = segment.actor.strip() if segment.actor else None
    actor_is_action = bool(actor and fold(actor).startswith(("actie", "actiehouder")))
    actor_owner = _clean_owner(_ACTOR_PREFIX.sub("", actor)) if actor_is_action else actor
    if _CELL_SEP in text and (columns is not None or in_action_list or _looks_like_action_row(text)):
        cells = text.split(_CELL_SEP)
        line = _row_with_columns(cells, columns, actor_owner) if columns is not None else None
        return line or _row_heuristic(cells, actor_owner)
    # every action prefix contains "actie"; plain ASCII text without it needs no search
    match = _PREFIX.search(text) if not text.isascii() or "actie" in text.lower() else None
    if match:
        owner = _clean_owner(match.group("owner")) or actor_owner
        description, tail = _split_status(match.group("rest"))
        field = _OWNER_FIELD.search(text)
        if field:
            owner = _clean_owner(field.group("owner")) or owner
        return ActionLine(description, owner, tail) if description else None
    if actor_is_action:
        description, tail = _split_status(text)
        return ActionLine(description, actor_owner, tail) if description else None
    if in_action_list:
        field = _OWNER_FIELD.search(text)
        return ActionLine(text, _clean_owner(field.group("owner")) if field else None, text, update_only=True)
    return None


def _status(line: ActionLine, text: str) -> str | None:
    """The status cell or tail decides; without a signal there, the whole unit."""
    for source in (line.status_text, text):
        if not source:
            continue
        if is_dropped(source):
            return DROPPED
        status = classify(source).status
        if status:
            return status
    return None


def action_mentions(meetings: Sequence[Meeting]) -> tuple[list[Mention], set[str]]:
    """Every action line in the meetings' documents.

    Returns:
        The mentions, and the ids of the units that are about actions (agenda items ignore those units).
    """
    mentions: list[Mention] = []
    action_units: set[str] = set()
    for meeting in meetings:
        for document, units in zip(meeting.documents, meeting.units, strict=True):
            columns: _Columns | None = None
            action_heading: dict[str, bool] = {}  # units share their headings
            for segment in units:
                if _CELL_SEP in segment.text:
                    header = _header(segment.text.split(_CELL_SEP))
                    if header is not None:
                        columns = header
                        action_units.add(segment.segment_id)
                        continue
                if segment.heading not in action_heading:
                    action_heading[segment.heading] = is_action_heading(segment.heading)
                line = parse_action(segment, columns, action_heading[segment.heading])
                if line is None:
                    continue
                action_units.add(segment.segment_id)
                stems = content_stems(line.description)
                if not stems:
                    continue
                mentions.append(
                    Mention(
                        meeting=meeting,
                        document=document,
                        title=shorten(line.description, 160),
                        stems=stems,
                        status=_status(line, segment.text),
                        evidence=segment,
                        owner=line.owner,
                        update_only=line.update_only,
                    )
                )
    return mentions, action_units
