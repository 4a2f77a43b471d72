"""A later meeting's block under the topic an action was agreed under reports on that action."""

from __future__ import annotations

from themes.flags.followups import add_follow_ups
from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention, Track
from themes.records.words import content_words
from themes.types import Document, Segment

_DATES = ("2020-10-15", "2020-11-12", "2020-12-11")
_FILLER = (
    "De werkgroep bespreekt de API strategie en het document.",
    "Het document over de API wordt door de werkgroep gelezen.",
    "De API standaard staat in het document van de werkgroep.",
    "Iedereen kan reageren op het API document.",
)


def _meeting(order: int, lines: list[tuple[str, str, int]]) -> Meeting:
    """Minutes holding ``lines`` (text, kind, list level), then filler lines with unique topics."""
    doc = Document(f"d{order}", f"verslag-{order}.md", "Verslag", "notulen", _DATES[order], None, None, f"h{order}")
    texts = [*lines, *((f"{_FILLER[i % 4]} Onderwerp{order}x{i} komt aan bod.", "paragraph", 0) for i in range(40))]
    units = tuple(
        Segment(f"{doc.doc_id}-{i}", doc.doc_id, i, text, kind=kind, list_level=level)
        for i, (text, kind, level) in enumerate(texts)
    )
    return Meeting(_DATES[order], order, _DATES[order], (doc,), (units,))


def _action(meeting: Meeting, position: int, text: str, owner: str | None) -> Track:
    unit = meeting.units[0][position]
    return Track((Mention(meeting, meeting.documents[0], text, content_words(text), None, unit, owner=owner),))


_AGREED = [
    ("Beveiligingsarchitectuur", "list_item", 1),
    ("Gesproken is over wat voor soort invulling hiervoor wenselijk is. [PERSOON_1] stelt voor een eerste opzet "
     "voor de discussie op te stellen.", "paragraph", 0),
]
_REPORTED = [
    ("Beveiligingsarchitectuur", "list_item", 1),
    ("Er is afstemming geweest binnen de subgroep, en er is een indeling gemaakt voor de uitwerking", "list_item", 2),
]


def test_the_block_under_the_topic_of_the_action_is_its_mention_at_the_next_meeting():
    first, second = _meeting(0, _AGREED), _meeting(1, _REPORTED)
    track = _action(first, 1, "een eerste opzet voor de discussie op te stellen", "[PERSOON_1]")
    [followed] = add_follow_ups([track], [first, second])
    assert [m.meeting.order for m in followed.mentions] == [0, 1]
    later = followed.mentions[1]
    assert later.evidence.text == "Beveiligingsarchitectuur"
    assert later.update_only and later.status is None  # progress, still open


def test_a_topic_two_actions_stood_under_names_neither():
    agreed = [*_AGREED, ("[PERSOON_2] zal contact opnemen met de leverancier hierover.", "paragraph", 0)]
    first, second = _meeting(0, agreed), _meeting(1, _REPORTED)
    one = _action(first, 1, "een eerste opzet voor de discussie op te stellen", "[PERSOON_1]")
    two = _action(first, 1, "zal contact opnemen met de leverancier hierover", "[PERSOON_2]")
    followed = add_follow_ups([one, two], [first, second])
    assert [len(t.mentions) for t in followed] == [1, 1]


def test_a_heading_over_headings_of_its_own_is_no_topic_of_one_action():
    first = _meeting(0, [("Bespreken status huidige subwerkgroepen:", "list_item", 1),
                         ("Geo: de feedback die verkregen is uit de consultatie wordt verwerkt.", "list_item", 2)])
    second = _meeting(1, [("Subwerkgroepen", "heading", 0), ("orchestratie-API", "list_item", 1),
                          ("[PERSOON_3] biedt aan de werkgroep te willen trekken.", "list_item", 2)])
    track = _action(first, 1, "De feedback die verkregen is uit de consultatie wordt verwerkt", None)
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 1


def test_a_report_naming_the_action_and_its_subject_done_closes_it():
    agreed = [("Ontwikkelen van een basispresentatie", "heading", 0),
              ("Op 17 oktober zal de presentatie worden gegeven op de API days.", "paragraph", 0)]
    done = [("Daarnaast zijn er ook een aantal presentaties gegeven en is er een soort van basispresentatie "
             "ontwikkeld.", "paragraph", 0)]
    first, second = _meeting(0, agreed), _meeting(1, done)
    track = _action(first, 1, "Op 17 oktober zal de presentatie worden gegeven op de API days", None)
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 2
    assert followed.latest_status == "afgerond"


def test_a_report_sharing_one_distinctive_word_and_a_common_one_is_no_follow_up():
    agreed = [("[PERSOON_4]: toelichtingen bij principes zullen worden geplaatst op de wiki.", "paragraph", 0)]
    other = [("Zie de link die een variant van de plaat biedt waar minder nadruk is op de interne API's "
              "(geplaatst in 1 kwadrant).", "paragraph", 0)]
    first, second = _meeting(0, agreed), _meeting(1, other)
    track = _action(first, 0, "toelichtingen bij principes zullen worden geplaatst op de wiki", "[PERSOON_4]")
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 1
