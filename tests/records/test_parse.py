"""parse_record on hand-built documents in the shapes of real minutes."""

from __future__ import annotations

from themes.records import MeetingRecord, parse_record
from themes.records.entries import DEFERRED, DISCUSSED, DONE, DROPPED, OPEN, SCHEDULED
from themes.types import Document, Segment

TITLE = "Verslag werkgroep informatiebeheer 12 maart 2024"


def _document(doc_type: str = "notulen", title: str = TITLE) -> Document:
    return Document(
        doc_id="d1",
        source_path=f"{doc_type}/2024-03-12_werkgroep.docx",
        title=title,
        doc_type=doc_type,
        date="2024-03-12",
        round=None,
        unit=None,
        content_hash="c0ffee",
    )


def _units(rows: list[tuple[str, str, str] | tuple[str, str, str, str | None]]) -> list[Segment]:
    """Units from (heading below the title, kind, text[, actor]) rows, in document order."""
    out = []
    for i, row in enumerate(rows):
        heading, kind, text = row[:3]
        actor = row[3] if len(row) > 3 else None
        out.append(
            Segment(
                segment_id=f"d1-{i:05d}",
                doc_id="d1",
                position=i,
                text=text,
                heading=" > ".join(p for p in (TITLE, heading) if p),
                actor=actor,
                kind=kind,
            )
        )
    return out


MINUTES = [
    ("1. Opening en mededelingen", "paragraph", "De voorzitter opent het overleg en heet iedereen welkom."),
    ("2. Verslag vorige vergadering", "paragraph", "Het verslag wordt zonder wijzigingen vastgesteld."),
    (
        "3. Archiefwet en e-depot",
        "paragraph",
        "De stand van zaken rond het e-depot wordt toegelicht. Besloten wordt om de aanbesteding in het najaar te "
        "starten.",
    ),
    ("4. Jaarplan 2025", "paragraph", "Het concept van het jaarplan ligt ter inzage bij het secretariaat."),
    ("5. Klachtenregeling", "paragraph", "Het punt staat al een tijdje in de wachtstand."),
    ("6. Huisvesting", "paragraph", "Er is nog geen nieuws over de verhuizing."),
    ("7. Privacybeleid", "paragraph", "De notitie is vooraf toegestuurd."),
    ("8. Rondvraag", "paragraph", "Agendapunten 4 t/m 7 zijn doorgeschoven naar het volgende overleg."),
    ("Actiepunten", "list_item", "[PERSOON_1]: plaatjes op github zetten"),
    ("Actiepunten", "list_item", "[PERSOON_2]: de conceptnotitie rondsturen aan de werkgroep"),
]

TABLE = [
    ("1. Opening", "paragraph", "Opening door de voorzitter."),
    ("2. Datastrategie", "paragraph", "De concepttekst wordt besproken. De werkgroep is akkoord met de hoofdlijnen."),
    ("3. Cloudbeleid", "paragraph", "Er wordt een eerste verkenning gepresenteerd van de mogelijkheden."),
    (
        "4. Rondvraag",
        "paragraph",
        "Ivm de tijd zijn onderstaande onderwerpen niet aan bod gekomen: 5 Beveiligingsarchitectuur 6 API Management",
    ),
    ("7. Actielijst", "table_header", "Nr | Actie | Actiehouder | Stand van zaken | Deadline"),
    (
        "7. Actielijst",
        "table_row",
        "1 | Overzicht van koppelvlakken maken | Loopt, combineren met jaarplan | juni",
        "[PERSOON_3]",
    ),
    ("7. Actielijst", "table_row", "2 | Tekst over logging aanpassen | Gesloten. Tekst is aangepast.", "[PERSOON_4]"),
    ("7. Actielijst", "table_row", "3 | Werksessie met leveranciers plannen | afgevoerd", "[PERSOON_5]"),
]


def _items(record: MeetingRecord) -> dict[str, tuple[str | None, str]]:
    return {i.title: (i.number, i.status) for i in record.items}


def test_numbered_agenda_items_are_tracked_standard_items_are_not() -> None:
    record = parse_record(_document(), _units(MINUTES))
    titles = [i.title for i in record.items]
    assert titles[:5] == ["Archiefwet en e-depot", "Jaarplan 2025", "Klachtenregeling", "Huisvesting", "Privacybeleid"]
    assert not any(t.lower().startswith(("opening", "verslag", "rondvraag")) for t in titles)
    assert record.doc_id == "d1"
    assert record.is_meeting


