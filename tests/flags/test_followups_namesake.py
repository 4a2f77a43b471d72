"""An action reworded at the next meeting stays one when both share distinctive words and name the same person."""

from __future__ import annotations

from tests.flags.test_followups import _action, _meeting

from themes.flags.followups import add_follow_ups

FIRST = "[PERSOON_1]: Semantic versioning willen we ook opnemen in de beheerstructuur"
LATER = (
    "Feature: Uitwerking Semantic versioning voor het normatieve deel ([PERSOON_1]) Redelijk gevorderd in de "
    "andere standaard, dit wordt doorgevoerd"
)


def _tracks(later: str, first: str = FIRST, extra: tuple[str, ...] = ()):
    one = _meeting(0, [(first, "paragraph", 0), *((e, "paragraph", 0) for e in extra)])
    two = _meeting(1, [(later, "paragraph", 0)])
    return add_follow_ups([_action(one, first, None), _action(two, later, None)], [one, two])


def test_distinctive_shared_words_and_the_same_person_make_one_action():
    [joined] = _tracks(LATER)
    assert [m.meeting.order for m in joined.mentions] == [0, 1]


def test_another_person_one_distinctive_word_or_common_words_keep_two_actions():
    assert len(_tracks(LATER.replace("[PERSOON_1]", "[PERSOON_2]"))) == 2
    assert len(_tracks(LATER.replace("Semantic versioning", "Versiebeheer"))) == 2
    many = tuple(f"Semantic versioning staat in overleg {k} op de agenda." for k in range(4))
    assert len(_tracks(LATER, extra=many)) == 2
