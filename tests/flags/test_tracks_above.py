"""A line that points back at the action on the line above ("hiervoor") is that action, not a new one."""

from __future__ import annotations

from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention, group_mentions
from themes.records.words import content_words
from themes.types import Document, Segment

_DOC = Document("d0", "verslag.md", "Verslag", "notulen", "2020-11-12", None, None, "h0")

FIRST = "Kaders moeten nog worden geintegreerd met het kader dat bij het onderwerp beheer is opgesteld"
NEXT = "Een eerste mapping hiervoor is gemaakt, resultaat en de vragen hierbij zullen nog met de groep worden gedeeld"


def _tracks(first: str, nxt: str, owners=(None, None), gap: int = 1):
    units = (
        Segment("s0", _DOC.doc_id, 0, first, kind="list_item", list_level=2, heading="Capability model"),
        Segment("s1", _DOC.doc_id, gap, nxt, kind="list_item", list_level=2, heading="Capability model"),
    )
    meeting = Meeting("2020-11-12", 0, "2020-11-12", (_DOC,), (units,))
    mentions = [
        Mention(meeting, _DOC, u.text, content_words(u.text), None, u, owner=o)
        for u, o in zip(units, owners, strict=True)
    ]
    return group_mentions(mentions, 0.55)


def test_a_line_pointing_back_at_the_action_above_is_that_action():
    assert [len(t.mentions) for t in _tracks(FIRST, NEXT)] == [2]
    assert [
        len(t.mentions) for t in _tracks(FIRST, "[PERSOON_1] zal hiervoor een voorstel doen", ("[PERSOON_1]",) * 2)
    ] == [2]


def test_another_owner_no_pointer_or_a_line_in_between_keeps_two_actions():
    other = _tracks(
        "Actie [PERSOON_1]: rapport opstellen",
        "[PERSOON_2] levert hiervoor de cijfers aan",
        ("[PERSOON_1]", "[PERSOON_2]"),
    )
    assert len(other) == 2
    assert len(_tracks(FIRST, "Een eerste mapping is gemaakt, de vragen zullen nog met de groep worden gedeeld")) == 2
    assert len(_tracks(FIRST, NEXT, gap=2)) == 2
