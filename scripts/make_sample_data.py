#!/usr/bin/env python3
"""Generate the fictitious sample corpus in ``data/`` (deterministic).

Everything written here is invented: the municipality "Gemeente Voorbeeldstad", every person, every e-mail address,
phone number, BSN, IBAN, address and date of birth. The documented truth (which items are deferred, which actions
recur, which themes grow, fade, appear or split between rounds) lives in ``data/README.md``; this script is the
single source of that truth, so change both together.

Usage::

    .venv/bin/python scripts/make_sample_data.py            # writes data/
    .venv/bin/python scripts/make_sample_data.py --out DIR  # writes elsewhere (e.g. a test)

The script only needs python-docx, fpdf2 and openpyxl. Output is byte-for-byte reproducible: zip timestamps and
document properties are fixed, and all randomness comes from ``random.Random(SEED)``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

SEED = 20240115
FIXED_TIME = datetime(2024, 12, 1, 9, 0, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[1]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PDF_HEADER = "Gemeente Voorbeeldstad – Stuurgroep I&D – vertrouwelijk"

# ---------------------------------------------------------------------------------------------------------------
# Invented people. Every value is fictitious; any resemblance to real persons is coincidental.
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """An invented person: full name, role, and the other forms the texts use for them."""

    name: str
    role: str
    variants: tuple[str, ...] = ()

    @property
    def with_role(self) -> str:
        """The name followed by the role in brackets, as in an attendance line."""
        return f"{self.name} ({self.role})"


VRIES = Person("Jeroen de Vries", "voorzitter, directeur P&O", ("J.P. de Vries", "Jeroen"))
IDRISSI = Person("Fatima El Idrissi", "programmamanager Bureau I&D", ("Fatima", "mevr. El Idrissi"))
YILMAZ = Person("Ayşe Yılmaz", "directeur Sociaal Domein", ("mevr. Yılmaz", "Ayşe"))
DOELWIJT = Person("Ricardo Doelwijt", "teamleider Stadsbeheer", ("dhr. Doelwijt", "Ricardo"))
MENSAH = Person("Akosua Mensah-Owusu", "adviseur Bureau I&D, verslag", ("mw. Mensah-Owusu", "Akosua"))
LINDEN = Person("Marieke van der Linden", "directeur Wonen", ("Marieke",))
HADDOU = Person("Youssef Ben Haddou", "voorzitter medewerkersnetwerk Kleurrijk", ("Youssef",))
RAMDIN = Person("Shanti Ramdin", "HR-adviseur P&O", ("Shanti",))
KOWALCZYK = Person("Agnieszka Kowalczyk", "beleidsadviseur onderzoek en data", ("Agnieszka",))
HARTONO = Person("Dewi Hartono", "communicatieadviseur", ("Dewi",))
MARTINA = Person("Jurmaine Martina", "stadsdeelsecretaris Stadsdeel Zuidoost", ("Jurmaine",))
BAKKER = Person("Kees Bakker", "concerncontroller", ("Kees", "dhr. Bakker"))
KAYA = Person("Emre Kaya", "lid ondernemingsraad", ("Emre",))
BOUZID = Person("Nadia Bouzid", "vertrouwenspersoon", ("Nadia",))
NOWAK = Person("Wojciech Nowak", "teamleider ICT", ("dhr. Nowak", "Wojciech"))
TJON = Person("Glenn Tjon A Fong", "afdelingsmanager Werk Participatie en Inkomen", ("Dhr. Tjon A Fong",))
BOATENG = Person("Kofi Boateng", "panellid", ("Kofi",))
HENDRIKS = Person("Lotte Hendriks", "gespreksleider Muzus", ("Lotte",))
ISENIA = Person("Gisela Isenia", "panellid", ("Gisela",))

PEOPLE = (VRIES, IDRISSI, YILMAZ, DOELWIJT, MENSAH, LINDEN, HADDOU, RAMDIN, KOWALCZYK, HARTONO, MARTINA, BAKKER,
          KAYA, BOUZID, NOWAK, TJON, BOATENG, HENDRIKS, ISENIA)
# Lower-case first names used in informal survey answers.
SURVEY_FIRST_NAMES = ("ahmed", "sanne", "kofi", "priscilla", "mustafa")


def _iban(bank: str, account: str) -> str:
    """Return a Dutch IBAN with valid mod-97 check digits."""
    digits = "".join(str(int(c, 36)) for c in f"{bank}{account}NL00")
    check = 98 - int(digits) % 97
    return f"NL{check:02d}{bank}{account}"


def _bsn_ok(bsn: str) -> bool:
    total = sum(int(d) * w for d, w in zip(bsn[:8], range(9, 1, -1), strict=True)) - int(bsn[8])
    return total % 11 == 0


BSN = "204573944"
IBAN = _iban("INGB", "0006372915")
assert _bsn_ok(BSN), "the planted BSN must pass the 11-proef"

# value -> label for everything that is not a person name (names come from PEOPLE and SURVEY_FIRST_NAMES).
OTHER_PERSONAL: dict[str, str] = {
    "f.elidrissi@voorbeeldstad.nl": "EMAIL",
    "a.mensah-owusu@voorbeeldstad.nl": "EMAIL",
    "kofi.boateng83@gmail.com": "EMAIL",
    "s.ramdin@voorbeeldstad.nl": "EMAIL",
    "06-12345678": "TELEFOON",
    "+31 6 1234 5678": "TELEFOON",
    "020-5551234": "TELEFOON",
    "06 48213377": "TELEFOON",
    BSN: "BSN",
    IBAN: "IBAN",
    "Populierenweg 112": "ADRES",
    "1092 KX": "POSTCODE",
    "Kastanjelaan 17": "ADRES",
    "3512 AB": "POSTCODE",
    "14-03-1987": "GEBOORTEDATUM",
    "3 april 1979": "GEBOORTEDATUM",
}

# ---------------------------------------------------------------------------------------------------------------
# A tiny document model and one renderer per format.
# Elements: ("title", t) ("h1", t) ("h2", t) ("p", t) ("b", t, level) ("n", t) ("table", header, rows)
# ("strike", t) — struck-through draft text, only rendered as ~~…~~ in .md/.txt.
# ---------------------------------------------------------------------------------------------------------------

Element = tuple


def _fix_zip(path: Path) -> None:
    """Rewrite a .docx/.xlsx with fixed timestamps so the bytes are reproducible."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 12, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


