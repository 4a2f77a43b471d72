"""A later meeting that reports on an open action without an action cue becomes that action's mention there."""

from __future__ import annotations

from themes.flags.followups import add_follow_ups, reported_done
from themes.flags.meetings import Meeting
from themes.flags.tracks import Mention, Track
from themes.records.words import content_words
from themes.types import Document, Segment

_DATES = ("2024-01-10", "2024-02-14", "2024-03-13")
#: Everyday lines of every meeting: they make "API", "document" and "werkgroep" common words of the workspace.
_FILLER = (
    "De werkgroep bespreekt de API strategie en het document.",
    "Het document over de API wordt door de werkgroep gelezen.",
    "De API standaard staat in het document van de werkgroep.",
    "Iedereen kan reageren op het API document.",
)


def _unit(doc: Document, position: int, text: str, kind: str = "paragraph", level: int = 0) -> Segment:
    return Segment(f"{doc.doc_id}-{position}", doc.doc_id, position, text, kind=kind, list_level=level)


def _meeting(order: int, lines: list[tuple[str, str, int]]) -> Meeting:
    """A meeting whose minutes hold ``lines`` (text, kind, list level), then filler lines with unique topics."""
    doc = Document(f"d{order}", f"notulen-{order}.md", "Notulen", "notulen", _DATES[order], None, None, f"h{order}")
    units = [_unit(doc, i, text, kind, level) for i, (text, kind, level) in enumerate(lines)]
    for i in range(40):
        units.append(_unit(doc, len(units), f"{_FILLER[i % 4]} Onderwerp{order}x{i} komt aan bod."))
    return Meeting(_DATES[order], order, _DATES[order], (doc,), (tuple(units),))


def _action(meeting: Meeting, text: str, owner: str | None, status: str | None = None) -> Track:
    unit = meeting.units[0][0]
    mention = Mention(meeting, meeting.documents[0], text, content_words(text), status, unit, owner=owner)
    return Track((mention,))


def test_a_sub_heading_naming_the_action_is_its_mention_with_the_status_of_its_lines():
    first = _meeting(0, [("[PERSOON_1] stelt een eerste opzet voor de beveiligingsparagraaf op.", "paragraph", 0)])
    second = _meeting(
        1,
        [
            ("Beveiligingsparagraaf", "list_item", 1),
            ("Er is overleg geweest in de subgroep, en er is een indeling gemaakt voor de uitwerking.", "list_item", 2),
        ],
    )
    track = _action(first, "stelt een eerste opzet voor de beveiligingsparagraaf op", "[PERSOON_1]")
    [followed] = add_follow_ups([track], [first, second])
    assert [m.meeting.order for m in followed.mentions] == [0, 1]
    later = followed.mentions[1]
    assert later.evidence.text == "Beveiligingsparagraaf"
    assert later.update_only and later.status is None  # progress, still open
    assert followed.title == track.title


def test_a_sentence_of_the_owner_reporting_the_subject_done_closes_the_action():
    first = _meeting(0, [("[PERSOON_2] zal een vragenlijst over de principes sturen.", "paragraph", 0)])
    second = _meeting(1, [("Hiervoor is een vragenlijst opgesteld door [PERSOON_2].", "paragraph", 0)])
    track = _action(first, "zal een vragenlijst over de principes sturen", "[PERSOON_2]")
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 2
    assert followed.latest_status == "afgerond"


def test_a_heading_sharing_only_a_common_word_is_no_follow_up():
    first = _meeting(0, [("[PERSOON_3] past het API document aan voor de beheerders.", "paragraph", 0)])
    second = _meeting(
        1,
        [
            ("API", "list_item", 1),
            ("Het document is gedeeld.", "list_item", 2),
            ("Document", "list_item", 1),
            ("Er is een nieuwe versie gemaakt.", "list_item", 2),
        ],
    )
    track = _action(first, "past het API document aan voor de beheerders", "[PERSOON_3]")
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 1


def test_a_closed_action_or_a_meeting_after_a_gap_gets_no_follow_up():
    line = [("Beveiligingsparagraaf", "list_item", 1), ("Er is een indeling gemaakt.", "list_item", 2)]
    first = _meeting(0, [("Opzet beveiligingsparagraaf maken.", "paragraph", 0)])
    second = _meeting(1, [("Andere zaken.", "paragraph", 0)])
    third = _meeting(2, line)
    done = _action(first, "opzet beveiligingsparagraaf maken", None, status="afgerond")
    assert len(add_follow_ups([done], [first, _meeting(1, line)])[0].mentions) == 1
    still_open = _action(first, "opzet beveiligingsparagraaf maken", None)
    assert len(add_follow_ups([still_open], [first, second, third])[0].mentions) == 1


