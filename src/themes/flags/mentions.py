"""Mentions from meeting records: what each meeting document says about each agenda item and action.

The record of a document (``themes.records``) is read once; here its items and actions become ``Mention``s that
``tracks.group_mentions`` links across meetings. A progress sentence ("Lijst deelnemers is geactualiseerd") may
join an action of an earlier meeting but never starts one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention
from themes.records.entries import DEFERRED, DONE, DROPPED, MeetingRecord
from themes.records.words import content_words
from themes.types import Segment

_STATUS = {DEFERRED: "uitgesteld", DONE: "afgerond", DROPPED: "vervallen"}


@dataclass(frozen=True, slots=True)
class MeetingMentions:
    """The item and action mentions of all meetings, and the units that are about actions or procedure."""

    items: tuple[Mention, ...]
    actions: tuple[Mention, ...]
    procedural_units: frozenset[str]


def _unit(segment_id: str | None, units: Mapping[str, Segment], fallback: Segment) -> Segment:
    return units.get(segment_id or "", fallback)


def meeting_mentions(meetings: Sequence[Meeting], records: Mapping[str, MeetingRecord]) -> MeetingMentions:
    """The mentions of every meeting document that has a record (documents without units are skipped)."""
    items: list[Mention] = []
    actions: list[Mention] = []
    procedural: set[str] = set()
    for meeting in meetings:
        for document, units in zip(meeting.documents, meeting.units, strict=True):
            record = records.get(document.doc_id)
            if record is None or not units:
                continue
            by_id = {u.segment_id: u for u in units}
            for entry in record.items:
                # "Agendapunt 4" (an item a range names whose heading held no text) is known by its number
                words = content_words(entry.title) or (frozenset({f"#{entry.number}"}) if entry.number else frozenset())
                if not words:
                    continue
                unit = _unit(entry.segment_id, by_id, units[0])
                if entry.status == DEFERRED or entry.recurring:
                    procedural.add(unit.segment_id)
                items.append(
                    Mention(
                        meeting=meeting,
                        document=document,
                        title=entry.title,
                        stems=words,
                        status=_STATUS.get(entry.status),
                        evidence=unit,
                        recurring=entry.recurring,
                        number=entry.number,
                        said=entry.evidence if entry.status in _STATUS else "",
                    )
                )
            for action in record.actions:
                words = content_words(action.description)
                if not words:
                    continue
                unit = _unit(action.segment_id, by_id, units[0])
                procedural.add(unit.segment_id)
                actions.append(
                    Mention(
                        meeting=meeting,
                        document=document,
                        title=action.description,
                        stems=words,
                        status=_STATUS.get(action.status),
                        evidence=unit,
                        owner=action.owner,
                        update_only=action.source == "voortgang",
                        due=action.due,
                        number=action.number if action.source == "tabel" else None,
                    )
                )
    return MeetingMentions(tuple(items), tuple(actions), frozenset(procedural))
