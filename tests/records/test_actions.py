"""Actions in running text: action lines with and without colon, markers, commitments, status tails, negatives."""

from __future__ import annotations

import pytest

from themes.records import parse_record
from themes.records.actions import action_in, progress_owner
from themes.records.entries import DONE, DROPPED, OPEN
from themes.types import Document, Segment


@pytest.mark.parametrize(
    ("sentence", "owner", "description"),
    [
        ("Actie Peter: de planning bijwerken voor de stuurgroep.", "Peter", "de planning bijwerken voor de stuurgroep"),
        (
            "Actie [PERSOON_3]: de planning bijwerken voor de stuurgroep.",
            "[PERSOON_3]",
            "de planning bijwerken voor de stuurgroep",
        ),
        ("Actie Peter de planning bijwerken.", "Peter", "de planning bijwerken"),
        ("Actie [PERSOON_3] de planning bijwerken.", "[PERSOON_3]", "de planning bijwerken"),
        ("Actiepunt voor [PERSOON_3]: offerte opvragen bij twee leveranciers.", "[PERSOON_3]", None),
        ("AP3 [PERSOON_2]: notitie over de huisvesting rondsturen.", "[PERSOON_2]", None),
    ],
)
def test_action_line_names_its_owner(sentence: str, owner: str, description: str | None) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.owner == owner
    assert line.source == "actieregel"
    assert line.status == OPEN
    if description is not None:
        assert line.description == description
    assert "Actie" not in line.description and owner not in line.description


def test_action_with_a_partner_keeps_the_first_as_owner() -> None:
    line = action_in("Actie [PERSOON_1] pakt dit op met [PERSOON_2].")
    assert line is not None
    assert line.owner == "[PERSOON_1]"
    assert "[PERSOON_2]" in line.description


@pytest.mark.parametrize(
    "sentence",
    [
        "Vervolgactie: de werkgroep maakt een voorstel voor de indeling van de website.",
        "Vervolgactie [PERSOON_4] stemt de begroting af met de controller.",
        "AP: notitie over de huisvesting rondsturen.",
        "Actie: overleg met de provincie over de subsidievoorwaarden.",
    ],
)
def test_labels_without_owner_or_other_forms(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.source == "actieregel"
    assert not line.description.lower().startswith(("actie", "vervolgactie", "ap:"))


def test_action_colon_without_owner_has_no_owner() -> None:
    line = action_in("Actie: overleg met de provincie over de subsidievoorwaarden.")
    assert line is not None
    assert line.owner is None
    assert line.description == "overleg met de provincie over de subsidievoorwaarden"


def test_action_colon_takes_the_units_actor() -> None:
    line = action_in("Actie: overleg met de provincie over de subsidievoorwaarden.", actor="[PERSOON_6]")
    assert line is not None
    assert line.owner == "[PERSOON_6]"


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] zegt toe de conceptbrief voor vrijdag te versturen.",
        "[PERSOON_1] plant een afspraak met de afdeling inkoop.",
        "[PERSOON_1] en [PERSOON_5] zeggen toe een voorstel voor de bezetting te maken.",
        "[PERSOON_1] maakt een overzicht van de openstaande issues.",
        "[PERSOON_1] geeft de contactgegevens door aan [PERSOON_4].",
        "[PERSOON_1] prikt een datum voor een nieuwe bijeenkomst, waarschijnlijk in januari.",
        "[PERSOON_1] wil meeschrijven aan de notitie over logging.",
        "[PERSOON_1]: zal nog navragen hoe dit bij de uitvoerder geregeld is.",
        "[PERSOON_1] zal de volgende bijeenkomst organiseren.",
    ],
)
def test_commitment_in_running_text(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.source == "toezegging"
    assert line.owner is not None and line.owner.startswith("[PERSOON_1]")
    assert line.status == OPEN


@pytest.mark.parametrize(
    "sentence",
    [
        "De begroting wordt met de controller doorgenomen → actie [PERSOON_3]",
        "Het concept gaat nog langs de juristen (Actie [PERSOON_2]).",
        "Het concept gaat nog langs de juristen (Actie [PERSOON_2])",
        "Het concept gaat nog langs de juristen (actie: [PERSOON_2]).",
    ],
)
def test_marker_after_the_sentence(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.owner in ("[PERSOON_2]", "[PERSOON_3]")
    assert "actie" not in line.description.lower()
    assert "→" not in line.description and "(" not in line.description


def test_arrow_marker_with_a_full_stop() -> None:
    line = action_in("De begroting wordt met de controller doorgenomen → actie [PERSOON_3].")
    assert line is not None
    assert line.owner == "[PERSOON_3]"


@pytest.mark.parametrize(
    ("sentence", "status", "tail"),
    [
        ("Actie [PERSOON_3]: registratieformulier aanpassen – gereed", DONE, "gereed"),
        ("Actie [PERSOON_3]: registratieformulier aanpassen - gereed", DONE, "gereed"),
        ("Actie [PERSOON_3]: registratieformulier aanpassen gesloten", DONE, "gesloten"),
        ("Actie [PERSOON_3]: registratieformulier aanpassen (afgerond)", DONE, "afgerond"),
        ("Actie [PERSOON_3]: registratieformulier aanpassen – afgevoerd", DROPPED, "afgevoerd"),
        ("Actie [PERSOON_3]: registratieformulier aanpassen – loopt nog", OPEN, "loopt nog"),
    ],
)
def test_status_tail(sentence: str, status: str, tail: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.status == status
    assert line.status_text.lower() == tail
    assert line.description == "registratieformulier aanpassen"
    assert line.owner == "[PERSOON_3]"


def test_due_date_is_read() -> None:
    line = action_in("Actie [PERSOON_3]: registratieformulier aanpassen voor 1 maart.")
    assert line is not None
    assert line.due == "1 maart"


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] geeft aan dat de planning krap is.",
        "[PERSOON_1] geeft aan dat er te weinig capaciteit is voor de migratie.",
        "Het gebruik van URI als best practice",
        "Het gebruik van URI als best practice wordt toegelicht.",
        "Actielijst",
        "Actielijst:",
        "Actielijst vorige vergadering",
        "Volgende bijeenkomst is gepland op 14 mei.",
        "",
    ],
)
def test_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


