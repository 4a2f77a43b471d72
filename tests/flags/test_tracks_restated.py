"""An action agreed in the text and repeated in the action list at the end of the same minutes is one action."""

from __future__ import annotations

import numpy as np

from themes.flags.meetings import Meeting
from themes.flags.tables import item_rows, track_id
from themes.flags.tracks import Mention, group_mentions
from themes.records.words import content_words
from themes.types import Document, Segment

_DATES = ("2024-01-10", "2024-02-14")


def _meeting(order: int) -> tuple[Meeting, Document, tuple[Segment, Segment]]:
    doc = Document(f"d{order}", f"notulen-{order}.md", "Notulen", "notulen", _DATES[order], None, None, f"h{order}")
    units = (Segment(f"s{order}a", doc.doc_id, 0, "Bespreking"), Segment(f"s{order}b", doc.doc_id, 1, "Actiepunten"))
    return Meeting(_DATES[order], order, _DATES[order], (doc,), (units,)), doc, units


def _mention(order: int, place: int, text: str, owner: str | None) -> Mention:
    meeting, doc, units = _meeting(order)
    return Mention(meeting, doc, text, content_words(text), None, units[place], owner=owner)


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


# text mention, list mention, list copy at the next meeting
CLOSE = np.stack([_unit(1, 0, 0), _unit(0.8, 0.6, 0), _unit(0.8, 0.6, 0)])
FAR = np.stack([_unit(1, 0, 0), _unit(0, 0, 1), _unit(0, 0, 1)])

SAID = "Actiepunt voor [PERSOON_1]: nagaan hoe de toegankelijkheidseis in de catalogus staat en ernaar verwijzen"
LISTED = "[PERSOON_1]: Verwijzing naar de toegankelijkheidseis uit de catalogus opnemen in de handreiking"


def test_action_list_repeating_an_action_of_the_text_is_one_track_with_one_row():
    mentions = [
        _mention(0, 0, SAID, "[PERSOON_1]"),
        _mention(0, 1, LISTED, "[PERSOON_1]"),
        _mention(1, 1, LISTED, "[PERSOON_1]"),
    ]
    tracks = group_mentions(mentions, 0.55, CLOSE)
    assert [len(t.mentions) for t in tracks] == [3]
    rows = item_rows([], tracks)
    assert [row[4] for row in rows] == ["notulen-0.md", "notulen-1.md"]


def test_repeat_needs_the_same_owner_and_close_meaning():
    other_owner = [_mention(0, 0, SAID, "[PERSOON_1]"), _mention(0, 1, LISTED, "[PERSOON_2]")]
    assert len(group_mentions(other_owner, 0.55, CLOSE[:2])) == 2
    far = [_mention(0, 0, SAID, "[PERSOON_1]"), _mention(0, 1, LISTED, "[PERSOON_1]")]
    assert len(group_mentions(far, 0.55, FAR[:2])) == 2
    assert len(group_mentions(far, 0.55)) == 2  # without sentence vectors nothing is merged within a document


def test_one_shared_word_is_enough_when_owner_and_meaning_agree():
    said = _mention(0, 0, "[PERSOON_1] zal de volgende werkgroep organiseren", "[PERSOON_1]")
    listed = _mention(0, 1, "[PERSOON_1] zal de volgende bijeenkomst organiseren", "[PERSOON_1]")
    assert [len(t.mentions) for t in group_mentions([said, listed], 0.55, CLOSE[:2])] == [2]
    assert len(group_mentions([said, listed], 0.55, FAR[:2])) == 2


def test_two_lines_of_one_action_list_are_two_actions_however_close_in_meaning():
    meeting, doc, _ = _meeting(0)
    said = Segment("t0", doc.doc_id, 0, "Actie [PERSOON_1]: opdracht formulering zichtbaarheid", heading="Bespreking")
    first = Segment("t1", doc.doc_id, 1, "[PERSOON_1]: formulering zichtbaarheid aanleveren", heading="Actiepunten",
                    kind="list_item", list_level=1)
    second = Segment("t2", doc.doc_id, 2, "[PERSOON_1]: opdracht formulering zichtbaarheid", heading="Actiepunten",
                     kind="list_item", list_level=1)
    mentions = [
        Mention(meeting, doc, u.text.split(": ", 1)[1], content_words(u.text), None, u, owner="[PERSOON_1]")
        for u in (said, first, second)
    ]
    close = np.stack([_unit(1, 0, 0), _unit(0.9, 0.3, 0), _unit(1, 0, 0)])
    tracks = group_mentions(mentions, 0.55, close)
    assert len(tracks) == 2
    assert sorted(len(t.mentions) for t in tracks) == [1, 2]


def _listed(meeting: Meeting, doc: Document, place: int, text: str, heading: str, kind: str) -> Mention:
    unit = Segment(f"{doc.doc_id}-{place}", doc.doc_id, place, text, heading=heading, kind=kind, list_level=1)
    wording = text.split(": ", 1)[1]
    return Mention(meeting, doc, wording, content_words(wording), None, unit, owner="[PERSOON_1]")


def test_a_text_action_and_a_list_line_are_two_actions_when_a_later_list_names_both():
    """Minutes: "Actie [X]: opdracht formulering …" in the text and "[X]: Formulering … aanleveren" in the
    action list; the next minutes carry both lines in their list, so they were two actions of one owner."""
    first, doc0, _ = _meeting(0)
    second, doc1, _ = _meeting(1)
    mentions = [
        _listed(first, doc0, 0, "Actie [PERSOON_1]: opdracht formulering zichtbaarheid", "Deelnemers", "paragraph"),
        _listed(first, doc0, 1, "[PERSOON_1]: formulering zichtbaarheid aanleveren", "Actiepunten", "list_item"),
        _listed(second, doc1, 0, "[PERSOON_1]: formulering zichtbaarheid aanleveren", "Actiepunten", "list_item"),
        _listed(second, doc1, 1, "[PERSOON_1]: opdracht formulering zichtbaarheid", "Actiepunten", "list_item"),
    ]
    close = np.stack([_unit(1, 0, 0), _unit(0.9, 0.3, 0), _unit(0.9, 0.3, 0), _unit(1, 0, 0)])
    tracks = group_mentions(mentions, 0.55, close)
    assert sorted([m.title for m in t.mentions] for t in tracks) == [
        ["formulering zichtbaarheid aanleveren"] * 2,
        ["opdracht formulering zichtbaarheid"] * 2,
    ]
    assert len({track_id("actie", t) for t in tracks}) == 2  # two tracks never share an id


def test_the_list_line_stays_with_the_text_action_when_the_later_list_names_it_once():
    first, doc0, _ = _meeting(0)
    second, doc1, _ = _meeting(1)
    mentions = [
        _listed(first, doc0, 0, "Actie [PERSOON_1]: opdracht formulering zichtbaarheid", "Deelnemers", "paragraph"),
        _listed(first, doc0, 1, "[PERSOON_1]: formulering zichtbaarheid aanleveren", "Actiepunten", "list_item"),
        _listed(second, doc1, 0, "[PERSOON_1]: formulering zichtbaarheid aanleveren", "Actiepunten", "list_item"),
    ]
    close = np.stack([_unit(1, 0, 0), _unit(0.9, 0.3, 0), _unit(0.9, 0.3, 0)])
    [track] = group_mentions(mentions, 0.55, close)
    assert [m.meeting.order for m in track.mentions] == [0, 0, 1]
    assert track.mentions[0].title == "opdracht formulering zichtbaarheid"