def test_one_unit_follows_up_one_action_only():
    first = _meeting(0, [("Beveiligingsparagraaf opzetten.", "paragraph", 0)])
    second = _meeting(1, [("Beveiligingsparagraaf", "list_item", 1), ("Is besproken.", "list_item", 2)])
    a = _action(first, "beveiligingsparagraaf opzetten", None)
    b = _action(first, "beveiligingsparagraaf reviewen", None)
    followed = add_follow_ups([a, b], [first, second])
    assert sorted(len(t.mentions) for t in followed) == [1, 2]


def test_the_perfect_tense_reports_done_only_for_the_actions_own_subject():
    words = frozenset({"toelichting", "principe"})
    assert reported_done("[PERSOON_1] heeft de toelichtingen uitgewerkt bij de prioritering.", words)
    assert reported_done("De toelichting is opgesteld, zie bijlage.", words)
    assert not reported_done("Er is een indeling gemaakt voor de uitwerking.", words)  # another subject
    assert not reported_done("De toelichting zal worden uitgewerkt.", words)  # planned
    assert not reported_done("De toelichting is nog niet opgesteld.", words)  # negated
    assert not reported_done("Is de toelichting al opgesteld?", words)  # asked


def test_a_next_step_for_the_next_meeting_does_not_defer_the_action_followed_up():
    first = _meeting(0, [("[PERSOON_4] maakt een opzet voor het capaciteitenmodel.", "paragraph", 0)])
    second = _meeting(
        1,
        [
            ("Capaciteitenmodel", "list_item", 1),
            ("[PERSOON_4] zal de indeling in het volgend overleg nader toelichten.", "list_item", 2),
        ],
    )
    track = _action(first, "maakt een opzet voor het capaciteitenmodel", "[PERSOON_4]")
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 2
    assert followed.latest_status is None


def test_a_sentence_closing_the_points_of_the_meeting_before_closes_each_open_action_of_it():
    first = _meeting(0, [("Titel van hoofdstuk twee aanpassen.", "paragraph", 0)])
    second = _meeting(1, [("De punten van vorige keer zijn in de nieuwe versie verwerkt.", "paragraph", 0)])
    a = _action(first, "titel van hoofdstuk twee aanpassen", None)
    b = _action(first, "praktijkvoorbeeld over parkeren toevoegen", None)
    followed = add_follow_ups([a, b], [first, second])
    assert [t.latest_status for t in followed] == ["afgerond", "afgerond"]
    assert all(t.mentions[-1].meeting.order == 1 for t in followed)


def test_the_points_of_the_meeting_before_named_without_a_status_or_still_open_close_nothing():
    first = _meeting(0, [("Titel van hoofdstuk twee aanpassen.", "paragraph", 0)])
    for line in ("Actiepunten van de vorige vergadering:", "De punten van vorige keer zijn nog niet verwerkt."):
        second = _meeting(1, [(line, "paragraph", 0)])
        [followed] = add_follow_ups([_action(first, "titel van hoofdstuk twee aanpassen", None)], [first, second])
        assert len(followed.mentions) == 1, line


def test_a_passive_agent_with_a_participle_reports_the_subject_made():
    words = frozenset({"capaciteitenmodel"})
    assert reported_done("Het capaciteitenmodel zoals door [PERSOON_3] opgesteld lijkt bruikbaar.", words)
    assert not reported_done("Het capaciteitenmodel wordt door [PERSOON_3] opgesteld.", words)  # still in the making
    assert not reported_done("Het capaciteitenmodel is door [PERSOON_3] besproken met de leden.", frozenset({"x"}))


def test_an_action_on_what_was_just_said_is_followed_up_by_its_subject_and_each_of_its_owners():
    # "hierover" points at the sentence before: a later report on that subject by one of two owners closes it
    first = _meeting(
        0,
        [("Ontwikkelen van een basispresentatie. [PERSOON_1] en [PERSOON_2] geven aan hierover een voorzet te maken.",
          "paragraph", 0)],
    )
    second = _meeting(1, [("[PERSOON_2] heeft samen met [PERSOON_1] een lay-out voor een basispresentatie uitgewerkt.",
                           "paragraph", 0)])
    track = _action(first, "hierover een voorzet te maken", "[PERSOON_1] en [PERSOON_2]")
    [followed] = add_follow_ups([track], [first, second])
    assert [m.meeting.order for m in followed.mentions] == [0, 1]
    assert followed.latest_status == "afgerond"


