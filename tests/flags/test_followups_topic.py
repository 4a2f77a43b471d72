"""A new action that restates the heading its open action was followed up under at the meeting before continues it."""

from __future__ import annotations

from tests.flags.test_followups import _action, _meeting

from themes.flags.followups import add_follow_ups

_FIRST = "De kaders van het sleutelbeheer integreren met het kader voor capability management"
_HEADING = [
    ("Sleutelbeheer / Capability Management", "list_item", 1),
    ("Met de subgroepen zal nog gesproken worden over de aansluiting.", "list_item", 2),
]


def _tracks(later: str, heading=_HEADING):
    first = _meeting(0, [(_FIRST + ".", "paragraph", 0)])
    second = _meeting(1, heading)
    third = _meeting(2, [(f"[PERSOON_1] en [PERSOON_2] {later}.", "paragraph", 0)])
    tracks = [_action(first, _FIRST, None), _action(third, later, "[PERSOON_1] en [PERSOON_2]")]
    return add_follow_ups(tracks, [first, second, third])


def test_a_new_action_restating_the_heading_of_the_follow_up_continues_the_action():
    [joined] = _tracks("zullen een afstemming doen van het sleutelbeheer en het capability management model")
    assert [m.meeting.order for m in joined.mentions] == [0, 1, 2]
    assert joined.owner == "[PERSOON_1] en [PERSOON_2]"
    assert joined.title == _FIRST


def test_a_new_action_holding_part_of_the_heading_or_after_no_heading_stays_apart():
    part = _tracks("zullen een afstemming doen van het capability management model")
    assert [len(t.mentions) for t in part] == [2, 1]
    plain = [("Met de subgroepen zal nog gesproken worden over sleutelbeheer en capability management.", "paragraph", 0)]
    apart = _tracks("zullen een afstemming doen van het sleutelbeheer en het capability management model", plain)
    assert len(apart) == 2
