"""Real phrasings of actions that were missed: quoted lines, long to-do lines, pending passives, offers, several
to-dos in one sentence, and an action list joined to another item in its heading; with their negative cases."""

from __future__ import annotations

import pytest

from themes.records.actions import action_in, progress_owner
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


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Komt [PERSOON_1] op terug", "[PERSOON_1]"),
        ("[PERSOON_1] presenteert in volgende bijeenkomst bevindingen op dit gebied van FDS.", "[PERSOON_1]"),
        ("[PERSOON_1] vraagt de aanwezigen om eens bij hun directie te polsen of ze bereid zijn de strategie te tekenen.", "[PERSOON_1]"),
        ("We zorgen voor betere info op intranet", "we"),
        ("We komen nog terug met de verdere invulling van de sessies.", "we"),
    ],
)
def test_commitments_with_the_verb_first_a_later_meeting_a_request_or_the_group(sentence: str, owner: str) -> None:
    line = action_in(sentence)
    assert line is not None and line.owner == owner


@pytest.mark.parametrize(
    "sentence",
    [
        "Komt [PERSOON_1] met een voorstel?",  # a question
        "[PERSOON_1] presenteert de resultaten van de enquete.",  # done in the meeting itself
        "[PERSOON_1] vraagt om een toelichting.",
        # the task asks for it, nobody is asked
        "Het dilemma ging over de vraag hoeveel ruimte je geeft, terwijl de opgave vraagt om een aantal dingen te gaan doen.",
        "We komen er later op terug.",  # the item moves on: a deferral
        "Al benoemen",  # a remark on the line above, nothing named to do
        "Ook nog toevoegen.",
    ],
)
def test_questions_presentations_in_the_meeting_and_remarks_are_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1]: De intentieverklaring is aangepast naar aanleiding van commentaar vorige keer.",
        "Voor github is per email een toelichting verstuurd",
    ],
)
def test_done_work_with_a_reason_or_a_means_is_progress(sentence: str) -> None:
    assert progress_owner(sentence) is not None


def test_negated_done_work_with_a_reason_is_no_progress() -> None:
    assert progress_owner("Het document is niet aangepast naar aanleiding van de reacties.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Vervolgafspraken: 11 januari is er een online werksessie voor het profiel OAuth met [PERSOON_1] en [PERSOON_2].",
        "Werkgroepleden zijn welkom om hun commentaar op het evaluatie rapport aan te leveren bij [PERSOON_1].",
        "Daarnaast is er een oproep om bij OASv3 het verzoek in te dienen om mutual TLS te ondersteunen.",
    ],
)
def test_follow_up_labels_invitations_and_calls_are_actions(sentence: str) -> None:
    assert action_in(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Concrete tips zijn welkom.",
        "Punt expliciet benoemen?: we zien in onderzoeken dat het vertrouwen er niet altijd is.",
    ],
)
def test_a_welcome_without_a_task_and_a_question_before_a_colon_are_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


def test_an_action_that_moves_its_subject_to_the_next_meeting_leaves_the_item_deferred() -> None:
    from themes.records import parse_record
    from themes.types import Document

    document = Document("d1", "notulen/verslag.md", "Verslag", "notulen", "2024-01-31", None, None, "c0ffee")
    units = [
        _unit("Volgende versie profiel", "Verslag", "heading", 0),
        _unit(
            "OpenID heeft een werkgroep voor access control. [PERSOON_1] presenteert in volgende bijeenkomst "
            "bevindingen op dit gebied.",
            "Verslag > Volgende versie profiel",
            position=1,
        ),
    ]
    record = parse_record(document, units)
    assert [a.owner for a in record.actions] == ["[PERSOON_1]"]
    assert [i.status for i in record.items if "profiel" in i.title.lower()] == ["uitgesteld"]


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] geeft eerste aanzet, RvIG werkt verder uit.",
        "[PERSOON_1], [PERSOON_2] en [PERSOON_3] doen graag mee met schrijven van testen.",
        "Rationale voor client credentials boven API token goed uitleggen (binnen PoC laten uitwerken)",
    ],
)
def test_a_first_draft_joining_in_work_still_to_happen_and_explaining_are_actions(sentence: str) -> None:
    assert action_in(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] geeft een toelichting op het plan.",
        "[PERSOON_1] gaat eruit voor hogere betrouwbaarheidsniveaus, strijdig met de AVG.",
        "[PERSOON_1] gaat weg bij de politie.",
        "Nu veel silo's die gegevens met elkaar in sync houden.",
    ],
)
def test_explaining_in_the_meeting_leaving_and_describing_are_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


