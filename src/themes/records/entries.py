"""The records of one meeting document: agenda items, actions and decisions, each with its status there.

Statuses are Dutch, as the analyst reads them in ``items.csv``: an agenda item is ``besproken`` (``geagendeerd`` in an agenda), ``uitgesteld``,
``afgerond`` or ``vervallen``; an action is ``open``, ``afgerond``, ``vervallen`` or ``uitgesteld``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

DISCUSSED = "besproken"
SCHEDULED = "geagendeerd"
DEFERRED = "uitgesteld"
DONE = "afgerond"
DROPPED = "vervallen"
OPEN = "open"
ITEM_STATUSES: tuple[str, ...] = (DISCUSSED, SCHEDULED, DEFERRED, DONE, DROPPED)
ACTION_STATUSES: tuple[str, ...] = (OPEN, DONE, DROPPED, DEFERRED)

#: Where an action was read: a row of an action table, an action line, a commitment in running text, or a
#: sentence reporting progress (joins an action of an earlier meeting, never starts one).
SOURCES: tuple[str, ...] = ("tabel", "actieregel", "toezegging", "voortgang")


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """One action as one document records it.

    Attributes:
        description: what is to be done, without owner, status or due date.
        owner: the owner as written (a pseudonym such as ``[PERSOON_12]``, a role or group), else None.
        due: the due date or term as written, else None.
        status: one of ``ACTION_STATUSES``.
        status_text: the status cell or tail it was read from ("" when none).
        segment_id: the unit it was read from.
        evidence: that unit's (redacted) text.
        number: the row or action number when the table or line gives one.
        source: one of ``SOURCES``.
    """

    description: str
    owner: str | None
    due: str | None
    status: str
    status_text: str
    segment_id: str
    evidence: str
    number: str | None = None
    source: str = "actieregel"

    def __post_init__(self) -> None:
        if self.status not in ACTION_STATUSES:
            raise ValueError(f"unknown action status {self.status!r}")
        if self.source not in SOURCES:
            raise ValueError(f"unknown action source {self.source!r}")


@dataclass(frozen=True, slots=True)
class ItemEntry:
    """One agenda item as one document records it.

    Attributes:
        title: the item's wording, numbering and status remarks stripped.
        number: its agenda number as written ("4", "4.2"), else None.
        status: one of ``ITEM_STATUSES``.
        evidence: the sentence that says the status (or the first unit of the item).
        segment_id: the unit of the evidence, None when the item is only a heading.
        recurring: the sentence saying the item came back or waits a while, else "".
    """

    title: str
    number: str | None
    status: str
    evidence: str
    segment_id: str | None
    recurring: str = ""

    def __post_init__(self) -> None:
        if self.status not in ITEM_STATUSES:
            raise ValueError(f"unknown item status {self.status!r}")


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    """A decision recorded in the document, with the agenda item it falls under ("" when none)."""

    text: str
    item: str
    segment_id: str


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """What one meeting document records, in document order."""

    doc_id: str
    items: tuple[ItemEntry, ...] = ()
    actions: tuple[ActionEntry, ...] = ()
    decisions: tuple[DecisionEntry, ...] = ()

    @property
    def is_meeting(self) -> bool:
        """True when the document records anything of a meeting (items with a status, actions, decisions)."""
        return bool(self.actions or self.decisions or any(i.status != DISCUSSED or i.recurring for i in self.items))

    def to_json(self) -> str:
        """A stable JSON text (sorted keys) for the workspace."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> MeetingRecord:
        """The record stored by ``to_json``."""
        data = json.loads(text)
        return cls(
            doc_id=data["doc_id"],
            items=tuple(ItemEntry(**i) for i in data["items"]),
            actions=tuple(ActionEntry(**a) for a in data["actions"]),
            decisions=tuple(DecisionEntry(**d) for d in data["decisions"]),
        )
