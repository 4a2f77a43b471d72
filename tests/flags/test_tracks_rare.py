"""An action reworded at the next meeting stays one when both wordings share rare words and name the same person."""

from __future__ import annotations

from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention, group_mentions
from themes.records.words import content_words
from themes.types import Document, Segment

_DATES = ("2021-11-24", "2022-03-17")

FIRST = "[PERSOON_1]: Semantic versioning willen we ook opnemen in de beheerstructuur"
LATER = (
    "Feature: Uitwerking Semantic versioning voor het normatieve deel ([PERSOON_1]) Redelijk gevorderd in de "
    "andere standaard, dit wordt doorgevoerd"
)


def _mention(order: int, text: str, place: int = 0) -> Mention:
    doc = Document(f"d{order}", f"verslag-{order}.md", "Verslag", "notulen", _DATES[order], None, None, f"h{order}")
    unit = Segment(f"s{order}-{place}", doc.doc_id, place, text, heading="Openstaande punten")
    meeting = Meeting(_DATES[order], order, _DATES[order], (doc,), ((unit,),))
    return Mention(meeting, doc, text, content_words(text), None, unit)


def test_rare_shared_words_and_the_same_person_make_one_action():
    tracks = group_mentions([_mention(0, FIRST), _mention(1, LATER)], 0.55)
    assert [len(t.mentions) for t in tracks] == [2]


def test_another_person_or_one_rare_word_keeps_two_actions():
    other = _mention(1, LATER.replace("[PERSOON_1]", "[PERSOON_2]"))
    assert len(group_mentions([_mention(0, FIRST), other], 0.55)) == 2
    one_word = _mention(1, LATER.replace("Semantic versioning", "Versiebeheer"))
    assert len(group_mentions([_mention(0, FIRST), one_word], 0.55)) == 2


def test_words_many_actions_use_are_not_rare():
    common = [_mention(0, f"[PERSOON_{k}] zet semantic versioning op de agenda van overleg {k}", k) for k in (3, 4)]
    tracks = group_mentions([_mention(0, FIRST), *common, _mention(1, LATER)], 0.55)
    assert len(tracks) == 4