def test_a_part_without_an_object_of_its_own_stays_with_the_action_before_it() -> None:
    sentence = "[PERSOON_1] geeft eerste aanzet, RvIG werkt verder uit."
    assert _action_clauses(sentence, None, 0) == [sentence]


def test_work_planned_for_a_later_session_is_an_action_and_the_item_stays_deferred() -> None:
    from themes.records import parse_record
    from themes.types import Document

    sentence = "In een volgende sessie zal specifiek worden ingegaan op API ketens"
    line = action_in(sentence)
    assert line is not None and line.source == "toezegging"
    document = Document("d1", "notulen/verslag.md", "Verslag", "notulen", "2021-10-01", None, None, "c0ffee")
    units = [
        _unit("Verdere suggesties", "Verslag", "heading", 0),
        _unit(sentence, "Verslag > Verdere suggesties", position=1),
    ]
    record = parse_record(document, units)
    assert [a.description for a in record.actions] == [sentence]
    assert [i.status for i in record.items if i.title == "Verdere suggesties"] == ["uitgesteld"]


@pytest.mark.parametrize(
    "sentence",
    ["Deze onderwerpen zullen volgende keer besproken worden.", "Dit punt komt terug in de volgende stuurgroep."],
)
def test_an_item_discussed_or_coming_back_next_time_stays_a_deferral(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("De komende weken gaat Kadaster de data analyseren.", "Kadaster"),
        ("Volgende week zal [PERSOON_1] de tekst aanpassen.", "[PERSOON_1]"),
    ],
)
def test_a_time_first_then_the_doer_and_the_task_is_a_commitment(sentence: str, owner: str) -> None:
    line = action_in(sentence)
    assert line is not None and line.owner == owner


@pytest.mark.parametrize(
    "sentence",
    [
        "Dan zal Anna wel gelijk hebben.",
        "Komende periode gaat het om de uitvoering.",
        "In het voorjaar gaat de werkgroep niet verder met dit onderwerp.",
        "Volgende keer gaat Anna in op de resultaten.",
    ],
)
def test_a_time_first_without_a_task_is_no_commitment(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] geeft aan dat de geomodule aan de stuurgroep is aangeboden ter vaststelling.",
        "[PERSOON_1] geeft aan dat dit is afgerond.",
    ],
)
def test_a_person_reporting_work_done_is_progress_without_a_doer(sentence: str) -> None:
    assert progress_owner(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] geeft aan dat het belangrijk is dat dit wordt geregeld.",
        "[PERSOON_1] geeft aan dat de rule niet onderschreven wordt bij OGC.",
        "[PERSOON_1] geeft aan dat de deadline voor de stuurgroep is verstreken.",
    ],
)
def test_a_person_reporting_a_wish_a_negation_or_an_event_reports_no_progress(sentence: str) -> None:
    assert progress_owner(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "woensdag 24 mei van 13:00-15:00 bij Geonovum gaan we een schrijfmiddag houden.",
        "Na de zomer willen we een themasessie over informatiearchitectuur houden.",
    ],
)
def test_the_group_holding_a_session_is_its_plan_also_after_a_date_with_clock_times(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None and line.owner is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Daar moeten we rekening mee houden.",
        "Het is belangrijk om het kort te houden.",
        "De vergadering houden we in Utrecht.",
        "Gaan we om 13:00 een schrijfmiddag houden?",
        "Om 13:00 gaan we geen schrijfmiddag houden.",
        "Nu veel silo's die gegevens met elkaar in sync houden.",
    ],
)
def test_holding_in_a_remark_a_question_or_negated_is_no_to_do(sentence: str) -> None:
    assert action_in(sentence) is None


def test_making_clear_opens_a_to_do_as_one_verb_does() -> None:
    line = action_in("Duidelijk maken dat de afspraken die nog gemaakt moeten worden besproken worden in de werkgroepen.")
    assert line is not None and line.source == "actieregel"


