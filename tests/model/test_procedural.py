"""The fast checks of is_procedural never change its answer."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from themes.model.procedural import _FIELD, _PHRASES, is_procedural

TEXTS = [
    "Aanwezig: Jan, Piet en [PERSOON_3]", "  Datum en tijd: 3 maart", "De voorzitter opent de vergadering.",
    "DE VOORZITTER OPENT DE VERGADERING.", "De voorzitter \u017fluit de vergadering.", "Het verslag van 3 maart "
    "wordt ongewijzigd vastgesteld.", "De notulist maakt het verslag.", "De volgende vergadering is op 3 mei.",
    "De voorzitter heet iedereen welkom.", "Hij dankt de aanwezigen voor hun komst.", "Privé: de coördinator "
    "opent de bijeenkomst", "De werkdruk is hoog en niemand sluit de vergadering " + "lang " * 40,
    "Ik vind het welkom dat er aandacht is.", "De volgende stap is op tijd beginnen.", "", "Geen logistiek hier.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_answer_as_the_plain_rule(text):
    plain = bool(_FIELD.match(text)) or (bool(_PHRASES.search(text)) and len(text.split()) <= 40)
    assert is_procedural(SimpleNamespace(text=text)) == plain