def test_under_an_action_heading_a_name_and_colon_is_the_owner() -> None:
    line = action_in("[PERSOON_1]: plaatjes op github zetten", in_action_list=True)
    assert line is not None
    assert line.owner == "[PERSOON_1]"
    assert line.description == "plaatjes op github zetten"


def test_outside_an_action_list_a_plain_line_is_no_action() -> None:
    assert action_in("De plaatjes staan op github.") is None


def test_same_sentence_same_action() -> None:
    sentence = "Actie [PERSOON_3]: registratieformulier aanpassen – gereed"
    assert action_in(sentence) == action_in(sentence)


def test_an_organisation_acronym_takes_on_an_action() -> None:
    line = action_in("VNG levert voor de volgende versie een kort stuk aan over de Europese context.")
    assert line is not None
    assert line.owner == "VNG"


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] maakt duidelijk dat dit voor gemeenten niet haalbaar is.",
        "[PERSOON_1] wil graag weten hoe de planning eruitziet.",
        "[PERSOON_1] werkt bij de provincie.",
        "[PERSOON_1] presenteert de resultaten van het onderzoek.",
        "[PERSOON_1]: wil de punten uit beide issues samenvoegen.",
        "[PERSOON_1] voegt hieraan toe dat de keten lang is.",
        "[PERSOON_1] ziet dat bestuurders pas bewegen als het verplicht is, dus we moeten niet verwachten dat zij dit zullen omarmen.",
        "We willen de tijd die we hebben goed benutten.",
        "We maken gebruik van de bestaande standaarden.",
        "Volgende bijeenkomst is op 12 maart.",
    ],
)
def test_statements_with_an_action_verb_are_no_commitment(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Recente voorbeelden toevoegen (niet in hoofdstuk 1).",
        'Titel aanpassen naar "Sleutel voor succes".',
        "Andere domeinen benoemen waar deze aanpak al werkt, bijvoorbeeld de omgevingswet.",
        "Voordeel van de aanpak benadrukken door de woorden meer inhoud te geven.",
        "Het hoofdstuk over beveiliging uitbreiden.",
    ],
)
def test_a_telegraphic_to_do_may_end_its_first_clause(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.source == "actieregel"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het opstellen van dit profiel is het eerste doel van deze werkgroep.",
        "Mogelijk extra laag toevoegen zodat dit zichtbaar wordt.",
        "Er leven nog veel vragen zoals hoe het beheer loopt.",
        "Vanuit de sector is het zinvol dit meer body te geven.",
    ],
)
def test_a_clause_ending_in_an_infinitive_is_not_always_a_to_do(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Matrix: AP15 Doelbinding (AP)- Het doel waarvoor informatie wordt gebruikt.",
        "Verwachting is dat het onderzoek in de loop van het jaar is afgerond.",
        "Zelfde geldt voor kennis delen.",
        "Er ontstaat een platform van data waarop we de vraagstukken organiseren.",
    ],
)
def test_abbreviations_expectations_and_statements_are_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Aan de leverancier wordt niet gevraagd om een nieuwe versie.",
        "Zo mogelijk aansluiten bij de groep die nu wordt gevraagd om input.",
        "Wordt de werkgroep gevraagd om te reageren?",
    ],
)
def test_a_negated_describing_or_asked_passive_is_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("[PERSOON_2] heeft een eerste voorzet gedaan voor de extensie.", "[PERSOON_2]"),
        ("Voor het eerste deel heeft VNG wijzigingen ingebracht.", "VNG"),
        ("Hiervoor is een enquete opgesteld door [PERSOON_3]:", ""),
        ("De lijst met deelnemers is geactualiseerd.", ""),
    ],
)
def test_progress_names_who_did_it(sentence: str, owner: str) -> None:
    assert progress_owner(sentence) == owner


