"""The status a sentence of minutes gives its item (ported from the earlier flags lexicon tests)."""

from __future__ import annotations

import pytest

from themes.records.entries import DEFERRED, DONE
from themes.records.status import decision, status_of


@pytest.mark.parametrize(
    "text",
    [
        "Niet besproken i.v.m. tijdgebrek.", "Doorgeschoven naar volgend overleg.",
        "We stellen voor dit punt door te schuiven naar de volgende vergadering.", "Doorschuiven naar volgend overleg.",
        "Staat al een tijdje in de wachtstand.", "De voorzitter komt erop terug.", "We komen er later op terug.",
        "Nog geen besluit.", "Punt wordt aangehouden.", "Uitgesteld tot na de zomer.",
        "Daar zijn we niet aan toe gekomen.", "Geen tijd meer; later agenderen.", "Opnieuw agenderen in het najaar.",
    ],
)
def test_deferral(text: str) -> None:
    assert status_of(text) == DEFERRED


@pytest.mark.parametrize("text", ["Afgerond.", "Status: gereed", "Is afgehandeld, kan van de lijst."])
def test_done(text: str) -> None:
    assert status_of(text) == DONE


@pytest.mark.parametrize(
    "text",
    [
        "Besloten: de stuurgroep stemt in met het communicatieplan.", "Besluit: het plan wordt vastgesteld.",
        "De stuurgroep stemt in met het voorstel.", "Akkoord.", "Het verslag wordt vastgesteld.",
    ],
)
def test_decisions(text: str) -> None:
    assert decision(text)


@pytest.mark.parametrize("text", ["Niet akkoord met de planning.", "Het plan zal worden vastgesteld."])
def test_no_decision_when_negated_or_planned(text: str) -> None:
    assert decision(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Nog niet afgerond.", "Niet gereed", "nog niet gereed, loopt nog", "Het plan is nog niet helemaal afgerond.",
        "Wordt voor de zomer afgerond.", "Is het al afgerond?", "Naar verwachting gereed eind juni.",
        "Status: loopt nog",
    ],
)
def test_negated_planned_or_asked_is_not_done(text: str) -> None:
    assert status_of(text) != DONE
