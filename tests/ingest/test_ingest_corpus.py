"""Woo-style documents read and segmented end to end.

The fixtures are written here in the shapes of the real Woo documents (a tab-separated remarks table with HTML
cells, ``5.1, 2, e`` redaction markers, ``~~struck~~`` draft text, bold and Markdown headings, numbered agenda
items); the contents are fictitious. ``make check-real`` runs the real documents themselves (bench/check_real.py).
"""

from __future__ import annotations

import re

import pytest

from themes.ingest import infer_meta, read_document, segment_document

FORBIDDEN = ("<p>", "</p>", "<li>", "<ul", "&amp;", "~~", "**", "5.1, 2, e", "5.1.2.0", "5.1, 2,", "5.1.2.e")
WOO_LEFTOVER = re.compile(r"5\.1\s*[.,]\s*2")

MINUTES = """

## Stuurgroep I&D 9 oktober

Doel: belangrijkste punten die genodigden hebben t.a.v. de bestuursopdracht ophalen.

\t+/-\t+
5.1, 2, e 5.1, 2, e\t<p>Maatwerk: gelden alle interventies voor alle directies? Beeld: in uitvoering echt wat anders nodig dan bv. bij R&amp;D.</p> <ul style="list-style-type: none"> <li>➤ Bedoeld als: niet alle maatregelen voor alle directies.</li> <li>➤ Welke vrijheid hebben directies om hiermee te spelen?</li> </ul>\t
\t<p>Veelheid aan interventies: kan het in tijd worden uitgezet? Zorg dat het niet te veel afvinken wordt.</p>\t
5.1, 2, e\t<p>Ervaringsdeskundigheid een prominentere plek geven (<i>maar staat er al in: als ervaringskennis</i>).</p>\t
\t\t<p>Rol middenmanagement wordt uitgelicht. Moet ook in uitvoering een prominente plek krijgen.</p>
5.1, 2, e\tStrakker opnemen wat maatwerk betekent en hoeveel vrijheid iedereen krijgt.\t
\tBreng prioritering in maatregelen aan.\t
Sanne\tUitvoeringsplan: actievere taal. Er staat veel 'we onderzoeken dat..' Soms is dat nodig. Maar soms kan het actiever.\t
\tVrijwillige registratie land van herkomst: in college bespreken\t

### Besproken punten

Extern: het zou meer vertrouwen uitstralen als we naar verhouding meer interne kennis benutten.

- Het inzetten van externen kan als voordeel hebben dat zij je spiegelen op je blinde vlek.
- We moeten meer binnenshuis opleiden.

### **Maatwerk:**

- Op verschillende manieren tegengekomen in gesprek:
  - Representatie in kleine teams vs. in hele afdeling.
  - Gelden alle interventies voor alle directies of prioriteren per directie.
- Het gesprek gaat veel over maatwerk t.a.v. streefcijfers.
- 5.1.2.0 it gaat over inhoud actieplan. Er zit ruimte in hóé je werkt aan sociale veiligheid.

### **'Harder optreden'**

- Steviger optreden in tekst: duidelijk uitleggen wat dit betekent voor medewerker en leidinggevende.
- Het voeren van moeilijke gesprekken als extra interventie opnemen in de uitvoeringsagenda.
"""

AGENDA = """

Stuurgroep Inclusie en Diversiteit

Uitgenodigd: Sanne Verbeek 5.1, 2, e
5.1, 2, e
5.1, 2, e verslag).

Datum en tijd: Maandag 25 maart 16.00-17.00 uur

Locatie: 2.C.4

Agenda

1. Opening en actualiteiten/mededelingen

- **Leertraject stuurgroep:** Vorige stuurgroep hebben we afgesproken om te starten met sessies waarin we verdiepen op thema's. De eerste sessie staat gepland op 10 juli van 16.30-18.30 uur.

2. Raadsbrief april en vooruitblik Bestuursopdracht I&D

Bijlage 1: concept raadsbrief voortgang op vervolgstappen (vertrouwelijk)

In de commissievergadering is toegezegd om de Raad te informeren over de voortgang op de vervolgstappen. We informeren de Raad met een raadsbrief begin april over:

- de belangrijkste maatregelen die we inzetten naar aanleiding van de onderzoeken (bijlage 1a);
- de prestatieafspraken die we maken met het management op het gebied van representatie (bijlage 1d).

3. Laatste update Verwey Jonker en vooruitblik

Stand van zaken

Het onderzoeksbureau heeft de interviews afgerond en schrijft nu het rapport. De oplevering staat voor juni gepland.

4. Rondvraag en sluiting
"""

MEMO = """

# Verder vormgeven verandertraject met stuurgroep I&D

## Aanleiding/inleiding

In oktober 2020 vond een eerste verandersessie plaats (bijlage 1). In februari 2022 was er een tussentijds gesprek tussen Sanne Verb **5.1, 2, e** **secretaris en** **5.1, 2, e e** **5.1, 2, e** **Inclusie en Diversiteit**).

## Context/achtergrond

In de beweging naar meer sturen en normeren ~~gebeuren~~, zien we dezelfde cirkel plaatsvinden: sturen leidt tot urgentie -> leidt tot weerstand -> leidt tot meer sturen. ~~Om die cirkel te doorbreken zijn we op zoek naar een stap verder.~~

- ~~We krijgen signalen van managers die hopen dat dit 'overwaait' en het lastige gesprek vermijden.~~

~~leidinggevend en dat geduld niet hebben.~~ We zien dat de bestaande aanpak om hierop in te spelen – aandacht geven aan het onderwerp – niet leidt tot instappen, maar juist tot meer weerstand.

## Coalition of urgency

### Sturen

De stuurgroep stuurt op de voortgang van de bestuursopdracht en spreekt directeuren aan op hun actieplan.

## Vragen

1. Welke rol ziet de stuurgroep voor zichzelf?
   1. Hoe overbrug je dit?
   2. Wie neemt het voortouw?
2. Wat is er nodig om het gesprek in de directies te voeren?
"""