def test_a_negated_report_is_no_progress() -> None:
    assert progress_owner("De lijst met deelnemers is nog niet geactualiseerd.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] en [PERSOON_2] geven aan hierover een voorzet te maken.",
        "[PERSOON_1] geeft aan dat hij een opzet heeft gemaakt en dat hij die zal delen.",
    ],
)
def test_saying_one_takes_it_on_is_a_commitment(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.owner is not None and line.owner.startswith("[PERSOON_1]")


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_1] geeft aan het lastig te vinden.",
        "[PERSOON_1] geeft aan dat zij dit niet zal doen.",
        "[PERSOON_1] geeft aan om de vraag breder te stellen.",
        "[PERSOON_1] geeft aan dat de regel voorkomt dat gegevens gelogd worden.",
    ],
)
def test_saying_an_opinion_is_no_commitment(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Dit wordt geaccepteerd en [PERSOON_1] maakt een pull request voor de extensie.",
        "De paragraaf staat te prominent; [PERSOON_1] past dit aan.",
    ],
)
def test_a_commitment_in_a_later_clause(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.owner == "[PERSOON_1]"


@pytest.mark.parametrize(
    "sentence",
    ["Op verzoek van [PERSOON_1] halen we de rondvraag naar voren.", "[PERSOON_2] vraagt of [PERSOON_1] dit zal doen."],
)
def test_a_person_after_a_preposition_or_subordinator_takes_nothing_on(sentence: str) -> None:
    assert action_in(sentence) is None


def test_a_sentence_reporting_done_work_is_no_new_action() -> None:
    assert action_in("Naamgeving: de activiteiten van deze subwerkgroep zijn afgerond.") is None
    line = action_in("Voorstel herformulering van de paragraaf - is gedaan")
    assert line is not None and line.status == DONE


def test_statement_under_action_heading_is_no_action() -> None:
    # discussion written into an action list: a person's remark, a report, a plan of the next meeting
    for text in (
        "[PERSOON_2] geeft aan dat ophalen bij de bron een belangrijk principe is",
        "Bij het hoofdstuk beheer zijn de bijlagen nog niet toegevoegd",
        "In de bijeenkomst hebben we nog geen planning kunnen maken",
    ):
        assert action_in(text, in_action_list=True) is None, text
    # telegraphic and passive to-dos stay actions there
    for text in ("Commentaar geven op de huidige tekst", "Opmerkingen worden verwerkt door de auteurs"):
        assert action_in(text, in_action_list=True) is not None, text


def test_question_and_passive_status_report_are_no_action() -> None:
    assert action_in("Stukken nalezen: wie spreken we eigenlijk aan?") is None
    assert action_in("Op maandag om 17.00 is de enquete gesloten.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Sectie 3 herschrijven met de nieuwe strategie als uitgangspunt (nog geen actiehouder)",
        "Werksessies organiseren om de hoofdstukken verder uit te werken.",
        "Het onderwerp agenderen binnen de regionale overleggen.",
        "Originele tekst aanvullen met de uitzondering voor beveiliging.",
        "Afbakenen wat binnen en buiten de scope valt.",
        "Toevoegen dat de focus ligt op hergebruik van gegevens.",
    ],
)
def test_a_to_do_verb_before_its_complement_or_opening_a_clause(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.source == "actieregel"
    assert line.owner is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Open vragen over de planning van het najaar",
        "Bijlage 2: analyse en maatregelen onderzoeken (vertrouwelijk)",
        "Suggestie: een namespace aanmaken in het subject",
        "Voorstel is om de module als best practice te bestempelen.",
        "Toevoegen van de module over versleuteling",
        "De API moet worden beveiligd met TLS.",
        "Het is lastig om de tekst te herschrijven met deze input",
    ],
)
def test_nouns_suggestions_agenda_items_and_rules_are_no_to_do(sentence: str) -> None:
    assert action_in(sentence) is None


