"""A sentence pointing back at what was said before ("In het laatste stuk hadden we gezegd …") that names two words of
an open action of the meeting before (one of them distinctive) is that action's mention, with or without a status."""

from __future__ import annotations

from tests.flags.test_followups import _action, _meeting

from themes.flags.followups import add_follow_ups

_ACTION = "Eventueel werkgroep onderwerpen als thema's aanduiden zoals lezer beeld krijgt bij wat besproken wordt"


def test_pointing_back_with_two_words_of_the_action_follows_it_up_and_keeps_it_open():
    first = _meeting(0, [(_ACTION + ".", "paragraph", 0)])
    second = _meeting(
        1, [("In het laatste stuk hadden we gezegd dat we de werkgroepen beter kunnen koppelen aan thema's.", "paragraph", 0)]
    )
    [followed] = add_follow_ups([_action(first, _ACTION, None)], [first, second])
    assert [m.meeting.order for m in followed.mentions] == [0, 1]
    assert followed.latest_status is None
    assert "hadden we gezegd" in followed.mentions[1].said


def test_two_shared_words_without_pointing_back_or_one_word_pointing_back_is_no_follow_up():
    first = _meeting(0, [(_ACTION + ".", "paragraph", 0)])
    second = _meeting(
        1,
        [
            ("We willen de werkgroepen beter koppelen aan thema's.", "paragraph", 0),
            ("In het laatste stuk hadden we gezegd dat de thema's in de inleiding komen.", "paragraph", 0),
        ],
    )
    [followed] = add_follow_ups([_action(first, _ACTION, None)], [first, second])
    assert len(followed.mentions) == 1