def test_a_new_step_on_the_subject_is_no_follow_up_of_the_action():
    first = _meeting(
        0,
        [("Ontwikkelen van een basispresentatie. [PERSOON_1] en [PERSOON_2] geven aan hierover een voorzet te maken.",
          "paragraph", 0)],
    )
    second = _meeting(1, [("Voorstel is om de basispresentatie in het volgend overleg te bespreken.", "paragraph", 0)])
    track = _action(first, "hierover een voorzet te maken", "[PERSOON_1] en [PERSOON_2]")
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 1


def test_a_report_in_the_perfect_tense_on_two_words_of_the_action_closes_it_without_an_owner():
    first = _meeting(
        0, [("Er is met de provincie afgesproken om voor 1 mei een schriftelijke reactie op de nota te sturen.", "paragraph", 0)]
    )
    second = _meeting(
        1, [("Na de schriftelijke reactie van de provincie is de notitie op twee punten aangepast.", "paragraph", 0)]
    )
    track = _action(first, "Er is met de provincie afgesproken om voor 1 mei een schriftelijke reactie op de nota te sturen", None)
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 2
    assert followed.latest_status == "afgerond"


def test_one_shared_word_in_a_plain_report_is_no_follow_up():
    first = _meeting(0, [("Er is met de provincie afgesproken om een formele reactie te maken.", "paragraph", 0)])
    second = _meeting(1, [("De provincie heeft een nieuwe gedeputeerde benoemd.", "paragraph", 0)])
    track = _action(first, "Er is met de provincie afgesproken om een formele reactie te maken", None)
    [followed] = add_follow_ups([track], [first, second])
    assert len(followed.mentions) == 1


def test_a_sentence_pointing_back_at_the_meeting_before_follows_up_the_action_by_its_subject():
    first = _meeting(
        0,
        [
            ("Blok 3: Jaarverslag", "paragraph", 0),
            ("Originele tekst aanvullen met de zin over de reservering.", "list_item", 1),
        ],
    )
    second = _meeting(
        1, [("Het jaarverslag is bijgewerkt na de bespreking van vorige keer.", "paragraph", 0)]
    )
    unit = first.units[0][1]
    text = "Originele tekst aanvullen met de zin over de reservering"
    mention = Mention(first, first.documents[0], text, content_words(text), None, unit)
    [followed] = add_follow_ups([Track((mention,))], [first, second])
    assert len(followed.mentions) == 2
    assert followed.latest_status == "afgerond"


def test_pointing_back_without_a_shared_word_or_a_status_is_no_follow_up():
    first = _meeting(0, [("Blok 3: Jaarverslag", "paragraph", 0), ("Tekst aanvullen met de zin.", "list_item", 1)])
    second = _meeting(
        1,
        [
            ("De begroting is bijgewerkt na de bespreking van vorige keer.", "paragraph", 0),
            ("Het jaarverslag kwam vorige keer ook al ter sprake.", "paragraph", 0),
        ],
    )
    unit = first.units[0][1]
    mention = Mention(first, first.documents[0], "Tekst aanvullen met de zin", content_words("Tekst aanvullen met de zin"), None, unit)
    [followed] = add_follow_ups([Track((mention,))], [first, second])
    assert len(followed.mentions) == 1


def _restated(lines_second: list[tuple[str, str, int]]) -> Track:
    first = _meeting(0, [("Jaarverslag vergelijken met de richtlijnen", "list_item", 1)])
    second = _meeting(1, lines_second)
    text = "Jaarverslag vergelijken met de richtlijnen"
    earlier = Mention(first, first.documents[0], text, content_words(text), None, first.units[0][0])
    again = Mention(second, second.documents[0], text, content_words(text), None, second.units[0][0])
    [followed] = add_follow_ups([Track((earlier, again))], [first, second])
    return followed


def test_a_restated_action_line_is_done_when_the_paragraph_under_it_reports_its_subject_done():
    followed = _restated(
        [
            ("Jaarverslag vergelijken met de richtlijnen", "list_item", 1),
            ("Hiervoor is een vragenlijst rondgestuurd.", "paragraph", 0),
            ("De belangrijkste richtlijnen zijn vergeleken, zie de bijlage.", "paragraph", 0),
        ]
    )
    assert followed.latest_status == "afgerond"


