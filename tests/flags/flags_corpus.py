"""Constructed minutes and agendas (already redacted) with a known truth, for the flags tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from themes.state import AnalysisState
from themes.types import Assignment, Document, Segment, Theme, stable_hash

T_MELDEN = "T01"
T_OTHER = "T02"


@dataclass
class DocBuilder:
    corpus: Corpus
    document: Document
    heading_root: str
    position: int = 0

    def unit(
        self,
        text: str,
        heading: str = "",
        *,
        actor: str | None = None,
        kind: str = "paragraph",
        theme: str | None = None,
    ) -> Segment:
        path = " > ".join(p for p in (self.heading_root, heading) if p)
        segment = Segment(
            segment_id=f"{self.document.doc_id}-{self.position:05d}",
            doc_id=self.document.doc_id,
            position=self.position,
            text=text,
            heading=path,
            actor=actor,
            kind=kind,
            date=self.document.date,
        )
        self.position += 1
        self.corpus.segments.append(segment)
        if theme is not None:
            self.corpus.assignments.append(Assignment(segment.segment_id, theme, 0.9))
        return segment


@dataclass
class Corpus:
    documents: list[Document] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)

    def doc(
        self, date: str | None, doc_type: str = "notulen", name: str | None = None, heading_root: str | None = None
    ) -> DocBuilder:
        name = name or f"{doc_type}-stuurgroep-{date or 'zonder-datum'}.docx"
        content_hash = stable_hash(name + str(len(self.documents)), 32)
        document = Document(
            doc_id=content_hash[:12],
            source_path=f"/data/{name}",
            title=f"{doc_type.capitalize()} stuurgroep I&D {date}",
            doc_type=doc_type,
            date=date,
            round=None,
            unit=None,
            content_hash=content_hash,
        )
        self.documents.append(document)
        root = heading_root if heading_root is not None else f"{doc_type.capitalize()} stuurgroep I&D {date}"
        return DocBuilder(self, document, root)

    def state(self) -> AnalysisState:
        return AnalysisState(
            documents=tuple(self.documents),
            segments=tuple(self.segments),
            themes=tuple(self.themes),
            assignments=tuple(self.assignments),
        )


def sample_minutes() -> Corpus:
    """Six stuurgroep meetings of 2024 (plus one agenda) with the truth of data/README.md.

    - D1 "Klachtenregeling en vertrouwenspersonen": deferred in 01-15, 03-11, 05-13, 07-08, 09-16 (open);
    - D2 "Jaarplan Groeipanel 2025": 09-16 "doorschuiven", 11-18 "niet besproken" (agenda + minutes) (open);
    - C1 "Communicatieplan raadsbrief": deferred 01-15, decided 03-11 (resolved);
    - A1 training moeilijke gesprekken: 01-15, 03-11, 05-13, 09-16 still open ([PERSOON_3]);
    - A2 dashboard streefcijfers: 03-11, 07-08, 11-18 open ([PERSOON_7]), in an action table;
    - A3 raadsbrief opstellen: 01-15, afgerond 03-11; A4 uitnodiging leertraject: 05-13, gereed 07-08;
    - T01 meldingen theme with problem language in five meetings, never resolved; T02 raised once.
    """
    c = Corpus()
    c.themes = [
        Theme(T_MELDEN, "Sociale veiligheid en melden", ("melden", "meldingen"), size=6),
        Theme(T_OTHER, "Leiderschap", ("leidinggevenden",), size=2),
    ]

    d = c.doc("2024-01-15")
    d.unit("Aanwezig: [PERSOON_1] (voorzitter), [PERSOON_2], [PERSOON_3]. Afwezig: [PERSOON_4].")
    d.unit("De voorzitter opent de vergadering.", "1. Opening en mededelingen")
    d.unit(
        "Zorg: meldingen van discriminatie worden niet of te laat opgevolgd.",
        "2. Meldingen en opvolging",
        theme=T_MELDEN,
    )
    d.unit("Niet besproken i.v.m. tijdgebrek.", "3. Klachtenregeling en vertrouwenspersonen")
    d.unit("Doorgeschoven naar de volgende vergadering.", "4. Communicatieplan raadsbrief")
    d.unit(
        "Actie [PERSOON_3]: voorstel training moeilijke gesprekken voor leidinggevenden.",
        "5. Actielijst",
        actor="Actie [PERSOON_3]",
        kind="list_item",
    )
    d.unit("Actie [PERSOON_2]: raadsbrief opstellen.", "5. Actielijst", actor="Actie [PERSOON_2]", kind="list_item")
    d.unit("Geen vragen.", "6. Rondvraag")

    d = c.doc("2024-03-11")
    d.unit("Mededelingen: het Verwey-Jonker onderzoek is gestart.", "1. Opening en mededelingen")
    d.unit("Het blijft een knelpunt dat mensen niet durven te melden.", "2. Meldingen", theme=T_MELDEN)
    d.unit("Klachtenregeling vertrouwenspersonen: doorgeschoven naar volgend overleg.", "3. Klachtenregeling")
    d.unit("Besloten: de stuurgroep stemt in met het communicatieplan.", "4. Communicatieplan raadsbrief")
    d.unit("Nr | Actie | Actiehouder | Status", "5. Actielijst", kind="table_row")
    d.unit(
        "1 | Voorstel training moeilijke gesprekken voor leidinggevenden | [PERSOON_3] | loopt nog",
        "5. Actielijst",
        kind="table_row",
    )
    d.unit("2 | Raadsbrief opstellen | [PERSOON_2] | afgerond", "5. Actielijst", kind="table_row")
    d.unit("3 | Dashboard streefcijfers per directie opleveren | [PERSOON_7] | open", "5. Actielijst", kind="table_row")

    d = c.doc("2024-05-13", name="verslag-stuurgroep-mei.md")
    d.unit(
        "Signaal uit de netwerken: meldingen blijven liggen, de opvolging blijft achter.", "Meldingen", theme=T_MELDEN
    )
    d.unit("Staat al een tijdje in de wachtstand.", "Klachtenregeling en vertrouwenspersonen")
    d.unit(
        "Actie [PERSOON_3]: training moeilijke gesprekken leidinggevenden – nog niet gereed.",
        "Actielijst",
        actor="Actie [PERSOON_3]",
        kind="list_item",
    )
    d.unit(
        "Actie [PERSOON_5]: uitnodiging leertraject versturen.",
        "Actielijst",
        actor="Actie [PERSOON_5]",
        kind="list_item",
    )

    d = c.doc("2024-07-08")
    d.unit("Nog geen besluit; de regeling ligt bij de OR.", "2. Klachtenregeling en vertrouwenspersonen")
    d.unit("Het lukt niet om meldingen binnen de termijn af te handelen.", "3. Melden", theme=T_MELDEN)
    d.unit(
        "Leidinggevenden pakken hun rol goed op; besloten wordt de aanpak voort te zetten.",
        "4. Leiderschap",
        theme=T_OTHER,
    )
    d.unit("Nr | Actie | Actiehouder | Status", "5. Actielijst", kind="table_row")
    d.unit(
        "1 | Dashboard streefcijfers per directie | [PERSOON_7] | nog niet gereed", "5. Actielijst", kind="table_row"
    )
    d.unit("2 | Uitnodiging leertraject versturen | [PERSOON_5] | gereed", "5. Actielijst", kind="table_row")

    d = c.doc("2024-09-16")
    d.unit("De voorzitter komt erop terug in het volgende overleg.", "2. Klachtenregeling en vertrouwenspersonen")
    d.unit("Voorstel: doorschuiven naar volgend overleg.", "3. Jaarplan Groeipanel 2025")
    d.unit(
        "Zorgen over meldingen die niet worden opgevolgd; het vertrouwen stagneert.",
        "4. Melden en opvolgen",
        theme=T_MELDEN,
    )
    d.unit(
        "Actie [PERSOON_3]: voorstel training moeilijke gesprekken – status: loopt nog.",
        "5. Actielijst",
        actor="Actie [PERSOON_3]",
        kind="list_item",
    )

    a = c.doc("2024-11-18", doc_type="agenda")
    a.unit(
        "Ter bespreking: jaarplan van het groeipanel (doorgeschoven).", "3. Jaarplan groeipanel 2025 (doorgeschoven)"
    )

    d = c.doc("2024-11-18")
    d.unit("Niet besproken.", "3. Jaarplan Groeipanel 2025")
    d.unit("Onvoldoende zicht op de opvolging van meldingen; dit blijft een zorgpunt.", "4. Melden", theme=T_MELDEN)
    d.unit(
        "Actie [PERSOON_7]: dashboard streefcijfers per directie opleveren (loopt nog).",
        "5. Actielijst",
        actor="Actie [PERSOON_7]",
        kind="list_item",
    )
    return c