def write_docx(path: Path, elements: list[Element], title: str) -> None:
    """Render elements as a Word document with real heading, list and table styles."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Bureau Inclusie & Diversiteit"
    doc.core_properties.created = FIXED_TIME.replace(tzinfo=None)
    doc.core_properties.modified = FIXED_TIME.replace(tzinfo=None)
    doc.core_properties.last_modified_by = "Bureau Inclusie & Diversiteit"
    doc.core_properties.revision = 1
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for el in elements:
        kind = el[0]
        if kind == "title":
            doc.add_heading(el[1], level=1)
        elif kind == "h1":
            doc.add_heading(el[1], level=1)
        elif kind == "h2":
            doc.add_heading(el[1], level=2)
        elif kind == "p":
            _docx_paragraph(doc, el[1])
        elif kind == "b":
            doc.add_paragraph(el[1], style="List Bullet" if el[2] == 1 else "List Bullet 2")
        elif kind == "n":
            doc.add_paragraph(el[1], style="List Number")
        elif kind == "table":
            header, rows = el[1], el[2]
            table = doc.add_table(rows=1, cols=len(header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, header, strict=True):
                cell.text = text
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for row in rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
        elif kind == "strike":
            continue
        else:
            raise ValueError(kind)
    doc.save(path)
    _fix_zip(path)


def _docx_paragraph(doc, text: str) -> None:
    """A paragraph whose leading label ("Besluit:", "Aanwezig:", "Actie X:") is bold, as minute-takers do."""
    para = doc.add_paragraph()
    match = re.match(r"^((?:Besluit|Besloten|Aanwezig|Afwezig|Notulist|Datum|Locatie|Tijd|Aan|Van|Onderwerp|"
                     r"Kenmerk|Voorzitter|Bespreekpunt|Stand van zaken|Actie [^:]{1,40}|Toelichting|"
                     r"Gevraagd besluit|Bijlage[^:]*):)(.*)$", text, re.S)
    if match:
        para.add_run(match.group(1)).bold = True
        para.add_run(match.group(2))
    else:
        para.add_run(text)


def render_markdown(elements: list[Element]) -> str:
    """Render elements as Markdown (headings, lists, struck-through draft text)."""
    out: list[str] = []
    number = 0
    prev = ""
    for el in elements:
        kind = el[0]
        if kind != "n":
            number = 0
        if prev in ("b", "n") and kind not in ("b", "n"):
            out.append("")
        prev = kind
        if kind == "title":
            out += [f"# {el[1]}", ""]
        elif kind == "h1":
            out += [f"## {el[1]}", ""]
        elif kind == "h2":
            out += [f"### {el[1]}", ""]
        elif kind == "p":
            out += [el[1], ""]
        elif kind == "strike":
            out += [f"~~{el[1]}~~", ""]
        elif kind == "b":
            out.append(("  " * (el[2] - 1)) + f"- {el[1]}")
        elif kind == "n":
            number += 1
            out.append(f"{number}. {el[1]}")
        elif kind == "table":
            out.append("\t".join(el[1]))
            out += ["\t".join(row) for row in el[2]]
            out.append("")
    return _tidy("\n".join(out))


def render_text(elements: list[Element]) -> str:
    """Render elements as a plain-text export: headings as plain lines, bullets as • glyphs, tabs in tables."""
    out: list[str] = []
    prev = ""
    for el in elements:
        kind = el[0]
        if prev in ("b", "n") and kind not in ("b", "n"):
            out.append("")
        prev = kind
        if kind in ("title", "h1", "h2"):
            out += ["", el[1], ""]
        elif kind == "p":
            out += [el[1], ""]
        elif kind == "strike":
            out += [f"~~{el[1]}~~", ""]
        elif kind == "b":
            out.append(("    " * (el[2] - 1)) + ("• " if el[2] == 1 else "➤ ") + el[1])
        elif kind == "n":
            out.append(f"- {el[1]}")
        elif kind == "table":
            out.append("\t".join(el[1]))
            out += ["\t".join(row) for row in el[2]]
            out.append("")
    return _tidy("\n".join(out))


def _tidy(text: str) -> str:
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def render_html(elements: list[Element], title: str) -> str:
    """Render elements as a simple HTML export (as an intranet page or a mail archive would hold it)."""
    from html import escape

    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">', f"<title>{escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:48em} td{border:1px solid #999;padding:2px 6px}</style>",
           "</head>", "<body>"]
    open_list: list[str] = []

    def close_lists(depth: int = 0) -> None:
        while len(open_list) > depth:
            out.append(f"</{open_list.pop()}>")

    for el in elements:
        kind = el[0]
        if kind == "b":
            level = el[2]
            if len(open_list) < level:
                while len(open_list) < level:
                    out.append("<ul>")
                    open_list.append("ul")
            else:
                close_lists(level)
            out.append(f"<li>{escape(el[1])}</li>")
            continue
        if kind == "n":
            if not open_list or open_list[-1] != "ol":
                close_lists()
                out.append("<ol>")
                open_list.append("ol")
            out.append(f"<li>{escape(el[1])}</li>")
            continue
        close_lists()
        if kind == "title":
            out.append(f"<h1>{escape(el[1])}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{escape(el[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{escape(el[1])}</h3>")
        elif kind == "p":
            text = escape(el[1])
            text = re.sub(r"^((?:Besluit|Aanwezig|Afwezig|Actie [^:]{1,40}):)", r"<strong>\1</strong>", text)
            out.append(f"<p>{text}</p>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{escape(c)}</th>" for c in el[1]) + "</tr>")
            for row in el[2]:
                out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    close_lists()
    out += ["<script>window.dataLayer = window.dataLayer || [];</script>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def write_pdf(path: Path, elements: list[Element], title: str, header: str = PDF_HEADER) -> int:
    """Render elements as a PDF with a text layer, a repeated page header and "Pagina X van N" footers.

    Uses DejaVu Sans when available (so names like "Yılmaz" survive); otherwise the core Helvetica font with the
    text transliterated to Latin-1. Returns the number of pages.
    """
    from fpdf import FPDF

    unicode_font = (FONT_DIR / "DejaVuSans.ttf").exists() and (FONT_DIR / "DejaVuSans-Bold.ttf").exists()

    def safe(text: str) -> str:
        if unicode_font:
            return text
        table = str.maketrans({"ı": "i", "ş": "s", "Ş": "S", "ğ": "g", "–": "-", "•": "-", "’": "'", "‘": "'",
                               "“": '"', "”": '"', "➤": ">"})
        return text.translate(table).encode("latin-1", "replace").decode("latin-1")

    class _Pdf(FPDF):
        def header(self) -> None:  # noqa: D102
            self.set_font(family, "", 8)
            self.cell(0, 6, safe(header), align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:  # noqa: D102
            self.set_y(-15)
            self.set_font(family, "", 8)
            self.cell(0, 10, f"Pagina {self.page_no()} van {{nb}}", align="C")

    pdf = _Pdf(format="A4")
    if unicode_font:
        pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        family = "DejaVu"
    else:
        family = "Helvetica"
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_title(safe(title))
    pdf.set_author("Bureau Inclusie & Diversiteit")
    pdf.set_creator("Voorbeeldstad tekstverwerker")
    pdf.set_producer("Voorbeeldstad tekstverwerker")
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    number = 0
    for el in elements:
        kind = el[0]
        number = number + 1 if kind == "n" else 0
        if kind in ("title", "h1", "h2"):
            size = {"title": 15, "h1": 13, "h2": 11}[kind]
            pdf.ln(2)
            pdf.set_font(family, "B", size)
            pdf.multi_cell(0, size * 0.55, safe(el[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(0, 5.2, safe(el[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("b", "n"):
            pdf.set_font(family, "", 10)
            indent = 6 * (el[2] if kind == "b" else 1)
            pdf.set_x(pdf.l_margin + indent)
            glyph = "•" if kind == "b" else f"{number}."
            pdf.multi_cell(0, 5.2, safe(f"{glyph} {el[1]}"), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "table":
            pdf.set_font(family, "", 10)
            for row in [el[1], *el[2]]:
                pdf.multi_cell(0, 5.2, safe(" | ".join(row)), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))
    return pdf.pages_count


# ---------------------------------------------------------------------------------------------------------------
# Minutes (notulen), agenda and memo
# ---------------------------------------------------------------------------------------------------------------


def _people(label: str, people: list, extra: tuple[str, ...] = ()) -> Element:
    parts = [p.with_role if isinstance(p, Person) else p for p in people] + list(extra)
    return ("p", f"{label}: " + ", ".join(parts))


def minutes_2024_01_15() -> list[Element]:
    """Stuurgroep; .docx with an action table. D1 and C1 deferred; A1 and A3 born; T1 raised."""
    return [
        ("title", "Verslag stuurgroep Inclusie & Diversiteit – 15 januari 2024"),
        ("p", "Datum: maandag 15 januari 2024, 16.00–17.30 uur"),
        ("p", "Locatie: Stadskantoor, zaal 2.C.4"),
        _people("Aanwezig", [VRIES, IDRISSI, YILMAZ, LINDEN, HADDOU, RAMDIN, MENSAH]),
        _people("Afwezig", [MARTINA, BAKKER]),
        ("h2", "1. Opening en mededelingen"),
        ("p", "De voorzitter opent de vergadering en heet iedereen welkom in het nieuwe jaar. Een speciaal welkom voor "
              "Shanti Ramdin, die namens P&O vanaf nu vast aansluit bij de stuurgroep."),
        ("b", "Het Verwey-Jonker Instituut start in februari met het organisatiebrede onderzoek naar inclusie en "
              "sociale veiligheid. De vragenlijst gaat begin maart uit naar alle medewerkers.", 1),
        ("b", "De wethouder heeft in de commissie toegezegd de raad dit voorjaar te informeren over de vervolgstappen "
              "na de onderzoeken van KIS en Muzus.", 1),
        ("b", "Het groeipanel start in maart met ronde 1. De werving van panelleden loopt via de "
              "medewerkersnetwerken.", 1),
        ("h2", "2. Verslag vorige keer"),
        ("p", "Het verslag van 20 november 2023 wordt zonder wijzigingen vastgesteld."),
        ("h2", "3. Actielijst"),
        ("p", "De acties uit 2023 zijn afgehandeld. De nieuwe acties van vandaag staan in de actielijst onderaan dit "
              "verslag."),
        ("h2", "4. Communicatieplan raadsbrief"),
        ("p", "Het communicatieplan voor de raadsbrief is doorgeschoven naar de volgende stuurgroep. Het concept kwam "
              "te laat binnen om het goed te kunnen lezen. Dewi Hartono (communicatieadviseur) verwerkt eerst de reacties van de "
              "medewerkersnetwerken."),
        ("h2", "5. Opvolging van meldingen"),
        ("p", "Youssef Ben Haddou brengt namens medewerkersnetwerk Kleurrijk een signaal in: meldingen van "
              "discriminatie worden niet of te laat opgevolgd. Collega's horen soms maanden niets nadat zij een "
              "melding hebben gedaan. Het grootste knelpunt is volgens het netwerk dat mensen niet durven te melden, "
              "omdat zij bang zijn voor de gevolgen voor hun positie in het team."),
        ("b", "Mevr. Yılmaz herkent dit uit Sociaal Domein: een melder moest drie keer navragen wat er met haar "
              "melding was gebeurd.", 1),
        ("b", "Fatima zei dat het aantal formele meldingen laag is, terwijl de onderzoeken van KIS en Muzus laten zien "
              "dat er veel meer gebeurt. De stuurgroep maakt zich zorgen over het vertrouwen in de meldroute.", 1),
        ("p", "Besluit: Bureau I&D brengt in kaart hoe lang de afhandeling van meldingen nu duurt en bespreekt dit in "
              "het voortgangsoverleg."),
        ("h2", "6. Klachtenregeling en vertrouwenspersonen"),
        ("p", "Het agendapunt klachtenregeling en vertrouwenspersonen is niet besproken i.v.m. tijdgebrek. Het komt "
              "terug op de agenda van de volgende stuurgroep."),
        ("h2", "7. Leiderschap en moeilijke gesprekken"),
        ("p", "Leidinggevenden geven aan dat zij handelingsverlegen zijn als een medewerker uitsluiting ter sprake "
              "brengt. Marieke van der Linden ziet in Wonen dat teamleiders het gesprek uit de weg gaan, uit angst "
              "iets verkeerds te zeggen. De stuurgroep vindt dat leidinggevenden hierin moeten worden toegerust."),
        ("p", "Actie Shanti Ramdin: voorstel training moeilijke gesprekken voor leidinggevenden uitwerken en "
              "voorleggen aan de stuurgroep."),
        ("h2", "8. Raadsbrief voorjaar"),
        ("p", "De raadsbrief over de vervolgstappen na de onderzoeken moet begin maart naar het college. De brief "
              "wordt afgestemd met het GMT, de betrokken wethouders en de medewerkersnetwerken."),
        ("p", "Actie Fatima El Idrissi: raadsbrief opstellen in afstemming met de betrokken directies."),
        ("h2", "9. Rondvraag"),
        ("b", "Ayşe vraagt of de stuurgroep dit jaar een leersessie kan houden over het eigen handelen. Dit wordt "
              "meegenomen in de jaarplanning.", 1),
        ("b", "Youssef vraagt aandacht voor de toegankelijkheid van de vergaderzalen op de tweede verdieping: de lift "
              "valt regelmatig uit, waardoor collega's in een rolstoel niet kunnen aansluiten.", 1),
        ("h2", "10. Sluiting"),
        ("p", "De voorzitter dankt iedereen voor de inbreng en sluit de vergadering om 17.30 uur."),
        ("h1", "Actielijst"),
        ("table", ["Nr", "Actie", "Actiehouder", "Status"], [
            ["1", "Voorstel training moeilijke gesprekken voor leidinggevenden", RAMDIN.name, "nieuw"],
            ["2", "Raadsbrief opstellen", IDRISSI.name, "nieuw"],
        ]),
    ]


def minutes_2024_02_12() -> list[Element]:
    """Voortgangsoverleg; Markdown with Woo markers and struck-through draft text. A5, A6 born; T1 raised."""
    return [
        ("title", "Voortgangsoverleg Bureau I&D – 12 februari 2024"),
        ("p", "Datum: maandag 12 februari 2024, 10.00–11.00 uur"),
        _people("Aanwezig", ["Fatima El Idrissi (voorzitter)", "Akosua Mensah-Owusu (verslag)", KOWALCZYK, HARTONO,
                             "5.1, 2, e (stagiair)"]),
        _people("Afwezig", [RAMDIN, KAYA]),
        ("h1", "1. Opening en mededelingen"),
        ("b", "Fatima opent het overleg. Mw. Mensah-Owusu maakt het verslag.", 1),
        ("b", "De vragenlijst van het Verwey-Jonker Instituut is getest door 5.1, 2, e 5.1, 2, e en twee collega's "
              "van Stadsbeheer. De laatste opmerkingen zijn verwerkt.", 1),
        ("h1", "2. Verslag vorige keer"),
        ("p", "Het verslag van het voortgangsoverleg van 11 december 2023 wordt vastgesteld."),
        ("h1", "3. Doorlooptijd van meldingen"),
        ("p", "Agnieszka heeft de doorlooptijd van meldingen over 2023 op een rij gezet. Dat geeft reden tot zorg: van "
              "de 23 meldingen van discriminatie waren er 9 na drie maanden nog niet afgehandeld. Meldingen worden "
              "dus niet of te laat opgevolgd. Bij twee meldingen is de melder nooit teruggebeld."),
        ("strike", "De vertrouwenspersonen hebben toegezegd de achterstand voor de zomer weg te werken."),
        ("b", "Het knelpunt zit vooral in de overdracht van de vertrouwenspersoon naar de leidinggevende: niemand "
              "voelt zich eigenaar van de melding.", 1),
        ("b", "In de netwerken zeggen collega's dat zij niet durven te melden zolang zij niet zien dat er iets met "
              "meldingen gebeurt.", 1),
        ("p", "Besluit: de cijfers gaan als bijlage mee naar de stuurgroep van 11 maart."),
        ("p", "Actie Agnieszka Kowalczyk: cijfers doorlooptijd meldingen aanvullen met 2022."),
        ("h1", "4. Voorbereiding groeipanel ronde 1"),
        ("b", "Er zijn 14 aanmeldingen voor het panel, waarvan 5 uit Stadsdeel Zuidoost en 3 uit Werk Participatie en "
              "Inkomen.", 1),
        ("b", "Muzus begeleidt de gesprekken; gespreksleider is Lotte Hendriks.", 1),
        ("strike", "De eerste bijeenkomst is op 4 maart in de raadzaal."),
        ("b", "De eerste bijeenkomst is verplaatst naar 18 maart in het stadsdeelkantoor Zuidoost, omdat de raadzaal "
              "niet goed toegankelijk is voor een panellid met een rollator.", 1),
        ("h1", "5. Intranet"),
        ("p", "De pagina over het meldpunt op intranet is verouderd: er staan nog oude namen en telefoonnummers op."),
        ("p", "Actie Dewi Hartono: intranetpagina meldpunt actualiseren."),
        ("h1", "6. Rondvraag"),
        ("p", "Dewi vraagt wie vragen van de pers over het KIS-onderzoek beantwoordt. Dat loopt via de woordvoerder "
              "van de wethouder. Verder geen punten."),
        ("h1", "7. Sluiting"),
        ("p", "Het volgende voortgangsoverleg is op 10 juni 2024."),
    ]


def minutes_2024_03_11() -> list[Element]:
    """Stuurgroep; .docx with "Actie X:" lines. C1 resolved; D1 deferred; A1 open; A2 born; A3 done."""
    return [
        ("title", "Verslag stuurgroep Inclusie & Diversiteit – 11 maart 2024"),
        ("p", "Datum: maandag 11 maart 2024, 16.00–17.30 uur"),
        ("p", "Locatie: Stadskantoor, zaal 2.C.4"),
        _people("Aanwezig", [VRIES, IDRISSI, YILMAZ, MARTINA, BAKKER, HADDOU, RAMDIN, MENSAH],
                ("Agnieszka Kowalczyk (beleidsadviseur onderzoek en data, bij punt 6)",)),
        _people("Afwezig", [LINDEN]),
        ("h2", "1. Opening en mededelingen"),
        ("b", "De wethouder bezoekt in april een bijeenkomst van medewerkersnetwerk Kleurrijk.", 1),
        ("b", "De vragenlijst van het Verwey-Jonker Instituut staat open tot 18 maart. De respons is nu 24 procent; "
              "directeuren wordt gevraagd hun teams nog een keer aan te sporen.", 1),
        ("h2", "2. Verslag vorige keer"),
        ("p", "Het verslag van 15 januari wordt vastgesteld met één correctie: bij punt 5 moet Sociaal Domein staan in "
              "plaats van Wonen."),
        ("h2", "3. Actielijst"),
        ("p", "Actie Fatima El Idrissi: raadsbrief opstellen. Status: afgerond. De raadsbrief is op 5 maart door het "
              "college vastgesteld en naar de raad verstuurd."),
        ("p", "Actie Shanti Ramdin: voorstel training moeilijke gesprekken voor leidinggevenden. Status: loopt nog. "
              "P&O vergelijkt de offertes van twee bureaus."),
        ("h2", "4. Communicatieplan raadsbrief"),
        ("p", "Dewi Hartono heeft het communicatieplan voor de raadsbrief aangepast: eerst worden de medewerkersnetwerken en de OR "
              "geïnformeerd, daarna volgen een intranetbericht en een vraag-en-antwoordlijst voor leidinggevenden."),
        ("p", "Besloten: de stuurgroep stemt in met het communicatieplan."),
        ("h2", "5. Klachtenregeling en vertrouwenspersonen"),
        ("p", "Het voorstel voor een herziene klachtenregeling en de inzet van vertrouwenspersonen is nog niet klaar. "
              "Het punt is doorgeschoven naar volgend overleg. Jurmaine Martina vraagt om dan ook de capaciteit van de vertrouwenspersonen mee te "
              "nemen: in Stadsdeel Zuidoost is er maar één vertrouwenspersoon voor ruim achthonderd medewerkers."),
        ("h2", "6. Streefcijfers en monitoring"),
        ("p", "Agnieszka Kowalczyk licht de stand van de representatiecijfers toe. In schaal 11 en hoger blijft de "
              "instroom van collega's met een migratieachtergrond achter bij het streefcijfer. De stuurgroep wil per "
              "directie kunnen zien hoe het ervoor staat."),
        ("b", "Dhr. Bakker wijst erop dat registratie van migratieachtergrond vrijwillig is en dat cijfers voor kleine "
              "teams niet herleidbaar mogen zijn tot personen.", 1),
        ("b", "Ayşe Yılmaz wil de cijfers vooral gebruiken voor het gesprek in het managementteam, niet om directies "
              "af te rekenen.", 1),
        ("p", "Besluit: het dashboard toont alleen cijfers voor eenheden met ten minste twintig medewerkers."),
        ("p", "Actie Agnieszka Kowalczyk: dashboard streefcijfers per directie opleveren, zodat directeuren erop kunnen "
              "sturen in de P&C-cyclus."),
        ("h2", "7. Groeipanel"),
        ("p", "Ronde 1 van het groeipanel start op 18 maart met veertien panelleden. Het verslag wordt half april "
              "verwacht."),
        ("h2", "8. Rondvraag"),
        ("p", "Youssef vraagt of de Keti Koti-bijeenkomst op 1 juli dit jaar in Stadsdeel Zuidoost kan plaatsvinden. "
              "Jurmaine neemt dit mee."),
        ("h2", "9. Sluiting"),
        ("p", "De voorzitter sluit de vergadering om 17.25 uur."),
    ]


def minutes_2024_05_13() -> list[Element]:
    """Stuurgroep; PDF. D1 'wachtstand'; A1 open; A4 born; T1 raised."""
    return [
        ("title", "Verslag Stuurgroep I&D – 13 mei 2024"),
        ("p", "Datum: maandag 13 mei 2024, 16.00–17.30 uur, Stadskantoor zaal 2.C.4"),
        _people("Aanwezig", ["J.P. de Vries (voorzitter, directeur P&O)", IDRISSI,
                             "Ricardo Doelwijt (teamleider Stadsbeheer, namens de directeur)", LINDEN, HADDOU, RAMDIN,
                             MENSAH, "Lotte Hendriks (Muzus, bij punt 5)"]),
        _people("Afwezig", [YILMAZ, BAKKER]),
        ("h2", "1. Opening en mededelingen"),
        ("p", "J.P. de Vries opent de vergadering. De respons op de vragenlijst van het Verwey-Jonker Instituut is "
              "uitgekomen op 34 procent. Het conceptrapport wordt eind juni verwacht."),
        ("b", "Het GMT heeft op 22 april principeafspraken gemaakt over prestatieafspraken op representatie. De "
              "directies werken die dit najaar verder uit.", 1),
        ("b", "De trekkers van de directies komen op 3 juni bij elkaar om ervaringen uit te wisselen.", 1),
        ("h2", "2. Verslag vorige keer"),
        ("p", "Het verslag van 11 maart wordt ongewijzigd vastgesteld."),
        ("h2", "3. Actielijst"),
        ("p", "Actie Shanti Ramdin: voorstel training moeilijke gesprekken voor leidinggevenden. Status: nog niet "
              "gereed. De offertes zijn binnen, maar de kosten passen niet binnen het budget van dit jaar. Shanti "
              "onderzoekt of de training kan worden ondergebracht in het leiderschapsprogramma."),
        ("h2", "4. Klachtenregeling en vertrouwenspersonen"),
        ("p", "Het punt klachtenregeling en vertrouwenspersonen staat al een tijdje in de wachtstand. P&O wacht op juridisch advies over de positie van "
              "externe vertrouwenspersonen. Youssef Ben Haddou spreekt namens het netwerk zijn teleurstelling uit: "
              "zonder duidelijke regeling blijft melden een risico voor de melder."),
        ("h2", "5. Terugkoppeling groeipanel ronde 1"),
        ("p", "Lotte Hendriks van Muzus presenteert de belangrijkste bevindingen uit de eerste ronde van het "
              "groeipanel. De panelleden spraken in vier bijeenkomsten over leiderschap, sociale veiligheid, "
              "toegankelijkheid en doorgroei."),
        ("b", "Panelleden maken zich zorgen over de opvolging van meldingen: meldingen van discriminatie worden niet "
              "of te laat opgevolgd en veel mensen durven niet te melden.", 1),
        ("b", "De rol van de leidinggevende is doorslaggevend. Waar een leidinggevende zelf het gesprek aangaat, voelen "
              "mensen zich veiliger.", 1),
        ("b", "Toegankelijkheid blijft achter: gebouwen, werkplekken en digitale systemen zijn niet voor iedereen "
              "bruikbaar.", 1),
        ("b", "Doorgroei is voor veel panelleden een pijnpunt. Zij zien weinig collega's met een migratieachtergrond "
              "in leidinggevende functies.", 1),
        ("p", "Marieke van der Linden vindt het verslag herkenbaar en vraagt om de aanbevelingen per directie uit te "
              "werken. Ricardo Doelwijt vult aan dat teamleiders in de buitendienst weinig tijd hebben voor dit soort "
              "gesprekken."),
        ("p", "Besluit: het verslag van ronde 1 wordt gedeeld met het GMT en met alle panelleden."),
        ("h2", "6. Leertraject stuurgroep"),
        ("p", "De stuurgroep start na de zomer met een leertraject van drie sessies over het eigen handelen als "
              "leidinggevende. De sessies worden aan het eind van de dag gepland, inclusief een maaltijd."),
        ("p", "Actie Akosua Mensah-Owusu: uitnodiging leertraject versturen aan alle stuurgroepleden."),
        ("h2", "7. Digitale toegankelijkheid"),
        ("p", "Dhr. Doelwijt meldt dat collega's met een visuele beperking het nieuwe HR-portaal niet met hun "
              "schermlezer kunnen gebruiken. Ook zijn veel formulieren alleen als scan beschikbaar."),
        ("p", "Besluit: ICT laat voor de zomer een toegankelijkheidstoets van het HR-portaal uitvoeren."),
        ("h2", "8. Rondvraag"),
        ("p", "Vertrouwenspersoon Nadia Bouzid is tijdelijk bereikbaar via 020-5551234, zolang het algemene nummer "
              "van het meldpunt niet werkt. Fatima zorgt dat dit op intranet komt."),
        ("h2", "9. Sluiting"),
        ("p", "De voorzitter dankt Lotte Hendriks voor de presentatie en sluit de vergadering om 17.35 uur."),
    ]


def minutes_2024_06_10() -> list[Element]:
    """Voortgangsoverleg; plain text with Woo markers. A5, A6 done; T1 raised; an address planted."""
    return [
        ("title", "Voortgangsoverleg Bureau I&D 10 juni 2024"),
        ("p", "Datum: 10 juni 2024, 10.00-11.00 uur"),
        _people("Aanwezig", ["Fatima El Idrissi (voorzitter)", "Akosua Mensah-Owusu (verslag)", KOWALCZYK, HARTONO,
                             KAYA, "5.1, 2, e"]),
        _people("Afwezig", [RAMDIN]),
        ("h1", "1. Opening en mededelingen"),
        ("p", "Fatima opent het overleg. 5.1, 2, e sluit vandaag aan namens de afdeling Juridische Zaken."),
        ("h1", "2. Verslag vorige keer"),
        ("p", "Het verslag van 12 februari wordt vastgesteld."),
        ("h1", "3. Actielijst"),
        ("b", "Actie Dewi Hartono: intranetpagina meldpunt actualiseren. Afgerond: de pagina staat sinds 2 april "
              "online.", 1),
        ("b", "Actie Agnieszka Kowalczyk: cijfers doorlooptijd meldingen aanvullen met 2022. Afgerond, de cijfers "
              "zijn gedeeld met de stuurgroep.", 1),
        ("h1", "4. Meldingen en nazorg"),
        ("p", "Het lukt nog steeds niet om meldingen binnen de afgesproken termijn van zes weken af te handelen. Emre "
              "Kaya: 'Collega's zeggen tegen de OR dat het geen zin heeft om te melden, want er gebeurt toch niets.' "
              "Ook 5.1, 2, e ziet dat mensen niet durven te melden."),
        ("b", "Meldingen van discriminatie worden niet of te laat opgevolgd, vooral als de melding over een "
              "leidinggevende gaat.", 1),
        ("b", "Er is geen vaste nazorg: na het afsluiten van een melding hoort de melder vaak niets meer.", 2),
        ("b", "Voorstel van Juridische Zaken: een vaste casusregisseur per melding.", 2),
        ("strike", "Emre stelt voor om meldingen voortaan rechtstreeks bij de directeur neer te leggen."),
        ("h1", "5. Medewerkersenquête ronde 2"),
        ("p", "De medewerkersenquête ronde 2 gaat in september uit. De twee open vragen blijven gelijk aan die van "
              "2023, zodat de antwoorden te vergelijken zijn: 'Kunt u een ervaring beschrijven met inclusie of "
              "uitsluiting op uw werk?' en 'Wat zou uw organisatieonderdeel inclusiever maken?'"),
        ("h1", "6. Rondvraag"),
        ("p", "Emre meldt dat een bijlage met het privéadres van een melder, Populierenweg 112, 1092 KX Voorbeeldstad, "
              "per abuis breed is gedeeld. Dewi zorgt dat de bijlage van intranet wordt gehaald; Juridische Zaken "
              "beoordeelt of dit een datalek is."),
        ("h1", "7. Sluiting"),
        ("p", "Volgend voortgangsoverleg: 14 oktober 2024."),
    ]


def minutes_2024_07_08() -> list[Element]:
    """Stuurgroep; .docx with an action table. D1 'nog geen besluit'; A2 open; A4 done."""
    return [
        ("title", "Verslag stuurgroep Inclusie & Diversiteit – 8 juli 2024"),
        ("p", "Datum: maandag 8 juli 2024, 16.00–17.30 uur"),
        ("p", "Locatie: Stadskantoor, zaal 2.C.4"),
        _people("Aanwezig", [VRIES, IDRISSI, YILMAZ, LINDEN, MARTINA, BAKKER, HADDOU, KOWALCZYK, MENSAH]),
        _people("Afwezig", [RAMDIN]),
        ("h2", "1. Opening en mededelingen"),
        ("b", "Het conceptrapport van het Verwey-Jonker Instituut is binnen. Het definitieve rapport verschijnt begin "
              "september.", 1),
        ("b", "De Keti Koti-bijeenkomst op 1 juli in Stadsdeel Zuidoost trok ruim tweehonderd collega's. Jurmaine "
              "bedankt het netwerk voor de organisatie.", 1),
        ("h2", "2. Verslag vorige keer"),
        ("p", "Het verslag van 13 mei wordt vastgesteld."),
        ("h2", "3. Actielijst"),
        ("p", "Zie de actielijst onderaan dit verslag."),
        ("h2", "4. Klachtenregeling en vertrouwenspersonen"),
        ("p", "Het juridisch advies over de klachtenregeling is binnen, maar er is nog geen besluit over de vraag of "
              "de gemeente externe vertrouwenspersonen inhuurt. De directeuren willen eerst de financiële gevolgen zien. Het punt komt na "
              "de zomer terug."),
        ("h2", "5. Eerste beelden uit het onderzoek"),
        ("p", "Fatima El Idrissi deelt de eerste beelden uit het conceptrapport. Het rapport is nog vertrouwelijk."),
        ("b", "Ervaringen met uitsluiting komen in alle directies voor, het vaakst in de uitvoering.", 1),
        ("b", "Een deel van de medewerkers zegt het onderwerp beu te zijn; het onderzoek noemt dat 'inclusiemoeheid'.", 1),
        ("b", "Leidinggevenden voelen zich soms zelf onveilig door de aandacht voor de onderzoeken.", 1),
        ("p", "Ayşe Yılmaz vraagt om bij de publicatie ook ruimte te maken voor het gesprek in de teams. De "
              "stuurgroep onderschrijft dat."),
        ("h2", "6. Dashboard streefcijfers"),
        ("p", "Agnieszka laat een eerste opzet van het dashboard zien. De koppeling met de personeelsadministratie "
              "ontbreekt nog, daardoor zijn de cijfers per directie nog niet betrouwbaar. Wojciech Nowak (teamleider "
              "ICT) zoekt uit hoe die koppeling kan worden gelegd."),
        ("h2", "7. Rondvraag"),
        ("p", "Kees Bakker vraagt de kosten van het leertraject in de begroting 2025 op te nemen. Geen verdere punten."),
        ("h2", "8. Sluiting"),
        ("p", "De voorzitter wenst iedereen een goede zomer en sluit de vergadering."),
        ("h1", "Actielijst"),
        ("table", ["Nr", "Actie", "Actiehouder", "Status"], [
            ["1", "Dashboard streefcijfers per directie opleveren", KOWALCZYK.name, "loopt nog"],
            ["2", "Uitnodiging leertraject versturen", MENSAH.name, "gereed"],
        ]),
    ]


def minutes_2024_09_16() -> list[Element]:
    """Stuurgroep; HTML. D1 'komt erop terug'; D2 deferred; A1 open; T1 raised."""
    return [
        ("title", "Verslag stuurgroep Inclusie & Diversiteit 16 september 2024"),
        ("p", "Datum: maandag 16 september 2024, 16.00–17.45 uur"),
        _people("Aanwezig", [VRIES, IDRISSI, YILMAZ, "Ricardo Doelwijt (teamleider Stadsbeheer, namens de directeur)",
                             MARTINA, HADDOU, RAMDIN, MENSAH]),
        _people("Afwezig", [LINDEN, BAKKER]),
        ("h2", "1. Opening en mededelingen"),
        ("b", "Het definitieve rapport van het Verwey-Jonker Instituut is op 2 september gepubliceerd en besproken in "
              "het GMT.", 1),
        ("b", "Ronde 2 van het groeipanel vindt plaats in oktober; het verslag wordt eind oktober verwacht.", 1),
        ("b", "De medewerkersenquête ronde 2 staat open tot 4 oktober.", 1),
        ("h2", "2. Verslag vorige keer"),
        ("p", "Het verslag van 8 juli wordt vastgesteld."),
        ("h2", "3. Actielijst"),
        ("p", "Actie Shanti Ramdin: voorstel training moeilijke gesprekken voor leidinggevenden. Status: loopt nog. "
              "De inkoop is vertraagd; het voorstel komt later."),
        ("h2", "4. Uitkomsten onderzoek Verwey-Jonker"),
        ("p", "Een op de vijf medewerkers zegt in de afgelopen twee jaar discriminatie op het werk te hebben "
              "meegemaakt; slechts een klein deel heeft dat gemeld. Het rapport bevestigt wat de stuurgroep al langer "
              "ziet: mensen durven niet te melden, en meldingen worden niet of te laat opgevolgd. De stuurgroep noemt "
              "dit een blijvende zorg."),
        ("b", "Tegelijk is er een groeiende groep collega's die het beleid doorgeslagen vindt of zich er niet in "
              "herkent.", 1),
        ("b", "Mevr. Yılmaz pleit ervoor om beide signalen serieus te nemen en het gesprek erover in de teams te "
              "voeren.", 1),
        ("p", "Besluit: de stuurgroep vraagt Bureau I&D om per directie een gesprek over de uitkomsten te organiseren."),
        ("h2", "5. Klachtenregeling en vertrouwenspersonen"),
        ("p", "Het voorstel over de klachtenregeling en vertrouwenspersonen is nog niet rijp voor bespreking, omdat de "
              "financiële gevolgen nog in beeld worden "
              "gebracht. De voorzitter komt erop terug in een volgende stuurgroep."),
        ("h2", "6. Jaarplan Groeipanel 2025"),
        ("p", "Door het uitgelopen punt over het onderzoek is er onvoldoende tijd voor het jaarplan Groeipanel 2025. "
              "Afspraak: doorschuiven naar volgend overleg."),
        ("h2", "7. Rondvraag"),
        ("p", "Dhr. Doelwijt vraagt of de stuurgroep ook een keer in de buitendienst kan vergaderen. De voorzitter "
              "neemt dit mee in de planning voor 2025."),
        ("h2", "8. Sluiting"),
        ("p", "De voorzitter sluit de vergadering om 17.45 uur."),
    ]


def minutes_2024_10_14() -> list[Element]:
    """Voortgangsoverleg; .docx. T1 raised; an e-mail address planted."""
    return [
        ("title", "Voortgangsoverleg Bureau I&D – 14 oktober 2024"),
        ("p", "Datum: maandag 14 oktober 2024, 10.00–11.00 uur"),
        _people("Aanwezig", ["Fatima El Idrissi (voorzitter)", "Akosua Mensah-Owusu (verslag)", KOWALCZYK, HARTONO,
                             RAMDIN, KAYA]),
        _people("Afwezig", ["geen"]),
        ("h2", "1. Opening en mededelingen"),
        ("b", "De medewerkersenquête ronde 2 is gesloten met 142 respondenten.", 1),
        ("b", "Ronde 2 van het groeipanel is op 21 oktober; het verslag volgt eind oktober, in twee delen.", 1),
        ("h2", "2. Verslag vorige keer"),
        ("p", "Het verslag van 10 juni wordt vastgesteld."),
        ("h2", "3. Actielijst"),
        ("p", "Er staan geen acties van het voortgangsoverleg open. De acties van de stuurgroep worden daar besproken."),
        ("h2", "4. Meldroute"),
        ("p", "De nieuwe meldroute is nog niet ingevoerd. Het knelpunt blijft dat meldingen van discriminatie niet of "
              "te laat worden opgevolgd. Shanti geeft aan dat de casusregisseur er pas komt als de klachtenregeling "
              "is herzien."),
        ("b", "Emre: 'Zolang er niets verandert, durven mensen niet te melden.'", 1),
        ("h2", "5. Analyse enquête en groeipanel"),
        ("p", "Agnieszka analyseert de open antwoorden van beide enquêterondes samen met de verslagen van het "
              "groeipanel. De eerste indruk is dat ervaringen met racisme vaker worden genoemd dan in 2023 en dat er "
              "een nieuw geluid is van collega's die het beleid doorgeslagen vinden."),
        ("p", "Vragen over de enquête kunnen naar f.elidrissi@voorbeeldstad.nl of naar s.ramdin@voorbeeldstad.nl."),
        ("h2", "6. Rondvraag"),
        ("p", "Geen punten."),
        ("h2", "7. Sluiting"),
        ("p", "Het volgende voortgangsoverleg wordt in januari 2025 gepland."),
    ]


def minutes_2024_11_18() -> list[Element]:
    """Stuurgroep; .docx with an action table. D2 'niet besproken'; A2 still open; T1 raised."""
    return [
        ("title", "Verslag stuurgroep Inclusie & Diversiteit – 18 november 2024"),
        ("p", "Datum: maandag 18 november 2024, 16.00–17.30 uur"),
        ("p", "Locatie: Stadskantoor, zaal 2.C.4"),
        _people("Aanwezig", [VRIES, IDRISSI, YILMAZ, LINDEN, MARTINA, BAKKER, HADDOU, RAMDIN, KOWALCZYK, MENSAH]),
        _people("Afwezig", [DOELWIJT]),
        ("h2", "1. Opening en mededelingen"),
        ("b", "De wethouder heeft de raad op 4 november per brief geïnformeerd over de uitkomsten van het onderzoek.", 1),
        ("b", "Het GMT heeft de prestatieafspraken op representatie voor 2025 vastgesteld.", 1),
        ("h2", "2. Verslag vorige keer"),
        ("p", "Het verslag van 16 september wordt vastgesteld."),
        ("h2", "3. Actielijst"),
        ("p", "Zie de actielijst onderaan dit verslag. Het dashboard streefcijfers is nog niet gereed: de koppeling met "
              "de personeelsadministratie laat op zich wachten."),
        ("h2", "4. Terugkoppeling groeipanel ronde 2 en medewerkersenquête"),
        ("p", "Fatima El Idrissi presenteert de eerste uitkomsten. Ervaringen met racisme en discriminatie worden "
              "vaker genoemd dan in de eerste ronde. Er is een nieuw geluid van collega's die het beleid doorgeslagen "
              "vinden of zich inclusiemoe noemen. Toegankelijkheid wordt nauwelijks meer genoemd."),
        ("b", "Het aantal meldingen blijft achter bij wat we uit het onderzoek weten: mensen durven niet te melden, "
              "en meldingen van discriminatie worden nog steeds niet of te laat opgevolgd.", 1),
        ("b", "Bij doorgroei vragen panelleden nu om twee verschillende dingen: mentoring en betere "
              "loopbaangesprekken, en eerlijke kansen op leidinggevende functies in schaal 11 en hoger.", 1),
        ("p", "Marieke van der Linden vraagt hoe de stuurgroep omgaat met de weerstand. Youssef Ben Haddou waarschuwt "
              "ervoor de ervaringen van collega's van kleur niet weg te zetten als gevoeligheid."),
        ("p", "Besluit: Bureau I&D werkt de uitkomsten uit tot een voorstel voor de prioriteiten van 2025."),
        ("h2", "5. Jaarplan Groeipanel 2025"),
        ("p", "Het jaarplan Groeipanel 2025 is niet besproken; de vergadertijd was op."),
        ("h2", "6. Begroting 2025 Bureau I&D"),
        ("p", "Kees Bakker licht de begroting toe. De kosten van het leertraject en van het groeipanel zijn "
              "opgenomen."),
        ("p", "Besluit: de stuurgroep adviseert positief over de begroting 2025."),
        ("h2", "7. Rondvraag"),
        ("p", "Jurmaine vraagt om in januari een extra bijeenkomst te plannen over de uitkomsten in Stadsdeel "
              "Zuidoost. De voorzitter stemt daarmee in."),
        ("h2", "8. Sluiting"),
        ("p", "De voorzitter sluit de vergadering om 17.30 uur."),
        ("h1", "Actielijst"),
        ("table", ["Nr", "Actie", "Actiehouder", "Status"], [
            ["1", "Dashboard streefcijfers per directie opleveren", KOWALCZYK.name, "nog niet gereed"],
            ["2", "Uitkomsten groeipanel ronde 2 terugkoppelen aan het GMT", IDRISSI.name, "nieuw"],
        ]),
    ]


def agenda_2024_11_18() -> list[Element]:
    """Annotated agenda for the stuurgroep of 18 November 2024."""
    return [
        ("title", "Agenda stuurgroep Inclusie & Diversiteit – 18 november 2024"),
        ("p", "Uitgenodigd: " + ", ".join(p.name for p in (VRIES, IDRISSI, YILMAZ, LINDEN, MARTINA, BAKKER, HADDOU,
                                                             RAMDIN, KOWALCZYK, DOELWIJT))
              + "; Akosua Mensah-Owusu (verslag)"),
        ("p", "Datum en tijd: maandag 18 november 2024, 16.00–17.30 uur"),
        ("p", "Locatie: Stadskantoor, zaal 2.C.4"),
        ("h2", "1. Opening en mededelingen"),
        ("b", "Raadsbrief over de uitkomsten van het onderzoek (verstuurd op 4 november).", 1),
        ("b", "Prestatieafspraken representatie 2025, vastgesteld in het GMT.", 1),
        ("h2", "2. Verslag vorige keer"),
        ("p", "Bijlage 1: verslag stuurgroep 16 september 2024"),
        ("h2", "3. Actielijst"),
        ("p", "Bijlage 2: actielijst stuurgroep"),
        ("h2", "4. Terugkoppeling groeipanel ronde 2 en medewerkersenquête"),
        ("p", "Bijlage 3: verslag groeipanel ronde 2 (deel 1 en 2)"),
        ("p", "Toelichting: in oktober sprak het groeipanel voor de tweede keer. Tegelijk sloot de medewerkersenquête "
              "ronde 2. We zetten de uitkomsten naast die van de eerste ronde."),
        ("p", "Bespreekpunt: welke verschuivingen vallen jullie op, en wat betekenen die voor de prioriteiten van 2025?"),
        ("b", "Ervaringen met racisme en discriminatie worden vaker genoemd.", 1),
        ("b", "Er is een nieuw geluid van ongemak en weerstand tegen het beleid.", 1),
        ("b", "De opvolging van meldingen blijft een knelpunt.", 1),
        ("h2", "5. Jaarplan Groeipanel 2025"),
        ("p", "Bijlage 4: concept-jaarplan Groeipanel 2025"),
        ("p", "Toelichting: dit punt is in de stuurgroep van 16 september doorgeschoven. Het jaarplan beschrijft twee "
              "panelrondes in 2025, de werving van nieuwe panelleden en de terugkoppeling aan de organisatie."),
        ("p", "Gevraagd besluit: instemmen met het jaarplan Groeipanel 2025."),
        ("h2", "6. Begroting 2025 Bureau I&D"),
        ("p", "Bijlage 5: begroting 2025"),
        ("p", "Gevraagd besluit: positief adviseren over de begroting 2025."),
        ("h2", "7. Rondvraag"),
        ("h2", "8. Sluiting"),
    ]


def memo_2024_08_26() -> list[Element]:
    """Memo on aftercare after a report of discrimination."""
    return [
        ("title", "Memo: nazorg na een melding van discriminatie"),
        ("p", "Aan: stuurgroep Inclusie & Diversiteit"),
        ("p", "Van: Fatima El Idrissi (Bureau I&D) en Nadia Bouzid (vertrouwenspersoon)"),
        ("p", "Datum: 26 augustus 2024"),
        ("p", "Onderwerp: voorstel voor een vaste werkwijze voor nazorg na een melding"),
        ("h2", "Aanleiding"),
        ("p", "Uit de cijfers over 2022 en 2023 en uit de gesprekken in het groeipanel blijkt dat meldingen van "
              "discriminatie vaak lang blijven liggen. Melders horen na het afsluiten van een melding meestal niets "
              "meer. Dat schaadt het vertrouwen in de meldroute en draagt eraan bij dat mensen niet durven te melden."),
        ("h2", "Wat we zien"),
        ("b", "De gemiddelde doorlooptijd van een melding was in 2023 elf weken; de afgesproken termijn is zes weken.", 1),
        ("b", "Bij meldingen over een leidinggevende is onduidelijk wie de melding oppakt.", 1),
        ("b", "Er is geen vast moment waarop de melder hoort wat er met de melding is gedaan.", 1),
        ("b", "Vertrouwenspersonen hebben te weinig uren: in Stadsdeel Zuidoost is er één vertrouwenspersoon voor ruim "
              "achthonderd medewerkers.", 1),
        ("h2", "Dilemma's"),
        ("n", "Vertrouwelijkheid tegenover opvolging: hoe meer mensen van een melding weten, hoe beter die kan worden "
              "opgevolgd, maar hoe kleiner de veiligheid voor de melder."),
        ("n", "Maatwerk tegenover gelijke behandeling: directies willen ruimte voor een eigen aanpak, melders willen "
              "overal dezelfde zorgvuldigheid."),
        ("n", "Interne tegenover externe vertrouwenspersonen: extern geeft meer afstand, intern meer kennis van de "
              "organisatie."),
        ("h2", "Voorstel"),
        ("p", "In Werk Participatie en Inkomen werkt afdelingsmanager Glenn Tjon A Fong al met een vaste "
              "contactpersoon voor melders. Dhr. Tjon A Fong is bereid zijn ervaringen in de stuurgroep te delen."),
        ("p", "We stellen voor om per melding een casusregisseur aan te wijzen die de melder binnen vijf werkdagen "
              "spreekt, de voortgang bewaakt en na afloop een nazorggesprek voert. De casusregisseur valt onder P&O "
              "en werkt samen met de vertrouwenspersonen."),
        ("h2", "Vervolg"),
        ("p", "Het voorstel hangt samen met de herziening van de klachtenregeling. We vragen de stuurgroep het voorstel "
              "mee te nemen bij dat agendapunt. Vragen over deze memo kunnen naar a.mensah-owusu@voorbeeldstad.nl."),
    ]


# ---------------------------------------------------------------------------------------------------------------
# Groeipanel reports. Theme truth: leiderschap persists (new wording in round 2); sociale veiligheid persists with
# new wording; racisme grows; toegankelijkheid fades; ongemak en weerstand is new; doorgroei splits in two.
# ---------------------------------------------------------------------------------------------------------------


def _q(text: str) -> Element:
    return ("p", f"Een panellid: '{text}'")


def panel_round1() -> list[Element]:
    """Groeipanel ronde 1 (15 April 2024), one .docx."""
    return [
        ("title", "Verslag Groeipanel Inclusie & Diversiteit – ronde 1"),
        ("p", "Datum: 15 april 2024"),
        ("p", "Opgesteld door Muzus, in opdracht van Bureau Inclusie & Diversiteit van de gemeente Voorbeeldstad."),
        ("h1", "Inleiding"),
        ("p", "Het groeipanel is een vaste groep medewerkers uit alle lagen van de organisatie die twee keer per jaar "
              "meedenkt over inclusie en diversiteit. In deze eerste ronde vroegen we de panelleden naar hun "
              "ervaringen: wat gaat goed, wat schuurt en wat moet er anders?"),
        ("h1", "Werkwijze"),
        ("b", "Veertien panelleden uit zeven directies namen deel, onder wie medewerkers van Stadsdeel Zuidoost, Werk "
              "Participatie en Inkomen, Stadsbeheer en ICT.", 1),
        ("b", "Er waren vier bijeenkomsten van twee uur, tussen 18 maart en 5 april 2024.", 1),
        ("b", "Gespreksleiding: Lotte Hendriks (Muzus). Verslag: Akosua Mensah-Owusu (Bureau I&D).", 1),
        ("b", "Citaten zijn geanonimiseerd en soms licht ingekort.", 1),
        ("h1", "1. Leiderschap en de rol van leidinggevenden"),
        ("p", "De rol van leidinggevenden kwam in elke bijeenkomst terug. Panelleden zien de leidinggevende als de "
              "sleutel: wie een leidinggevende heeft die zich uitspreekt, voelt zich gesteund; wie dat niet heeft, "
              "staat er alleen voor."),
        ("b", "Leidinggevenden weten vaak niet hoe zij moeten reageren als een medewerker uitsluiting aankaart. Zij "
              "zijn handelingsverlegen en kiezen dan voor stilte.", 1),
        _q("Mijn leidinggevende zei letterlijk: daar ga ik niet over, dat moet je met HR bespreken."),
        ("b", "Leidinggevenden hebben weinig tijd: met dertig of veertig mensen in een team is er geen ruimte voor "
              "echte gesprekken.", 1),
        ("b", "Het maakt veel uit of een leidinggevende zelf het goede voorbeeld geeft, bijvoorbeeld door grappen over "
              "afkomst direct te benoemen.", 1),
        _q("Pas toen mijn nieuwe leidinggevende in het werkoverleg zei dat dit soort opmerkingen niet kunnen, "
           "veranderde er iets."),
        ("b", "Panelleden vragen om leidinggevenden te beoordelen op hoe zij met inclusie omgaan, niet alleen op "
              "productie.", 1),
        _q("Ze zeggen dat de deur altijd openstaat, maar als je dan binnenkomt, zit er niemand te luisteren."),
        ("b", "Een paar panelleden zijn zelf leidinggevende. Zij voelen zich weinig gesteund door hun eigen "
              "leidinggevende en door P&O.", 1),
        ("h1", "2. Sociale veiligheid: aanspreken en durven melden"),
        ("p", "Veel panelleden vertellen dat zij niet durven te melden of collega's aan te spreken. De drempel is hoog: "
              "zij zijn bang als lastig te worden gezien of hun contract niet verlengd te krijgen."),
        ("b", "Aanspreken op grensoverschrijdend gedrag gebeurt nauwelijks. Collega's lachen mee of kijken weg.", 1),
        _q("Ik heb een tijdelijk contract. Denk je dat ik dan ga melden dat mijn collega een racistische grap maakte?"),
        ("b", "Panelleden weten vaak niet waar zij terechtkunnen met een melding en wat er daarna gebeurt.", 1),
        ("b", "Wie wel een melding deed, hoorde vaak lange tijd niets. Dat ontmoedigt anderen om ook te melden.", 1),
        _q("Mijn collega Gisela Isenia heeft me aangemoedigd om het toch aan te kaarten, anders had ik het laten "
           "rusten."),
        ("b", "Panelleden willen leren hoe je een collega aanspreekt zonder dat het meteen een conflict wordt.", 1),
        _q("Het gaat niet om één grote gebeurtenis, het zijn steeds kleine dingen. Die ga je niet melden, maar ze "
           "stapelen zich op."),
        ("b", "Het groeipanel zelf wordt als veilig ervaren. Panelleden vragen om vaker zulke gesprekken in kleine "
              "groepen te voeren.", 1),
        ("h1", "3. Racisme en discriminatie"),
        ("p", "Een aantal panelleden deelde persoonlijke ervaringen met racisme en discriminatie op het werk."),
        ("b", "Opmerkingen over afkomst, accent of hoofddoek worden vaak als grap gebracht.", 1),
        _q("Bij mijn sollicitatiegesprek werd gevraagd of ik wel goed Nederlands sprak, terwijl ik hier geboren ben."),
        ("b", "Collega's van kleur worden vaker aangesproken op hun gedrag dan witte collega's in dezelfde situatie.", 1),
        _q("In het stadsdeelkantoor werd ik voor de schoonmaker aangezien. Dat gebeurde drie keer in één maand."),
        ("h1", "4. Toegankelijkheid"),
        ("p", "Voor panelleden met een beperking is toegankelijkheid een dagelijks obstakel. Het gaat om fysieke én "
              "digitale toegankelijkheid."),
        ("b", "Gebouwen zijn niet overal goed toegankelijk: de lift in het Stadskantoor valt regelmatig uit en niet "
              "elke verdieping heeft een aangepast toilet.", 1),
        _q("Als de lift het niet doet, werk ik die dag thuis. Niemand vraagt of ik er dan bij had willen zijn."),
        ("b", "Hulpmiddelen zoals een aangepaste stoel, een brailleleesregel of spraaksoftware laten maanden op zich "
              "wachten.", 1),
        ("b", "Veel systemen en formulieren werken niet met een schermlezer. Pdf's zijn vaak scans zonder tekst.", 1),
        _q("Het nieuwe HR-portaal is voor mij onbruikbaar. Ik moet steeds een collega vragen om mijn verlof aan te "
           "vragen."),
        ("b", "Vergaderingen in grote zalen zonder ringleiding zijn voor slechthorende collega's nauwelijks te "
              "volgen.", 1),
        ("b", "Flexplekken zijn lastig voor collega's die een vaste, aangepaste werkplek nodig hebben.", 1),
        _q("Voor mijn aangepaste bureau moest ik drie formulieren invullen en twee keer naar de bedrijfsarts. Het "
           "duurde vijf maanden."),
        ("h1", "5. Doorgroei en talent"),
        ("p", "Over doorgroei en het benutten van talent werd het langst gesproken."),
        ("b", "Panelleden zien weinig collega's met een migratieachtergrond in leidinggevende functies en in de hogere "
              "schalen.", 1),
        _q("Ik zit al negen jaar in schaal 8. Anderen die na mij kwamen, zijn allang doorgegroeid."),
        ("b", "Loopbaangesprekken worden niet overal gevoerd of blijven steken in een formaliteit.", 1),
        ("b", "Er is behoefte aan mentoren en rolmodellen die laten zien dat doorgroeien mogelijk is.", 1),
        ("b", "Vacatures voor hogere functies worden soms intern ingevuld zonder open procedure.", 1),
        _q("De baan was al weg voordat de vacature op intranet stond."),
        ("b", "Talentprogramma's zijn onbekend of niet toegankelijk voor collega's in de uitvoering.", 1),
        _q("Niemand heeft me ooit gevraagd waar ik over vijf jaar wil staan."),
        ("h1", "Aanbevelingen van het panel"),
        ("n", "Train leidinggevenden in het voeren van moeilijke gesprekken."),
        ("n", "Maak duidelijk waar medewerkers een melding kunnen doen en wat er daarna gebeurt."),
        ("n", "Los knelpunten in fysieke en digitale toegankelijkheid structureel op."),
        ("n", "Zorg voor eerlijke en transparante doorgroeimogelijkheden."),
        ("n", "Organiseer vaker gesprekken in kleine groepen, zoals in het groeipanel."),
        ("p", "Aanmelden voor een volgende ronde kan bij a.mensah-owusu@voorbeeldstad.nl."),
    ]


def panel_round2_part1() -> list[Element]:
    """Groeipanel ronde 2, part 1 (.docx): leadership, social safety, racism."""
    return [
        ("title", "Verslag Groeipanel Inclusie & Diversiteit – ronde 2 (deel 1)"),
        ("p", "Datum: 21 oktober 2024"),
        ("p", "Opgesteld door Muzus, in opdracht van Bureau Inclusie & Diversiteit van de gemeente Voorbeeldstad."),
        ("h1", "Inleiding"),
        ("p", "In de tweede ronde van het groeipanel spraken vijftien panelleden opnieuw over hun ervaringen; twaalf "
              "van hen deden ook mee aan de eerste ronde. De ronde vond plaats kort na de publicatie van het onderzoek "
              "van het Verwey-Jonker Instituut. Dit verslag bestaat uit twee delen; deel 2 volgt als aparte bijlage."),
        ("h1", "Werkwijze"),
        ("b", "Vijftien panelleden uit acht directies namen deel.", 1),
        ("b", "Er waren drie bijeenkomsten tussen 30 september en 17 oktober 2024.", 1),
        ("b", "Gespreksleiding: Lotte Hendriks (Muzus). Kofi Boateng, panellid uit Stadsbeheer, was co-gespreksleider "
              "bij de bijeenkomst in Stadsdeel Zuidoost.", 1),
        ("h1", "1. Voorbeeldgedrag van managers"),
        ("p", "Ook in deze ronde ging het veel over leiderschap, maar met andere accenten. Panelleden letten nu vooral "
              "op het voorbeeldgedrag van managers: zeggen zij alleen dat het belangrijk is, of laten zij het ook "
              "zien?"),
        ("b", "Managers spreken zich in algemene termen uit, maar grijpen in concrete situaties nog weinig in.", 1),
        _q("Onze afdelingsmanager hield een mooie toespraak op Keti Koti. Een week later liet hij een kwetsende "
           "opmerking in het MT gewoon passeren."),
        ("b", "Teamleiders voelen zich klem zitten tussen de verwachtingen van het MT en de onrust in hun team.", 1),
        ("p", "Een panellid, zelf teamleider: 'Ik wil het goed doen, maar ik heb nooit geleerd hoe je zo'n gesprek "
              "voert. Ik ben bang dat ik het erger maak.'"),
        ("b", "Panelleden vragen om eigenaarschap in de lijn: inclusie hoort een vast onderdeel te zijn van de "
              "gesprekken tussen directeur en afdelingsmanagers.", 1),
        ("b", "Het helpt als het MT fouten durft toe te geven en laat zien wat het ervan heeft geleerd.", 1),
        _q("Toen dhr. Nowak als nieuwe teamleider begon, vroeg hij in het eerste overleg wat wij nodig hadden. Dat had "
           "nog nooit iemand gedaan."),
        ("b", "Panelleden zien verschil tussen directies: waar de directeur het onderwerp zelf agendeert, pakken "
              "managers het eerder op.", 1),
        ("b", "Het leiderschapsprogramma zou meer moeten gaan over gedrag in de praktijk dan over kennis.", 1),
        ("h1", "2. Vertrouwenspersoon, meldpunt en nazorg"),
        ("p", "Sociale veiligheid kwam opnieuw naar voren, maar het gesprek ging nu vooral over de vertrouwenspersoon, "
              "het meldpunt en de nazorg na een melding."),
        ("b", "Panelleden weten inmiddels beter dat er een meldpunt is, maar vertrouwen er niet op dat een melding iets "
              "oplevert.", 1),
        ("b", "De vertrouwenspersonen zijn moeilijk bereikbaar en hebben lange wachttijden.", 1),
        _q("Ik heb de vertrouwenspersoon drie keer gemaild voordat ik een afspraak kreeg. Toen was mijn moed al half "
           "weg."),
        ("b", "Na het afsluiten van een melding volgt geen nazorg. Melders weten niet wat er met hun melding is "
              "gedaan.", 1),
        _q("Het meldpunt sloot mijn melding af met één zin. Niemand heeft gevraagd hoe het daarna met mij ging."),
        ("b", "Panelleden willen een externe vertrouwenspersoon, zodat zij niet bij iemand uit de eigen organisatie "
              "hoeven aan te kloppen.", 1),
        ("b", "Er is behoefte aan een vast aanspreekpunt dat een melding van begin tot eind volgt.", 1),
        _q("'Je kunt me altijd bellen op +31 6 1234 5678', zei de vertrouwenspersoon. Dat nummer bleek niet meer te "
           "werken."),
        ("h1", "3. Racisme en discriminatie"),
        ("p", "Ervaringen met racisme en discriminatie namen in deze ronde veel meer ruimte in dan in de eerste ronde. "
              "Na de publicatie van het onderzoek voelden meer panelleden zich vrij om hun verhaal te delen."),
        ("b", "Panelleden beschrijven racistische opmerkingen over afkomst, huidskleur en geloof, van collega's maar "
              "ook van inwoners aan de balie.", 1),
        _q("Een collega noemde mij in het bijzijn van het hele team een gelukszoeker. Iedereen lachte."),
        ("b", "Moslimcollega's krijgen opmerkingen over hun hoofddoek of over het vasten tijdens de ramadan.", 1),
        _q("Tijdens de ramadan kreeg ik elke dag de vraag of ik nu wel fatsoenlijk kon werken."),
        ("b", "Zwarte collega's vertellen dat zij vaker worden gecontroleerd en minder snel verantwoordelijke taken "
              "krijgen.", 1),
        _q("Bij elke fout werd mijn werk extra nagekeken. Bij mijn witte collega's gebeurde dat niet."),
        ("b", "Collega's met een Oost-Europese achtergrond horen grappen over hun accent en worden op hun afkomst "
              "aangesproken.", 1),
        _q("Ze noemen me nog steeds 'de Pool', terwijl ik hier al twaalf jaar werk."),
        ("b", "Discriminatie door inwoners wordt vaak afgedaan als iets dat bij het werk hoort. Medewerkers aan de "
              "balie en in de wijk voelen zich daarin niet gesteund.", 1),
        _q("Een bewoner schold me uit voor aap. Mijn teamleider zei dat ik dat niet persoonlijk moest opvatten."),
        ("b", "Sommige panelleden beschrijven structurele uitsluiting: zij worden niet uitgenodigd voor informele "
              "momenten en horen belangrijke informatie als laatste.", 1),
        _q("Het is nooit één ding. Het is de optelsom van opmerkingen, blikken en grappen over waar je vandaan komt."),
        ("b", "Panelleden vragen de organisatie racisme bij naam te noemen en het niet te verpakken in algemene termen "
              "als 'ongewenst gedrag'.", 1),
    ]


def panel_round2_part2() -> list[Element]:
    """Groeipanel ronde 2, part 2 (.pdf): discomfort and resistance (new), mentoring, progression to scale 11+."""
    return [
        ("title", "Verslag Groeipanel Inclusie & Diversiteit – ronde 2 (deel 2)"),
        ("p", "Datum: 21 oktober 2024. Vervolg van deel 1."),
        ("h1", "4. Ongemak en weerstand"),
        ("p", "Nieuw in deze ronde is een duidelijk geluid van ongemak en weerstand. Een deel van de panelleden, en "
              "volgens hen ook veel collega's, vindt dat de aandacht voor inclusie doorslaat."),
        ("b", "Sommige collega's noemen zich inclusiemoe: zij vinden dat het onderwerp te veel tijd en aandacht "
              "krijgt.", 1),
        _q("Ik ben er eerlijk gezegd een beetje klaar mee. Elke week weer een sessie of een mail over inclusie."),
        ("b", "Er is weerstand tegen de streefcijfers: collega's zijn bang dat niet meer op kwaliteit wordt "
              "geselecteerd.", 1),
        _q("Als witte man van vijftig heb ik het gevoel dat ik hier niets meer mag zeggen."),
        ("b", "Ook panelleden die het beleid steunen, merken dat de sfeer in hun team verhardt: het onderwerp ligt "
              "gevoelig en gesprekken lopen snel vast.", 1),
        ("b", "Leidinggevenden vinden het moeilijk om met weerstand om te gaan zonder de ervaringen van collega's van "
              "kleur te bagatelliseren.", 1),
        _q("Het woord doorgeslagen valt steeds vaker bij de koffieautomaat. Mensen worden daardoor weer voorzichtiger "
           "met hun verhaal."),
        ("b", "Panelleden vragen om ruimte voor het gesprek over twijfel en ongemak, zonder dat de ondergrens ter "
              "discussie komt te staan.", 1),
        ("h1", "5. Mentoring en loopbaangesprekken"),
        ("p", "Het onderwerp doorgroei uit de eerste ronde viel deze keer uiteen in twee afzonderlijke gesprekken. Het "
              "eerste ging over mentoring en loopbaangesprekken."),
        ("b", "Panelleden die een mentor hebben gehad, zijn daar zeer positief over: een mentor helpt om het netwerk "
              "en de ongeschreven regels te leren kennen.", 1),
        _q("Mijn mentor leerde me hoe ik mezelf moest presenteren in een sollicitatiegesprek. Dat had niemand me "
           "eerder verteld."),
        ("b", "Het mentorprogramma is klein en onbekend; er zijn meer aanmeldingen dan mentoren.", 1),
        ("b", "Loopbaangesprekken worden vaak overgeslagen of gaan alleen over het huidige werk, niet over "
              "ambities.", 1),
        _q("In mijn jaargesprek ging het twintig minuten over mijn verzuim en twee minuten over mijn toekomst."),
        ("b", "Panelleden willen dat elke medewerker minstens één keer per jaar een echt loopbaangesprek heeft, los "
              "van de beoordeling.", 1),
        ("h1", "6. Doorstroom naar leidinggevende functies en schaal 11+"),
        ("p", "Het tweede gesprek ging over doorstroom naar leidinggevende functies en naar functies in schaal 11 en "
              "hoger."),
        ("b", "In de hogere schalen en in het management zijn collega's met een migratieachtergrond nog steeds sterk "
              "ondervertegenwoordigd.", 1),
        _q("Vanaf schaal 11 zie je bijna alleen nog witte gezichten. Dan vraag je je af of er voor jou wel een plek "
           "is."),
        ("b", "Selectiecommissies voor leidinggevende functies zijn weinig divers en kiezen vaak iemand die op henzelf "
              "lijkt.", 1),
        _q("Ik ben drie keer tweede geworden voor een functie als teamleider. De feedback was steeds: je past nog "
           "niet helemaal in het team."),
        ("b", "Panelleden vragen om diverse selectiecommissies en open procedures voor alle functies vanaf schaal "
              "11.", 1),
        ("b", "Waarnemende en interim-functies, vaak een opstap naar een vaste leidinggevende functie, worden zonder "
              "procedure vergeven.", 1),
        ("h1", "Aanbevelingen van het panel"),
        ("n", "Laat managers het goede voorbeeld geven en spreek hen daarop aan."),
        ("n", "Zorg voor bereikbare vertrouwenspersonen en vaste nazorg na elke melding."),
        ("n", "Noem racisme bij naam en steun medewerkers die discriminatie door inwoners meemaken."),
        ("n", "Maak ruimte voor het gesprek over ongemak en weerstand, met een duidelijke ondergrens."),
        ("n", "Breid het mentorprogramma uit en voer met iedereen een jaarlijks loopbaangesprek."),
        ("n", "Maak doorstroom naar schaal 11 en hoger transparant, met diverse selectiecommissies."),
    ]


# ---------------------------------------------------------------------------------------------------------------
# Employee survey: two rounds, two open questions. Answers are composed from hand-written fragments per theme;
# lines starting with "+ " are follow-up sentences that may be appended to a core sentence.
# ---------------------------------------------------------------------------------------------------------------

QUESTIONS = {
    "ervaring": "Kunt u een ervaring beschrijven met inclusie of uitsluiting op uw werk?",
    "verbetering": "Wat zou uw organisatieonderdeel inclusiever maken?",
}
THEME_LABELS = {
    "leiderschap": "leiderschap / rol van leidinggevenden",
    "veiligheid": "sociale veiligheid en melden",
    "racisme": "racisme en discriminatie",
    "toegankelijkheid": "toegankelijkheid",
    "ongemak": "ongemak en weerstand",
    "werving": "werving en representatie",
    "werkdruk": "werkdruk en maatwerk",
    "doorgroei": "doorgroei en talent",
}
# Share (percent) of the non-trivial answers per theme and round. Round 2 uses new wording for leiderschap,
# veiligheid and doorgroei (mentoring, loopbaangesprekken, schaal 11+).
SHARES = {
    "ronde 1": {"toegankelijkheid": 15, "ongemak": 0, "racisme": 10, "leiderschap": 15, "veiligheid": 15,
                "werving": 15, "werkdruk": 12, "doorgroei": 18},
    "ronde 2": {"toegankelijkheid": 2, "ongemak": 15, "racisme": 18, "leiderschap": 15, "veiligheid": 15,
                "werving": 12, "werkdruk": 10, "doorgroei": 13},
}
N_RESPONDENTS = {"ronde 1": 125, "ronde 2": 135}
UNITS = (("Wonen", 10), ("Sociaal Domein", 18), ("Stadsbeheer", 16), ("Bedrijfsvoering", 14),
         ("Werk Participatie en Inkomen", 15), ("Stadsdeel Zuidoost", 15), ("ICT", 12))
TRIVIAL = ("geen", "Geen.", "n.v.t.", "nvt", "weet ik niet", "nee", "Geen", "Weet ik niet.", "n.v.t", "nee hoor")

POOLS: dict[tuple[str, str, str], str] = {}


def _pool(theme: str, variant: str, question: str, text: str) -> None:
    POOLS[(theme, variant, question)] = text


_pool("leiderschap", "1", "ervaring", """
Mijn leidinggevende reageerde niet toen een collega een opmerking maakte over mijn afkomst.
Toen ik aangaf dat ik me buitengesloten voelde, zei mijn leidinggevende dat ik het me niet zo moest aantrekken.
Onze teamleider maakt zelf grapjes waar je eigenlijk niet om kunt lachen.
Mijn leidinggevende heeft nooit tijd voor een echt gesprek, het gaat altijd over productie.
Ik heb een leidinggevende die echt luistert en doorvraagt, dat maakt veel verschil.
Bij ons kijkt de leidinggevende weg als er iets gebeurt in het team.
Leidinggevenden weten niet goed wat ze moeten doen als iemand zich gediscrimineerd voelt.
Mijn vorige leidinggevende stond altijd achter me, de huidige helaas niet.
In het werkoverleg werd een kwetsende opmerking gemaakt en de leidinggevende liet het gewoon passeren.
Als leidinggevende merk ik dat ik handelingsverlegen ben: ik wil het goed doen, maar weet niet hoe.
Mijn teamleider nam het meteen voor me op toen een klant een nare opmerking maakte.
Ik heb mijn leidinggevende verteld wat er gebeurde en hij zei alleen: 'Dat bedoelde hij vast niet zo.'
+ Daardoor durf ik het niet meer aan te kaarten.
+ Dat gaf me het gevoel dat het er niet toe doet.
+ Het hangt heel erg af van wie je leidinggevende is.
+ Ik heb het er later nog eens over gehad, maar er veranderde niets.
+ Dat zegt veel over de cultuur hier.
+ Dat had ik eerlijk gezegd niet verwacht.
""")
_pool("leiderschap", "1", "verbetering", """
Leidinggevenden trainen in het voeren van moeilijke gesprekken.
Leidinggevenden moeten het goede voorbeeld geven en zelf ingrijpen bij grensoverschrijdend gedrag.
Beoordeel leidinggevenden ook op hoe ze met inclusie omgaan.
Kleinere teams, zodat de leidinggevende tijd heeft voor iedereen.
Meer steun voor leidinggevenden die hiermee worstelen.
Een leidinggevende die echt luistert in plaats van meteen naar HR door te verwijzen.
Leidinggevenden moeten het onderwerp zelf op de agenda van het werkoverleg zetten.
Zorg dat leidinggevenden weten wat ze moeten doen als iemand iets meldt.
Een leidinggevende die zelf het gesprek begint en niet wacht tot er iets misgaat.
Leidinggevenden die ook na een incident blijven vragen hoe het met je gaat.
Geef teamleiders tijd en ruimte om met hun mensen te praten, niet alleen over productie.
+ Nu blijft het te vrijblijvend.
+ Dat begint bij de leidinggevende.
+ Het moet van bovenaf gedragen worden.
+ Anders verandert er niets.
+ Dan voelen mensen zich ook serieus genomen.
""")
_pool("leiderschap", "2", "ervaring", """
Onze manager praat mooi over inclusie, maar laat in het MT kwetsende opmerkingen gewoon passeren.
De afdelingsmanager zegt dat het belangrijk is, maar ik zie het niet terug in zijn gedrag.
Het voorbeeldgedrag van het management ontbreekt: er wordt veel gezegd en weinig gedaan.
Onze nieuwe manager vraagt in elk overleg hoe het met iedereen gaat, dat voelt echt anders.
Managers zitten zelf klem tussen wat het MT wil en wat er in het team speelt.
Ik zie dat de directeur het onderwerp serieus neemt, maar op afdelingsniveau komt het niet aan.
Het MT heeft na het onderzoek één mail gestuurd en daarna niets meer.
Mijn manager durfde toe te geven dat hij het verkeerd had aangepakt, dat vond ik sterk.
Als teamleider krijg ik weinig ruggensteun van mijn eigen manager als het schuurt.
Sinds het onderzoek is onze manager veel alerter, hij grijpt nu zelf in als er iets gezegd wordt.
De directeur kwam bij ons op de afdeling vertellen wat ze met de uitkomsten gaat doen, dat werd gewaardeerd.
+ Woorden zijn makkelijk, gedrag is lastiger.
+ Mensen kijken naar wat je doet, niet naar wat je zegt.
+ Dat heeft me echt geholpen.
+ Zo verlies je vertrouwen.
+ Het verschilt enorm per afdeling.
""")
_pool("leiderschap", "2", "verbetering", """
Managers moeten het goede voorbeeld geven, ook als het ongemakkelijk is.
Maak inclusie een vast onderdeel van de gesprekken tussen directeur en afdelingsmanagers.
Spreek managers aan op hun voorbeeldgedrag en niet alleen op cijfers.
Het leiderschapsprogramma moet over gedrag in de praktijk gaan, niet over theorie.
Het MT moet zichtbaarder zijn op de werkvloer en zelf het gesprek aangaan.
Meer eigenaarschap in de lijn, nu wordt alles bij Bureau I&D neergelegd.
Managers die fouten durven toe te geven en laten zien wat ze ervan geleerd hebben.
Laat het MT zelf ook een training volgen, niet alleen de teamleiders.
Managers moeten niet alleen tijdens Keti Koti iets zeggen, maar het hele jaar door.
+ Daar begint het.
+ Dat is nu echt het verschil tussen directies.
+ Het moet geen praatje voor de vaak zijn.
+ Dan volgt de rest vanzelf.
""")
_pool("veiligheid", "1", "ervaring", """
Ik heb een keer een opmerking gemeld, maar er is nooit iets mee gedaan.
Ik durf collega's niet aan te spreken op hun gedrag, dan sta je meteen alleen.
Ik heb niets gemeld omdat ik een tijdelijk contract heb.
Niemand in mijn team durft iets te zeggen als er grensoverschrijdende grappen worden gemaakt.
Ik weet eerlijk gezegd niet waar ik terechtkan als er iets gebeurt.
Een collega werd gepest en iedereen keek weg, ik ook.
Toen ik iemand aansprak op een racistische opmerking, werd ik als lastig gezien.
Het zijn vaak kleine dingen, die ga je niet melden, maar ze stapelen zich op.
Ik voel me niet veilig genoeg om te zeggen wat ik echt denk.
Na mijn melding heb ik maanden niks gehoord.
Ik heb een collega aangesproken op een opmerking en hij bood gelukkig meteen excuses aan.
Als je iets zegt, ben je meteen 'die lastige collega'.
+ Dan houd je je mond maar.
+ Ik ben bang voor de gevolgen.
+ Dat is niet goed voor je.
+ Het heeft me veel energie gekost.
+ Dat geldt voor meer collega's.
+ Ik heb er thuis nog lang over nagedacht.
""")
_pool("veiligheid", "1", "verbetering", """
Duidelijk maken waar je een melding kunt doen en wat er daarna gebeurt.
Een training in elkaar aanspreken, zonder dat het meteen een conflict wordt.
Meldingen serieus nemen en melders op de hoogte houden.
Zorg dat mensen met een tijdelijk contract ook veilig kunnen melden.
Meer gesprekken in kleine groepen waar je vrijuit kunt praten.
Een anoniem meldpunt waar je zonder angst terechtkunt.
Collega's leren om niet weg te kijken, maar in te grijpen.
Een cultuur waarin je elkaar gewoon kunt aanspreken zonder dat het persoonlijk wordt.
Terugkoppeling aan de melder, ook als er niets uit komt.
Een vertrouwd iemand buiten je eigen team bij wie je je verhaal kwijt kunt.
+ Nu durft niemand iets te zeggen.
+ Veiligheid komt eerst.
+ Dan gaan mensen ook eerder melden.
+ Dat zou echt helpen.
""")
_pool("veiligheid", "2", "ervaring", """
Ik heb drie keer de vertrouwenspersoon gemaild voordat ik een afspraak kreeg.
Het meldpunt heeft mijn melding afgesloten zonder dat ik wist wat er was gebeurd.
Na mijn melding is er geen nazorg geweest, niemand vroeg hoe het met me ging.
De vertrouwenspersoon was heel fijn, maar daarna liep het vast bij P&O.
Ik wist niet dat we een meldpunt hadden tot een collega het me vertelde.
Bij het meldpunt moest ik mijn verhaal drie keer opnieuw vertellen aan verschillende mensen.
De vertrouwenspersoon werkt ook voor mijn eigen directie, dat voelde niet veilig.
Mijn melding ligt al sinds het voorjaar bij het meldpunt en ik heb niets meer gehoord.
Na de afhandeling van mijn klacht moest ik gewoon weer naast die collega werken, zonder enige begeleiding.
Via het meldpunt kreeg ik binnen een week een gesprek, dat ging eigenlijk best goed.
+ Dat zegt genoeg over hoe serieus het genomen wordt.
+ Ik zou het niet nog een keer doen.
+ Dat heeft mijn vertrouwen geen goed gedaan.
+ Je voelt je echt in de steek gelaten.
+ Gelukkig had ik steun van mijn collega's.
""")
_pool("veiligheid", "2", "verbetering", """
Een externe vertrouwenspersoon, zodat je niet bij iemand uit je eigen organisatie hoeft aan te kloppen.
Vaste nazorg na elke melding, ook als de melding is afgesloten.
Meer vertrouwenspersonen en kortere wachttijden.
Eén vast aanspreekpunt dat je melding van begin tot eind volgt.
Het meldpunt moet melders binnen een week terugbellen.
Laat het meldpunt elk jaar zien wat er met de meldingen is gedaan.
Betere bekendheid van de vertrouwenspersoon, veel mensen weten niet eens dat die bestaat.
Een nazorggesprek een paar maanden na de melding, om te kijken hoe het gaat.
Vertrouwenspersonen die ook 's avonds of in de buitendienst bereikbaar zijn.
+ Nu voelt melden zinloos.
+ Dat is toch het minste.
+ Dan krijgt het meldpunt ook weer vertrouwen.
""")
_pool("racisme", "", "ervaring", """
Een collega vroeg of ik wel goed Nederlands sprak, terwijl ik hier geboren ben.
Ik word regelmatig voor de schoonmaker aangezien omdat ik zwart ben.
Tijdens de ramadan kreeg ik steeds opmerkingen of ik wel kon werken.
Er worden grappen gemaakt over mijn hoofddoek.
Een bewoner schold me aan de balie uit en mijn teamleider zei dat dat bij het werk hoort.
Collega's noemen me na tien jaar nog steeds 'de Pool'.
Bij fouten wordt mijn werk extra gecontroleerd, bij witte collega's niet.
Ik hoor opmerkingen over mijn accent en mijn afkomst.
Een collega zei dat 'mensen zoals ik' hier alleen door de streefcijfers binnenkomen.
Op een teamuitje werden racistische grappen gemaakt en niemand zei er iets van.
Mijn collega van Surinaamse afkomst krijgt steeds de vraag waar hij 'echt' vandaan komt.
Ik werd bij de ingang om mijn pasje gevraagd, mijn witte collega liep zo door.
In een vergadering werd ik aangesproken als 'jullie', alsof ik namens alle moslims sprak.
Een collega imiteerde mijn accent tijdens de lunch en iedereen lag dubbel.
+ Dat doet pijn.
+ Ik ben het zat.
+ Je went eraan, maar dat zou niet moeten.
+ Het gebeurt vaker dan mensen denken.
+ Dit is racisme en zo moet het ook genoemd worden.
+ Ik heb het niet gemeld.
""")
_pool("racisme", "", "verbetering", """
Racisme bij naam noemen in plaats van te praten over 'ongewenst gedrag'.
Duidelijke sancties bij discriminatie, ook als het 'maar een grap' was.
Steun voor collega's aan de balie die door inwoners worden gediscrimineerd.
Training over racisme en vooroordelen voor alle medewerkers, niet alleen voor leidinggevenden.
Een duidelijke ondergrens: racistische opmerkingen worden niet getolereerd.
Stoppen met grappen over afkomst en geloof, en mensen daarop aanspreken.
Erkennen dat discriminatie hier echt gebeurt.
Bescherming van medewerkers tegen racistische inwoners, bijvoorbeeld met een duidelijk protocol aan de balie.
Luisteren naar de ervaringen van collega's van kleur, zonder meteen in de verdediging te schieten.
Openlijk afstand nemen van racistische grappen, ook door de directie.
+ Nu wordt het te vaak weggewuifd.
+ Dat zou een begin zijn.
+ Zonder consequenties verandert er niks.
""")
_pool("toegankelijkheid", "", "ervaring", """
De lift is weer kapot en ik kan met mijn rolstoel niet naar de vergaderzaal.
Mijn aangepaste werkplek heeft vijf maanden op zich laten wachten.
Het nieuwe HR-portaal werkt niet met mijn schermlezer.
Voor hulpmiddelen moet je ontelbare formulieren invullen.
Bij grote bijeenkomsten is er geen ringleiding, dus als slechthorende kan ik niets volgen.
Flexplekken zijn voor mij niet te doen, ik heb een vaste aangepaste werkplek nodig.
Veel documenten zijn scans zonder tekst, die kan ik niet lezen met mijn software.
Het gebouw is slecht toegankelijk en de invalidenparkeerplaats staat altijd vol met dienstauto's.
Mijn collega met een visuele beperking moet voor alles hulp vragen.
Het duurde drie maanden voordat mijn spraaksoftware op de nieuwe laptop werkte.
+ Dan voel je je echt een last.
+ Niemand lijkt zich daar verantwoordelijk voor te voelen.
+ Dit speelt al jaren.
+ Toegankelijkheid is geen gunst.
""")
_pool("toegankelijkheid", "", "verbetering", """
Zorg dat alle gebouwen goed toegankelijk zijn, ook als de lift kapot is.
Hulpmiddelen sneller regelen, zonder eindeloze formulieren.
Digitale systemen laten testen op toegankelijkheid voordat ze worden ingevoerd.
Ringleiding in alle grote vergaderzalen.
Documenten standaard toegankelijk maken voor schermlezers.
Vaste werkplekken voor collega's die dat nodig hebben.
Een vast aanspreekpunt voor hulpmiddelen, zodat je niet steeds van loket naar loket gaat.
Een lift die het doet, en een plan als hij het niet doet.
+ Dat is gewoon wettelijk verplicht.
+ Denk vooraf aan collega's met een beperking.
+ Dan kan iedereen meedoen.
""")
_pool("ongemak", "", "ervaring", """
Ik ben eerlijk gezegd inclusiemoe, het gaat nergens anders meer over.
Het beleid is doorgeslagen, je mag niks meer zeggen.
Als witte man voel ik me tegenwoordig verdacht.
Elke week weer een mail of een sessie over inclusie, ik word er moe van.
In ons team ligt het onderwerp zo gevoelig dat niemand er nog over begint.
Ik merk weerstand in mijn team, mensen vinden dat er te veel aandacht voor is.
Bij de koffieautomaat hoor ik steeds vaker dat het allemaal doorgeslagen is.
Ik steun het beleid, maar de sfeer in mijn team is er harder door geworden.
Collega's zijn bang dat er niet meer op kwaliteit wordt geselecteerd.
Er wordt zo veel over inclusie gepraat dat het me eerlijk gezegd tegenstaat.
Ik durf in het werkoverleg niet meer te zeggen dat ik twijfels heb over het beleid.
+ Dat is ook een geluid dat gehoord mag worden.
+ Ik zeg het liever anoniem.
+ Dat is jammer, want het doel is goed.
+ Er is weinig ruimte voor twijfel.
""")
_pool("ongemak", "", "verbetering", """
Minder sessies over inclusie en ons gewoon ons werk laten doen.
Stop met de streefcijfers en selecteer op kwaliteit.
Ruimte voor het gesprek over twijfel, zonder dat je meteen als racist wordt weggezet.
Minder van bovenaf opleggen en meer aan de teams zelf overlaten.
Het niet overdrijven, dan krijg je de mensen vanzelf mee.
Luister ook naar de collega's die het er niet mee eens zijn.
Gewoon iedereen gelijk behandelen, dan heb je al dat beleid niet nodig.
Minder nadruk op verschillen, meer op wat we samen doen.
+ Nu werkt het averechts.
+ Anders haken mensen af.
+ Het is te veel van het goede.
""")
_pool("werving", "", "ervaring", """
In mijn team werkt niemand met een migratieachtergrond, terwijl we de hele stad bedienen.
Bij de laatste vacature zaten er alleen maar witte mensen in de selectiecommissie.
Wij zijn met z'n tweeën de enigen van kleur op de hele afdeling.
Ons team is de afgelopen jaren diverser geworden en dat merk je aan de sfeer.
Vacatures worden vaak via via ingevuld, dan krijg je steeds hetzelfde soort mensen.
Bij sollicitaties wordt gelet op 'past in het team', en dat betekent meestal: lijkt op ons.
In het stadsdeel is het personeel veel diverser dan in het Stadskantoor.
Ik werd aangenomen als 'diverse kandidaat' en zo word ik ook aangesproken.
Op de foto van ons MT staat niemand die lijkt op de mensen die wij in de wijk helpen.
+ Dat valt bewoners ook op.
+ Dat is zonde.
+ Zo blijf je in een kringetje draaien.
+ Daar mag best meer aandacht voor zijn.
""")
_pool("werving", "", "verbetering", """
Diverse selectiecommissies bij elke vacature.
Vacatures breder uitzetten, ook in de wijken en via netwerken.
Anoniem solliciteren invoeren.
Meer stageplekken voor mbo-studenten uit de stad.
Let bij werving op talent en niet op 'past in het team'.
Werven in de buurt: de wijk in, de buurt in.
Meer diversiteit in het MT en bij de werving van nieuwe collega's.
Werven via de medewerkersnetwerken en via sportclubs en moskeeën in de wijk.
Streefcijfers per afdeling, en daar ook echt op sturen.
+ Dan krijg je een organisatie die lijkt op de stad.
+ Dat werkt, zie je bij andere gemeenten.
+ Begin bij de top.
""")
_pool("werkdruk", "", "ervaring", """
De werkdruk is zo hoog dat er geen tijd is voor gesprekken over inclusie.
Ik moest met een chronische ziekte vechten voor aangepaste werktijden.
Bij ons wordt bij het inroosteren weinig rekening gehouden met mantelzorg of geloof.
Mijn verzoek om met het Suikerfeest vrij te nemen werd afgewezen vanwege de planning.
Door de krapte in het team draait iedereen overuren, dan sneeuwt dit soort dingen onder.
In de buitendienst is alles anders dan op kantoor, maar de maatregelen zijn overal hetzelfde.
Mijn leidinggevende regelde zonder gedoe dat ik mijn werk kon aanpassen aan mijn behandeling.
Thuiswerken mag voor de een wel en voor de ander niet, dat voelt willekeurig.
Als alleenstaande moeder met een fulltimebaan is er voor mij weinig ruimte om mee te doen aan extra sessies.
+ Maatwerk zou veel schelen.
+ Het hangt af van wie je het vraagt.
+ Dan houd je het niet lang vol.
+ Dat verdient ook aandacht.
""")
_pool("werkdruk", "", "verbetering", """
Ruimte voor maatwerk per directie, de uitvoering heeft iets anders nodig dan beleid.
Minder werkdruk, zodat er tijd is voor het gesprek.
Flexibele werktijden voor mantelzorgers en mensen met een beperking of chronische ziekte.
Vrij kunnen nemen op je eigen feestdagen zonder gedoe.
Niet alle maatregelen voor iedereen hetzelfde, maar kijken wat een team nodig heeft.
Meer personeel, dan is er ook ruimte voor inclusie.
Maatwerk voor de buitendienst: wij kunnen niet zomaar een middag naar een training.
Laat teams zelf kiezen hoe ze met het onderwerp aan de slag gaan.
+ Eén maat past niet iedereen.
+ Dat zou al veel schelen.
+ Nu is er gewoon geen tijd.
""")
_pool("doorgroei", "1", "ervaring", """
Ik zit al jaren in dezelfde schaal, terwijl collega's die na mij kwamen zijn doorgegroeid.
Niemand heeft me ooit gevraagd waar ik over vijf jaar wil staan.
Bij ons worden hogere functies vaak ingevuld voordat de vacature openstaat.
Ik heb drie keer gesolliciteerd op een hogere functie en kreeg nooit uitleg.
Het talentprogramma is bij ons op de afdeling totaal onbekend.
Ik zie bijna geen mensen zoals ik in leidinggevende functies.
Mijn opleidingsverzoek werd afgewezen omdat er 'geen budget' was, een collega kreeg het wel.
Ik heb een mentor gehad en daardoor ben ik doorgegroeid.
Ik heb een hbo-diploma, maar blijf steken in een mbo-functie.
+ Dat is demotiverend.
+ Je gaat dan toch twijfelen aan jezelf.
+ Ik denk erover om weg te gaan.
+ Zo verlies je talent.
""")
_pool("doorgroei", "1", "verbetering", """
Eerlijke en transparante doorgroeimogelijkheden voor iedereen.
Elke vacature openstellen, ook voor interne kandidaten uit de uitvoering.
Meer opleidingsbudget en een eerlijke verdeling ervan.
Een talentprogramma dat ook openstaat voor collega's met een mbo-opleiding.
Meer rolmodellen in hogere functies.
Loopbaangesprekken voor iedereen, niet alleen voor de mensen die al opvallen.
Een doorgroeiplan voor iedereen die dat wil, met duidelijke afspraken.
Stop met informeel 'tikken op de schouder' bij promoties.
+ Nu hangt het te veel af van je netwerk.
+ Dan blijft talent ook behouden.
+ Daar wint iedereen bij.
""")
_pool("doorgroei", "2", "ervaring", """
Mijn jaargesprek ging vooral over verzuim en nauwelijks over mijn ambities.
Ik heb me aangemeld voor het mentorprogramma, maar er was geen mentor beschikbaar.
Dankzij mijn mentor snap ik eindelijk de ongeschreven regels hier.
Een echt loopbaangesprek heb ik nog nooit gehad.
Vanaf schaal 11 zie je bijna alleen nog witte gezichten.
Ik ben twee keer tweede geworden voor een functie als teamleider, de feedback was dat ik 'nog niet helemaal paste'.
Waarnemende functies worden zonder procedure vergeven, en daarmee ook de vaste functie.
De selectiecommissie voor de functie van afdelingsmanager bestond weer alleen uit witte mannen.
Mijn mentor heeft me geholpen om door te stromen naar een functie in schaal 11.
+ Dat is demotiverend.
+ Zo kom je er nooit tussen.
+ Je moet het echt zelf regelen.
+ Ik denk erover om weg te gaan.
""")
_pool("doorgroei", "2", "verbetering", """
Een groter mentorprogramma, nu zijn er meer aanmeldingen dan mentoren.
Elk jaar een loopbaangesprek, los van de beoordeling.
Open procedures voor alle functies vanaf schaal 11.
Diverse selectiecommissies bij leidinggevende functies.
Een leiderschapstraject voor talentvolle collega's die nu niet worden gezien.
Waarnemende functies ook openstellen via een procedure.
Mentoren koppelen aan nieuwe collega's, vooral aan mensen zonder netwerk in de organisatie.
Een loopbaangesprek waarin het echt over ambities gaat, niet over verzuim.
+ Nu blijft het bij mooie woorden.
+ Dan krijg je ook een diverser management.
+ Daar wint iedereen bij.
""")

OPENERS = {
    "ervaring": ("Lastige vraag.", "Ik werk hier nu ruim vijf jaar.", "Goede vraag.", "Ik kan wel een voorbeeld geven.",
                 "Eén voorbeeld:", "Wat ik heb meegemaakt:", "Tja.", "Ik werk in de uitvoering.",
                 "Eerlijk antwoord:", "Dit is een tijdje geleden, maar het zit me nog steeds dwars.",
                 "Ik werk sinds vorig jaar bij de gemeente.", "Waar zal ik beginnen.",
                 "Ik zit in de buitendienst."),
    "verbetering": ("Simpel:", "Om te beginnen:", "Eigenlijk vooral dit:", "Wat mij betreft:", "Goede vraag.",
                    "Ik heb er wel ideeën over.", "Kort gezegd:", "Mijn advies:", "Het belangrijkste:",
                    "Zie ook mijn vorige antwoord."),
}
CLOSERS = ("Dat mag wel wat beter.", "Hopelijk wordt hier echt iets mee gedaan.", "Dank voor het vragen.",
           "Meer kan ik er niet over zeggen.", "Verder ben ik best tevreden over mijn werk.", "Succes ermee!",
           "Ik hoop dat deze enquête iets oplevert.", "Fijn dat dit gevraagd wordt.",
           "Ik ben benieuwd wat er met de uitkomsten gebeurt.", "Maar goed, dat is mijn mening.")

# Answers that carry planted personal data: (round, question, theme, text). Round 1 text must be cp1252-safe.
PERSONAL_ANSWERS = (
    ("ronde 1", "ervaring", "racisme", "mijn leidinggevende ahmed maakte grapjes over mijn hoofddoek en toen ik er "
                                       "wat van zei werd er alleen gelachen"),
    ("ronde 1", "ervaring", "leiderschap", "teamleider sanne neemt nooit tijd voor een gesprek, alles moet via de mail"),
    ("ronde 1", "ervaring", "racisme", "Bel me gerust voor een toelichting: 06-12345678. Ik heb in mijn team veel "
                                       "racistische opmerkingen meegemaakt."),
    ("ronde 1", "ervaring", "veiligheid", "mail me maar op kofi.boateng83@gmail.com, ik vertel liever persoonlijk wat "
                                          "er bij Stadsbeheer met mijn melding is gebeurd"),
    ("ronde 1", "ervaring", "doorgroei", "Ik ben geboren op 14-03-1987, dus geen starter meer, maar als het om "
                                         "doorgroei gaat word ik nog steeds zo behandeld."),
    ("ronde 1", "ervaring", "leiderschap", "Dhr. Doelwijt doet echt zijn best in ons team, dat mag ook weleens gezegd "
                                           "worden."),
    ("ronde 1", "ervaring", "racisme", "Mijn collega Agnieszka wordt steeds 'die Poolse' genoemd, ook waar ze bij is."),
    ("ronde 1", "verbetering", "doorgroei", f"Ik wilde een opleiding volgen om door te groeien, maar moest die zelf "
                                            f"voorschieten. De € 450 is nooit teruggestort op {IBAN}."),
    ("ronde 1", "ervaring", "toegankelijkheid", "Post van P&O over mijn aangepaste werkplek ging naar mijn oude adres, "
                                                "Kastanjelaan 17, 3512 AB Voorbeeldstad. Tekenend voor hoe het gaat."),
    ("ronde 2", "ervaring", "toegankelijkheid", f"Voor mijn re-integratie moest ik mijn BSN {BSN} doorgeven aan een "
                                                f"extern bureau, en de hulpmiddelen zijn er nog steeds niet."),
    ("ronde 2", "ervaring", "veiligheid", "als iemand van het meldpunt wil terugbellen: 06 48213377, ik wacht al sinds "
                                          "maart"),
    ("ronde 2", "ervaring", "racisme", "kofi uit mijn team wordt altijd als eerste verdacht als er iets kwijt is"),
    ("ronde 2", "ervaring", "werving", "mustafa en ik zijn de enige twee van kleur op de hele afdeling"),
    ("ronde 2", "ervaring", "leiderschap", "onze manager priscilla is echt een voorbeeld, ze spreekt mensen direct aan"),
    ("ronde 2", "ervaring", "doorgroei", "Ik ben van 3 april 1979 en kreeg te horen dat ik 'te oud' ben voor het "
                                         "mentorprogramma."),
    ("ronde 2", "ervaring", "leiderschap", "Directeur Ayşe Yılmaz zei in ons MT hardop dat racisme niet wordt "
                                           "getolereerd. Dat gaf echt steun."),
    ("ronde 2", "verbetering", "veiligheid", "Meer mensen zoals Fatima van Bureau I&D, die ons na een incident echt "
                                             "heeft geholpen."),
)


def _parse_pool(text: str) -> tuple[list[str], list[str]]:
    cores, extras = [], []
    for line in text.strip().splitlines():
        (extras if line.startswith("+ ") else cores).append(line[2:] if line.startswith("+ ") else line)
    return cores, extras


def _variant(theme: str, rnd: str) -> str:
    if theme in ("leiderschap", "veiligheid", "doorgroei"):
        return "1" if rnd == "ronde 1" else "2"
    return ""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "MT" else text


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    kind = rng.random()
    if kind < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # swap two letters
    elif kind < 0.8:
        w = w[:j] + w[j + 1:]  # drop a letter
    else:
        w = w[:j] + w[j] + w[j:]  # double a letter
    words[i] = w
    return " ".join(words)


def compose_answer(theme: str, rnd: str, question: str, rng: random.Random) -> str:
    """Compose one natural answer from the fragment pools, with varied length, register and small typos."""
    cores, extras = _parse_pool(POOLS[(theme, _variant(theme, rnd), question)])
    core = rng.choice(cores)
    style = rng.random()
    parts: list[str] = []
    if style < 0.3:
        parts = [core]
    elif style < 0.7:
        parts = [core, rng.choice(extras)]
    elif style < 0.9:
        opener = rng.choice(OPENERS[question])
        parts = [opener, _lower_first(core) if opener.endswith(":") else core, rng.choice(extras)]
        if rng.random() < 0.5:
            parts.append(rng.choice(CLOSERS))
    else:
        second = rng.choice([c for c in cores if c != core])
        link = rng.choice(("Daarnaast:", "En verder:", "Wat ook speelt:" if question == "ervaring" else "Ook:"))
        parts = [rng.choice(OPENERS[question]), core, rng.choice(extras), link, _lower_first(second),
                 rng.choice(CLOSERS)]
        if parts[0].endswith(":"):
            parts[1] = _lower_first(core)
    text = " ".join(parts)
    while len(text.split()) > 60 and len(parts) > 2:
        parts.pop()
        text = " ".join(parts)
    r = rng.random()
    if r < 0.10:
        text = text.lower()
    elif r < 0.16:
        text = text.replace("eigenlijk", "eigl").replace("bijvoorbeeld", "bv").replace("Ik ", "k ", 1)
    if rng.random() < 0.14:
        text = text.rstrip(".!")
    if rng.random() < 0.09:
        text = _typo(text, rng)
    if rng.random() < 0.04:
        text = text.rstrip(".") + "..."
    if rnd == "ronde 1" and rng.random() < 0.25:
        text = text.replace("'s ", "’s ")  # Word's typographic apostrophe: cp1252 byte 0x92
    return text


@dataclass
class SurveyCell:
    """One answer cell in the survey (truth kept beside the text)."""

    respondent: str
    rnd: str
    unit: str
    question: str
    theme: str | None  # None for trivial or empty answers
    text: str
    kind: str = "answer"  # answer | trivial | empty | duplicate | personal


def _quota(total: int, shares: dict[str, int]) -> list[str]:
    raw = {t: total * s / 100 for t, s in shares.items()}
    counts = {t: int(v) for t, v in raw.items()}
    rest = total - sum(counts.values())
    for t in sorted(raw, key=lambda t: (-(raw[t] - counts[t]), t))[:rest]:
        counts[t] += 1
    return [t for t in sorted(counts) for _ in range(counts[t])]


def build_survey(rng: random.Random) -> list[SurveyCell]:
    """All survey cells of both rounds, with their theme truth."""
    cells: list[SurveyCell] = []
    units = [u for u, _ in UNITS]
    weights = [w for _, w in UNITS]
    for rnd, n in N_RESPONDENTS.items():
        prefix = "R1" if rnd == "ronde 1" else "R2"
        round_cells: list[SurveyCell] = []
        for i in range(1, n + 1):
            unit = rng.choices(units, weights)[0]
            for question in QUESTIONS:
                r = rng.random()
                if question == "verbetering" and r < 0.025:
                    cell = SurveyCell(f"{prefix}-{i:03d}", rnd, unit, question, None, "", "empty")
                elif r < 0.105:
                    cell = SurveyCell(f"{prefix}-{i:03d}", rnd, unit, question, None, rng.choice(TRIVIAL), "trivial")
                else:
                    cell = SurveyCell(f"{prefix}-{i:03d}", rnd, unit, question, "", "")
                round_cells.append(cell)
        open_cells = [c for c in round_cells if c.kind == "answer"]
        themes = _quota(len(open_cells), SHARES[rnd])
        rng.shuffle(themes)
        for cell, theme in zip(open_cells, themes, strict=True):
            cell.theme = theme
        # planted personal data: take over a cell of the same round, question and theme
        for p_rnd, p_question, p_theme, text in PERSONAL_ANSWERS:
            if p_rnd != rnd:
                continue
            spots = [c for c in open_cells if c.kind == "answer" and c.question == p_question
                     and c.theme == p_theme and not c.text]
            spot = rng.choice(spots) if spots else None
            if spot is None:
                raise RuntimeError(f"no {p_theme} cell for a personal answer in {rnd}/{p_question}")
            spot.text, spot.kind = text, "personal"
        seen: dict[tuple[str, str], list[str]] = {}
        for cell in open_cells:
            if cell.kind == "personal":
                continue
            earlier = seen.get((cell.question, cell.theme), [])
            if earlier and rng.random() < 0.045:
                cell.text, cell.kind = rng.choice(earlier), "duplicate"
            else:
                cell.text = compose_answer(cell.theme, rnd, cell.question, rng)
                if len(cell.text.split()) <= 12:  # short answers are the ones people repeat word for word
                    seen.setdefault((cell.question, cell.theme), []).append(cell.text)
        cells += round_cells
    return cells


def survey_rows(cells: list[SurveyCell], rnd: str) -> list[list[str]]:
    """Rows (respondent, ronde, directie, ervaring, verbetering) of one round."""
    rows: dict[str, list[str]] = {}
    for c in cells:
        if c.rnd != rnd:
            continue
        row = rows.setdefault(c.respondent, [c.respondent, c.rnd, c.unit, "", ""])
        row[3 if c.question == "ervaring" else 4] = c.text
    return list(rows.values())


def write_survey_csv(path: Path, rows: list[list[str]]) -> None:
    """Round 1 as an Excel-style CSV export: cp1252, ';' delimiter, CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(["respondent", "ronde", "directie", "ervaring", "verbetering"])
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode("cp1252"))


