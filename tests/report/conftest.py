"""Constructed inputs for the report tests: a small redacted analysis state, a round comparison and flags."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pytest

from themes.config import PipelineConfig
from themes.types import Assignment, Document, Flag, Quote, RoundStat, Segment, Theme, ThemeTrend


@dataclass(frozen=True)
class StandInState:
    """Same fields as themes.state.AnalysisState."""

    documents: tuple[Document, ...]
    segments: tuple[Segment, ...]
    themes: tuple[Theme, ...]
    assignments: tuple[Assignment, ...]
    centroids: dict[str, np.ndarray]
    events: tuple[tuple[str, str, str], ...] = ()
    span_counts: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class StandInComparison:
    """Same fields as themes.rounds.RoundComparison."""

    rounds: tuple[str, ...]
    totals: tuple[tuple[str, int], ...]
    trends: tuple[ThemeTrend, ...]
    summary: tuple[str, ...]
    events: tuple[tuple[str, str, str], ...] = ()


def _doc(i: int, doc_type: str, date: str, rnd: str, unit: str | None) -> Document:
    return Document(f"d{i}", f"bron/{doc_type}{i}.docx", f"{doc_type.capitalize()} {date}", doc_type, date, rnd, unit, f"h{i}")


DOCS = (
    _doc(1, "notulen", "2024-03-11", "2024-H1", "Stuurgroep"),
    _doc(2, "panelverslag", "2024-04-02", "2024-H1", None),
    _doc(3, "notulen", "2024-09-16", "2024-H2", "Stuurgroep"),
    _doc(4, "enquete", "2024-10-01", "2024-H2", None),
)

# (doc, theme, text, unit, count)
TEXTS = [
    ("d1", "T01", "De werving van nieuwe collega's gebeurt nog te veel via het eigen netwerk. Vacatures moeten breder worden verspreid.", None, 1),
    ("d1", "T02", "[PERSOON_1] meldt dat het meldpunt discriminatie nog niet bekend is bij leidinggevenden.", None, 1),
    ("d2", "T01", "Panelleden zien dat sollicitatiecommissies weinig divers zijn samengesteld. Dat beïnvloedt de selectie van kandidaten.", "Directie Werk", 1),
    ("d2", "T01", "Anoniem solliciteren zou de werving eerlijker maken volgens het panel.", "Directie Zorg", 1),
    ("d2", "T03", "Leidinggevenden voeren het gesprek over inclusie nauwelijks in hun teams.", "Directie Werk", 1),
    ("d3", "T02", "Het meldpunt discriminatie is opnieuw besproken; de evaluatie van het meldpunt is uitgesteld tot na de zomer.", None, 1),
    ("d3", "T01", "Bij de werving van stagiairs is nog geen aandacht voor diversiteit van de kandidaten.", None, 1),
    ("d4", "T01", "Vacatureteksten zijn te ingewikkeld en schrikken kandidaten met een migratieachtergrond af.", "Directie Zorg", 3),
    ("d4", "T02", "Ik weet niet waar ik een melding van discriminatie kan doen. Het meldpunt is onvindbaar op intranet.", "Directie Werk", 2),
    ("d4", "T01", "Selectiecommissies moeten getraind worden in het herkennen van vooroordelen bij werving.", "Directie Werk", 1),
    ("d4", None, "Het parkeerbeleid is onduidelijk.", "Directie Zorg", 1),
]


def _segments() -> tuple[tuple[Segment, ...], tuple[Assignment, ...]]:
    docs = {d.doc_id: d for d in DOCS}
    segments, assignments = [], []
    for i, (doc_id, theme_id, text, unit, count) in enumerate(TEXTS):
        doc = docs[doc_id]
        seg = Segment(f"s{i:02d}", doc_id, i, text, round=doc.round, date=doc.date, unit=unit, count=count)
        segments.append(seg)
        assignments.append(Assignment(seg.segment_id, theme_id, 0.9 if theme_id else 0.0))
    segments.append(Segment("s99", "d4", 99, "geen", round="2024-H2", trivial=True))
    return tuple(segments), tuple(assignments)


THEMES = (
    Theme("T01", "Werving en selectie", ("werving", "vacatures", "selectie"), 8, "werving", False),
    Theme("T02", "Meldpunt discriminatie", ("meldpunt", "discriminatie", "melding"), 4, "melden", False,
          quotes=(Quote("s05", "Het meldpunt discriminatie is opnieuw besproken.", "d3", "2024-09-16", "2024-H2", "notulen"),)),
    Theme("T03", "Inclusief leiderschap", ("leidinggevenden", "gesprek"), 1, None, True),
    Theme("T04", "Toegankelijkheid", ("toegankelijkheid",), 0, "toegankelijkheid", False),
)

FLAGS = (
    Flag("S01", "uitgesteld", "Evaluatie meldpunt discriminatie", "2024-03-11", "2024-09-16", 2, ("d1", "d3"),
         (Quote("s05", "de evaluatie van het meldpunt is uitgesteld tot na de zomer", "Notulen 2024-09-16", "2024-09-16", "2024-H2", "notulen"),)),
    Flag("S02", "actie", "Vacatureteksten herschrijven", "2024-03-11", "2024-09-16", 3, ("d1", "d3"), (), owner="[PERSOON_2]"),
    Flag("S03", "terugkerend thema", "Parkeerbeleid", "2024-09-16", "2024-09-16", 1, ("d3",), (), status="afgehandeld"),
)


def _trends() -> tuple[ThemeTrend, ...]:
    return (
        ThemeTrend("T01", "Werving en selectie", (RoundStat("2024-H1", 3, 0.5), RoundStat("2024-H2", 6, 0.6)), 0.1, 0.04, 0.3, "groeiend",
                   quotes_per_round=(("2024-H1", (Quote("s03", "Anoniem solliciteren zou de werving eerlijker maken volgens het panel.", "d2"),)),
                                     ("2024-H2", (Quote("s07", "Vacatureteksten zijn te ingewikkeld en schrikken kandidaten met een migratieachtergrond af.", "d4"),)))),
        ThemeTrend("T02", "Meldpunt discriminatie", (RoundStat("2024-H1", 1, 0.2), RoundStat("2024-H2", 3, 0.3)), 0.1, 0.5, 0.1, "blijvend"),
        ThemeTrend("T03", "Inclusief leiderschap", (RoundStat("2024-H1", 1, 0.2), RoundStat("2024-H2", 0, 0.0)), -0.2, None, None, "te weinig data"),
    )


@pytest.fixture()
def state() -> StandInState:
    segments, assignments = _segments()
    rng = np.random.default_rng(0)
    centroids = {t.theme_id: (v := rng.normal(size=16).astype(np.float32)) / np.linalg.norm(v) for t in THEMES[:3]}
    return StandInState(
        DOCS, segments, THEMES, assignments, centroids,
        events=(("2024-10-02", "behouden", "T01 blijft Werving en selectie"),),
        span_counts={"d1": {"PERSOON": 2, "EMAIL": 1}, "d4": {"PERSOON": 1, "TELEFOON": 1}},
    )


@pytest.fixture()
def comparison() -> StandInComparison:
    return StandInComparison(
        ("2024-H1", "2024-H2"), (("2024-H1", 6), ("2024-H2", 10)), _trends(),
        ("Werving en selectie groeit van 50,0% naar 60,0% van de fragmenten.",),
    )


@pytest.fixture()
def flags() -> tuple[Flag, ...]:
    return FLAGS


@pytest.fixture()
def config() -> PipelineConfig:
    return PipelineConfig()


@pytest.fixture()
def report(state, comparison, flags, config):
    from themes.report import build_report

    return build_report(state, comparison, flags, config)


@pytest.fixture()
def analysed(workspace):
    """A workspace holding the constructed documents, segments, themes and assignments; returns its path."""
    segments, assignments = _segments()
    for doc in DOCS:
        counts = {"PERSOON": 2} if doc.doc_id == "d1" else {}
        workspace.add_document(doc, [s for s in segments if s.doc_id == doc.doc_id], counts)
    rng = np.random.default_rng(1)
    centroids = {t.theme_id: rng.normal(size=8).astype(np.float32) for t in THEMES[:3]}
    workspace.save_themes(THEMES, assignments, centroids, events=[("behouden", "T01 blijft")], run="r1")
    return workspace.path
