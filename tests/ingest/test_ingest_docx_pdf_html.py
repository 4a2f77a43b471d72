from __future__ import annotations

from pathlib import Path

import pytest

from themes.errors import EmptyInputError, EncryptedInputError, InputFileError, UnsupportedFormatError
from themes.ingest import read_document
from themes.ingest.clean import clean_text


def blocks(raw):
    """The content blocks; a table's header row (a ``table_header`` block, context only) is checked on its own."""
    return [(b.kind, b.level, clean_text(b.text), b.actor) for b in raw.blocks if b.kind != "table_header"]


def headers(raw):
    return [clean_text(b.text) for b in raw.blocks if b.kind == "table_header"]


# --- Word -----------------------------------------------------------------------------------------------


def build_docx(path: Path, *, title: str | None = "Notulen stuurgroep") -> Path:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    document.add_heading("Stuurgroep I&D", level=1)
    document.add_heading("Maatwerk", level=2)
    document.add_paragraph("Een gewone alinea over maatwerk.")
    document.add_paragraph("Eerste punt", style="List Bullet")
    document.add_paragraph("Sub punt", style="List Bullet 2")
    document.add_paragraph("Genummerd punt", style="List Number")
    p = document.add_paragraph("Deze tekst blijft. ")
    struck = p.add_run("Deze tekst is geschrapt.")
    struck.font.strike = True
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Spreker", "Inbreng", "Reactie"], strict=True):
        cell.text = text
    for row, (who, said, answer) in zip(
        table.rows[1:],
        [("Jeroen", "Meer aandacht voor werving.", "Eens."), ("Anna", "Zorg voor rust.", "")],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text, row.cells[2].text = who, said, answer
    document.save(path)
    return path


def test_docx_headings_lists_tables_and_strikethrough(tmp_path):
    raw = read_document(build_docx(tmp_path / "notulen.docx"))
    assert blocks(raw) == [
        ("heading", 1, "Stuurgroep I&D", None),
        ("heading", 2, "Maatwerk", None),
        ("paragraph", 0, "Een gewone alinea over maatwerk.", None),
        ("list_item", 1, "Eerste punt", None),
        ("list_item", 2, "Sub punt", None),
        ("list_item", 1, "Genummerd punt", None),
        ("paragraph", 0, "Deze tekst blijft.", None),
        ("table_row", 0, "Meer aandacht voor werving. | Eens.", "Jeroen"),
        ("table_row", 0, "Zorg voor rust.", "Anna"),
    ]
    assert raw.title == "Notulen stuurgroep"


def test_docx_bold_speaker_name_opening_a_paragraph_stays_a_label(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Overleg", level=1)
    for bold, rest in (("Willemijn", " Cloud native is een bijzaak."), ("Okke", ": eens."), ("Half", "woord vet.")):
        paragraph = document.add_paragraph()
        paragraph.add_run(bold).bold = True
        paragraph.add_run(rest)
    document.add_paragraph("Geen vet hier.")
    path = tmp_path / "vet.docx"
    document.save(path)
    texts = [t for kind, _, t, _ in blocks(read_document(path)) if kind == "paragraph"]
    assert texts == ["Willemijn: Cloud native is een bijzaak.", "Okke: eens.", "Halfwoord vet.", "Geen vet hier."]


def test_docx_title_falls_back_to_first_heading(tmp_path):
    raw = read_document(build_docx(tmp_path / "n.docx", title=None))
    assert raw.title == "Stuurgroep I&D"


def test_docx_table_without_speaker_column_joins_cells(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Onderwerp", "Besluit"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Werving", "Vacatures breder uitzetten."
    path = tmp_path / "t.docx"
    document.save(path)
    assert blocks(read_document(path)) == [("table_row", 0, "Werving | Vacatures breder uitzetten.", None)]


def test_docx_dutch_heading_style_kop(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    style = document.styles.add_style("Kop 2", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Vervolg", style=style)
    document.add_paragraph("Tekst onder de kop.")
    path = tmp_path / "kop.docx"
    document.save(path)
    assert blocks(read_document(path))[0] == ("heading", 2, "Vervolg", None)


def test_docx_that_is_not_a_zip_is_an_input_file_error(tmp_path):
    path = tmp_path / "kapot.docx"
    path.write_bytes(b"dit is geen zip-bestand maar platte tekst")
    with pytest.raises(InputFileError) as err:
        read_document(path)
    assert "kapot.docx" in str(err.value) and "Word" in str(err.value)


def test_password_protected_office_file_is_encrypted_input(tmp_path):
    path = tmp_path / "geheim.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(EncryptedInputError):
        read_document(path)


# --- PDF ------------------------------------------------------------------------------------------------


def test_pdf_text_with_running_header_and_page_numbers_removed(make_pdf):
    pages = [
        [
            "Verslag groeipanel ronde 1",
            "",
            "De deelnemers bespraken werving en selectie uitgebreid.",
            "Er is behoefte aan meer begeleiding van nieuwe collega's.",
        ],
        ["Tweede pagina met ervaringen over de werkvloer en de sfeer.", "Veel deelnemers noemden de toon."],
        ["Derde pagina: afspraken over het vervolg en de planning.", "Het panel komt in juni weer bijeen."],
    ]
    raw = read_document(make_pdf(pages, header="Gemeente Voorbeeld - Intern", page_numbers=True, title="Groeipanel"))
    text = " ".join(clean_text(b.text) for b in raw.blocks)
    assert "Gemeente Voorbeeld" not in text
    assert "Pagina" not in text
    assert "werving en selectie" in text and "Het panel komt in juni weer bijeen." in text
    assert raw.title == "Groeipanel"


def test_pdf_without_text_layer_is_empty_input_with_scan_hint(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(EmptyInputError) as err:
        read_document(path)
    assert "scan" in str(err.value)


def test_encrypted_pdf_is_encrypted_input(tmp_path, make_pdf):
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf([["Vertrouwelijke tekst over het panel."]], name="plain.pdf")
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="eigenaar")
    path = tmp_path / "versleuteld.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(EncryptedInputError) as err:
        read_document(path)
    assert "versleuteld.pdf" in str(err.value)


def test_corrupt_pdf_is_an_input_file_error(tmp_path):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.4\n rommel zonder structuur " * 5)
    with pytest.raises(InputFileError):
        read_document(path)


# --- HTML -----------------------------------------------------------------------------------------------


def test_html_headings_paragraphs_nested_lists_tables(tmp_path):
    html = """<html><head><title>Verslag panel</title><style>p {color: red}</style></head><body>
    <script>var geheim = 1;</script>
    <h1>Groeipanel</h1><p>Inleiding over het <b>panel</b> &amp; de opzet.</p>
    <ul><li>Eerste punt<ul><li>Dieper punt</li></ul></li><li>Tweede punt</li></ul>
    <table><tr><th>Naam</th><th>Inbreng</th></tr><tr><td>Sanne</td><td>Meer ruimte voor gesprek.</td></tr></table>
    </body></html>"""
    path = tmp_path / "panel.html"
    path.write_text(html, encoding="utf-8")
    raw = read_document(path)
    assert blocks(raw) == [
        ("heading", 1, "Groeipanel", None),
        ("paragraph", 0, "Inleiding over het panel & de opzet.", None),
        ("list_item", 1, "Eerste punt", None),
        ("list_item", 2, "Dieper punt", None),
        ("list_item", 1, "Tweede punt", None),
        ("table_row", 0, "Meer ruimte voor gesprek.", "Sanne"),
    ]
    assert raw.title == "Verslag panel"


def test_unsupported_suffix_is_refused(tmp_path):
    path = tmp_path / "oud.doc"
    path.write_bytes(b"x")
    with pytest.raises(UnsupportedFormatError) as err:
        read_document(path)
    assert ".docx" in str(err.value)


def test_missing_file_is_an_input_file_error(tmp_path):
    with pytest.raises(InputFileError):
        read_document(tmp_path / "weg.txt")


def test_zero_byte_file_is_empty_input(tmp_path):
    path = tmp_path / "leeg.docx"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        read_document(path)


def test_docx_agenda_with_word_numbering_makes_agenda_item_headings(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Stuurgroep Inclusie en Diversiteit")
    document.add_paragraph("Agenda")
    document.add_paragraph("Opening en mededelingen", style="List Number")
    document.add_paragraph("Welkom aan de nieuwe leden van de stuurgroep.")
    document.add_paragraph("Raadsbrief april", style="List Number")
    document.add_paragraph("De brief gaat op 3 april naar de Raad.")
    path = tmp_path / "agenda_maart.docx"
    document.save(path)
    assert blocks(read_document(path)) == [
        ("heading", 1, "Stuurgroep Inclusie en Diversiteit", None),
        ("heading", 2, "Agenda", None),
        ("heading", 3, "1. Opening en mededelingen", None),
        ("paragraph", 0, "Welkom aan de nieuwe leden van de stuurgroep.", None),
        ("heading", 3, "2. Raadsbrief april", None),
        ("paragraph", 0, "De brief gaat op 3 april naar de Raad.", None),
    ]


def test_docx_tracked_insertions_count_and_deletions_do_not(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Vaste tekst ")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(parse_xml(f'<w:ins {ns} w:id="1" w:author="x"><w:r><w:t>ingevoegd.</w:t></w:r></w:ins>'))
    paragraph._p.append(
        parse_xml(f'<w:del {ns} w:id="2" w:author="x"><w:r><w:delText> geschrapt</w:delText></w:r></w:del>')
    )
    path = tmp_path / "wijzigingen.docx"
    document.save(path)
    assert blocks(read_document(path)) == [("paragraph", 0, "Vaste tekst ingevoegd.", None)]


def test_pdf_wrapped_lines_become_paragraphs_and_list_items(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_title("verslag.docx")
    kw = {"new_x": "LMARGIN", "new_y": "NEXT"}
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Verslag groeipanel 14 mei 2024", **kw)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Werving en selectie", **kw)
    first = (
        "De deelnemers vertelden uitgebreid over hun ervaringen met werving en selectie. Veel van hen merkten "
        "dat sollicitatiecommissies weinig divers zijn samengesteld, en dat vragen over cultuur-fit vaak "
        "ongemakkelijk voelen. Er is behoefte aan begeleiding."
    )
    second = (
        "Een tweede alinea gaat over de sfeer op de werkvloer en hoe leidinggevenden reageren op grappen die "
        "over de grens gaan. Dat gebeurt volgens het panel nog te weinig en te laat."
    )
    for text in (first, second, "- Meer diverse commissies", "- Training voor leidinggevenden over ingrijpen"):
        pdf.multi_cell(0, 6, text, **kw)
    path = tmp_path / "panel.pdf"
    pdf.output(str(path))
    raw = read_document(path)
    assert blocks(raw) == [
        ("heading", 1, "Verslag groeipanel 14 mei 2024", None),
        ("heading", 2, "Werving en selectie", None),
        ("paragraph", 0, first, None),
        ("paragraph", 0, second, None),
        ("list_item", 1, "Meer diverse commissies", None),
        ("list_item", 1, "Training voor leidinggevenden over ingrijpen", None),
    ]
    assert raw.title == "Verslag groeipanel 14 mei 2024"  # the junk PDF title is ignored


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".txt", ".md", ".html", ".csv", ".xlsx"])
def test_garbage_bytes_give_an_input_file_error_or_text_never_a_crash(tmp_path, suffix):
    import random

    rng = random.Random(7)
    for n in range(5):
        path = tmp_path / f"rommel{n}{suffix}"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(300 + 200 * n)))
        try:
            raw = read_document(path)
        except InputFileError as err:
            assert path.name in str(err) and "\n" not in str(err)
        else:
            assert raw.blocks


def test_zip_that_is_not_a_word_document_is_an_input_file_error(tmp_path):
    import zipfile

    path = tmp_path / "nep.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("iets.txt", "geen Word")
    with pytest.raises(InputFileError):
        read_document(path)


def test_html_list_inside_a_table_cell_is_kept(tmp_path):
    path = tmp_path / "t.html"
    path.write_text(
        "<table><tr><th>Wie</th><th>Punten</th></tr><tr><td>Sanne</td><td><ul><li>Werving</li>"
        "<li>Doorstroom</li></ul></td></tr></table>",
        encoding="utf-8",
    )
    assert blocks(read_document(path)) == [("table_row", 0, "Werving; Doorstroom", "Sanne")]


def test_docx_bold_normal_paragraph_before_text_is_a_heading(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Een inleidende alinea over het overleg.")
    document.add_paragraph().add_run("Werving en selectie").bold = True
    document.add_paragraph("Er is behoefte aan diverse selectiecommissies.")
    path = tmp_path / "vet.docx"
    document.save(path)
    assert blocks(read_document(path)) == [
        ("paragraph", 0, "Een inleidende alinea over het overleg.", None),
        ("heading", 1, "Werving en selectie", None),
        ("paragraph", 0, "Er is behoefte aan diverse selectiecommissies.", None),
    ]


def test_pdf_header_removal_can_be_switched_off(make_pdf):
    pages = [
        ["Kopregel intern", "Werving en selectie.", f"Tekst {n} over doorstroom.", "Nog een regel.", "Slot."]
        for n in (1, 2, 3)
    ]
    path = make_pdf(pages)
    kept = " ".join(clean_text(b.text) for b in read_document(path, strip_repeated_headers=False).blocks)
    dropped = " ".join(clean_text(b.text) for b in read_document(path).blocks)
    assert "Kopregel intern" in kept and "Kopregel intern" not in dropped
