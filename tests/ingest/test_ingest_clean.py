from __future__ import annotations

import pytest

from themes.ingest import WOO_PLACEHOLDER
from themes.ingest.clean import (
    clean_text,
    drop_strikethrough,
    is_page_number,
    replace_woo_markers,
    split_list_marker,
    strip_emphasis,
    strip_html,
    strip_repeated_lines,
)


@pytest.mark.parametrize(
    "text",
    [
        "gesprek met 5.1, 2, e over",
        "gesprek met 5.1.2.e over",
        "gesprek met 5.1.2.0 over",
        "gesprek met [5.1, 2, e] over",
        "gesprek met 5.1, 2, over",
        "gesprek met 5.1.2e over",
        "gesprek met **5.1, 2, e** over",
        "gesprek met 5.1, 2, e 5.1, 2, e over",
        "gesprek met **5.1, 2, e e** over",
        "gesprek met 5.1, 2, e\n5.1, 2, e over",
    ],
)
def test_woo_marker_variants_become_one_placeholder(text):
    assert clean_text(text) == f"gesprek met {WOO_PLACEHOLDER} over"


def test_woo_marker_in_brackets_keeps_brackets_tight():
    assert clean_text("empowerment (5.1, 2, e) coach") == "empowerment ([WOO]) coach"


def test_numbers_that_are_not_woo_markers_stay():
    text = "De afgelopen 4,5 jaar, paragraaf 5.1 en 16.00-17.00 uur op 11-03-2024."
    assert replace_woo_markers(text) == text


def test_strikethrough_text_is_dropped():
    assert clean_text("We ~~gebeuren~~ zien dezelfde cirkel.") == "We zien dezelfde cirkel."
    assert drop_strikethrough("~~alles weg~~").strip() == ""


def test_unmatched_strikethrough_marker_is_removed():
    assert clean_text("Je merkt in de organisatie dat~~") == "Je merkt in de organisatie dat"


def test_strikethrough_is_dropped_before_woo_markers():
    assert clean_text("~~5.1, 2, e zei iets~~ Blijft staan.") == "Blijft staan."


def test_html_remnants_become_plain_text():
    text = "<p>Maatwerk bij R&amp;D (<i>maar staat er al</i>).</p>"
    assert clean_text(text) == "Maatwerk bij R&D (maar staat er al)."
    assert "<" not in strip_html('<ul style="list-style-type: none"> <li>x</li> </ul>')


def test_markdown_emphasis_is_removed():
    assert strip_emphasis("**Leertraject stuurgroep:** Vorige") == "Leertraject stuurgroep: Vorige"
    assert strip_emphasis("een *schuin* woord") == "een schuin woord"
    assert clean_text("Rust (breed/diep).** In een ideaal") == "Rust (breed/diep). In een ideaal"
    assert clean_text("Wat doe je als?*") == "Wat doe je als?"


def test_a_bold_name_opening_a_line_keeps_a_colon_when_its_bold_is_removed():
    assert strip_emphasis("**Willemijn** Cloud native is een bijzaak") == "Willemijn: Cloud native is een bijzaak"
    assert strip_emphasis("**Okke en Willemijn** 4de punt") == "Okke en Willemijn: 4de punt"
    assert clean_text("- **Okke van der Meulen** vindt het goed") == "- Okke van der Meulen: vindt het goed"
    assert strip_emphasis("**Okke**: reageert") == "Okke: reageert"  # a colon already there: none added
    assert strip_emphasis("**Let op** dit") == "Let op dit"  # not capitalised words: no name label
    assert strip_emphasis("een **Vet** woord") == "een Vet woord"  # not at the start of a line
    assert strip_emphasis("**Besluit**") == "Besluit"  # nothing follows


def test_whitespace_is_normalised():
    assert clean_text("  een\u00a0\ttekst \n met\u200b  ruimte ") == "een tekst met ruimte"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• punt", ("bullet", 0, "punt")),
        ("➤ Idee", ("bullet", 0, "Idee")),
        ("- streepje", ("bullet", 0, "streepje")),
        ("* ster", ("bullet", 0, "ster")),
        ("▪ blokje", ("bullet", 0, "blokje")),
        ("◦ rondje", ("bullet", 0, "rondje")),
        ("  - ingesprongen", ("bullet", 2, "ingesprongen")),
        ("3. Laatste update", ("3", 0, "Laatste update")),
        ("1.[4.] De onderzoeken", ("4", 0, "De onderzoeken")),
        ("2) tweede", ("2", 0, "tweede")),
    ],
)
def test_list_markers_are_split_off(line, expected):
    assert split_list_marker(line) == expected


@pytest.mark.parametrize("line", ["16.00 uur begint het", "2.C.4", "12 mensen", "5.1.2.0 it gaat over", "-5 graden"])
def test_text_that_looks_numbered_is_not_a_list_item(line):
    assert split_list_marker(line)[0] is None


def test_page_numbers_are_recognised():
    assert is_page_number("Pagina 3 van 12")
    assert is_page_number("3")
    assert is_page_number("3/12")
    assert not is_page_number("3 mensen")


def test_repeated_page_headers_and_footers_are_removed():
    pages = [
        ["Gemeente Voorbeeld – Vertrouwelijk", f"Inhoud van pagina {n}", "Nog een regel", f"Pagina {n} van 3"]
        for n in (1, 2, 3)
    ]
    cleaned = strip_repeated_lines(pages)
    assert cleaned == [[f"Inhoud van pagina {n}", "Nog een regel"] for n in (1, 2, 3)]


def test_a_line_on_one_page_only_is_kept():
    pages = [["Kop", "Alleen hier"], ["Kop", "Iets anders"]]
    assert strip_repeated_lines(pages) == [["Alleen hier"], ["Iets anders"]]


def test_markdown_links_keep_their_text_and_images_are_dropped():
    text = "Zie [het rapport](https://example.org/rapport.pdf) en ![logo](./logo.png) hier."
    assert clean_text(text) == "Zie het rapport en hier."
    assert clean_text("[WOO] (bedrijfsvoering)") == "[WOO] (bedrijfsvoering)"
