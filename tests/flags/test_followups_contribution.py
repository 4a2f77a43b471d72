"""A label naming the contribution an open action asked for, with the contributions under it, reports it given."""

from __future__ import annotations

import pytest

from themes.flags.followups import add_follow_ups
from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention, Track
from themes.records.words import content_words
from themes.types import Document, Segment

_DATES = ("2024-01-10", "2024-02-14")
_FILLER = (
    "De werkgroep bespreekt de API strategie en het document.",
    "Het document over de API wordt door de werkgroep gelezen.",
    "De API standaard staat in het document van de werkgroep.",
    "Iedereen kan reageren op het API document.",
)


def _meeting(order: int, lines: list[tuple[str, str, int]]) -> Meeting:
    doc = Document(f"d{order}", f"notulen-{order}.md", "Notulen", "notulen", _DATES[order], None, None, f"h{order}")
    units = [
        Segment(f"{doc.doc_id}-{i}", doc.doc_id, i, text, kind=kind, list_level=level)
        for i, (text, kind, level) in enumerate(lines)
    ]
    for i in range(40):
        units.append(Segment(f"{doc.doc_id}-{len(units)}", doc.doc_id, len(units), f"{_FILLER[i % 4]} Onderwerp{order}x{i}."))
    return Meeting(_DATES[order], order, _DATES[order], (doc,), (tuple(units),))


def _followed(label: str, under: str) -> Track:
    wording = "Commentaar geven op huidige vulling"
    first = _meeting(0, [("Acties voor de werkgroep:", "paragraph", 0), (wording, "list_item", 1)])
    second = _meeting(1, [(label, "list_item", 1), (under, "paragraph", 0)])
    mention = Mention(first, first.documents[0], wording, content_words(wording), None, first.units[0][1])
    [followed] = add_follow_ups([Track((mention,))], [first, second])
    return followed


def test_a_label_naming_the_comments_asked_for_with_the_comments_under_it_closes_the_action():
    followed = _followed(
        "Commentaar op huidige vulling:",
        "Er is behoefte aan eenduidige eigen definitie (van API) en visie (API Economy) vanuit de overheid;",
    )
    assert len(followed.mentions) == 2
    assert followed.latest_status == "afgerond"


@pytest.mark.parametrize(
    "under",
    [
        "Nog niet ontvangen van de leden van de werkgroep.",
        "[PERSOON_1] zal het commentaar van de leden bundelen.",
        "Wie heeft er nog aanvullingen op de huidige vulling?",
    ],
)
def test_comments_not_given_yet_under_the_label_leave_the_action_open(under: str):
    followed = _followed("Commentaar op huidige vulling:", under)
    assert followed.latest_status is None


def test_a_label_without_a_colon_reports_nothing_given():
    followed = _followed("Commentaar op huidige vulling", "Er is behoefte aan een eenduidige eigen definitie van API.")
    assert followed.latest_status is None
