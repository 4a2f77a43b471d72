"""A constructed two-round panel corpus whose truth is known, as records, state or workspace.

Round 1 and round 2 have 100 units each (two panel reports per round, two directorates):

| theme | round 1 | round 2 | truth |
|---|---:|---:|---|
| T01 werving en selectie | 30 | 30 | blijvend, with new wording in round 2 |
| T02 ongemak en weerstand | 0 | 20 | nieuw |
| T03 taalbarrières | 25 | 0 | verdwenen |
| T04 loopbaan: doorstroom | 15 | 12 | blijvend; split at the re-fit into T04 and T05 |
| T05 loopbaan: mentoring | 0 | 12 | nieuw (the other half of the split) |
| T06 werkdruk | 20 | 5 | afnemend |
| T07 humor op de werkvloer | 2 | 3 | te weinig data |
| outliers | 8 | 18 | |
"""

from __future__ import annotations

from themes.state import AnalysisState
from themes.types import Assignment, Document, Segment, Theme

WORDING = {
    ("T01", "ronde 1"): ["vacatureteksten sluiten kandidaten uit", "de wervingskanalen bereiken dezelfde groep",
                         "functie-eisen zijn onnodig streng", "advertenties staan alleen op de eigen site"],
    ("T01", "ronde 2"): ["selectiegesprekken zijn bevooroordeeld", "de selectiecommissie is eenzijdig samengesteld",
                         "assessments benadelen zij-instromers", "de beoordeling van cv's is niet anoniem"],
    ("T02", "ronde 2"): ["collega's voelen ongemak bij het gesprek over afkomst", "er is weerstand tegen de cursus",
                         "sommigen vinden het onderwerp overdreven", "men haakt af als het over racisme gaat"],
    ("T03", "ronde 1"): ["informatie is alleen in moeilijk Nederlands", "vertalingen van formulieren ontbreken",
                         "taalniveau B1 wordt niet gehaald", "tolken zijn niet beschikbaar bij gesprekken"],
    ("T04", "ronde 1"): ["doorstroom naar leidinggevende functies stokt", "loopbaanpaden zijn onduidelijk",
                         "promoties gaan naar bekenden", "talentprogramma's zijn niet toegankelijk"],
    ("T04", "ronde 2"): ["doorstroom naar schaal 12 blijft achter", "interne vacatures worden niet gedeeld",
                         "het loopbaangesprek wordt overgeslagen", "de promotiecriteria zijn vaag"],
    ("T05", "ronde 2"): ["mentoring helpt nieuwe collega's op weg", "een buddy-programma wordt gemist",
                         "reverse mentoring met de directie werkt", "mentoren krijgen geen uren"],
    ("T06", "ronde 1"): ["de werkdruk laat geen ruimte voor inclusie", "er is geen tijd voor trainingen",
                         "teams zijn onderbezet", "overwerk is normaal"],
    ("T06", "ronde 2"): ["de werkdruk is nog steeds hoog", "roosters zijn krap"],
    ("T07", "ronde 1"): ["grappen over afkomst worden gemaakt"],
    ("T07", "ronde 2"): ["humor kan kwetsen", "een grap in de lunchpauze viel verkeerd"],
}
COUNTS = {"T01": (30, 30), "T02": (0, 20), "T03": (25, 0), "T04": (15, 12), "T05": (0, 12), "T06": (20, 5),
          "T07": (2, 3), None: (8, 18)}
LABELS = {"T01": "werving en selectie", "T02": "ongemak en weerstand", "T03": "taalbarrières",
          "T04": "loopbaan: doorstroom", "T05": "loopbaan: mentoring", "T06": "werkdruk", "T07": "humor op de werkvloer"}
SPLIT_EVENT = ("run-2", "gesplitst", "T04 'loopbaan' gesplitst in T04 en T05")
ROUNDS = ("ronde 1", "ronde 2")


def build_records():
    """Documents, segments, themes, assignments and events of the corpus."""
    documents, segments, assignments = [], [], []
    for r, round_name in enumerate(ROUNDS):
        docs = [
            Document(doc_id=f"d{r + 1}{k}", source_path=f"panel_ronde{r + 1}_{k}.docx",
                     title=f"Panelverslag ronde {r + 1} deel {k}", doc_type="panelverslag",
                     date=f"2024-0{3 + 6 * r if r == 0 else 9}-1{k}", round=round_name,
                     unit=f"Directie {'AB'[k - 1]}", content_hash=f"hash-{r}-{k}")
            for k in (1, 2)
        ]
        documents += docs
        position = {d.doc_id: 0 for d in docs}
        for theme_id, counts in COUNTS.items():
            n = counts[r]
            texts = WORDING.get((theme_id, round_name), ["losse opmerking over iets anders"])
            for i in range(n):
                doc = docs[i % 2]
                base = texts[i % len(texts)]
                text = base if i < len(texts) else f"{base} (punt {i + 1})"
                sid = f"{doc.doc_id}-{theme_id or 'X'}-{i:03d}"
                segments.append(Segment(segment_id=sid, doc_id=doc.doc_id, position=position[doc.doc_id], text=text))
                position[doc.doc_id] += 1
                assignments.append(Assignment(sid, theme_id, round(0.95 - 0.01 * i, 4) if theme_id else 0.0))
    themes = [Theme(theme_id=tid, label=label, size=sum(COUNTS[tid])) for tid, label in LABELS.items()]
    return documents, segments, themes, assignments, [SPLIT_EVENT, ("run-2", "behouden", "T01 blijft T01")]


def build_state() -> AnalysisState:
    """The corpus as an AnalysisState (no centroids)."""
    documents, segments, themes, assignments, events = build_records()
    return AnalysisState(documents=tuple(documents), segments=tuple(segments), themes=tuple(themes),
                         assignments=tuple(assignments), events=tuple(events))


def fill_workspace(ws) -> None:
    """Store the corpus in a workspace with add_document and save_themes."""
    documents, segments, themes, assignments, events = build_records()
    for doc in documents:
        ws.add_document(doc, [s for s in segments if s.doc_id == doc.doc_id])
    ws.save_themes(themes, assignments, events=[(k, d) for _run, k, d in events], run="run-2")