def write_survey_xlsx(path: Path, rows: list[list[str]]) -> None:
    """Round 2 as an .xlsx export with one sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Antwoorden"
    ws.append(["respondent", "ronde", "directie", "ervaring", "verbetering"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for col, width in zip("ABCDE", (12, 10, 28, 70, 70), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    wb.properties.creator = "Enquêtetool Voorbeeldstad"
    wb.properties.created = FIXED_TIME.replace(tzinfo=None)
    wb.properties.modified = FIXED_TIME.replace(tzinfo=None)
    wb.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# The corpus: files, manifest, planted personal data, README (with the truth), and a self-check.
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class SourceFile:
    """One file of the corpus and its manifest row."""

    path: str
    doc_type: str
    date: str
    title: str
    round: str = ""
    unit: str = ""
    survey: bool = False
    elements: list = field(default_factory=list)


MINUTES = (
    ("notulen/2024-01-15_stuurgroep_notulen.docx", "2024-01-15", "Verslag stuurgroep I&D 15 januari 2024",
     minutes_2024_01_15),
    ("notulen/2024-02-12_voortgangsoverleg_notulen.md", "2024-02-12", "Voortgangsoverleg Bureau I&D 12 februari 2024",
     minutes_2024_02_12),
    ("notulen/2024-03-11_stuurgroep_notulen.docx", "2024-03-11", "Verslag stuurgroep I&D 11 maart 2024",
     minutes_2024_03_11),
    ("notulen/2024-05-13_stuurgroep_notulen.pdf", "2024-05-13", "Verslag stuurgroep I&D 13 mei 2024",
     minutes_2024_05_13),
    ("notulen/2024-06-10_voortgangsoverleg_notulen.txt", "2024-06-10", "Voortgangsoverleg Bureau I&D 10 juni 2024",
     minutes_2024_06_10),
    ("notulen/2024-07-08_stuurgroep_notulen.docx", "2024-07-08", "Verslag stuurgroep I&D 8 juli 2024",
     minutes_2024_07_08),
    ("notulen/2024-09-16_stuurgroep_notulen.html", "2024-09-16", "Verslag stuurgroep I&D 16 september 2024",
     minutes_2024_09_16),
    ("notulen/2024-10-14_voortgangsoverleg_notulen.docx", "2024-10-14",
     "Voortgangsoverleg Bureau I&D 14 oktober 2024", minutes_2024_10_14),
    ("notulen/2024-11-18_stuurgroep_notulen.docx", "2024-11-18", "Verslag stuurgroep I&D 18 november 2024",
     minutes_2024_11_18),
)


def corpus_files() -> list[SourceFile]:
    """Every non-survey file with its metadata and content."""
    files = [SourceFile(path, "notulen", date, title, elements=make()) for path, date, title, make in MINUTES]
    files += [
        SourceFile("agenda/2024-11-18_stuurgroep_agenda.docx", "agenda", "2024-11-18",
                   "Agenda stuurgroep I&D 18 november 2024", elements=agenda_2024_11_18()),
        SourceFile("memo/2024-08-26_memo_nazorg_na_melding.docx", "memo", "2024-08-26",
                   "Memo nazorg na een melding van discriminatie", elements=memo_2024_08_26()),
        SourceFile("groeipanel/2024-04-15_groeipanel_ronde1.docx", "panelverslag", "2024-04-15",
                   "Verslag groeipanel ronde 1", round="ronde 1", elements=panel_round1()),
        SourceFile("groeipanel/2024-10-21_groeipanel_ronde2_deel1.docx", "panelverslag", "2024-10-21",
                   "Verslag groeipanel ronde 2 (deel 1)", round="ronde 2", elements=panel_round2_part1()),
        SourceFile("groeipanel/2024-10-21_groeipanel_ronde2_deel2.pdf", "panelverslag", "2024-10-21",
                   "Verslag groeipanel ronde 2 (deel 2)", round="ronde 2", elements=panel_round2_part2()),
    ]
    return files


SURVEY_FILES = (
    SourceFile("enquete/2023_medewerkersenquete_ronde1.csv", "enquete", "2023-11-30",
               "Medewerkersenquête inclusie 2023 (ronde 1)", round="ronde 1", survey=True),
    SourceFile("enquete/2024_medewerkersenquete_ronde2.xlsx", "enquete", "2024-10-04",
               "Medewerkersenquête inclusie 2024 (ronde 2)", round="ronde 2", survey=True),
)


def write_file(out: Path, f: SourceFile) -> None:
    """Render one non-survey file in the format its suffix names."""
    path = out / f.path
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix
    if suffix == ".docx":
        write_docx(path, f.elements, f.title)
    elif suffix == ".md":
        path.write_text(render_markdown(f.elements), encoding="utf-8")
    elif suffix == ".txt":
        path.write_text(render_text(f.elements), encoding="utf-8")
    elif suffix == ".html":
        path.write_text(render_html(f.elements, f.title), encoding="utf-8")
    elif suffix == ".pdf":
        header = PDF_HEADER if f.doc_type == "notulen" else "Gemeente Voorbeeldstad – Groeipanel I&D – ronde 2"
        pages = write_pdf(path, f.elements, f.title, header)
        if f.doc_type == "notulen" and pages < 2:
            raise RuntimeError(f"{f.path}: minutes PDF must have at least 2 pages, has {pages}")
    else:
        raise ValueError(suffix)


def write_manifest(out: Path, files: list[SourceFile]) -> None:
    """data/manifest.csv: metadata per file (paths relative to the manifest)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["path", "type", "date", "round", "title", "unit", "text_columns", "id_column", "round_column",
                     "unit_column"])
    for f in files:
        survey = ["ervaring;verbetering", "respondent", "ronde", "directie"] if f.survey else ["", "", "", ""]
        writer.writerow([f.path, f.doc_type, f.date, f.round, f.title, f.unit, *survey])
    (out / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8")


# --- reading the written files back (the self-check) -------------------------------------------------------------


def extract_text(path: Path) -> str:
    """Plain text of a written file, whitespace-normalised, as a reader would see it."""
    suffix = path.suffix
    if suffix == ".docx":
        from docx import Document

        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        text = "\n".join(parts)
    elif suffix == ".pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    elif suffix in (".md", ".txt"):
        text = path.read_text(encoding="utf-8")
    elif suffix == ".html":
        from html.parser import HTMLParser

        chunks: list[str] = []

        class _P(HTMLParser):
            skip = False

            def handle_starttag(self, tag, attrs):  # noqa: D102
                self.skip = tag in ("script", "style", "title")

            def handle_endtag(self, tag):  # noqa: D102
                self.skip = False
                chunks.append("\n")

            def handle_data(self, data):  # noqa: D102
                if not self.skip:
                    chunks.append(data)

        _P().feed(path.read_text(encoding="utf-8"))
        text = "".join(chunks)
    elif suffix == ".csv":
        text = path.read_bytes().decode("cp1252").replace(";", " ; ")
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        text = "\n".join(" ; ".join(str(v) for v in row if v is not None) for row in wb.active.iter_rows(values_only=True))
    else:
        raise ValueError(suffix)
    return re.sub(r"\s+", " ", text)


def _contains(text: str, value: str) -> bool:
    return re.search(rf"(?<![\w@.-]){re.escape(value)}(?![\w@-])", text) is not None


def collect_personal(texts: dict[str, str]) -> list[dict]:
    """Every planted personal value that really appears, with its label and the files it is in."""
    candidates: list[tuple[str, str]] = []
    titles = ("dhr. ", "mevr. ", "mw. ")
    for person in PEOPLE:
        candidates.append((person.name, "PERSOON"))
        for variant in person.variants:
            candidates.append((variant, "PERSOON"))
            title = next((t for t in titles if variant.lower().startswith(t)), None)
            if title:  # "mevr. Yılmaz" also appears as "Mevr. Yılmaz"; the bare surname catches every form
                bare = variant[len(title):]
                candidates += [(title.capitalize() + bare, "PERSOON"), (title + bare, "PERSOON"),
                               (bare, "PERSOON")]
    candidates += [(n, "PERSOON") for n in SURVEY_FIRST_NAMES]
    candidates += list(OTHER_PERSONAL.items())
    found = []
    candidates = list(dict.fromkeys(candidates))
    for value, label in candidates:
        where = sorted(path for path, text in texts.items() if _contains(text, value))
        if where:
            found.append({"value": value, "label": label, "files": where})
    return found


def check(texts: dict[str, str], personal: list[dict]) -> list[str]:
    """Problems with the written corpus (empty list when everything holds)."""
    problems = []
    present = {p["value"] for p in personal}
    for person in PEOPLE:
        if person.name not in present:
            problems.append(f"full name never appears: {person.name}")
    for value in OTHER_PERSONAL:
        if value not in present:
            problems.append(f"planted value never appears: {value}")
    for name in SURVEY_FIRST_NAMES:
        if name not in present:
            problems.append(f"lower-case survey name never appears: {name}")
    minutes_pdf = texts["notulen/2024-05-13_stuurgroep_notulen.pdf"]
    for needle in ("Pagina 1 van 2", "Pagina 2 van 2", PDF_HEADER, "Yılmaz"):
        if needle not in minutes_pdf:
            problems.append(f"minutes PDF lacks {needle!r}")
    # a first name or surname used on its own must not hide inside ordinary words (leak tests scan for substrings)
    all_text = " ".join(texts.values()).lower()
    for p in personal:
        value = p["value"].lower()
        if " " in value or "@" in value or any(ch.isdigit() for ch in value):
            continue
        inside = re.findall(rf"\w*{re.escape(value)}\w*", all_text)
        odd = sorted({w for w in inside if w != value})
        if odd:
            problems.append(f"{p['value']!r} also occurs inside other words: {odd[:5]}")
    return problems


PANEL_SECTIONS = {
    "1. Leiderschap en de rol van leidinggevenden": "leiderschap",
    "2. Sociale veiligheid: aanspreken en durven melden": "sociale veiligheid en melden",
    "3. Racisme en discriminatie": "racisme en discriminatie",
    "4. Toegankelijkheid": "toegankelijkheid",
    "5. Doorgroei en talent": "doorgroei en talent",
    "1. Voorbeeldgedrag van managers": "leiderschap",
    "2. Vertrouwenspersoon, meldpunt en nazorg": "sociale veiligheid en melden",
    "4. Ongemak en weerstand": "ongemak en weerstand",
    "5. Mentoring en loopbaangesprekken": "mentoring en loopbaangesprekken",
    "6. Doorstroom naar leidinggevende functies en schaal 11+": "doorstroom naar leidinggevende functies / schaal 11+",
}
PANEL_ORDER = ("leiderschap", "sociale veiligheid en melden", "racisme en discriminatie", "toegankelijkheid",
               "doorgroei en talent", "ongemak en weerstand", "mentoring en loopbaangesprekken",
               "doorstroom naar leidinggevende functies / schaal 11+", "(inleiding, werkwijze, aanbevelingen)")


def panel_counts(files: list[SourceFile]) -> dict[str, dict[str, int]]:
    """Paragraphs and bullets per panel theme per round."""
    counts: dict[str, dict[str, int]] = {"ronde 1": {}, "ronde 2": {}}
    for f in files:
        if f.doc_type != "panelverslag":
            continue
        section = PANEL_ORDER[-1]
        for el in f.elements:
            if el[0] == "h1":
                section = PANEL_SECTIONS.get(el[1], PANEL_ORDER[-1])
            elif el[0] in ("p", "b", "n"):
                counts[f.round][section] = counts[f.round].get(section, 0) + 1
    return counts


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


FLAG_TRUTH = [
    ["D1", "uitgesteld", "Klachtenregeling en vertrouwenspersonen",
     "2024-01-15 \"niet besproken i.v.m. tijdgebrek\"; 2024-03-11 \"doorgeschoven naar volgend overleg\"; "
     "2024-05-13 \"staat al een tijdje in de wachtstand\"; 2024-07-08 \"nog geen besluit\"; "
     "2024-09-16 \"komt erop terug\"", "5 keer, nooit opgelost", "**gemarkeerd** (open)"],
    ["D2", "uitgesteld", "Jaarplan Groeipanel 2025",
     "2024-09-16 \"doorschuiven naar volgend overleg\"; 2024-11-18 \"niet besproken\" (staat ook op de agenda "
     "van 2024-11-18 met \"doorgeschoven\")", "2 vergaderingen (+ agenda)", "**gemarkeerd** (open)"],
    ["C1", "uitgesteld", "Communicatieplan raadsbrief",
     "2024-01-15 \"doorgeschoven\"; 2024-03-11 \"Besloten: de stuurgroep stemt in met het communicatieplan.\"",
     "2 keer, opgelost", "**niet** gemarkeerd als open"],
    ["A1", "actie", "Actie Shanti Ramdin: voorstel training moeilijke gesprekken voor leidinggevenden",
     "2024-01-15 (nieuw; regel + actietabel); 2024-03-11 \"loopt nog\"; 2024-05-13 \"nog niet gereed\"; "
     "2024-09-16 \"loopt nog\"", "4 keer, open", "**gemarkeerd**, eigenaar = pseudoniem van Shanti Ramdin"],
    ["A2", "actie", "Actie Agnieszka Kowalczyk: dashboard streefcijfers per directie opleveren",
     "2024-03-11 (nieuw); 2024-07-08 actietabel \"loopt nog\"; 2024-11-18 actietabel \"nog niet gereed\"",
     "3 keer, open", "**gemarkeerd**, eigenaar = pseudoniem van Agnieszka Kowalczyk"],
    ["A3", "actie", "Actie Fatima El Idrissi: raadsbrief opstellen",
     "2024-01-15 (nieuw; regel + actietabel); 2024-03-11 \"Status: afgerond\"", "2 keer, afgerond",
     "**niet** gemarkeerd"],
    ["A4", "actie", "Actie Akosua Mensah-Owusu: uitnodiging leertraject versturen",
     "2024-05-13 (nieuw); 2024-07-08 actietabel \"gereed\"", "2 keer, afgerond", "**niet** gemarkeerd"],
    ["A5", "actie", "Actie Dewi Hartono: intranetpagina meldpunt actualiseren (voortgangsoverleg)",
     "2024-02-12 (nieuw); 2024-06-10 \"Afgerond\"", "2 keer, afgerond", "**niet** gemarkeerd"],
    ["A6", "actie", "Actie Agnieszka Kowalczyk: cijfers doorlooptijd meldingen aanvullen met 2022 "
     "(voortgangsoverleg)", "2024-02-12 (nieuw); 2024-06-10 \"Afgerond\"", "2 keer, afgerond",
     "**niet** gemarkeerd"],
    ["A7", "actie", "Uitkomsten groeipanel ronde 2 terugkoppelen aan het GMT (Fatima El Idrissi)",
     "alleen 2024-11-18 actietabel \"nieuw\"", "1 keer", "niet terugkerend (mag als open actie bestaan, "
     "niet als terugkerend)"],
    ["T1", "terugkerend thema", "meldingen van discriminatie worden niet of te laat opgevolgd / mensen durven niet "
     "te melden", "2024-01-15 \"knelpunt\", \"zorgen\"; 2024-02-12 \"zorg\", \"knelpunt\"; 2024-05-13 \"zorgen\"; "
     "2024-06-10 \"lukt nog steeds niet\"; 2024-09-16 \"blijvende zorg\"; 2024-10-14 \"knelpunt blijft\"; "
     "2024-11-18 \"blijft achter\" (ook in memo 2024-08-26)", "7 vergaderingen, nooit opgelost",
     "**gemarkeerd** (thema sociale veiligheid en melden)"],
]


def write_readme(out: Path, files: list[SourceFile], cells: list[SurveyCell], personal: list[dict]) -> None:
    """data/README.md: what each file is, that everything is invented, and the truth the tests rely on."""
    file_rows = [[f"`{f.path}`", f.doc_type, f.date, f.round or "–", f.title] for f in [*files, *SURVEY_FILES]]
    pc = panel_counts(files)
    panel_rows = []
    for theme in PANEL_ORDER:
        n1, n2 = pc["ronde 1"].get(theme, 0), pc["ronde 2"].get(theme, 0)
        panel_rows.append([theme, n1, n2])
    t1 = sum(pc["ronde 1"].values())
    t2 = sum(pc["ronde 2"].values())
    panel_rows.append(["**totaal**", t1, t2])

    survey_rows_ = []
    stats: dict[str, dict[str, int]] = {}
    for c in cells:
        s = stats.setdefault(c.rnd, {})
        key = c.theme if c.theme else c.kind
        s[key] = s.get(key, 0) + 1  # type: ignore[operator]
        s["_cells"] = s.get("_cells", 0) + 1
        if c.theme and c.text in s.setdefault("_texts_" + c.question, set()):  # type: ignore[arg-type]
            s["_dup"] = s.get("_dup", 0) + 1
        if c.theme:
            s["_texts_" + c.question].add(c.text)  # type: ignore[union-attr]
        if c.kind == "personal":
            s["_pd"] = s.get("_pd", 0) + 1
    open1 = sum(v for k, v in stats["ronde 1"].items() if k in THEME_LABELS)
    open2 = sum(v for k, v in stats["ronde 2"].items() if k in THEME_LABELS)
    for theme, label in THEME_LABELS.items():
        n1, n2 = stats["ronde 1"].get(theme, 0), stats["ronde 2"].get(theme, 0)
        survey_rows_.append([label, n1, f"{100 * n1 / open1:.1f}%", n2, f"{100 * n2 / open2:.1f}%"])
    survey_rows_.append(["**niet-triviale antwoorden**", open1, "100%", open2, "100%"])
    units = sorted({c.unit for c in cells})
    by_label: dict[str, int] = {}
    for p in personal:
        by_label[p["label"]] = by_label.get(p["label"], 0) + 1

    text = f"""# Voorbeeldcorpus `themes` (volledig fictief)

This folder is the sample corpus used by `make demo`, the documentation and the tests. **Everything in it is
invented**: the municipality "Gemeente Voorbeeldstad", every person, name, e-mail address, phone number, BSN, IBAN,
street address and date of birth. Any resemblance to real persons is coincidental. The organisations named
(Verwey-Jonker Instituut, KIS, Muzus) appear only as realistic context; what they "say" here is made up.

The files are generated by `scripts/make_sample_data.py` (deterministic, `random.Random({SEED})`; byte-for-byte
reproducible). Do not edit the files by hand: change the script, rerun it, and commit both.

```
.venv/bin/python scripts/make_sample_data.py     # rewrites data/ and checks it
```

## Files

{_table(["path", "type", "date", "round", "title"], file_rows)}

- `manifest.csv`: metadata per file (`path,type,date,round,title,unit,text_columns,id_column,round_column,unit_column`;
  paths relative to this folder). Minutes, agenda and memo have no round: the rounds module derives periods from
  dates. Panel reports carry `ronde 1`/`ronde 2`; the surveys take the round per row from column `ronde` (values
  `ronde 1`, `ronde 2`, so panel and survey rounds align), the unit from `directie`, the id from `respondent`, and
  the text from the two open questions `ervaring;verbetering`.
- `README.md`, `manifest.csv` and `personal_data.json` describe the corpus and are not part of it: an ingest of
  `data/` must not analyse them (this README quotes planted names on purpose).
- `personal_data.json`: every planted personal value as it appears, with its label and the files it is in (for
  leak tests: no output, workspace, model or log may contain any of these strings).
- Formats on purpose: minutes as .docx (real "Heading 1/2" styles, numbered agenda items, "List Bullet" lists,
  action tables `Nr | Actie | Actiehouder | Status` on 2024-01-15, 2024-07-08 and 2024-11-18, "Actie <naam>: …"
  lines elsewhere), one .pdf (text layer, page header "{PDF_HEADER}" and footer "Pagina 1 van 2" on every page),
  one .md (Woo markers and struck-through `~~…~~` text), one .txt (bullets `•`/`➤`, Woo markers, `~~…~~`) and one
  .html (with a `<script>` to drop). The round-1 survey is a cp1252 `;` CSV with Windows line ends and typographic
  apostrophes (byte 0x92) and a euro sign; round 2 is .xlsx.

## Wat erin zit (de waarheid)

### 1. Flags: deferred items, actions and a recurring problem (minutes and agenda)

Meetings: stuurgroep I&D on 2024-01-15, 2024-03-11, 2024-05-13, 2024-07-08, 2024-09-16, 2024-11-18;
voortgangsoverleg on 2024-02-12, 2024-06-10, 2024-10-14; annotated agenda for 2024-11-18; memo of 2024-08-26.

{_table(["id", "kind", "item", "where and how it appears", "times", "expected"], FLAG_TRUTH)}

Notes for matching: the deferral and resolution phrases are quoted exactly as they appear. Negations occur
("nog niet gereed", "nog geen besluit") and are not resolutions. Other "Besluit:" lines in the minutes concern
other items (e.g. "Verslag vorige keer … wordt vastgesteld" is routine). The agenda of 2024-11-18 asks
"Gevraagd besluit: instemmen met het jaarplan Groeipanel 2025": a request, not a decision; the minutes of the same
day say the item was "niet besproken". Each deferral sentence names its item ("Het punt klachtenregeling en
vertrouwenspersonen staat al een tijdje in de wachtstand"), and the item is also the numbered heading above it.
Only D1, D2, A1, A2 and T1 should be open flags; C1, A3, A4, A5 and A6 are completed.

### 2. Themes between rounds: groeipanel

Paragraphs, bullets and quotes ("Een panellid: '…'") per theme section:

{_table(["theme (section)", "ronde 1 (2024-04-15, .docx)", "ronde 2 (2024-10-21, .docx + .pdf)"], panel_rows)}

- **leiderschap / rol van leidinggevenden** persists with about the same share; round 2 uses new wording
  (managers, voorbeeldgedrag, MT, afdelingsmanager, eigenaarschap) instead of leidinggevende/handelingsverlegen.
- **sociale veiligheid en melden** persists with new wording: round 1 "aanspreken, durven melden", round 2
  "vertrouwenspersoon, meldpunt, nazorg".
- **racisme en discriminatie** grows (clearly larger share in round 2).
- **toegankelijkheid** (fysieke en digitale toegankelijkheid, gebouwen, lift, hulpmiddelen, schermlezer) fades:
  round 1 only.
- **ongemak en weerstand** ("inclusiemoe", "doorgeslagen", weerstand tegen streefcijfers) is new: round 2 only.
- **doorgroei en talent** (round 1) splits into two distinct themes in round 2: **mentoring en
  loopbaangesprekken** and **doorstroom naar leidinggevende functies / schaal 11+**.
- Round 2 is split over two files: part 1 (.docx: leiderschap, veiligheid, racisme) and part 2 (.pdf: ongemak,
  mentoring, doorstroom, recommendations).

### 3. Themes between rounds: employee survey

Two open questions: `ervaring` ("{QUESTIONS['ervaring']}") and `verbetering` ("{QUESTIONS['verbetering']}").
Round 1 (2023): {N_RESPONDENTS['ronde 1']} respondents; round 2 (2024): {N_RESPONDENTS['ronde 2']} respondents;
{stats['ronde 1']['_cells'] + stats['ronde 2']['_cells']} answer cells in all, of which
{stats['ronde 1'].get('trivial', 0) + stats['ronde 2'].get('trivial', 0)} trivial ("geen", "Geen.", "n.v.t.", "nvt",
"weet ik niet", "nee", …) and {stats['ronde 1'].get('empty', 0) + stats['ronde 2'].get('empty', 0)} empty
(`verbetering` left blank). Units (`directie`, {len(units)}): {", ".join(units)}.
Non-trivial answers that repeat an earlier answer of the same round and question word for word:
{stats['ronde 1'].get('_dup', 0)} in round 1, {stats['ronde 2'].get('_dup', 0)} in round 2. Answers carrying planted personal data: {stats['ronde 1'].get('_pd', 0)} + {stats['ronde 2'].get('_pd', 0)}.

Theme of every non-trivial answer (both questions together), exact counts:

{_table(["theme", "ronde 1 n", "ronde 1 share", "ronde 2 n", "ronde 2 share"], survey_rows_)}

Same truth as the panel: toegankelijkheid fades (~15% → ~2%), ongemak en weerstand is new (0 → ~15%), racisme en
discriminatie grows (~10% → ~18%), leiderschap and sociale veiligheid persist (round 2 with the new wording), plus
werving en representatie, werkdruk en maatwerk and doorgroei (round 2 wording: mentoring, loopbaangesprek,
schaal 11). Answers are composed from hand-written fragments (5–60 words), some informal, lower-case, without
final full stop or with a small typo.

### 4. Personal data (redaction truth)

`personal_data.json` lists {len(personal)} values: {", ".join(f"{k} {v}" for k, v in sorted(by_label.items()))}.
Names of Dutch, Moroccan, Turkish, Surinamese (Creole, Hindustani, Chinese), Ghanaian, Antillean, Polish and
Indonesian origin appear as full names, first names alone ("Fatima zei …"), surnames after titles ("Mevr. Yılmaz",
"Dhr. Doelwijt", "dhr. Nowak", "mw. Mensah-Owusu"), initials ("J.P. de Vries"), hyphenated ("Mensah-Owusu"), with
particles ("van der", "El", "Ben", "Tjon A Fong") and in lower case in informal survey answers ("mijn
leidinggevende ahmed", "kofi", "sanne", "mustafa", "priscilla"). Also e-mail addresses, phone numbers
(06-12345678, +31 6 1234 5678, 020-5551234, 06 48213377), a BSN that passes the 11-proef ({BSN}), an IBAN with
valid mod-97 ({IBAN}), two street addresses with postcode and two dates of birth.

Must **not** be redacted (organisations, roles, places, programme names): directeur P&O, wethouder, GMT, MT,
Stadsdeel Zuidoost, Sociaal Domein, Werk Participatie en Inkomen, Stadsbeheer, Bedrijfsvoering, ICT, Wonen,
Verwey-Jonker Instituut, KIS, Muzus, Bureau I&D, medewerkersnetwerk Kleurrijk, trekker, teamleider,
vertrouwenspersoon, afdelingsmanager, Keti Koti, Suikerfeest, Stadskantoor, Voorbeeldstad.

### 5. Ingest details

- Woo markers "5.1, 2, e" (also doubled "5.1, 2, e 5.1, 2, e") in the .md and .txt minutes.
- Struck-through draft text `~~…~~` in the .md and .txt minutes: it must be dropped.
- The minutes PDF repeats the page header and "Pagina X van 2" on each page: both must be removed.
- Trivial answers and exact duplicates in the survey collapse into counted units.
"""
    (out / "README.md").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write the corpus to ``--out`` (default data/) and check it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)

    files = corpus_files()
    for f in files:
        write_file(out, f)
    cells = build_survey(rng)
    for f in SURVEY_FILES:
        path = out / f.path
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = survey_rows(cells, f.round)
        if path.suffix == ".csv":
            write_survey_csv(path, rows)
        else:
            write_survey_xlsx(path, rows)
    all_files = [*files, *SURVEY_FILES]
    write_manifest(out, all_files)

    texts = {f.path: extract_text(out / f.path) for f in all_files}
    personal = collect_personal(texts)
    (out / "personal_data.json").write_text(json.dumps(personal, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    write_readme(out, files, cells, personal)
    problems = check(texts, personal)
    for problem in problems:
        print(f"PROBLEEM: {problem}")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{len(all_files)} bestanden, {len(personal)} persoonsgegevens, {size / 1024:.0f} kB in {out}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
