"""Deferred agenda items: parts of an item, sections, number lists, logistics and evidence (invented minutes)."""

from __future__ import annotations

import pytest

from themes.records import parse_record
from themes.records.agenda import is_deferral_section, is_next_agenda_heading
from themes.records.entries import DEFERRED
from themes.records.status import deferral, deferral_quote, firm_deferral, recurrence
from themes.types import Document, Segment

TITLE = "Verslag werkgroep dienstverlening 9 april 2024"


def _document() -> Document:
    return Document(
        doc_id="d1", source_path="notulen/2024-04-09_werkgroep.md", title=TITLE, doc_type="notulen",
        date="2024-04-09", round=None, unit=None, content_hash="beef",
    )


def _record(rows: list[tuple[str, str, str]]):
    units = [
        Segment(
            segment_id=f"d1-{i:05d}", doc_id="d1", position=i, text=text,
            heading=" > ".join(p for p in (TITLE, heading) if p), actor=None, kind=kind,
        )
        for i, (heading, kind, text) in enumerate(rows)
    ]
    return parse_record(_document(), units)


def _deferred(record) -> list:
    return [i for i in record.items if i.status == DEFERRED]


@pytest.mark.parametrize(
    "text",
    [
        "12 maart volgend overleg.",
        "Volgende bijeenkomst 8 oktober 13.00 - 15.00 bij de gemeente.",
        "Nog niet besproken wie de handreiking kan oppakken.",
        "Het is niet besproken hoe de kosten worden verdeeld.",
    ],
)
def test_the_date_of_the_next_meeting_and_an_open_question_defer_nothing(text: str) -> None:
    assert deferral(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dit bespreken we volgende keer op 3 maart.",
        "Het voorstel komt in de volgende vergadering op 5 mei terug.",
        "De overige onderwerpen zijn deze bijeenkomst niet verder besproken.",
        "Aan de evaluatie zijn we niet aan toegekomen.",
        "Zij plannen een vervolg afspraak in om hier verder over te praten.",
        "De datum van de consultatie halen we voor dit hoofdstuk niet.",
        "Dit onderwerp zal in een volgend overleg op de agenda worden geplaatst.",
    ],
)
def test_deferrals_in_real_minutes_wording(text: str) -> None:
    assert deferral(text) is not None


def test_a_firm_deferral_is_more_than_naming_the_next_meeting() -> None:
    assert firm_deferral("[PERSOON_1] stuurt de notitie in de volgende bijeenkomst rond.") is None
    assert firm_deferral("[PERSOON_1] past het stuk aan en in de volgende bijeenkomst komen wij hierop terug.")


def test_a_long_sentence_is_quoted_around_its_deferral_phrase() -> None:
    sentence = "De discussie ging over de termen. " * 15 + "We komen er volgende keer op terug."
    quote = deferral_quote(sentence)
    assert len(quote) <= 300 and "volgende keer op terug" in quote and quote.startswith("…")


def test_headings_that_announce_deferred_items_are_no_item_themselves() -> None:
    assert is_deferral_section("Doorgeschoven agendapunten")
    assert is_deferral_section("(Resterende punten schuiven door naar het volgende overleg)")
    assert not is_deferral_section("4. Jaarplan 2025 (doorgeschoven)")
    assert is_next_agenda_heading("Verslag > Agenda volgende keer")
    assert not is_next_agenda_heading("3. Agenda en planning")


def test_two_deferrals_in_two_units_of_one_item_are_two_entries_with_their_own_sentence() -> None:
    record = _record([
        ("3. Werkplan", "paragraph", "Het werkplan wordt toegelicht. Volgende keer komt terug welke rol de "
         "werkgroep in de strategie krijgt."),
        ("3. Werkplan", "paragraph", "Gezien de tijd komen we er niet aan toe om alle voorgestelde activiteiten "
         "geheel te bespreken en te verdelen over de leden van de werkgroep."),
    ])
    deferred = _deferred(record)
    assert len(deferred) == 2
    assert {d.evidence.split()[0] for d in deferred} == {"Volgende", "Gezien"}
    assert len({d.title for d in deferred}) == 2  # two tracks, two ids


