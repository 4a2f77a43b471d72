"""A new action whose unit opens with a label restating an open action of the meeting before continues it."""

from __future__ import annotations

from tests.flags.test_followups import _action, _meeting

from themes.flags.followups import add_follow_ups

FIRST = (
    "Plaatje en uitleg van de extra flow toevoegen ([PERSOON_1] vraagt [PERSOON_2] of hij dit kan maken "
    "alternatief is [PERSOON_3])"
)
LATER = (
    "Plaatje en uitleg van de extra flow toevoegen: [PERSOON_4] blijkt oorspronkelijke auteur bestaande plaatje. "
    "Hij maakt op basis van [URL_1] in draw.io een nieuw plaatjes voor de clientcredentials flow."
)
LATER_ACTION = "maakt op basis van [URL_1] in draw.io een nieuw plaatjes voor de clientcredentials flow"


def _tracks(unit: str, first: str = FIRST, action: str = LATER_ACTION, status: str | None = None):
    one = _meeting(0, [(first, "paragraph", 0)])
    two = _meeting(1, [(unit, "paragraph", 0)])
    return add_follow_ups([_action(one, first, None, status), _action(two, action, "[PERSOON_4]")], [one, two])


def test_a_label_restating_the_open_action_of_the_meeting_before_continues_it():
    [joined] = _tracks(LATER)
    assert [m.meeting.order for m in joined.mentions] == [0, 1]


def test_a_label_of_another_subject_a_closed_action_or_the_action_itself_keeps_two_actions():
    assert len(_tracks(LATER.replace("Plaatje en uitleg van de extra flow toevoegen", "Stand van de regeling"))) == 2
    assert len(_tracks(LATER, status="afgerond")) == 2
    assert len(_tracks(LATER.replace("Plaatje en uitleg van de extra flow", "Plaatje van de login flow"))) == 2
    assert len(_tracks(LATER.replace("Plaatje en uitleg van de extra flow toevoegen", "Flow"))) == 2
