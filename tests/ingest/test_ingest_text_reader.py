from __future__ import annotations

from pathlib import Path

import pytest

from themes.errors import EmptyInputError
from themes.ingest import read_document
from themes.ingest.clean import clean_text


def kinds(raw):
    """The content blocks; a table's header row (a ``table_header`` block, context only) is checked on its own."""
    return [(b.kind, b.level, clean_text(b.text), b.actor) for b in raw.blocks if b.kind != "table_header"]


def headers(raw):
    return [clean_text(b.text) for b in raw.blocks if b.kind == "table_header"]


def write(tmp_path: Path, text: str, name: str = "doc.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_markdown_headings_and_nested_lists(tmp_path):
    raw = read_document(
        write(
            tmp_path,
            "# Titel\n\n## Maatwerk\n\n- punt een\n  - sub punt\n* ster\n• bolletje\n➤ pijl\n1. genummerd\n",
            "a.md",
        )
    )
    assert kinds(raw) == [
        ("heading", 1, "Titel", None),
        ("heading", 2, "Maatwerk", None),
        ("list_item", 1, "punt een", None),
        ("list_item", 2, "sub punt", None),
        ("list_item", 1, "ster", None),
        ("list_item", 1, "bolletje", None),
        ("list_item", 1, "pijl", None),
        ("list_item", 1, "genummerd", None),
    ]
    assert raw.title == "Titel"


def test_lines_of_one_paragraph_are_joined(tmp_path):
    raw = read_document(write(tmp_path, "Eerste regel van\nde alinea.\n\nTweede alinea is dit.\n"))
    assert [clean_text(b.text) for b in raw.blocks] == ["Eerste regel van de alinea.", "Tweede alinea is dit."]


def test_short_lines_followed_by_text_are_headings(tmp_path):
    text = "Notitie verandertraject\n\nAanleiding\n\nIn 2020 is gestart met het werk.\n\nSturen\n\nWe sturen meer.\n"
    raw = read_document(write(tmp_path, text))
    assert kinds(raw) == [
        ("heading", 1, "Notitie verandertraject", None),
        ("heading", 2, "Aanleiding", None),
        ("paragraph", 0, "In 2020 is gestart met het werk.", None),
        ("heading", 2, "Sturen", None),
        ("paragraph", 0, "We sturen meer.", None),
    ]


def test_a_run_of_short_lines_is_not_a_heading_cascade(tmp_path):
    text = "Titel\n\nEen lange alinea met een punt aan het eind.\n\nWe organiseren gesprekken\n\nOrganisatiebrede bijeenkomst\n\nBetere info op intranet\n\nNog een lange alinea met punt.\n"
    raw = read_document(write(tmp_path, text))
    assert [b.kind for b in raw.blocks] == ["heading", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]


def test_numbered_items_under_agenda_become_headings(tmp_path):
    text = (
        "Stuurgroep\n\nAgenda\n\n1. Opening\n\nWelkom aan allen.\n\n2. Raadsbrief april\n\n- de maatregelen;\n\n"
        "3. Laatste update Verwey Jonker\n\n1. informatie\n\n2. dialoog\n"
    )
    raw = read_document(write(tmp_path, text))
    assert [(k, lvl, t) for k, lvl, t, _a in kinds(raw)] == [
        ("heading", 1, "Stuurgroep"),
        ("heading", 2, "Agenda"),
        ("heading", 3, "1. Opening"),
        ("paragraph", 0, "Welkom aan allen."),
        ("heading", 3, "2. Raadsbrief april"),
        ("list_item", 1, "de maatregelen;"),
        ("heading", 3, "3. Laatste update Verwey Jonker"),
        ("list_item", 1, "informatie"),
        ("list_item", 1, "dialoog"),
    ]


def test_tab_separated_rows_with_speaker_column(tmp_path):
    text = (
        "Titel\n\n\t+/-\t+\nPeter\tDit is een lange opmerking over maatwerk bij directies en wat nodig is.\t\n"
        "\t\tRol van het middenmanagement wordt uitgelicht in de uitvoering van het plan.\n"
        "5.1, 2, e\tStrakker opnemen wat maatwerk betekent en hoeveel vrijheid iedereen krijgt.\t\n"
    )
    raw = read_document(write(tmp_path, text))
    rows = [(k, t, a) for k, _l, t, a in kinds(raw) if k == "table_row"]
    assert rows == [
        ("table_row", "Dit is een lange opmerking over maatwerk bij directies en wat nodig is.", "Peter"),
        ("table_row", "Rol van het middenmanagement wordt uitgelicht in de uitvoering van het plan.", None),
        ("table_row", "Strakker opnemen wat maatwerk betekent en hoeveel vrijheid iedereen krijgt.", "[WOO]"),
    ]


def test_html_list_inside_a_row_becomes_list_items(tmp_path):
    text = (
        "Titel\n\n\t+/-\t+\nAnna\t<p>Maatwerk: gelden alle interventies voor alle directies bij R&amp;D?</p> "
        '<ul style="list-style-type: none"> <li>➤ Bedoeld als: niet alle maatregelen.</li> '
        "<li>➤ Welke vrijheid hebben directies?</li> </ul>\t\n"
        "\t<p>Veelheid aan interventies: kan het in tijd worden uitgezet en gepland?</p>\t\n"
    )
    raw = read_document(write(tmp_path, text))
    assert [(k, lvl, t, a) for k, lvl, t, a in kinds(raw)][1:4] == [
        ("table_row", 0, "Maatwerk: gelden alle interventies voor alle directies bij R&D?", "Anna"),
        ("list_item", 1, "Bedoeld als: niet alle maatregelen.", "Anna"),
        ("list_item", 1, "Welke vrijheid hebben directies?", "Anna"),
    ]


def test_paragraph_broken_over_two_blocks_is_joined(tmp_path):
    text = "Titel\n\nLichtheid helpt: misschien lastig om dat nu in\n\nwoorden te vatten. Maar zeker aandacht.\n"
    raw = read_document(write(tmp_path, text))
    assert (
        clean_text(raw.blocks[-1].text)
        == "Lichtheid helpt: misschien lastig om dat nu in woorden te vatten. Maar zeker aandacht."
    )


def test_utf8_with_bom_is_read(tmp_path):
    raw = read_document(write(tmp_path, "\ufeffIdeeën over één op één coaching.\n"))
    assert clean_text(raw.blocks[0].text) == "Ideeën over één op één coaching."


def test_cp1252_is_read(tmp_path):
    raw = read_document(write(tmp_path, "Ideeën over één op één coaching – “goed”.\n", encoding="cp1252"))
    assert clean_text(raw.blocks[0].text) == "Ideeën over één op één coaching – “goed”."


def test_odd_bytes_never_crash(tmp_path):
    path = tmp_path / "raar.txt"
    path.write_bytes(b"Tekst met rare bytes \x81\x8d\x8f\x90\x9d en meer tekst.\n")
    raw = read_document(path)
    assert "Tekst met rare bytes" in raw.blocks[0].text


def test_utf16_with_bom_is_read(tmp_path):
    raw = read_document(write(tmp_path, "Ideeën over coaching.\n", encoding="utf-16"))
    assert clean_text(raw.blocks[0].text) == "Ideeën over coaching."


def test_content_hash_is_sha256_of_the_bytes(tmp_path):
    import hashlib

    path = write(tmp_path, "Een tekst.\n")
    assert read_document(path).content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("text", ["", "   \n\n", "5.1, 2, e\n\n~~weg~~\n"])
def test_file_without_text_is_empty_input(tmp_path, text):
    with pytest.raises(EmptyInputError) as err:
        read_document(write(tmp_path, text))
    assert "doc.txt" in str(err.value)


def test_markdown_pipe_table_with_speaker_header(tmp_path):
    text = (
        "# Reacties\n\n| Wie | Reactie |\n|-----|---------|\n| Jeroen | Meer aandacht voor werving. |\n"
        "| Anna | Zorg voor een veilige werkomgeving. |\n"
    )
    raw = read_document(write(tmp_path, text, "r.md"))
    assert kinds(raw)[1:] == [
        ("table_row", 0, "Meer aandacht voor werving.", "Jeroen"),
        ("table_row", 0, "Zorg voor een veilige werkomgeving.", "Anna"),
    ]
    assert headers(raw) == ["Wie | Reactie"]  # kept as context for the meeting-record parser


def test_numbered_items_followed_by_text_are_the_agenda_items_of_minutes(tmp_path):
    text = (
        "Verslag stuurgroep 13 mei 2024\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n"
        "2. Actielijst\n\nActie Shanti: voorstel training.\n\nPunten:\n\n1. eerste punt\n2. tweede punt\n"
    )
    raw = read_document(write(tmp_path, text, "notulen.txt"))
    assert [(k, lvl, t) for k, lvl, t, _a in kinds(raw)] == [
        ("heading", 1, "Verslag stuurgroep 13 mei 2024"),
        ("heading", 2, "1. Opening"),
        ("paragraph", 0, "De voorzitter opent de vergadering."),
        ("heading", 2, "2. Actielijst"),
        ("paragraph", 0, "Actie Shanti: voorstel training."),
        ("heading", 3, "Punten:"),  # a short label line introducing a list is a sub-heading
        ("list_item", 1, "eerste punt"),
        ("list_item", 1, "tweede punt"),
    ]


def test_a_single_numbered_item_before_text_stays_a_list_item(tmp_path):
    raw = read_document(write(tmp_path, "Inleiding van het stuk.\n\n1. Enige punt\n\nEen alinea erna.\n"))
    assert [k for k, _l, _t, _a in kinds(raw)] == ["paragraph", "list_item", "paragraph"]


def test_nested_list_level_follows_relative_indentation(tmp_path):
    raw = read_document(
        write(tmp_path, "Intro tekst.\n\n• Hoofdpunt\n    ➤ Subpunt een\n    ➤ Subpunt twee\n• Volgend punt\n")
    )
    assert [(k, lvl) for k, lvl, _t, _a in kinds(raw)] == [
        ("paragraph", 0),
        ("list_item", 1),
        ("list_item", 2),
        ("list_item", 2),
        ("list_item", 1),
    ]


def test_numbered_items_with_bullets_under_them_are_sections(tmp_path):
    text = "Verslag\n\n1. Opening\n\nDe voorzitter opent.\n\n2. Actielijst\n\n• Actie Dewi: pagina bijwerken.\n\n3. Sluiting\n\nEinde.\n"
    raw = read_document(write(tmp_path, text))
    assert [t for k, _l, t, _a in kinds(raw) if k == "heading"] == [
        "Verslag",
        "1. Opening",
        "2. Actielijst",
        "3. Sluiting",
    ]


def test_sections_of_a_continued_document_may_start_above_one(tmp_path):
    text = "Verslag deel 2\n\n4. Ongemak\n\nNieuw is weerstand.\n\n5. Mentoring\n\nMentoren helpen.\n"
    raw = read_document(write(tmp_path, text))
    assert [t for k, _l, t, _a in kinds(raw) if k == "heading"] == ["Verslag deel 2", "4. Ongemak", "5. Mentoring"]


def test_label_and_value_separated_by_a_tab_read_as_one_line(tmp_path):
    raw = read_document(write(tmp_path, "Datum:\t11 maart 2024\nLocatie:\tStadskantoor\n"))
    assert [clean_text(b.text) for b in raw.blocks] == ["Datum: 11 maart 2024", "Locatie: Stadskantoor"]


def test_markdown_lines_of_one_paragraph_without_end_punctuation_are_sentences_of_their_own(tmp_path):
    text = (
        "Gesproken is over het gewenste detailniveau\n"
        "Jan Smit stelt voor een eerste opzet te maken\n"
        "Er wordt gekeken naar de relatie met de extensie\n"
        "beveiliging\n"
        "Uit de discussie:\n"
        "Zie paragraaf 5.2\\\n"
        "Bij figuur 3: een nieuwe pijl\n"
    )
    [block] = read_document(write(tmp_path, text, "a.md")).blocks
    assert clean_text(block.text) == (
        "Gesproken is over het gewenste detailniveau. Jan Smit stelt voor een eerste opzet te maken. Er wordt gekeken "
        "naar de relatie met de extensie beveiliging. Uit de discussie: Zie paragraaf 5.2. Bij figuur 3: een nieuwe pijl"
    )


def test_a_wrapped_line_in_a_pdf_text_layer_is_not_cut_into_sentences():
    from themes.ingest.readers.text import text_to_blocks

    blocks, _ = text_to_blocks("De werkgroep heeft dit besproken met\nJan Smit van de provincie.\n")
    assert [clean_text(b.text) for b in blocks] == ["De werkgroep heeft dit besproken met Jan Smit van de provincie."]


def test_attendance_lines_ending_in_an_organisation_stay_one_run(tmp_path):
    text = "Aanwezig:\n\nAnna Visser (Provincie)\nKees de Groot (Waterschap)\nPiet Bos\n"
    [heading_or_para, names] = read_document(write(tmp_path, text, "a.md")).blocks
    assert clean_text(names.text) == "Anna Visser (Provincie) Kees de Groot (Waterschap) Piet Bos"


def test_a_bullet_and_a_tab_start_a_list_item_not_a_table_row(tmp_path):
    text = (
        "## Stand van zaken extensie\n\n"
        "*\tIssue tokens bespreken met de leverancier\n"
        "*\tAnna levert tekst over OAuth als authenticatie\n"
        "\t-\tToevoegen dat de focus ligt op standaardisatie.\n"
    )
    raw = read_document(write(tmp_path, text, name="verslag.md"))
    items = [(k, lvl, t) for k, lvl, t, _a in kinds(raw) if k != "heading"]
    assert items == [
        ("list_item", 1, "Issue tokens bespreken met de leverancier"),
        ("list_item", 1, "Anna levert tekst over OAuth als authenticatie"),
        ("list_item", 2, "Toevoegen dat de focus ligt op standaardisatie."),
    ]


def test_a_short_line_reporting_work_done_is_no_heading(tmp_path):
    text = (
        "# Verslag\n\n## Ontwikkelingen\n\n"
        "* Deelnemers subgroepen / indeling onderwerpen\n\n"
        "Lijst deelnemers is geactualiseerd\n\n"
        "* Draft hoofdstuk architectuur\n"
    )
    raw = read_document(write(tmp_path, text, name="verslag.md"))
    assert ("paragraph", 0, "Lijst deelnemers is geactualiseerd", None) in kinds(raw)
    assert "Lijst deelnemers is geactualiseerd" not in [clean_text(b.text) for b in raw.blocks if b.kind == "heading"]


def test_a_short_line_recording_an_agreement_is_no_heading(tmp_path):
    text = "# Verslag\n\nBesproken is de afstemming tussen werkgroepen.\n\nAfgesproken is dat dit zal worden nagegaan (Anna)\n\nVraag over de scope.\n"
    raw = read_document(write(tmp_path, text, name="verslag.md"))
    headings = [clean_text(b.text) for b in raw.blocks if b.kind == "heading"]
    assert "Afgesproken is dat dit zal worden nagegaan (Anna)" not in headings


def test_a_typed_line_opening_in_bold_starts_a_point_of_its_own(tmp_path):
    # real minutes: a colon and then to-dos whose bold was never closed, each on its own line
    text = (
        "Behalve dat wat al gedaan is hebben we nodig:\n"
        "**Rationale voor client credentials boven API token goed uitleggen (binnen PoC laten uitwerken)\n"
        "**Plaatje en uitleg van de extra flow toevoegen ([PERSOON_1] vraagt [PERSOON_2] of hij dit kan maken)\n"
        "Discussie over toepasbaarheid en automatisering ([PERSOON_3])\n"
    )
    texts = [k[2] for k in kinds(read_document(write(tmp_path, text, "v.md")))]
    assert texts[0] == "Behalve dat wat al gedaan is hebben we nodig:"
    assert texts[1].startswith("Rationale voor client credentials") and texts[1].endswith("uitwerken)")
    assert texts[2].startswith("Plaatje en uitleg") and "Discussie over toepasbaarheid" in texts[2]


def test_bold_inside_a_line_or_a_lower_case_line_does_not_start_a_point(tmp_path):
    text = "De capabilities zijn iets anders ingedeeld\n**en hier en daar hernoemd.\nDe **figuren** in 1 stijl.\n"
    assert len(kinds(read_document(write(tmp_path, text, "w.md")))) == 1


def test_a_bold_title_in_lower_case_is_not_joined_to_the_paragraph_before(tmp_path):
    text = (
        "Discussie over toepasbaarheid en automatisering ([PERSOON_3])\n\n"
        "**extensie scopes & claims**\n"
        "[PERSOON_4] heeft een eerste voorzet gedaan voor een extensie scopes en claims.\n"
    )
    texts = [k[2] for k in kinds(read_document(write(tmp_path, text, "x.md")))]
    assert texts[0] == "Discussie over toepasbaarheid en automatisering ([PERSOON_3])"
    assert any("[PERSOON_4] heeft een eerste voorzet" in t for t in texts[1:])
