"""An owner's open action reworded at the next meeting continues its track when the wordings are close in meaning."""

from __future__ import annotations

import numpy as np

from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention, group_mentions
from themes.records.words import content_words
from themes.types import Document, Segment

_DATES = ("2024-01-10", "2024-02-14", "2024-03-13")


def _meeting(order: int) -> tuple[Meeting, Document, Segment]:
    doc = Document(f"d{order}", f"notulen-{order}.md", "Notulen", "notulen", _DATES[order], None, None, f"h{order}")
    unit = Segment(f"s{order}", doc.doc_id, 0, "Acties")
    return Meeting(_DATES[order], order, _DATES[order], (doc,), ((unit,),)), doc, unit


def _mention(order: int, text: str, owner: str | None, status: str | None = None) -> Mention:
    meeting, doc, unit = _meeting(order)
    return Mention(meeting, doc, text, content_words(text), status, unit, owner=owner)


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


CLOSE = np.stack([_unit(1, 0, 0), _unit(0.8, 0.6, 0)])  # cosine 0.8
FAR = np.stack([_unit(1, 0, 0), _unit(0, 0, 1)])  # cosine 0


def test_reworded_action_of_the_same_owner_at_the_next_meeting_continues():
    first = _mention(0, "levert de tekst voor de uitvraag aan", "[PERSOON_1]")
    later = _mention(1, "stelt een oproep op voor deelnemers", "[PERSOON_1]")
    assert len(group_mentions([first, later], 0.55)) == 2  # no shared words: two tracks without vectors
    tracks = group_mentions([first, later], 0.55, CLOSE)
    assert [len(t.mentions) for t in tracks] == [2]


def test_far_in_meaning_another_owner_a_gap_or_a_closed_action_stays_apart():
    first = _mention(0, "levert de tekst voor de uitvraag aan", "[PERSOON_1]")
    assert len(group_mentions([first, _mention(1, "stelt een oproep op", "[PERSOON_1]")], 0.55, FAR)) == 2
    assert len(group_mentions([first, _mention(1, "stelt een oproep op", "[PERSOON_2]")], 0.55, CLOSE)) == 2
    assert len(group_mentions([first, _mention(2, "stelt een oproep op", "[PERSOON_1]")], 0.55, CLOSE)) == 2
    done = _mention(0, "levert de tekst voor de uitvraag aan", "[PERSOON_1]", status="afgerond")
    assert len(group_mentions([done, _mention(1, "stelt een oproep op", "[PERSOON_1]")], 0.55, CLOSE)) == 2


def test_an_owner_pointing_back_at_the_meeting_before_continues_their_only_open_action():
    first = _mention(0, "biedt aan de handreiking archivering op te stellen", "[PERSOON_1]")
    later = _mention(1, "bespreekt de opzet met wie zich vorige keer meldde", "[PERSOON_1]")
    tracks = group_mentions([first, later], 0.55, FAR)
    assert [len(t.mentions) for t in tracks] == [2]


def test_pointing_back_links_nothing_for_another_owner_two_open_actions_or_no_back_reference():
    first = _mention(0, "biedt aan de handreiking archivering op te stellen", "[PERSOON_1]")
    back = "bespreekt de opzet met wie zich vorige keer meldde"
    assert len(group_mentions([first, _mention(1, back, "[PERSOON_2]")], 0.55, FAR)) == 2
    assert len(group_mentions([first, _mention(1, "bespreekt de opzet met de groep", "[PERSOON_1]")], 0.55, FAR)) == 2
    other = _mention(0, "plant een afspraak met de leverancier", "[PERSOON_1]")
    vectors = np.stack([_unit(1, 0, 0), _unit(0, 1, 0), _unit(0, 0, 1)])
    assert len(group_mentions([first, other, _mention(1, back, "[PERSOON_1]")], 0.55, vectors)) == 3


def _progress(order: int, text: str, owner: str) -> Mention:
    meeting, doc, unit = _meeting(order)
    return Mention(meeting, doc, text, content_words(text), "afgerond", unit, owner=owner, update_only=True)


def test_a_progress_report_of_an_owner_joins_their_only_open_action_of_the_meeting_before():
    first = _mention(0, "wil een notitie over de planning schrijven", "VNG")
    later = _progress(1, "heeft de eerste paragraaf herschreven", "VNG")
    tracks = group_mentions([first, later], 0.55, FAR)
    assert [len(t.mentions) for t in tracks] == [1 + 1]
    assert tracks[0].latest_status == "afgerond"


def test_a_progress_report_joins_nothing_when_its_owner_held_two_open_actions():
    first = _mention(0, "wil een notitie over de planning schrijven", "[PERSOON_1]")
    other = _mention(0, "plant een afspraak met de leverancier", "[PERSOON_1] en [PERSOON_2]")
    later = _progress(1, "heeft de eerste paragraaf herschreven", "[PERSOON_1]")
    vectors = np.stack([_unit(1, 0, 0), _unit(0, 1, 0), _unit(0, 0, 1)])
    tracks = group_mentions([first, other, later], 0.55, vectors)
    assert sorted(len(t.mentions) for t in tracks) == [1, 1]  # the report starts no track of its own