def test_range_defers_items_four_to_seven() -> None:
    record = parse_record(_document(), _units(MINUTES))
    items = _items(record)
    for title, number in [
        ("Jaarplan 2025", "4"),
        ("Klachtenregeling", "5"),
        ("Huisvesting", "6"),
        ("Privacybeleid", "7"),
    ]:
        assert items[title] == (number, DEFERRED)
    deferred = next(i for i in record.items if i.title == "Jaarplan 2025")
    assert "4 t/m 7" in deferred.evidence
    assert deferred.segment_id == "d1-00007"


def test_a_decision_closes_its_item() -> None:
    record = parse_record(_document(), _units(MINUTES))
    assert _items(record)["Archiefwet en e-depot"] == ("3", DONE)
    decision = next(d for d in record.decisions if d.text.startswith("Besloten wordt"))
    assert decision.item == "Archiefwet en e-depot"
    assert decision.segment_id == "d1-00002"


def test_waiting_item_is_recurring() -> None:
    record = parse_record(_document(), _units(MINUTES))
    item = next(i for i in record.items if i.title == "Klachtenregeling")
    assert item.recurring == "Het punt staat al een tijdje in de wachtstand."
    assert all(not i.recurring for i in record.items if i.title != "Klachtenregeling")


def test_recurring_without_deferral_keeps_the_item_discussed() -> None:
    units = _units(
        [
            ("3. Cloudbeleid", "paragraph", "Het onderwerp stond al eerder op de agenda. De notitie wordt besproken."),
            ("4. Begroting", "paragraph", "De begroting wordt toegelicht door de controller."),
        ]
    )
    record = parse_record(_document(), units)
    cloud = next(i for i in record.items if i.title == "Cloudbeleid")
    assert cloud.status == DISCUSSED
    assert cloud.recurring == "Het onderwerp stond al eerder op de agenda."
    assert _items(record)["Begroting"] == ("4", DISCUSSED)


def test_lines_under_actiepunten_are_actions_not_items() -> None:
    record = parse_record(_document(), _units(MINUTES))
    assert [(a.owner, a.description, a.status) for a in record.actions] == [
        ("[PERSOON_1]", "plaatjes op github zetten", OPEN),
        ("[PERSOON_2]", "de conceptnotitie rondsturen aan de werkgroep", OPEN),
    ]
    assert [a.segment_id for a in record.actions] == ["d1-00008", "d1-00009"]
    titles = " ".join(i.title.lower() for i in record.items)
    assert "github" not in titles and "actiepunten" not in titles and "conceptnotitie" not in titles


def test_inline_numbered_list_of_skipped_items() -> None:
    record = parse_record(_document(), _units(TABLE))
    items = _items(record)
    assert items["Beveiligingsarchitectuur"] == ("5", DEFERRED)
    assert items["API Management"] == ("6", DEFERRED)
    assert items["Cloudbeleid"] == ("3", DISCUSSED)


def test_decision_akkoord_under_its_item() -> None:
    record = parse_record(_document(), _units(TABLE))
    assert [(d.text, d.item) for d in record.decisions] == [
        ("De werkgroep is akkoord met de hoofdlijnen.", "Datastrategie")
    ]
    assert _items(record)["Datastrategie"] == ("2", DONE)


def test_action_table_rows_with_owner_as_actor() -> None:
    record = parse_record(_document(), _units(TABLE))
    rows = [(a.number, a.description, a.owner, a.status, a.due, a.source) for a in record.actions]
    assert rows == [
        ("1", "Overzicht van koppelvlakken maken", "[PERSOON_3]", OPEN, "juni", "tabel"),
        ("2", "Tekst over logging aanpassen", "[PERSOON_4]", DONE, None, "tabel"),
        ("3", "Werksessie met leveranciers plannen", "[PERSOON_5]", DROPPED, None, "tabel"),
    ]
    assert record.actions[1].status_text == "Gesloten. Tekst is aangepast."
    assert not any("Actielijst" in i.title or "Actie" == i.title for i in record.items)


