"""The action list and the item history as rows: ``actions.csv`` and ``items.csv``.

``actions.csv`` has one row per action followed over meetings; ``items.csv`` one row per agenda item or action per
meeting document, with its status there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from themes.atomic import atomic_write_csv
from themes.flags.evidence import document_names, flag_id, quote
from themes.flags.lexicon import DEFERRED, DROPPED, RESOLVED
from themes.flags.tracks import Mention, Track
from themes.flags.writer import SEPARATOR, format_quote
from themes.state import document_name
from themes.text import fmt
from themes.text.fmt import shorten

ACTIONS_CSV = "actions.csv"
ITEMS_CSV = "items.csv"
ACTION_COLUMNS: tuple[str, ...] = (
    "action_id", "description", "owner", "first_seen", "last_seen", "times_listed", "status", "due", "documents",
    "evidence",
)
ITEM_COLUMNS: tuple[str, ...] = (
    "item_id", "kind", "track_id", "date", "document", "title", "status", "owner", "due", "recurring", "evidence",
)
KIND_ITEM, KIND_ACTION = "agendapunt", "actie"
_ACTION_STATUS = {RESOLVED: "afgerond", DROPPED: "vervallen", DEFERRED: "uitgesteld"}


@dataclass(frozen=True, slots=True)
class ActionRow:
    """One action followed over meetings, as ``actions.csv`` and the agenda's Actielijst show it."""

    action_id: str
    description: str
    owner: str | None
    first_seen: str | None
    last_seen: str | None
    times_listed: int
    status: str
    due: str | None
    documents: tuple[str, ...]
    evidence: str
    last_meeting: int  # the order of the last meeting that lists it

    def row(self) -> list[object]:
        """The ``actions.csv`` row."""
        return [
            self.action_id, self.description, self.owner, self.first_seen, self.last_seen, self.times_listed,
            self.status, self.due, SEPARATOR.join(self.documents), self.evidence,
        ]


def track_id(kind: str, track: Track) -> str:
    """The stable id of a track (the id its flag carries too): its first wording and the unit it stands in.

    The unit makes it unique: one list can hold the same wording as two actions' lines ("opdracht formulering X"
    and "formulering X aanleveren" carried to the next meeting), and two tracks must never share an id.
    """
    first = track.mentions[0]
    return flag_id(kind, " ".join(sorted(first.stems)) + "@" + first.evidence.segment_id)


def action_status(track: Track) -> str:
    """``open``, ``afgerond``, ``vervallen`` or ``uitgesteld``: the status at the last meeting that lists it."""
    return _ACTION_STATUS.get(track.latest_status or "", "open")


def _evidence(mention: Mention) -> str:
    """The mention quoted as flags.csv quotes its evidence (``2024-03-11 notulen.docx: …``)."""
    return format_quote(quote(mention.evidence, mention.document, mention.meeting))


def action_rows(actions: Sequence[Track]) -> list[ActionRow]:
    """Every action track that an action line, row or commitment started (progress sentences alone are not)."""
    rows = []
    for track in actions:
        if all(m.update_only for m in track.mentions):
            continue
        meetings = track.meetings
        rows.append(
            ActionRow(
                action_id=track_id("actie", track),
                description=track.title,
                owner=track.owner,
                first_seen=meetings[0].date,
                last_seen=meetings[-1].date,
                times_listed=len(meetings),
                status=action_status(track),
                due=track.due,
                documents=document_names([m.document for m in track.mentions]),
                evidence=_evidence(track.mentions[-1]),
                last_meeting=meetings[-1].order,
            )
        )
    return rows


def _item_status(mention: Mention) -> str:
    if mention.status == DEFERRED:
        return "uitgesteld"
    if mention.status == RESOLVED:
        return "afgerond"
    if mention.status == DROPPED:
        return "vervallen"
    return "geagendeerd" if mention.document.doc_type == "agenda" else "besproken"


