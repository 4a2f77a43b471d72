"""An action stated under a topic label ("Geo: <link>. De feedback … wordt verwerkt.") is followed up by the unit of
the next meeting that opens with the same label; compound words share their parts ("geomodule" and "geo")."""

from __future__ import annotations

from tests.flags.test_followups import _meeting

from themes.flags.compounds import compound_parts, with_parts
from themes.flags.followups import add_follow_ups, reported_done
from themes.flags.tracks import Mention, Track
from themes.records.words import content_words

_ACTION = "De feedback die verkregen is uit de consultatie wordt verwerkt"
_STATED = f"Geo: [URL_1]. {_ACTION}. De verwachting is dat dit het hele eerste kwartaal doorloopt."
_REPORT = (
    "Geo: [URL_2]. [PERSOON_1] geeft aan dat de geomodule aan de stuurgroep is aangeboden ter vaststelling. "
    "[PERSOON_2] geeft aan dat er geen bezwaren kenbaar zijn gemaakt."
)


def _labelled(meeting, unit: int = 0) -> Track:
    segment = meeting.units[0][unit]
    text = segment.text.split(". ", 1)[1].split(".")[0]
    return Track((Mention(meeting, meeting.documents[0], text, content_words(text), None, segment),))


def test_compound_parts_are_two_words_of_their_own_and_common_words_stay_whole():
    assert compound_parts("geomodule") == {"geo", "module"}
    assert compound_parts("beleidsdoel") == {"beleid", "doel"}
    assert compound_parts("voorbeeld") == frozenset()  # a word of its own, not "voor" + "beeld"
    assert compound_parts("thema") == frozenset()
    assert with_parts({"geomodule", "api"}) == {"geomodule", "geo", "module", "api"}


def test_a_report_on_a_compound_holding_the_subject_reports_it_done():
    sentence = "[PERSOON_1] geeft aan dat de geomodule aan de stuurgroep is aangeboden ter vaststelling."
    assert reported_done(sentence, frozenset({"geo"}))
    assert not reported_done(sentence, frozenset({"filtering"}))


def test_the_unit_opening_with_the_label_the_action_stood_under_follows_it_up():
    first = _meeting(0, [(_STATED, "list_item", 1)])
    second = _meeting(1, [(_REPORT, "list_item", 1)])
    [followed] = add_follow_ups([_labelled(first)], [first, second])
    assert [m.meeting.order for m in followed.mentions] == [0, 1]
    assert followed.latest_status == "afgerond"
    assert followed.mentions[1].said.startswith("[PERSOON_1] geeft aan dat de geomodule")  # the first report quoted


def test_another_label_or_a_label_two_actions_stood_under_is_no_follow_up():
    first = _meeting(0, [(_STATED, "list_item", 1)])
    other = _meeting(1, [(_REPORT.replace("Geo:", "Hypermedia:", 1), "list_item", 1)])
    [followed] = add_follow_ups([_labelled(first)], [first, other])
    assert len(followed.mentions) == 1

    second_action = "Geo: [URL_3]. De voorbeelden worden bijgewerkt in de werkversie."
    both = _meeting(0, [(_STATED, "list_item", 1), (second_action, "list_item", 1)])
    report = _meeting(1, [(_REPORT, "list_item", 1)])
    tracks = add_follow_ups([_labelled(both, 0), _labelled(both, 1)], [both, report])
    assert [len(t.mentions) for t in tracks] == [1, 1]
