"""Problem language of recurring themes and resolution as a fact, read from the meeting-record phrase lists."""

from __future__ import annotations

import pytest

from themes.flags.lexicon import problem_phrase, resolution_phrase


@pytest.mark.parametrize(
    "text",
    [
        "Het blijft een knelpunt dat mensen niet durven te melden.",
        "Er zijn zorgen over de veiligheid van melders.",
        "Het lukt niet om divers talent aan te trekken.",
        "De representatie in de top blijft achter.",
        "Er is gebrek aan vertrouwen in de procedure.",
    ],
)
def test_problem_language_is_found(text: str) -> None:
    assert problem_phrase(text)


@pytest.mark.parametrize(
    "text",
    [
        "Er zijn geen knelpunten.",
        "Wij zorg dragen voor een veilige werkplek.",
        "Zorg ervoor dat iedereen de notitie leest.",
        "De werkgroep bespreekt de planning.",
    ],
)
def test_no_problem_without_problem_language(text: str) -> None:
    assert problem_phrase(text) is None


@pytest.mark.parametrize("text", ["Afgerond.", "Status: gereed", "Is afgehandeld, kan van de lijst."])
def test_resolution_as_a_fact(text: str) -> None:
    assert resolution_phrase(text)


@pytest.mark.parametrize(
    "text",
    ["Nog niet afgerond.", "Niet gereed", "Het plan is nog niet helemaal afgerond.", "Wordt voor de zomer afgerond.",
     "Naar verwachting gereed eind juni."],
)
def test_negated_or_planned_resolution_is_none(text: str) -> None:
    assert resolution_phrase(text) is None
