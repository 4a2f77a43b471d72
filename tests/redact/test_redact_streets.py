"""Street addresses from the BAG street list: with and without a suffix, postcode, cue (issue 12, item 3)."""

from __future__ import annotations

import pytest

from themes.redact.streets import load_streets


def addresses(result):
    return [result.text[s.start:s.end] for s in result.spans if s.label == "ADRES"]


@pytest.mark.parametrize("text, expected", [
    ("Het kantoor zit op Rokin 12 in Amsterdam.", ["Rokin 12"]),
    ("Postadres: Singel 250, 1016 AB Amsterdam", ["Singel 250"]),
    ("Stuur het naar Spui 21-3.", ["Spui 21-3"]),
    ("We spreken af bij Damrak 1.", ["Damrak 1"]),
    ("De bijeenkomst vindt plaats op Laan van Meerdervoort 5a.", ["Laan van Meerdervoort 5a"]),
    ("ik woon aan de kinkerstraat 12 hs sinds de zomer", ["kinkerstraat 12 hs"]),
    ("Hij woont op de Dam 1 met zijn gezin.", ["Dam 1"]),
    ("De training is op Markt 12, Utrecht.", ["Markt 12"]),
])
def test_street_with_house_number_is_an_address(redact, text, expected):
    assert addresses(redact(text)) == expected


@pytest.mark.parametrize("text", [
    "We wandelen langs de Amstel en over de Dam naar het Spui.",
    "Punt 3: de begroting.",
    "Sprint 12 is afgerond, in groep 3 zitten twintig kinderen.",
    "Om 12 uur op het Rokin en 20 % op de Singel.",
    "Agenda punt 4 en hoofdstuk 2 van het rapport.",
])
def test_street_names_without_an_address_stay(redact, text):
    assert addresses(redact(text)) == []


def test_the_bag_list_is_loaded_once_as_a_set():
    streets = load_streets()
    assert streets is load_streets()
    assert {"rokin", "singel", "laan van meerdervoort"} <= streets and len(streets) > 100_000