def test_a_restated_action_line_stays_open_without_a_report_or_when_the_report_is_under_the_next_line():
    plain = _restated(
        [
            ("Jaarverslag vergelijken met de richtlijnen", "list_item", 1),
            ("Hier wordt nog naar gekeken door de richtlijnen-groep.", "paragraph", 0),
        ]
    )
    assert plain.latest_status is None
    next_line = _restated(
        [
            ("Jaarverslag vergelijken met de richtlijnen", "list_item", 1),
            ("Begroting opstellen", "list_item", 1),
            ("De richtlijnen zijn vergeleken.", "paragraph", 0),
        ]
    )
    assert next_line.latest_status is None



def test_a_topic_label_naming_the_action_with_a_status_after_it_follows_the_action_up():
    text = "Archivering (trekker [PERSOON_7]) - uitwerking afstemmen en daarna de handreiking updaten"
    first = _meeting(0, [(text, "list_item", 1)])
    second = _meeting(1, [("Archivering: de subgroep is sinds de zomer niet meer actief.", "list_item", 1)])
    [followed] = add_follow_ups([_action(first, text, "[PERSOON_7]")], [first, second])
    assert len(followed.mentions) == 2
    assert followed.latest_status == "vervallen"


def test_a_topic_label_without_a_status_or_of_another_subject_is_no_follow_up():
    text = "Archivering (trekker [PERSOON_7]) - uitwerking afstemmen en daarna de handreiking updaten"
    first = _meeting(0, [(text, "list_item", 1)])
    second = _meeting(
        1,
        [
            ("Archivering: de vraag is wie dit verder gaat oppakken.", "list_item", 1),
            ("Begroting: de subgroep is sinds de zomer niet meer actief.", "list_item", 1),
        ],
    )
    [followed] = add_follow_ups([_action(first, text, None)], [first, second])
    assert all(m.status is None for m in followed.mentions)


def test_a_topic_label_with_only_a_link_takes_its_status_from_the_next_sentence():
    text = "Archivering (trekker [PERSOON_7]) - uitwerking afstemmen en daarna de handreiking updaten"
    first = _meeting(0, [(text, "list_item", 1)])
    second = _meeting(1, [("Archivering: [URL_12]. De subgroep is sinds de zomer niet meer actief.", "list_item", 1)])
    [followed] = add_follow_ups([_action(first, text, "[PERSOON_7]")], [first, second])
    assert followed.latest_status == "vervallen"


def test_a_topic_label_with_words_after_the_colon_does_not_borrow_the_next_sentence_status():
    text = "Archivering (trekker [PERSOON_7]) - uitwerking afstemmen en daarna de handreiking updaten"
    first = _meeting(0, [(text, "list_item", 1)])
    second = _meeting(
        1, [("Archivering: nog geen nieuws van de provincie. De begrotingsgroep is niet meer actief.", "list_item", 1)]
    )
    [followed] = add_follow_ups([_action(first, text, None)], [first, second])
    assert all(m.status is None for m in followed.mentions)


def test_the_owner_pointing_back_at_an_action_done_meetings_later_closes_it():
    text = "[PERSOON_4]: toelichtingen bij de principes zullen worden geplaatst op de wiki"
    first = _meeting(0, [(text, "paragraph", 0)])
    silent = _meeting(1, [("De werkgroep bespreekt de planning voor het najaar.", "paragraph", 0)])
    third = _meeting(
        2, [("[PERSOON_4] geeft aan dat de eerder gemaakte opzet voor de principes op de wiki is geplaatst.", "paragraph", 0)]
    )
    [followed] = add_follow_ups([_action(first, text, "[PERSOON_4]")], [first, silent, third])
    assert [m.meeting.order for m in followed.mentions] == [0, 2]
    assert followed.latest_status == "afgerond"


def test_a_report_meetings_later_without_the_owner_or_a_back_reference_is_no_follow_up():
    text = "[PERSOON_4]: toelichtingen bij de principes zullen worden geplaatst op de wiki"
    first = _meeting(0, [(text, "paragraph", 0)])
    silent = _meeting(1, [("De werkgroep bespreekt de planning voor het najaar.", "paragraph", 0)])
    third = _meeting(
        2,
        [
            ("[PERSOON_4] geeft aan dat de opzet voor de principes op de wiki is geplaatst.", "paragraph", 0),
            ("[PERSOON_5] meldt dat de eerder gemaakte opzet voor de principes op de wiki is geplaatst.", "paragraph", 0),
        ],
    )
    [followed] = add_follow_ups([_action(first, text, "[PERSOON_4]")], [first, silent, third])
    assert [m.meeting.order for m in followed.mentions] == [0]
