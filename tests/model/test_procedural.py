"""The fast checks of is_procedural never change its answer."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from themes.model.procedural import _CONTACT, _FIELD, _KEPT_OUT, _PHRASES, ROLE_MAX_WORDS, is_procedural
from themes.records import line_role

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
    plain = (bool(_FIELD.match(text)) or (bool(_PHRASES.search(text)) and len(text.split()) <= 40)
             or (bool(_CONTACT.search(text)) and len(text.split()) <= ROLE_MAX_WORDS) or line_role(text) in _KEPT_OUT)  # a namespace has no kind: read as minutes
    assert is_procedural(SimpleNamespace(text=text)) == plain


@pytest.mark.parametrize("text", [
    "Niet besproken i.v.m. tijdgebrek.", "Dit bespreken tijdens bila.", "Agendapunten doorgeschoven naar juni.",
    "Ik ben bereikbaar via [EMAIL_2].", "Actie [PERSOON_1] en [PERSOON_2]: voorstel uitwerken.",
])
def test_deferral_contact_and_action_lines_stay_out_of_content_themes(text):
    assert is_procedural(SimpleNamespace(text=text))


@pytest.mark.parametrize("text", [
    "De werkdruk in het team is hoog door tijdgebrek bij de leidinggevenden.",
    "De actie tegen racisme heeft weinig opgeleverd.",
])
def test_content_lines_are_not_procedural(text):
    assert not is_procedural(SimpleNamespace(text=text))
