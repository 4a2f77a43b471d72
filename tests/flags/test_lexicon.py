"""Deferral, resolution and problem language, with negations."""

from __future__ import annotations

import pytest

from themes.flags.lexicon import DEFERRED, RESOLVED, classify, is_dropped, problem_phrase, resolution_phrase


@pytest.mark.parametrize(
    "text",
    [
        "Niet besproken i.v.m. tijdgebrek.",
        "Doorgeschoven naar volgend overleg.",
        "We stellen voor dit punt door te schuiven naar de volgende vergadering.",
        "Doorschuiven naar volgend overleg.",
        "Staat al een tijdje in de wachtstand.",
        "De voorzitter komt erop terug.",
        "We komen er later op terug.",
        "Nog geen besluit.",
        "Punt wordt aangehouden.",
        "Uitgesteld tot na de zomer.",
        "Daar zijn we niet aan toe gekomen.",
        "Geen tijd meer; later agenderen.",
        "Opnieuw agenderen in het najaar.",
    ],
)
def test_deferral_phrases_mark_the_item_deferred(text: str) -> None:
    assert classify(text).status == DEFERRED


@pytest.mark.parametrize(
    "text",
    [
        "Besloten: de stuurgroep stemt in met het communicatieplan.",
        "Besluit: het plan wordt vastgesteld.",
        "De stuurgroep stemt in met het voorstel.",
        "Akkoord.",
        "Afgerond.",
        "Status: gereed",
        "Is afgehandeld, kan van de lijst.",
    ],
)
def test_resolution_phrases_mark_the_item_resolved(text: str) -> None:
    assert classify(text).status == RESOLVED


@pytest.mark.parametrize(
    "text",
    [
        "Nog niet afgerond.",
        "Niet gereed",
        "nog niet gereed, loopt nog",
        "Het plan is nog niet helemaal afgerond.",
        "Wordt voor de zomer afgerond.",
        "Niet akkoord met de planning.",
        "Is het al afgerond?",
        "Naar verwachting gereed eind juni.",
        "Status: loopt nog",
    ],
)
def test_negated_or_future_resolution_is_not_resolution(text: str) -> None:
    assert classify(text).status is None
    assert resolution_phrase(text) is None


def test_deferral_beats_resolution_within_one_sentence() -> None:
    assert classify("Besluit: doorgeschoven naar volgend overleg.").status == DEFERRED
    assert classify("Akkoord om dit punt door te schuiven naar de volgende keer.").status == DEFERRED


def test_a_later_decision_overrides_an_earlier_deferral_in_the_same_unit() -> None:
    assert classify("Vorige keer doorgeschoven. Besloten: de stuurgroep stemt in.").status == RESOLVED


def test_agendas_cannot_record_a_decision() -> None:
    assert classify("Voorstel: de stuurgroep stemt in met het plan.", allow_resolution=False).status is None
    assert classify("Jaarplan (doorgeschoven)", allow_resolution=False).status == DEFERRED


def test_cancelled_is_recognised() -> None:
    assert is_dropped("Actie vervalt.")
    assert not is_dropped("Actie loopt nog.")


@pytest.mark.parametrize(
    "text",
    [
        "Zorg: meldingen worden niet of te laat opgevolgd.",
        "Het blijft een knelpunt.",
        "Mensen durven niet te melden.",
        "De doorstroom blijft nog steeds achter.",
        "Het lukt niet om de termijn te halen.",
        "De voortgang stagneert.",
        "Er is onvoldoende capaciteit.",
        "Er ontbreekt een meldpunt.",
        "Signalen uit de netwerken.",
        "De stuurgroep maakt zich zorgen.",
    ],
)
def test_problem_language_is_found(text: str) -> None:
    assert problem_phrase(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "We zorgen voor betere info op intranet.",
        "Er zijn geen knelpunten.",
        "Geen problemen gemeld.",
        "Het plan is vastgesteld.",
    ],
)
def test_no_problem_language_in_neutral_or_negated_text(text: str) -> None:
    assert problem_phrase(text) is None


def test_a_later_deferral_overrides_an_earlier_resolution_in_the_same_unit() -> None:
    assert classify("De OR heeft ingestemd met de adviesaanvraag. Het punt staat nog in de wachtstand.").status == (
        DEFERRED
    )


def test_joined_parts_say_what_their_last_part_with_a_signal_says():
    parts = ["Het jaarplan is besproken.", "Besluit: akkoord met het plan.", "Geen tijd meer; doorgeschoven.",
             "De werving loopt.", "De OR heeft ingestemd. Het punt staat nog in de wachtstand.", ""]
    for allow in (True, False):
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                group = parts[i:j]
                said = [classify(p, allow_resolution=allow) for p in group]
                last = next((s for s in reversed(said) if s.status), classify("", allow_resolution=allow))
                assert classify("\n".join(group), allow_resolution=allow) == last