@pytest.mark.parametrize(
    "sentence",
    ["Duidelijk maken.", "Het is niet duidelijk maken dat het werkt.", "Duidelijk maken dat dit werkt?"],
)
def test_making_clear_without_a_clause_or_inside_a_remark_is_no_to_do(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    ["Deze afspraken moeten op directieniveau verder vorm krijgen.", "Actieve houding is goed om toe te voegen."],
)
def test_work_still_to_shape_or_agreed_to_add_is_an_action(sentence: str) -> None:
    assert action_in(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    ["Is het goed om dit toe te voegen?", "Het plan heeft inmiddels verder vorm gekregen."],
)
def test_asking_whether_to_add_or_shaped_already_is_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Op basis van dit uitgangspunt actualiseren we de Bestuursopdracht I&D.",
        "Na de zomer organiseren we een sessie met de leveranciers.",
    ],
)
def test_the_group_planning_in_the_present_after_a_ground_or_a_time_is_an_action(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None and line.owner is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoe actualiseren we de bestuursopdracht?",
        "Als we dit delen met de stuurgroep, is het klaar.",
        "Daarom delen we dit niet met de stuurgroep.",
        "In het verleden organiseren we dat altijd.",
    ],
)
def test_a_question_a_condition_a_negation_or_a_habit_in_the_present_is_no_plan(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgende stap is de relatie ook te beschrijven op de pagina NORA API Thema",
        "Onderzoek naar actualiteit ADR en het verband met de OGC invulling is op zijn plaats.",
    ],
)
def test_a_next_step_or_work_called_for_is_an_action(sentence: str) -> None:
    assert action_in(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Wat de volgende stap is, is nog niet duidelijk.",
        "Als dat niet zo is dan kunnen we onze lessen vastleggen maar lijkt een extensie niet op zijn plaats.",
        "Moet je dan een policy opnemen als je gebruik in een browser niet op zijn plaats is?",
    ],
)
def test_an_unknown_next_step_or_work_not_called_for_is_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


def _next_steps(lead: str) -> list[Segment]:
    heading = "2 Algemene principes > Vervolgstappen"
    return [
        _unit(lead, heading, position=0),
        _unit("Relatie architectuurconcepten met nieuwe principes", heading, "list_item", 1, 1),
        _unit("Huidige beschrijving van het thema", heading, "list_item", 2, 1),
    ]


def test_list_items_after_a_line_announcing_work_under_next_steps_are_its_actions() -> None:
    lead = "Dit onderwerp zal in de volgende meetings op de agenda worden geplaatst, concreet zal gekeken worden naar:"
    actions, about = parse_actions(_next_steps(lead))
    assert [a.description for a in actions] == [
        "Relatie architectuurconcepten met nieuwe principes",
        "Huidige beschrijving van het thema",
    ]
    assert "d1-00000" not in about  # the line stays an agenda item, which it defers


def test_list_items_after_a_line_of_remarks_under_next_steps_are_no_actions() -> None:
    actions, _about = parse_actions(_next_steps("Feedback uit de review:"))
    assert actions == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Er zijn wel ontwikkelingen op dit vlak, voorstel is om een verdiepingssessie te houden in het volgend overleg",
        "Een directe oplossing is nog niet gevonden, voorstel is om klein commitee een concreet voorstel hiervoor te doen",
    ],
)
def test_a_proposal_to_hold_a_session_or_to_draft_a_proposal_is_an_action(sentence: str) -> None:
    assert action_in(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Voorstel is om 4 als basis te nemen van de eerste versie van het profiel OAuth.",
        "Voorstel is om de access control module te bestempelen tot best practice.",
        "Voorstel is om deze ook in de Best practice op te nemen",
    ],
)
def test_a_proposal_to_change_a_text_or_a_status_is_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


def test_a_session_proposed_for_the_next_meeting_keeps_its_unit_a_deferred_item() -> None:
    from themes.records import parse_record
    from themes.types import Document

    text = "Er zijn ontwikkelingen op dit vlak, voorstel is om een verdiepingssessie te houden in het volgend overleg"
    document = Document("d1", "notulen/2024-03-12_werkgroep.md", "Verslag", "notulen", "2024-03-12", None, None, "c0")
    record = parse_record(document, [_unit(text, "Verslag werkgroep > Notificaties")])
    assert [a.source for a in record.actions] == ["toezegging"]
    assert [i.status for i in record.items] == ["uitgesteld"]


def test_comma_separated_to_dos_whose_last_part_ends_in_a_phrase_with_voor_are_two_actions() -> None:
    sentence = (
        "Redactiewerk link nscs, link DSO (via [PERSOON_3]) http error code diagrammen opnemen(aangeleverd door "
        "[PERSOON_8]), tekst aanleveren voor token authenticatie ([PERSOON_7])"
    )
    parts = _action_clauses(sentence, None, 1)
    assert len(parts) == 2 and parts[1] == "tekst aanleveren voor token authenticatie ([PERSOON_7])"


@pytest.mark.parametrize(
    "sentence",
    ["Plannen voor 2025 en verder.", "Vragen voor de stuurgroep (vertrouwelijk)", "Ruimte voor discussie over de tekst"],
)
def test_a_noun_before_voor_is_no_to_do(sentence: str) -> None:
    assert action_in(sentence) is None