def test_header_row_read_as_table_row_still_starts_the_table() -> None:
    rows = [r if r[1] != "table_header" else (r[0], "table_row", r[2]) for r in TABLE]
    record = parse_record(_document(), _units(rows))
    assert [a.status for a in record.actions] == [OPEN, DONE, DROPPED]


def test_meeting_logistics_defer_no_item() -> None:
    units = _units(
        [
            ("3. Cloudbeleid", "paragraph", "De verkenning wordt toegelicht."),
            ("9. Sluiting", "paragraph", "Volgende bijeenkomst is gepland op 14 mei."),
        ]
    )
    record = parse_record(_document(), units)
    assert all(i.status != DEFERRED for i in record.items)


def test_an_agenda_schedules_its_items() -> None:
    units = _units(
        [
            ("1. Opening", "list_item", "Opening"),
            ("2. Jaarplan 2025", "list_item", "Bespreking van het concept jaarplan"),
            ("3. Inkoopbeleid", "list_item", "Voorstel voor de nieuwe inkoopregels"),
        ]
    )
    record = parse_record(_document("agenda", "Agenda werkgroep informatiebeheer 12 maart 2024"), units)
    assert _items(record) == {"Jaarplan 2025": ("2", SCHEDULED), "Inkoopbeleid": ("3", SCHEDULED)}


def test_json_round_trip() -> None:
    for rows in (MINUTES, TABLE):
        record = parse_record(_document(), _units(rows))
        text = record.to_json()
        assert MeetingRecord.from_json(text) == record
        assert MeetingRecord.from_json(text).to_json() == text


def test_same_input_same_record() -> None:
    for rows in (MINUTES, TABLE):
        first = parse_record(_document(), _units(rows))
        second = parse_record(_document(), _units(rows))
        assert first == second
        assert first.to_json() == second.to_json()


def test_unit_order_comes_from_position() -> None:
    units = _units(MINUTES)
    assert parse_record(_document(), list(reversed(units))) == parse_record(_document(), units)


def _levelled(rows: list[tuple[str, int, str]]) -> list[Segment]:
    """Units under "Actiepunten" from (kind, list level, text) rows."""
    return [
        Segment(segment_id=f"d1-{i:05d}", doc_id="d1", position=i, text=text, heading=f"{TITLE} > Actiepunten",
                actor=None, kind=kind, list_level=level)
        for i, (kind, level, text) in enumerate(rows)
    ]


def test_an_indented_status_line_closes_the_action_above_it() -> None:
    units = _levelled([
        ("list_item", 1, "Voorstel voor herformulering van de paragraaf over toegang ([PERSOON_3])"),
        ("list_item", 2, "is gedaan"),
        ("list_item", 1, "Review van het hele hoofdstuk ([PERSOON_4])"),
        ("table_row", 0, "- We nemen de belangrijkste punten uit de checklist over"),
        ("table_row", 0, "- review door de werkgroep voor de volgende bijeenkomst"),
    ])
    record = parse_record(_document(), units)
    descriptions = [a.description for a in record.actions]
    assert record.actions[0].status == DONE
    assert record.actions[1].status == OPEN
    assert "is gedaan" not in descriptions
    assert not any(d.startswith("- We nemen") or d.startswith("We nemen") for d in descriptions)
    assert any("review door de werkgroep" in d for d in descriptions)
    assert not any(i.title.startswith("We nemen") for i in record.items)


def test_an_aside_names_who_takes_the_action_on() -> None:
    units = _levelled([("paragraph", 0, "Usecase beschrijving in de introductie ([PERSOON_5] zoekt een usecase op)")])
    record = parse_record(_document(), units)
    assert [a.owner for a in record.actions] == ["[PERSOON_5]"]


def test_a_to_do_sentence_after_an_action_line_words_the_same_action() -> None:
    units = _levelled([
        ("paragraph", 0, "Actiepunt [PERSOON_2]: sectie 4 aanvullen met de uitkomst van de discussie. In ieder geval "
                         "de motivatie voor tokens toevoegen (losse koppeling)."),
    ])
    record = parse_record(_document(), units)
    assert len(record.actions) == 1
    assert record.actions[0].owner == "[PERSOON_2]"