def test_a_to_do_deep_in_a_list_of_notes_is_discussion() -> None:
    sentence = "Agenderen dat dit een uitdaging is voor de hele keten"
    assert action_in(sentence, list_level=1) is not None
    assert action_in(sentence, list_level=4) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Oproep aan de werkgroep: geef commentaar bij de issues uit de consultatie.",
        "Vraag aan de werkgroep om het profiel voor de volgende bijeenkomst te reviewen.",
        "Er is een afspraak in klein comité met [PERSOON_4] om dit verder uit te werken.",
        "[PERSOON_2]: het hoofdstuk over versiebeheer staat te prominent in het document; dit wordt aangepast.",
        "De werkafspraken worden verwerkt in een nieuwe versie van het plan van aanpak.",
    ],
)
def test_a_call_a_request_or_a_planned_passive_is_an_action(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.status == OPEN


@pytest.mark.parametrize(
    "sentence",
    [
        "Wordt nu uitgewerkt met een grote groep belanghebbenden.",
        "Het commentaar wordt niet verwerkt.",
        "Zoals nu wordt uitgewerkt in de subgroep is dit lastig.",
    ],
)
def test_ongoing_negated_or_describing_passive_is_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


def test_persons_named_without_separator_share_a_commitment() -> None:
    line = action_in("[PERSOON_1] [PERSOON_2] en [PERSOON_3] plannen een vervolgafspraak in over de koppeling.")
    assert line is not None
    assert line.owner is not None and line.owner.startswith("[PERSOON_1]")


@pytest.mark.parametrize(
    "sentence",
    ["Die alinea ga ik eruit halen.", "Vrijdag stuur ik aan deze groep rond wat ik heb.", "Ik zal dit eerst grof schetsen."],
)
def test_a_speaker_taking_it_on_in_the_first_person(sentence: str) -> None:
    line = action_in(sentence, actor="[PERSOON_4]")
    assert line is not None
    assert line.owner == "[PERSOON_4]"
    assert line.source == "toezegging"


@pytest.mark.parametrize(
    "sentence",
    ["Ik zal kort toelichten wat we gedaan hebben.", "Ik ga dat niet doen.", "Zal ik het rondsturen?"],
)
def test_first_person_in_the_meeting_negated_or_asked_is_no_commitment(sentence: str) -> None:
    assert action_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Een toelichting bij de regel zal ook toegevoegd moeten worden.",
        "Het pull request over logging staat open, moeten we nog verwerken",
    ],
)
def test_still_to_be_done_is_an_open_action(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.status == OPEN


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 24 november zal er een event georganiseerd worden voor de ondertekening.",
        "Daarna zal deze versie via de stuurgroep vastgesteld worden.",
        "Het moet nog blijken of dit werkt.",
    ],
)
def test_an_event_a_decision_or_a_doubt_is_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


