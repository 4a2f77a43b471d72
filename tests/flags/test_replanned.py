"""An action planned for the next meeting and planned again there for weeks later is postponed at that meeting."""

from __future__ import annotations

import pytest

from themes.flags.meetings import Meeting
from themes.flags.replanned import replanned
from themes.flags.tracks import Mention, Track
from themes.records.words import content_words
from themes.types import Document, Segment

_DATES = ("2024-02-22", "2024-03-19", "2024-04-16")


def _mention(order: int, text: str, status: str | None = None) -> Mention:
    doc = Document(f"d{order}", f"notulen-{order}.md", "Notulen", "notulen", _DATES[order], None, None, f"h{order}")
    unit = Segment(f"d{order}-0", doc.doc_id, 0, text)
    meeting = Meeting(_DATES[order], order, _DATES[order], (doc,), ((unit,),))
    return Mention(meeting, doc, text, content_words(text) or frozenset({"x"}), status, unit)


_PLANNED = "Hier is nog weinig invulling aan gegeven, voorstel is om een verdiepingssessie te houden in het volgend overleg"


def test_a_session_planned_for_this_meeting_and_now_weeks_later_is_deferred():
    track = Track((_mention(0, _PLANNED), _mention(1, "Afspraak is dat er een sessie komt over 3/4 weken;")))
    [out] = replanned([track])
    assert out.mentions[1].status == "uitgesteld"
    assert out.latest_status == "uitgesteld"


@pytest.mark.parametrize(
    ("before", "later", "order"),
    [
        # planned for a date, not for the next meeting
        ("[PERSOON_1] stuurt de notitie voor 1 mei rond aan de werkgroep.", "De notitie komt over twee weken.", 1),
        # the next meeting with a verb of discussing: the item itself moved there, this is no new plan
        (_PLANNED + " besproken", "Afspraak is dat er een sessie komt over 3/4 weken;", 1),
        # planned for the next meeting, and at it no later time
        (_PLANNED, "Afspraak is dat er een sessie komt met de subgroep.", 1),
        # a meeting in between: not the meeting it was planned for
        (_PLANNED, "Afspraak is dat er een sessie komt over 3/4 weken;", 2),
    ],
)
def test_no_postponement_without_a_plan_for_this_meeting_moved_weeks_later(before: str, later: str, order: int):
    track = Track((_mention(0, before), _mention(order, later)))
    [out] = replanned([track])
    assert out.mentions[1].status is None


def test_a_status_of_its_own_is_kept():
    track = Track((_mention(0, _PLANNED), _mention(1, "De sessie is gehouden, over 3 weken volgt het verslag.", "afgerond")))
    [out] = replanned([track])
    assert out.mentions[1].status == "afgerond"
