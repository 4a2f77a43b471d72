"""An action line restating what its owner's report in the same minutes says is still to do continues that action."""

from __future__ import annotations

import numpy as np

from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention, group_mentions
from themes.records.words import content_words
from themes.types import Document, Segment

_DATES = ("2018-02-05", "2018-03-13", "2018-06-22")

AGREED = "Voorstel [PERSOON_1]: maak per usecase een simpel interactie diagram. [PERSOON_1] geeft eerste aanzet."
REPORT = (
    "[PERSOON_1] heeft met de afnemers samengezeten. Op Github zetten is nog niet gelukt. [PERSOON_1] licht toe aan "
    "de hand van tekeningen op zijn laptop."
)
LINE = "[PERSOON_1]: plaatjes op github zetten"


def _doc(order: int) -> Document:
    return Document(f"d{order}", f"verslag-{order}.md", "Verslag", "notulen", _DATES[order], None, None, f"h{order}")


def _meeting(order: int, doc: Document, units: tuple[Segment, ...]) -> Meeting:
    return Meeting(_DATES[order], order, _DATES[order], (doc,), (units,))


def _mentions(report: str, line: str, line_owner: str) -> list[Mention]:
    d0, d1 = _doc(0), _doc(1)
    agreed = Segment("a0", d0.doc_id, 0, AGREED, heading="Usecases")
    m0 = _meeting(0, d0, (agreed,))
    said = Segment("b0", d1.doc_id, 0, report, heading="Usecases")
    listed = Segment("b1", d1.doc_id, 1, line, heading="Actiepunten", kind="list_item", list_level=1)
    m1 = _meeting(1, d1, (said, listed))
    first = report.split(". ")[0]
    return [
        Mention(m0, d0, "geeft eerste aanzet", content_words(AGREED), None, agreed, owner="[PERSOON_1]"),
        Mention(m1, d1, first, content_words(first), None, said, owner="[PERSOON_1]", update_only=True),
        Mention(m1, d1, line.split(": ")[1], content_words(line.split(": ")[1]), None, listed, owner=line_owner),
    ]


def _far(n: int) -> np.ndarray:
    return np.eye(n, dtype=np.float32)  # nothing close in meaning


def test_action_line_restating_the_owners_report_continues_the_action():
    mentions = _mentions(REPORT, LINE, "[PERSOON_1]")
    tracks = group_mentions(mentions, 0.55, _far(3))
    assert [len(t.mentions) for t in tracks] == [3]


def test_action_line_of_another_owner_or_other_words_is_a_new_action():
    other_owner = _mentions(REPORT, "[PERSOON_2]: plaatjes op github zetten", "[PERSOON_2]")
    assert len(group_mentions(other_owner, 0.55, _far(3))) == 2
    other_words = _mentions(REPORT, "[PERSOON_1]: presentatie voor de stuurgroep maken", "[PERSOON_1]")
    assert len(group_mentions(other_words, 0.55, _far(3))) == 2