def test_two_deferral_sentences_of_one_unit_are_one_entry() -> None:
    record = _record([
        ("5. Regels", "paragraph", "Het is nog even wachten op een uitspraak van de commissie. We laten dit punt "
         "op de agenda staan voor de volgende keer."),
    ])
    deferred = _deferred(record)
    assert len(deferred) == 1
    assert "nog even wachten" in deferred[0].evidence and "volgende keer" in deferred[0].evidence


def test_a_deferral_under_a_standard_item_is_named_after_the_sentence_before_it() -> None:
    record = _record([
        ("2. Mededelingen", "list_item", "De werkgroep is gevraagd te adviseren over het taalgebruik in de "
         "regels. Hierover is al vaker gesproken. Dit komt op de agenda voor een volgend overleg."),
    ])
    (entry,) = _deferred(record)
    assert entry.title.startswith("De werkgroep is gevraagd te adviseren")
    assert entry.evidence.endswith("Dit komt op de agenda voor een volgend overleg.")
    assert entry.recurring == "Hierover is al vaker gesproken."


def test_a_bare_list_of_item_numbers_defers_each_item() -> None:
    record = _record([
        ("3 Planning", "heading", "3 Planning"),
        ("4 Financien", "heading", "4 Financien"),
        ("5 Communicatie", "paragraph", "ivm tijd 3,4,5 niet aan orde gekomen."),
    ])
    assert {d.title for d in _deferred(record)} == {"Planning", "Financien", "Communicatie"}


def test_the_lines_of_a_deferral_section_are_the_deferred_items_not_their_sub_items() -> None:
    record = _record([
        ("(Resterende punten schuiven door naar het volgende overleg)", "table_row", "Projectbord: overzicht van de onderwerpen"),
        ("(Resterende punten schuiven door naar het volgende overleg)", "table_row", "Onderwerpen dienstverlening"),
        ("(Resterende punten schuiven door naar het volgende overleg)", "list_item", "1 Soorten koppelingen"),
        ("(Resterende punten schuiven door naar het volgende overleg)", "table_row", "## 7 | Rondvraag"),
    ])
    assert {d.title for d in _deferred(record)} == {"Projectbord", "Onderwerpen dienstverlening"}


def test_the_next_meetings_agenda_defers_nothing() -> None:
    record = _record([
        ("Agenda volgende keer", "list_item", "Thema volgende keer: notificaties"),
        ("Agenda volgende keer", "list_item", "Toelichting op de planning"),
    ])
    assert not _deferred(record)


def test_a_list_announced_for_next_time_defers_its_lines_not_the_item_above() -> None:
    record = _record([
        ("4. Ondertekening", "paragraph", "De tekst is bijna klaar."),
        ("4. Ondertekening", "paragraph", "Voor volgende keer:"),
        ("4. Ondertekening", "list_item", "Terugkoppeling subgroep over de planning"),
    ])
    assert {d.title for d in _deferred(record)} == {"Terugkoppeling subgroep over de planning"}


def test_the_next_items_a_pdf_ran_into_a_deferral_sentence_end_it() -> None:
    record = _record([
        ("", "list_item", "Uitwerken thema op de website"),
        ("", "list_item", "Volgende keer komt dit terug 4 Planning en aanpak 5 Begroting "
         "6 Huisvesting"),
    ])
    (entry,) = _deferred(record)
    assert entry.evidence == "Volgende keer komt dit terug"


def test_an_action_line_that_moves_the_discussion_to_the_next_meeting_is_a_firm_deferral() -> None:
    assert firm_deferral("[PERSOON_1] werkt een toelichting uit; de overige agendapunten zullen het volgend "
                         "overleg besproken worden.")


def test_approving_the_minutes_of_the_last_meeting_is_no_recurring_item() -> None:
    assert recurrence("3. Vaststellen verslag vorig overleg van 14 mei") is None
    assert recurrence("Het openstaande verzoek van vorig overleg is nog niet beantwoord.")


def test_a_heading_that_says_its_lines_came_back_gives_the_item_a_recurring_note() -> None:
    record = _record([
        ("3 Onderwerpen komend jaar > Eerder genoemd", "list_item", "Archivering van e-mail"),
        ("3 Onderwerpen komend jaar > Uit de enquete", "list_item", "Toegankelijkheid van formulieren"),
        ("Eerdere inventarisatie", "list_item", "Koppelingen met de basisregistraties"),
    ])
    notes = {i.title: i.recurring for i in record.items if i.recurring}
    assert notes == {"Onderwerpen komend jaar": "Eerder genoemd", "Eerdere inventarisatie": "Eerdere inventarisatie"}