def test_an_inverted_promise_goes_to_the_person_named_before() -> None:
    units = _levelled_paragraph(
        "[PERSOON_5] heeft een aantal technische vragen over de koppeling. Deze zal hij nasturen aan de werkgroep."
    )
    record = parse_record(_document(), units)
    assert [(a.owner, a.source) for a in record.actions] == [("[PERSOON_5]", "toezegging")]


def _document() -> Document:
    return Document(doc_id="d1", source_path="notulen/2024-03-12_werkgroep.docx", title="Verslag werkgroep",
                    doc_type="notulen", date="2024-03-12", round=None, unit=None, content_hash="c0ffee")


def _levelled_paragraph(text: str) -> list[Segment]:
    return [Segment(segment_id="d1-00000", doc_id="d1", position=0, text=text, heading="Verslag werkgroep > Koppeling",
                    kind="paragraph")]


def test_a_first_person_promise_for_the_next_session_is_an_action_and_its_unit_stays_a_deferred_item() -> None:
    text = "Ik zal dit eerst grof schetsen en daarna kunnen jullie er in de volgende sessie op reageren."
    line = action_in(text)
    assert line is not None and line.source == "toezegging"
    record = parse_record(_document(), _levelled_paragraph(text))
    assert [a.source for a in record.actions] == ["toezegging"]
    assert [i.status for i in record.items] == ["uitgesteld"]


@pytest.mark.parametrize(
    "text",
    [
        "Dit onderwerp zullen we in de volgende sessie bespreken.",
        "Ik zal de discussie in de volgende sessie voortzetten als er tijd is?",
        "Ik zal dit niet in de volgende sessie uitwerken.",
    ],
)
def test_a_subject_moved_to_the_next_session_without_a_promise_is_no_action(text: str) -> None:
    assert action_in(text) is None


def test_a_passive_to_do_names_its_doer_after_door() -> None:
    line = action_in("Het voorstel voor de indeling wordt uitgewerkt door [PERSOON_2].")
    assert line is not None and line.owner == "[PERSOON_2]"


def test_the_group_scheduling_something_is_an_action_a_plan_of_the_group_is_not() -> None:
    assert action_in("We plannen een nieuwe sessie in.") is not None
    assert action_in("We plannen de zomer rustig aan te doen.") is None


def test_a_call_with_a_colon_is_an_action() -> None:
    assert action_in("Oproep: iedereen levert voor 1 mei een use case aan.") is not None