def test_he_or_she_takes_the_owner_named_before_in_the_unit() -> None:
    units = _levelled([
        ("paragraph", 0, "[PERSOON_4] heeft het werkdocument besproken met de leden. Hij stuurt de nieuwe versie rond."),
        ("paragraph", 0, "Hij zal dit niet oppakken."),
    ])
    record = parse_record(_document(), units)
    committed = [a for a in record.actions if a.source == "toezegging"]
    assert [(a.owner, a.description) for a in committed] == [("[PERSOON_4]", "stuurt de nieuwe versie rond")]


def test_an_item_moving_on_does_not_defer_the_action_before_it() -> None:
    units = _levelled([
        ("paragraph", 0, "[PERSOON_3] neemt dit mee in het overleg met de leverancier. Omdat [PERSOON_4] niet aanwezig "
                         "is, schuift dit agendapunt door naar een volgend overleg."),
    ])
    record = parse_record(_document(), units)
    assert [a.status for a in record.actions] == [OPEN]


def test_an_indented_line_outside_an_action_list_sets_no_action_status() -> None:
    units = [
        Segment(segment_id=f"d1-{i:05d}", doc_id="d1", position=i, text=text, heading=f"{TITLE} > 3. Beheer",
                actor=None, kind="list_item", list_level=level)
        for i, (level, text) in enumerate([
            (1, "[PERSOON_3] neemt dit mee in het overleg met de stuurgroep."),
            (2, "Dit onderwerp schuift door naar een volgend overleg."),
        ])
    ]
    record = parse_record(_document(), units)
    assert [a.status for a in record.actions] == [OPEN]


def test_a_later_sentence_deferring_a_subject_of_its_own_keeps_the_action_open() -> None:
    units = _levelled([
        ("paragraph", 0, "Voorstel is om variant 4 als basis te nemen van het profiel. Usecase 1 kan mogelijk op een "
                         "later moment worden toegevoegd."),
    ])
    record = parse_record(_document(), units)
    assert [a.status for a in record.actions] == [OPEN]


def test_an_owners_action_that_comes_back_next_meeting_stays_open() -> None:
    units = _levelled([
        ("paragraph", 0, "[PERSOON_5] en [PERSOON_6] geven aan hierover een voorzet te maken. Komt volgende "
                         "vergadering terug."),
    ])
    record = parse_record(_document(), units)
    assert [a.status for a in record.actions] == [OPEN]


def test_an_owners_action_that_is_postponed_is_deferred() -> None:
    units = _levelled([
        ("paragraph", 0, "[PERSOON_5] en [PERSOON_6] geven aan hierover een voorzet te maken. Dit is uitgesteld "
                         "tot na de zomer."),
    ])
    record = parse_record(_document(), units)
    assert [a.status for a in record.actions] == [DEFERRED]


def test_two_commitments_with_the_same_verb_are_two_actions() -> None:
    units = _levelled([
        ("paragraph", 0, "[PERSOON_3] neemt dit mee in de uitwerking van de regels."),
        ("paragraph", 0, "[PERSOON_3] neemt de opmerkingen over logging mee in de verdere uitwerking."),
    ])
    record = parse_record(_document(), units)
    assert len(record.actions) == 2


def test_a_summary_line_repeating_an_action_is_the_same_action() -> None:
    units = _levelled([
        ("paragraph", 0, "[PERSOON_3] stuurt de conceptnotitie over archivering rond."),
        ("list_item", 1, "[PERSOON_3]: conceptnotitie archivering rondsturen"),
    ])
    record = parse_record(_document(), units)
    assert len(record.actions) == 1


def _under(heading: str, rows: list[str]) -> list[Segment]:
    return [
        Segment(segment_id=f"d1-{i:05d}", doc_id="d1", position=i, text=text, heading=f"{TITLE} > {heading}",
                actor=None, kind="list_item", list_level=1)
        for i, text in enumerate(rows)
    ]


def test_lines_under_a_heading_that_is_a_to_do_are_actions() -> None:
    record = parse_record(_document(), _under("Leden kernwerkgroep uitbreiden", ["Programma Basisregistraties",
                                                                                 "Statistiekbureau (via [PERSOON_2])"]))
    assert len(record.actions) == 2
    record = parse_record(_document(), _under("Toevoegen aan de tekst", ["Verbinding met de beleidsdoelen."]))
    assert len(record.actions) == 1