FILES = {"notulen_stuurgroep.txt": MINUTES, "agenda_stuurgroep.txt": AGENDA, "memo_verandertraject.txt": MEMO}


@pytest.fixture(scope="module")
def corpus_segments(tmp_path_factory):
    from themes.config import IngestConfig
    from themes.types import Document

    folder = tmp_path_factory.mktemp("woo")
    result = {}
    for name, text in FILES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        raw = read_document(path)
        meta = infer_meta(raw, path)
        document = Document(
            doc_id=raw.content_hash[:12],
            source_path=str(path),
            title=meta.title,
            doc_type=meta.doc_type,
            date=meta.date,
            round=meta.round,
            unit=meta.unit,
            content_hash=raw.content_hash,
        )
        result[name] = (raw, meta, segment_document(raw, document, IngestConfig()))
    return result


@pytest.mark.parametrize("name", FILES)
def test_no_segment_holds_html_strikethrough_emphasis_or_woo_markers(corpus_segments, name):
    _raw, _meta, segments = corpus_segments[name]
    assert len(segments) >= 8
    for segment in segments:
        for field in (segment.text, segment.heading, segment.actor or ""):
            assert not any(bad in field for bad in FORBIDDEN), (segment.segment_id, field)
            assert not WOO_LEFTOVER.search(field), (segment.segment_id, field)


@pytest.mark.parametrize("name", FILES)
def test_segments_respect_the_size_limit_and_have_stable_ids(corpus_segments, name):
    raw, _meta, segments = corpus_segments[name]
    assert all(len(s.text) <= 600 for s in segments)
    assert [s.segment_id for s in segments] == [f"{raw.content_hash[:12]}-{i:05d}" for i in range(len(segments))]


def test_struck_through_draft_text_is_gone(corpus_segments):
    _raw, _meta, segments = corpus_segments["memo_verandertraject.txt"]
    text = " ".join(s.text for s in segments)
    assert "overwaait" not in text  # only inside ~~…~~
    assert "Om die cirkel te doorbreken" not in text
    assert "We zien dat de bestaande aanpak om hierop in te spelen" in text


def test_agenda_items_are_headings(corpus_segments):
    _raw, meta, segments = corpus_segments["agenda_stuurgroep.txt"]
    headings = {s.heading for s in segments}
    assert "Agenda > 2. Raadsbrief april en vooruitblik Bestuursopdracht I&D" in headings
    assert any(
        h.startswith("Agenda > 3. Laatste update Verwey Jonker en vooruitblik > Stand van zaken") for h in headings
    )
    assert meta.doc_type == "agenda"
    assert not any(s.text.startswith(("1. Opening", "2. Raadsbrief", "3. Laatste")) for s in segments)


def test_markdown_and_bold_headings_in_minutes(corpus_segments):
    _raw, meta, segments = corpus_segments["notulen_stuurgroep.txt"]
    assert meta.title == "Stuurgroep I&D 9 oktober"
    headings = {s.heading for s in segments}
    assert {"Besproken punten", "Maatwerk", "'Harder optreden'"} <= headings


def test_speaker_column_of_the_remarks_table_gives_actors(corpus_segments):
    _raw, _meta, segments = corpus_segments["notulen_stuurgroep.txt"]
    by_actor = {s.actor for s in segments if s.kind == "table_row"}
    assert "Sanne" in by_actor and "[WOO]" in by_actor
    sanne = next(s for s in segments if s.actor == "Sanne")
    assert sanne.text.startswith("Uitvoeringsplan: actievere taal.")


def test_html_list_items_in_the_table_are_list_items(corpus_segments):
    _raw, _meta, segments = corpus_segments["notulen_stuurgroep.txt"]
    item = next(s for s in segments if s.text.startswith("Welke vrijheid hebben directies"))
    assert item.kind == "list_item" and item.list_level == 1


def test_nested_bullets_keep_their_level(corpus_segments):
    _raw, _meta, segments = corpus_segments["notulen_stuurgroep.txt"]
    item = next(s for s in segments if s.text.startswith("Representatie in kleine teams"))
    assert item.list_level == 2 and item.heading == "Maatwerk"


def test_memo_sections_and_numbered_dilemmas(corpus_segments):
    _raw, meta, segments = corpus_segments["memo_verandertraject.txt"]
    assert meta.title == "Verder vormgeven verandertraject met stuurgroep I&D"
    headings = {s.heading for s in segments}
    assert {"Aanleiding/inleiding", "Context/achtergrond", "Coalition of urgency > Sturen", "Vragen"} <= headings
    question = next(s for s in segments if s.text.startswith("Hoe overbrug je dit?"))
    assert question.list_level == 2