def test_in_an_action_list_an_owner_before_a_dash_is_the_owner() -> None:
    line = action_in("[PERSOON_4] — Mailtje sturen voor het bronbestand van het diagram", in_action_list=True)
    assert line is not None and line.owner == "[PERSOON_4]"
    assert line.description.startswith("Mailtje sturen")
    line = action_in("[PERSOON_4] - Pull request aanmaken met de beslisboom", in_action_list=True)
    assert line is not None and line.owner == "[PERSOON_4]"
    topic = action_in("Tijdreizen - uitwerking combineren met de geo-sessies", in_action_list=True)
    assert topic is None or topic.owner != "Tijdreizen"


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is met de provincie afgesproken om voor 1 mei een schriftelijke reactie te sturen.",
        "Er is een afspraak gemaakt met o.a. [PERSOON_4] om de begroting door te nemen.",
        "(Voor het hoofdstuk beveiliging moeten we voor de zomer komen tot een tekst die klaar is voor review)",
        "Het onderdeel archivering zal in het najaar een verdere uitwerking krijgen.",
        "De opmerkingen die ingediend zijn tijdens de review worden verwerkt.",
    ],
)
def test_agreed_actions_in_real_phrasings_are_actions(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None
    assert line.status == OPEN


@pytest.mark.parametrize(
    "sentence",
    [
        "Zoals nu wordt uitgewerkt in de subgroep, is de planning haalbaar.",
        "Het thema archivering zal geen verdere uitwerking krijgen.",
        "Er is met de provincie gesproken over de planning.",
    ],
)
def test_descriptions_and_refusals_are_no_agreed_actions(sentence: str) -> None:
    assert action_in(sentence) is None


def test_a_steering_group_takes_on_an_action_quoted_by_a_speaker() -> None:
    line = action_in("[PERSOON_2]: Stuurgroep gaat het jaarplan in juni vaststellen.")
    assert line is not None
    assert line.owner == "Stuurgroep"
    assert "jaarplan" in line.description


def test_a_group_plan_quoted_by_a_speaker_stays_no_action() -> None:
    assert action_in("[PERSOON_2]: we gaan daar nog eens goed naar kijken.") is None


def test_a_topic_line_with_its_lead_and_a_to_do_after_the_dash_is_the_leads_action():
    line = action_in("Archivering (trekker [PERSOON_7]) - uitwerking afstemmen met de provincie en daarna de handreiking updaten")
    assert line is not None
    assert line.owner == "[PERSOON_7]"


def test_a_topic_line_with_only_its_lead_is_no_action():
    assert action_in("Archivering (trekker [PERSOON_7])") is None


def test_a_person_proposing_to_draft_a_new_text_takes_it_on() -> None:
    line = action_in("[PERSOON_3] stelt voor een eerste opzet voor de bespreking op te stellen")
    assert line is not None and line.owner == "[PERSOON_3]"
    assert line.description == "een eerste opzet voor de bespreking op te stellen"


@pytest.mark.parametrize(
    "sentence",
    [
        "[PERSOON_3] stelt voor om 'intern toegankelijk' te vervangen door 'extern toegankelijk'",
        "[PERSOON_3] stelt voor om het onderwerp te koppelen aan het inkoopmoment",
        "[PERSOON_3] stelt voor geen nieuwe opzet te maken",
    ],
)
def test_a_proposal_to_change_wording_or_not_to_draft_is_no_action(sentence: str) -> None:
    assert action_in(sentence) is None


def test_a_person_before_a_colon_owns_the_planned_passive_after_it() -> None:
    line = action_in("[PERSOON_3] : toelichtingen bij de principes zullen worden geplaatst op de wiki")
    assert line is not None and line.owner == "[PERSOON_3]"
    line = action_in("Toelichtingen bij de principes zullen worden geplaatst op de wiki")
    assert line is not None and line.owner is None


def test_a_person_taking_a_role_in_the_group_is_no_action() -> None:
    sentence = "[PERSOON_3] van het ministerie vervangt [PERSOON_4] in deze groep en zal de werkgroep in het vervolg voorzitten."
    assert action_in(sentence) is None
    line = action_in("[PERSOON_3] vervangt [PERSOON_4] in deze groep en zal het werkplan rondsturen.")
    assert line is not None and line.owner == "[PERSOON_3]"


@pytest.mark.parametrize(
    "sentence",
    [
        "Versiebeheer willen we ook opnemen in de beheerstructuur.",
        "De toelichting willen we op enkele punten aanpassen.",
        "Zodra de review klaar is zullen we een verwijzing in de wiki opnemen, zodat alles klopt.",
    ],
)
def test_the_group_putting_the_object_first_plans_an_action(sentence: str) -> None:
    line = action_in(sentence)
    assert line is not None and line.owner is None and line.source == "toezegging"


@pytest.mark.parametrize(
    "sentence",
    [
        "Gaan we hier een extensie voor maken?",
        "Dat willen we voorkomen.",
        "Dit willen we niet opnemen in de tekst.",
        "In de periode tot de zomer gaan we een aantal dingen organiseren.",
        "De extensies gaan we labellen als modules zodat organisaties profielen kunnen opstellen.",
    ],
)
def test_a_question_a_negation_or_an_unspecific_plan_of_the_group_is_no_action(sentence: str) -> None:
    assert action_in(sentence) is None