@pytest.mark.parametrize(
    "text",
    [
        "De werkdruk in het team is hoog door tijdgebrek bij de leidinggevenden.",
        "Het uitstellen van beslissingen leidt tot frustratie bij bewoners.",
        "Er is in de wijk geen plek om fietsen te parkeren.",
        "Het lukt niet om ervaren personeel aan te houden.",
    ],
)
def test_content_about_lack_of_time_or_postponing_is_no_deferral(text: str) -> None:
    assert deferral(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Er staan nog verschillende verzoeken open.",
        "Er staat nog een actiepunt open om de tekst in te korten.",
        "Zoals eerder afgesproken wordt de planning per kwartaal herzien.",
        "We hebben eerder drie speerpunten bedacht.",
        "De punten die ik inbracht zie ik niet terug.",
    ],
)
def test_earlier_input_and_open_requests_are_recurring(text: str) -> None:
    assert recurrence(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Subsidieregeling voor verenigingen: in college bespreken",
        "Het issue over tokens in de middag bespreken.",
        "We gaan dit in de stuurgroep verder bespreken.",
        "De risicoparagraaf tijdens de bila behandelen.",
    ],
)
def test_a_subject_moved_to_another_forum_or_later_that_day_is_deferred(text: str) -> None:
    assert deferral(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het issue over tokens bespreken met de leverancier.",
        "Het datamodel in detail bespreken.",
        "Dit hoeft niet in de stuurgroep besproken te worden.",
        "De stuurgroep gaat het jaarplan bespreken en vaststellen.",
        "Het voorstel is in de stuurgroep besproken.",
    ],
)
def test_discussing_with_someone_in_detail_or_already_is_no_move_to_a_forum(text: str) -> None:
    assert deferral(text) is None


def test_a_subject_moved_to_the_afternoon_is_an_entry_of_its_own_not_the_item() -> None:
    record = _record([
        ("3. Stand van zaken handreiking", "list_item", "Redactie van de paragraaf over logging loopt."),
        ("3. Stand van zaken handreiking", "list_item", "Issue tokens in middag bespreken"),
    ])
    (entry,) = _deferred(record)
    assert entry.title == "Issue tokens"
    status = {i.title: i.status for i in record.items}
    assert status["Stand van zaken handreiking"] != DEFERRED


@pytest.mark.parametrize(
    "text",
    [
        "Archivering: geen update deze keer.",
        "Geen reactie en update gehad tijdens dit overleg",
        "We hebben geen input ontvangen van de subgroepen Archief en Koppelingen.",
        "Het ligt voor de hand dat na afronding van de handreiking gestart wordt met een module voor zoeken.",
        "[PERSOON_2] geeft aan dat hij in een volgende verdiepende sessie een toelichting kan geven.",
    ],
)
def test_no_update_this_time_waiting_for_another_product_and_a_later_session_defer(text: str) -> None:
    assert deferral(text)


@pytest.mark.parametrize(
    "text",
    [
        "Na afronding van de pilot is gestart met de uitrol.",
        "De update van de handreiking is gedeeld.",
        "In een volgende stap is de planning aangepast.",
    ],
)
def test_a_start_after_finishing_in_the_past_or_an_update_given_is_no_deferral(text: str) -> None:
    assert deferral(text) is None


def test_two_subjects_the_meeting_did_not_get_to_are_two_deferred_entries() -> None:
    record = _record([
        ("6. Tot slot", "paragraph", "Komen gezien de tijd niet meer toe aan het bespreken van de begroting en het "
         "nader invullen van het jaarplan."),
    ])
    assert {d.title for d in _deferred(record)} == {"de begroting", "het nader invullen van het jaarplan"}
    assert {i.title: i.status for i in record.items}["Tot slot"] != DEFERRED


def test_one_subject_the_meeting_did_not_get_to_defers_the_item() -> None:
    record = _record([
        ("6. Begroting", "paragraph", "We kwamen niet meer toe aan de begroting."),
    ])
    assert [d.title for d in _deferred(record)] == ["Begroting"]


