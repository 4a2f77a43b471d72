"""A new action under a heading naming the subject of an open action of the meeting before continues it."""

from __future__ import annotations

from tests.flags.test_followups import _DATES, _FILLER

from themes.flags.followups import add_follow_ups
from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention, Track
from themes.records.words import content_words
from themes.types import Document, Segment

SUBJECT = "Event Driven processen & Notificaties"
PROPOSAL = (
    "Hier is nog weinig invulling aan gegeven, [PERSOON_1] geeft aan dat er wel ontwikkelingen zijn bij VNG op dit "
    "vlak, voorstel is om een verdiepingssessie te houden in het volgend overleg"
)
OFFER = "[PERSOON_1] geeft aan dat hij in een volgende verdiepende sessie een presentatie/toelichting kan geven"
AGREED = "Afspraak is dat er een sessie komt over 3/4 weken;"


def _meeting(order: int, lines: list[tuple[str, str, int, str]]) -> Meeting:
    """A meeting whose minutes hold ``lines`` (text, kind, list level, heading path), then filler lines."""
    doc = Document(f"d{order}", f"notulen-{order}.md", "Notulen", "notulen", _DATES[order], None, None, f"h{order}")
    units = [
        Segment(f"d{order}-{i}", doc.doc_id, i, text, heading=heading, kind=kind, list_level=level)
        for i, (text, kind, level, heading) in enumerate(lines)
    ]
    for i in range(40):
        units.append(Segment(f"d{order}-{len(units)}", doc.doc_id, len(units), f"{_FILLER[i % 4]} Onderwerp{i}."))
    return Meeting(_DATES[order], order, _DATES[order], (doc,), (tuple(units),))


def _action(meeting: Meeting, position: int, text: str, owner: str | None) -> Track:
    unit = meeting.units[0][position]
    return Track((Mention(meeting, meeting.documents[0], text, content_words(text), None, unit, owner=owner),))


def _tracks(heading: str = f"2 {SUBJECT} > Uit de discussie", owner: str | None = None) -> list[Track]:
    one = _meeting(0, [(SUBJECT, "list_item", 1, "Ontwikkelingen"), (PROPOSAL, "paragraph", 0, "Ontwikkelingen")])
    two = _meeting(1, [(OFFER, "list_item", 1, heading), (AGREED, "paragraph", 0, heading)])
    tracks = [
        _action(one, 1, PROPOSAL, None),
        _action(two, 0, OFFER, "[PERSOON_1]"),
        _action(two, 1, AGREED.rstrip(";"), owner),
    ]
    return add_follow_ups(tracks, [one, two])


def test_the_session_agreed_under_the_subject_of_the_proposal_continues_it_and_the_offer_stays_apart():
    tracks = _tracks()
    assert len(tracks) == 2
    joined = next(t for t in tracks if len(t.mentions) == 2)
    assert [m.title for m in joined.mentions] == [PROPOSAL, AGREED.rstrip(";")]


def test_another_subject_or_another_owner_keeps_three_actions():
    assert len(_tracks(heading="2 Beveiligingsarchitectuur > Uit de discussie")) == 3
    assert len(_tracks(owner="[PERSOON_2]")) == 3