def item_rows(items: Sequence[Track], actions: Sequence[Track]) -> list[list[object]]:
    """One row per agenda item or action per meeting document, in time and document order."""
    rows: list[tuple[tuple[int, int, int], list[object]]] = []
    for kind, tracks in ((KIND_ITEM, items), (KIND_ACTION, actions)):
        for track in tracks:
            if kind == KIND_ACTION and all(m.update_only for m in track.mentions):
                continue
            tid = track_id("uitgesteld" if kind == KIND_ITEM else "actie", track)
            listed: set[str] = set()  # documents whose action line of this track has a row
            for mention in track.mentions:
                if kind == KIND_ACTION and not mention.update_only:
                    if mention.document.doc_id in listed:
                        continue  # the action list at the end repeats an action of the text: one action
                    listed.add(mention.document.doc_id)
                status = _item_status(mention) if kind == KIND_ITEM else _ACTION_STATUS.get(mention.status or "", "open")
                order = (mention.meeting.order, mention.meeting.documents.index(mention.document), mention.evidence.position)
                rows.append(
                    (
                        order,
                        [
                            "",
                            kind,
                            tid,
                            mention.meeting.date,
                            document_name(mention.document),
                            mention.title,
                            status,
                            mention.owner,
                            mention.due,
                            mention.recurring,
                            shorten(mention.said or mention.evidence.text, 300).replace(SEPARATOR, " / "),
                        ],
                    )
                )
    rows.sort(key=lambda r: r[0])
    out = []
    for number, (_, row) in enumerate(rows, start=1):
        row[0] = f"R{number:05d}"
        out.append(row)
    return out


def write_meeting_tables(items: Sequence[Track], actions: Sequence[Track], out_dir: Path) -> list[Path]:
    """Write ``actions.csv`` and ``items.csv`` (atomically) into ``out_dir``; empty tables keep their header."""
    out = Path(out_dir)
    return [
        atomic_write_csv(out / ACTIONS_CSV, ACTION_COLUMNS, (r.row() for r in action_rows(actions))),
        atomic_write_csv(out / ITEMS_CSV, ITEM_COLUMNS, item_rows(items, actions)),
    ]


@dataclass(frozen=True, slots=True)
class DeferredItem:
    """An agenda item deferred at the latest meeting, with its history, for its own point on the next agenda."""

    title: str
    history: str
    evidence: str  # the sentence of the minutes alone: the history line already names the meeting


OPEN_STATUSES = ("open", "uitgesteld")


def open_first(actions: Sequence[Track]) -> list[ActionRow]:
    """Every action; those still open (or deferred) first, of the latest minutes first, then older ones."""
    rows = action_rows(actions)
    rows.sort(key=lambda r: (r.status not in OPEN_STATUSES, -r.last_meeting, r.first_seen or "", r.action_id))
    return rows


def deferred_at_last(items: Sequence[Track], last_order: int) -> list[DeferredItem]:
    """The items deferred at the meeting with order ``last_order``, each with the dates it was deferred before.

    A meeting without a date cannot be shown to lie before the latest one, so an item still deferred at such a meeting
    (nothing after it dealt with it) is listed too: a deferral is never lost because its minutes carry no date.
    """
    out = []
    for track in items:
        last = track.meetings[-1]
        if (last.order != last_order and last.date) or track.status_at(last) != DEFERRED:
            continue
        before = [m for m in track.meetings[:-1] if track.status_at(m) == DEFERRED]
        dates = [fmt.dutch_date(m.date, missing="(zonder datum)") for m in track.meetings]
        history = f"Uitgesteld op {dates[-1]}" if last.date else (
            f"Uitgesteld in een verslag zonder datum ({last.documents[-1].title})")
        if before:
            history += f"; {len(before)}× eerder uitgesteld"
        if len(dates) > 1:
            history += f"; eerder aan de orde op {fmt.join_dutch(dates[:-1])}"
        if track.recurring:
            history += "; het verslag noemt het terugkerend"
        out.append(DeferredItem(track.title, history + ".", shorten(track.mentions[-1].evidence.text, 300)))
    return out
