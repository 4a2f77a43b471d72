from __future__ import annotations

import pytest

from themes.ingest.actors import extract_actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Actie Jeroen: stuurt de notitie rond", "Jeroen"),
        ("Actiepunt Fatima el Amrani: agendeert het", "Fatima el Amrani"),
        ("Reactie Mirjam: eens met het voorstel", "Mirjam"),
        ("Reactie van J.P. de Vries: prima", "J.P. de Vries"),
        ("Actiehouder: Sanne Jansen", "Sanne Jansen"),
        ("Actie: notitie rondsturen (Jeroen)", "Jeroen"),
        ("Actie: stuk aanpassen - Mirjam", "Mirjam"),
        ("Actie: Jeroen", "Jeroen"),
        ("Reactie [PERSOON_3]: eens", "[PERSOON_3]"),
        ("Actie (Dewi Hartono): pagina bijwerken", "Dewi Hartono"),
        ("Actie voor Sanne: planning maken", "Sanne"),
    ],
)
def test_actor_labels_are_found(text, actor):
    assert extract_actor(text) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Actie: we gaan dit uitzoeken.",
        "Vraag achter de vraag: wanneer doe ik het straks goed?",
        "Monitoring: naast alles wat je kan meten",
        "Actiepunten worden besproken: x",
    ],
)
def test_text_without_an_actor_label_has_no_actor(text):
    assert extract_actor(text) is None
