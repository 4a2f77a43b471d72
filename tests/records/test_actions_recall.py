"""Real phrasings of actions that were missed: quoted lines, long to-do lines, pending passives, offers, several
to-dos in one sentence, and an action list joined to another item in its heading; with their negative cases."""

from __future__ import annotations

import pytest

from themes.records.actions import action_in
from themes.records.agenda import is_action_heading
from themes.records.parse import _action_clauses, parse_actions
from themes.types import Segment


def _unit(text: str, heading: str = "", kind: str = "paragraph", position: int = 0, level: int = 0) -> Segment:
    return Segment(f"d1-{position:05d}", "d1", position, text, heading=heading, kind=kind, list_level=level)


@pytest.mark.parametrize(
    "sentence",
    [
        "> [PERSOON_1]: Semantic versioning willen we ook opnemen in Bomos-structuur.",
        "> iedereen stemt in om de content te verwerken in de access control module",
    ],
)
def test_a_quoted_line_is_read_without_its_quote_marks(sentence: str) -> None:
    assert action_in(sentence) is not None


def test_a_long_line_opening_with_a_to_do_verb_and_a_clause_is_a_to_do() -> None:
    line = action_in(
        "Toevoegen dat, als je ondertekent, je instemt een actieve bijdrage te leveren aan het Kennisplatform en "
        "fungeert als ambassadeur voor het Kennisplatform zowel extern als intern."
    )
    assert line is not None and line.source == "actieregel"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kaders moeten nog worden geintegreerd met kader dat bij onderwerp 'api management' is opgesteld",
        "[PERSOON_1]: Feedback zal vrijdag verwerkt zijn.",
    ],
)
def test_pending_work_in_the_passive_is_an_action(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None and line.status == "open"


@pytest.mark.parametrize(
    "sentence",
    [
        "De API moet worden beveiligd met TLS.",  # a rule, no "nog"
        "Dat zal wel verkeerd zijn.",  # an adjective, and no day or date
        "Het zal moeilijk te begrijpen zijn.",
        "Het rapport zal naar verwachting in juni gereed zijn.",
        "De werkgroep stemt in met het voorstel.",  # a decision, not a to-do
    ],
)
def test_rules_opinions_and_decisions_in_the_passive_are_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] geeft aan dat hij in een volgende verdiepende sessie een presentatie/toelichting kan geven",
        "[PERSOON_1] geeft aan dat hij dit kan realiseren door openstaande PullRequests te accepteren.",
    ],
)
def test_saying_one_can_do_it_is_an_offer(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None and line.owner == "[PERSOON_1]"


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] geeft aan dat hij zich in het voorstel kan vinden.",
        "[PERSOON_1] geeft aan dat zij dit niet kan toezeggen.",
        "[PERSOON_1] geeft aan dat het lastig kan worden.",
    ],
)
def test_saying_one_can_agree_or_cannot_is_no_offer(sentence: str) -> None:
    assert action_in(sentence) is None


def test_two_commitments_in_one_sentence_are_two_actions() -> None:
    sentence = "[PERSOON_1] levert concept tekst voor de usecase aan, [PERSOON_2] doet redactieslag en zet neer in concept standaard."
    assert _action_clauses(sentence, None, 0) == [
        "[PERSOON_1] levert concept tekst voor de usecase aan",
        "[PERSOON_2] doet redactieslag en zet neer in concept standaard.",
    ]
    actions, _ = parse_actions([_unit(sentence)])
    assert [a.owner for a in actions] == ["[PERSOON_1]", "[PERSOON_2]"]


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1], [PERSOON_2] zullen nog een afstemming doen van onderdeel API-Management, [PERSOON_3] zal hierbij aansluiten",
        "Voordeel van API's benadrukken door woorden meer body te geven, zoals real-time beter definieren.",
        "Toevoegen dat, als je ondertekent, je instemt een actieve bijdrage te leveren.",
        "[PERSOON_1] stuurt de notulen rond, waarna iedereen reageert.",
    ],
)
def test_a_part_leaning_on_the_part_before_stays_one_action(sentence: str) -> None:
    assert _action_clauses(sentence, None, 0) == [sentence]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Agenda > 5 Afsluiten / Afspraken", True),
        ("5 Afsluiten / Afspraken", True),
        ("Agenda/Verslag", False),
        ("Afwezig / afmeldingen", False),
    ],
)
def test_an_action_list_joined_to_another_item_by_a_slash(heading: str, expected: bool) -> None:
    assert is_action_heading(heading) is expected


def test_a_to_do_line_under_a_joined_action_heading_is_an_action() -> None:
    heading = "Agenda > 5 Afsluiten / Afspraken"
    actions, _ = parse_actions([_unit("Uitwerken onderwerpen (in subgroepen)", heading, "list_item", level=1)])
    assert [a.description for a in actions] == ["Uitwerken onderwerpen (in subgroepen)"]