def test_lines_under_a_numbered_agenda_heading_with_a_verb_are_no_actions() -> None:
    record = parse_record(_document(), _under("4. Uitwerken hoofdstuk architectuur", ["Verbinding met de beleidsdoelen.",
                                                                                      "Goede discussie over de scope."]))
    assert record.actions == ()


def test_a_later_deferral_of_another_subject_stays_the_items_not_the_actions() -> None:
    text = (
        "Archief: de opmerkingen die ingediend zijn tijdens de review worden verwerkt. Dat duurt tot de zomer. "
        "Bij het schrijven kwamen vragen over bewaartermijnen op. De module voor bewaartermijnen schuiven we door "
        "naar het najaar."
    )
    record = parse_record(_document(), _units([("4. Stand van zaken subgroepen", "list_item", text)]))
    assert [a.status for a in record.actions] == [OPEN]
    assert any(i.status == DEFERRED for i in record.items)


def test_a_deferral_right_after_an_action_still_defers_it() -> None:
    text = "[PERSOON_1] stuurt de notitie over de huisvesting rond. Dit schuift door naar de volgende vergadering."
    record = parse_record(_document(), _units([("4. Huisvesting", "paragraph", text)]))
    assert [a.status for a in record.actions] == [DEFERRED]


def test_two_lines_of_one_action_list_stay_two_actions_when_the_text_repeats_one():
    record = parse_record(
        _document(),
        _units(
            [
                ("3. Proefomgeving", "paragraph", "Actie [PERSOON_4]: opdracht formulering zichtbaarheid"),
                ("Actiepunten", "list_item", "[PERSOON_4]: formulering zichtbaarheid aanleveren"),
                ("Actiepunten", "list_item", "[PERSOON_4]: opdracht formulering zichtbaarheid"),
            ]
        ),
    )
    assert sorted(a.description for a in record.actions) == [
        "formulering zichtbaarheid aanleveren",
        "opdracht formulering zichtbaarheid",
    ]


def test_to_do_lines_under_a_line_announcing_advice_are_no_actions() -> None:
    units = _units([
        ("Terugblik verandersessie", "paragraph", "De adviezen en inzichten die meegenomen zijn uit de sessie gingen over:"),
        ("Terugblik verandersessie", "list_item",
         "Verschillende tempo's aanbrengen. De verschillen tussen teams erkennen en aanpak daarop aanpassen."),
        ("Terugblik verandersessie", "list_item", "Definieer de ondergrens."),
        ("Vervolg", "list_item", "De planning voor het najaar aanpassen."),
    ])
    record = parse_record(_document(), units)
    assert [a.description for a in record.actions] == ["De planning voor het najaar aanpassen"]


def test_to_do_rows_of_a_table_of_reactions_collected_are_no_actions() -> None:
    units = _units([
        ("", "paragraph", "Doel: belangrijkste punten die genodigden hebben t.a.v. de bestuursopdracht ophalen."),
        ("", "table_row", "Toon: meer empathie en concreetheid."),
        ("", "table_row", "Tekst: prominenter opnemen dat het doel is om een veilige werkomgeving te creëren."),
        ("", "list_item", "[PERSOON_1] zei dat we dit al gebruiken. Ik weet niet hoe, maar anders even bij haar checken."),
        ("", "table_row", "Actie [PERSOON_2]: de reacties bundelen en rondsturen."),
        ("Besproken punten", "list_item", "In tekst opnemen: een hele strakke normering voor leidinggevenden."),
    ])
    record = parse_record(_document(), units)
    descriptions = [a.description for a in record.actions]
    assert not any("prominenter" in d for d in descriptions)
    assert any("checken" in d for d in descriptions)  # the note-taker's own note stays an action
    assert any("bundelen" in d for d in descriptions)  # a labelled action among the reactions stays one
    assert any("normering" in d for d in descriptions)  # after the table, to-do lines are actions again


def test_remarks_announced_ends_at_a_paragraph() -> None:
    units = _units([
        ("Terugblik", "paragraph", "De aanbevelingen van de commissie waren:"),
        ("Terugblik", "list_item", "Rapportage over de voortgang aanpassen."),
        ("Terugblik", "paragraph", "De werkgroep neemt de aanbevelingen over."),
        ("Terugblik", "list_item", "Het plan van aanpak aanpassen."),
    ])
    record = parse_record(_document(), units)
    assert [a.description for a in record.actions] == ["Het plan van aanpak aanpassen"]