@pytest.mark.parametrize(
    "text",
    [
        "In de bijeenkomst hebben we nog geen concrete planning kunnen maken.",
        "De ondertekening zal naar verwachting in maart plaatsvinden.",
    ],
)
def test_not_yet_able_at_this_meeting_and_expected_later_defer(text: str) -> None:
    assert deferral(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nog geen harde regels kunnen destilleren uit de voorbeelden.",
        "De bijeenkomst heeft op 3 maart plaatsgevonden.",
        "We hebben de planning kunnen maken.",
    ],
)
def test_a_finding_about_the_work_or_a_past_meeting_is_no_deferral(text: str) -> None:
    assert deferral(text) is None


def test_a_subject_under_mededelingen_that_came_back_is_an_item_with_its_note() -> None:
    record = _record([
        ("1. Opening en mededelingen", "list_item", "Leertraject directie: Vorige stuurgroep hebben we afgesproken om "
         "te starten met verdiepende sessies. Er volgen nog drie sessies."),
        ("1. Opening en mededelingen", "list_item", "De eerdere inventarisatie is samengevat: zie bijlage."),
    ])
    notes = {i.title: i.recurring for i in record.items if i.recurring}
    assert list(notes) == ["Leertraject directie"]
    assert notes["Leertraject directie"].startswith("Leertraject directie: Vorige stuurgroep")


def test_a_second_note_under_another_sub_heading_of_one_item_is_kept_as_its_part() -> None:
    record = _record([
        ("Uitgebreide notulen > Blok 1 Visie", "paragraph", "Ik zie mijn punten niet terug in de tekst."),
        ("Uitgebreide notulen > Blok 2 Intentie", "paragraph", "Ik had nog een zin aangeleverd om toe te voegen."),
    ])
    notes = {i.title: i.recurring for i in record.items if i.recurring}
    assert notes == {
        "Uitgebreide notulen": "Ik zie mijn punten niet terug in de tekst.",
        "Uitgebreide notulen – Blok 2 Intentie": "Ik had nog een zin aangeleverd om toe te voegen.",
    }


@pytest.mark.parametrize(
    "text",
    [
        "In de sessie van 11 maart bespraken we een aantal dilemma's.",
        "Een vierde openstaand punt over de koppelingen wacht op een nieuwe collega.",
    ],
)
def test_an_earlier_session_and_an_open_point_are_recurring(text: str) -> None:
    assert recurrence(text)


@pytest.mark.parametrize(
    "text",
    [
        "In de sessie bespreken we een aantal dilemma's.",
        "We leveren nog een zin aan voor de verklaring.",
    ],
)
def test_this_session_and_new_input_are_not_recurring(text: str) -> None:
    assert recurrence(text) is None


def _levelled_record(rows: list[tuple[str, int, str]]):
    units = [
        Segment(segment_id=f"d1-{i:05d}", doc_id="d1", position=i, text=text, heading=f"{TITLE} > {heading}",
                actor=None, kind="list_item", list_level=level)
        for i, (heading, level, text) in enumerate(rows)
    ]
    return parse_record(_document(), units)


@pytest.mark.parametrize("heading", ["Agendapunt 3", "3. Subwerkgroepen"])
def test_a_sub_bullet_without_a_subject_defers_the_line_it_hangs_under(heading: str) -> None:
    record = _levelled_record([
        (heading, 1, "Archief (trekker [PERSOON_1]) - uitwerking afstemmen met de leveranciers"),
        (heading, 2, "Geen reactie en update gehad tijdens dit overleg"),
        (heading, 1, "Koppelingen (trekker [PERSOON_2])"),
        (heading, 2, "Het onderzoek is kort doorgenomen en besproken."),
    ])
    assert [d.title for d in _deferred(record)] == ["Archief"]


def test_a_standing_arrangement_about_each_next_session_defers_nothing() -> None:
    assert deferral("Elke keer het thema van de volgende sessie bepalen.") is None
    assert deferral("Het thema bepalen we volgende sessie.")


def test_putting_a_point_to_another_body_defers_it_having_done_so_does_not() -> None:
    assert deferral("We leggen dit aan het hele platform voor op 3 februari.")
    assert deferral("Het advies wordt voorgelegd aan de stuurgroep.")
    assert deferral("Het advies is voorgelegd aan de werkgroep voor review.") is None
    assert deferral("Zij legt het ontwerp uit aan de werkgroep.") is None
