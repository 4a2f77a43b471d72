"""A genitive 's after a name ("Peter's voorstel") ends the name: the name is redacted, the 's may stay (a leak before)."""

from __future__ import annotations

import pytest


def names(result):
    return [result.text[s.start:s.end] for s in result.spans if s.label == "PERSOON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Peter's voorstel wordt aangenomen.", "Peter"),
    ("Het voorstel van Anja's team is goedgekeurd.", "Anja"),
    ("Dat is Fatima’s taak, zegt de voorzitter.", "Fatima"),
    ("Mohammed's reactie komt volgende week.", "Mohammed"),
])
def test_a_first_name_with_a_genitive_s_is_redacted(redact, text, name):
    assert names(redact(text)) == [name]


def test_a_surname_with_a_genitive_s_takes_the_pseudonym_of_its_full_name(make_redactor):
    full, short = make_redactor().redact_batch(["Peter Harmsink opent de vergadering.", "Harmsink's voorstel wordt aangenomen."])
    assert names(short) == ["Harmsink"]
    assert short.redacted.split("'")[0] == full.redacted.split(" ")[0]


@pytest.mark.parametrize("text", ["Met Sean O'Brien besproken.", "Ik heb Maria D'Agostino gemaild."])
def test_an_apostrophe_inside_a_name_keeps_the_name_whole(redact, text):
    assert [n.split()[-1][:2] for n in names(redact(text))] in (["O'"], ["D'"])
