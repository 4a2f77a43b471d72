"""A new action that restates the heading its open action was followed up under at the meeting before continues it."""

from __future__ import annotations

from tests.flags.test_followups import _action, _meeting

from themes.flags.followups import add_follow_ups
from themes.flags.tracks import Mention, Track
from themes.records.words import content_words

_FIRST = "De kaders van het sleutelbeheer integreren met het kader voor capability management"
_HEADING = [
    ("Sleutelbeheer / Capability Management", "list_item", 1),
    ("Met de subgroepen zal nog gesproken worden over de aansluiting.", "list_item", 2),
]


def _tracks(later: str, heading=_HEADING):
    first = _meeting(0, [(_FIRST + ".", "paragraph", 0)])
    second = _meeting(1, heading)
    third = _meeting(2, [(f"[PERSOON_1] en [PERSOON_2] {later}.", "paragraph", 0)])
    tracks = [_action(first, _FIRST, None), _action(third, later, "[PERSOON_1] en [PERSOON_2]")]
    return add_follow_ups(tracks, [first, second, third])


def test_a_new_action_restating_the_heading_of_the_follow_up_continues_the_action():
    [joined] = _tracks("zullen een afstemming doen van het sleutelbeheer en het capability management model")
    assert [m.meeting.order for m in joined.mentions] == [0, 1, 2]
    assert joined.owner == "[PERSOON_1] en [PERSOON_2]"
    assert joined.title == _FIRST


def test_a_new_action_holding_part_of_the_heading_or_after_no_heading_stays_apart():
    part = _tracks("zullen een afstemming doen van het capability management model")
    assert [len(t.mentions) for t in part] == [2, 1]
    plain = [("Met de subgroepen zal nog gesproken worden over sleutelbeheer en capability management.", "paragraph", 0)]
    apart = _tracks("zullen een afstemming doen van het sleutelbeheer en het capability management model", plain)
    assert len(apart) == 2


_REVIEW = [
    ("Verbinding met de burgers. Hoe zien burgers het effect van de aanpak terug?", "list_item", 1),
    ("Autonome nut van de koppelvlakken moet de kern vormen: waarom willen we ermee werken? Eenvoud, snelheid.",
     "list_item", 1),
]
_LATER = "Voordeel t.o.v. huidige oplossingen benadrukken door woorden meer body te geven"


def _review_tracks(opening: str, review=_REVIEW):
    first = _meeting(0, review)
    later = _meeting(1, [(f"{opening} {_LATER}, zoals eenvoud beter definieren.", "paragraph", 0)])
    tracks = []
    for k, (text, _, _) in enumerate(review):
        unit = first.units[0][k]
        wording = text.split(". ")[-1].rstrip(".")
        tracks.append(Track((Mention(first, first.documents[0], wording, content_words(wording), None, unit),)))
    unit = later.units[0][0]
    tracks.append(Track((Mention(later, later.documents[0], _LATER, content_words(_LATER), None, unit),)))
    return add_follow_ups(tracks, [first, later])


def test_a_numbered_title_over_a_new_action_continues_the_open_point_whose_first_sentence_holds_it():
    tracks = _review_tracks("Blok 1: Nut van de koppelvlakken.")
    assert [len(t.mentions) for t in tracks] == [1, 2]
    assert tracks[1].mentions[1].title == _LATER


def test_a_title_that_two_open_points_hold_a_long_title_or_no_number_joins_nothing():
    both = [_REVIEW[0], ("Nut van de koppelvlakken voor burgers. Eenvoud, snelheid.", "list_item", 1), _REVIEW[1]]
    assert [len(t.mentions) for t in _review_tracks("Blok 1: Nut van de koppelvlakken.", both)] == [1, 1, 1, 1]
    long = "Blok 1: Het nut van de koppelvlakken voor de overheid en de burgers."
    assert [len(t.mentions) for t in _review_tracks(long)] == [1, 1, 1]
    assert [len(t.mentions) for t in _review_tracks("Nut van de koppelvlakken.")] == [1, 1, 1]


_SECTION = "Testbaarheid modules transport security en access control"
_AGREED = f"{_SECTION}. [PERSOON_1], [PERSOON_2] en [PERSOON_3] doen graag mee met schrijven van testen."
_TESTS = "gaat de tests toevoegen in de werkversie van de modules"


def _section_tracks(heading: str, owner: str, opening: str = _AGREED):
    first = _meeting(0, [(opening, "paragraph", 0)])
    later = _meeting(1, [(f"{owner} {_TESTS}.", "paragraph", 0)])
    unit = later.units[0][0]
    placed = type(unit)(unit.segment_id, unit.doc_id, unit.position, unit.text, heading=heading)
    agreed = Mention(
        first, first.documents[0], "doen graag mee met schrijven van testen",
        content_words("doen graag mee met schrijven van testen"), None, first.units[0][0],
        owner="[PERSOON_1], [PERSOON_2] en [PERSOON_3]",
    )
    new = Mention(later, later.documents[0], _TESTS, content_words(_TESTS), None, placed, owner=owner)
    return add_follow_ups([Track((agreed,)), Track((new,))], [first, later])


def test_a_new_action_of_an_owner_under_a_heading_restating_the_open_actions_opening_continues_it():
    [joined] = _section_tracks(f"Verslag > {_SECTION}", "[PERSOON_3]")
    assert [m.meeting.order for m in joined.mentions] == [0, 1]
    assert joined.owner == "[PERSOON_3]"


def test_another_owner_another_heading_or_another_opening_stays_apart():
    assert len(_section_tracks(_SECTION, "[PERSOON_4]")) == 2
    assert len(_section_tracks("Testbaarheid van de koppelvlakken", "[PERSOON_3]")) == 2
    plain = "[PERSOON_1], [PERSOON_2] en [PERSOON_3] doen graag mee met schrijven van testen."
    assert len(_section_tracks(_SECTION, "[PERSOON_3]", plain)) == 2


_POLICY = [
    ("Verbinding met beleidsdoelen o.a. het federatief stelsel. Door opnemen van bronverwijzingen.", "list_item", 1),
    ("Voorbeelden uit de praktijk. Bijv. de pasfoto.", "list_item", 1),
]


def test_a_numbered_title_with_a_bracketed_qualifier_joined_to_its_next_line_is_still_a_title():
    joined = "Blok 2: Verbinding met beleid (EU en NL)"
    tracks = _review_tracks(joined, _POLICY)
    assert [len(t.mentions) for t in tracks] == [2, 1]


def test_a_bracket_in_a_long_title_or_without_a_number_joins_nothing():
    long = "Blok 2: De verbinding met het beleid van alle overheden (EU en NL)"
    assert [len(t.mentions) for t in _review_tracks(long, _POLICY)] == [1, 1, 1]
    assert [len(t.mentions) for t in _review_tracks("Verbinding met beleid (EU en NL)", _POLICY)] == [1, 1, 1]
