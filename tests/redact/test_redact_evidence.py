"""A capitalised word is a name only with evidence; content words, units and products stay (issue 12, items 1 and 4)."""

from __future__ import annotations

import pytest


def names(result):
    return [result.text[s.start:s.end] for s in result.spans if s.label == "PERSOON"]


@pytest.mark.parametrize("text", [
    "8. Personele bezetting",
    "Enquete deelnemers gevraagd om input voor de notitie.",
    "De resultaten staan op de site, zie testimonials en mentoring.",
    "De directie Grond en Ontwikkeling levert de cijfers aan.",
    "Kadaster heeft een team dat de koppeling bouwt.",
    "Er is een Github repository voor de werkgroep.",
    "Suggestie: Confluence / Jira, maar wie betaalt de licentie?",
    "Tijdpad voor de volgende versie van het Kader bespreken.",
    "Zie https://voorbeeld.github.io/Werkgroep/ voor de stukken.",
    "In line met de strategie van de afdeling.",
])
def test_content_words_and_products_without_evidence_stay(redact, text):
    assert names(redact(text)) == []


def test_organisation_in_brackets_of_an_attendance_line_stays(redact):
    result = redact("Aanwezig: Jan de Vries (Kadaster), Fatima El Amrani (Omgevingsdienst), Kofi Mensah")
    assert names(result) == ["Jan de Vries", "Fatima El Amrani", "Kofi Mensah"]


def test_multi_word_allowlist_entry_is_never_a_name(make_redactor):
    redactor = make_redactor(allowlist=["Bureau Hendriks Advies"])
    result = redactor.redact_batch(["Het rapport komt van Bureau Hendriks Advies."])[0]
    assert result.spans == ()


@pytest.mark.parametrize("text, expected", [
    ("Gisteren gaf Dewanand Kalpoe aan dat de planning krap is.", ["Dewanand Kalpoe"]),  # a following surname
    ("Curtley Domacassé opent het overleg.", ["Curtley Domacassé"]),  # two unknown capitalised words
    ("Dewanand en Esther nemen de terugkoppeling op zich.", ["Dewanand", "Esther"]),  # joined to a name
    ("Na afloop zei Radek dat het niet veilig voelde.", ["Radek"]),  # speech verb before
    ("Wethouder Van der Berg opent de vergadering.", ["Van der Berg"]),
    ("Wethouder da Silva opent de vergadering.", ["da Silva"]),
    ("Volgens Gülçin Yıldırım en Ağça Şahin is het beleid helder.", ["Gülçin Yıldırım", "Ağça Şahin"]),
    ("Volgens João dos Santos en Jürgen Müller klopt het.", ["João dos Santos", "Jürgen Müller"]),
    ("Het voorstel van Françoise Lefèvre wordt overgenomen.", ["Françoise Lefèvre"]),
    ("Nkansah (HR) zoekt uit of de teksten kloppen.", ["Nkansah"]),  # unit in brackets, then a verb
    ("Actie Ebbo: de planning rondsturen.", ["Ebbo"]),
    ("Ik werk graag samen met Tsehaye, zij luistert.", ["Tsehaye"]),
    ("Sinds Zoltán teamleider is, gaat het beter.", ["Zoltán"]),
    ("Tsehaye: 'Ik word nooit gevraagd.'", ["Tsehaye"]),
])
def test_names_of_every_origin_with_evidence_are_found(redact, text, expected):
    assert names(redact(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("daarna heb ik jan gemaild maar geen reactie", ["jan"]),
    ("mijn manager piet luistert niet", ["piet"]),
    ("sinds jan de vries er is gaat het beter", ["jan de vries"]),
    ("ik sprak met fatima over de cursus", ["fatima"]),
    ("Actie: Frank zoekt contact met Kees schaar over de vragen.", ["Frank", "Kees schaar"]),
    ("Aanwezig: Joris te riele (RvIG), Anouk van den brink (KvK)", ["Joris te riele", "Anouk van den brink"]),
])
def test_lower_case_names_with_context_are_found(redact, text, expected):
    assert names(redact(text)) == expected


def test_lower_case_words_on_a_name_list_without_context_stay(redact):
    assert names(redact("het kader is helder, de grond is verkocht en de line manager tekent")) == []


def test_bare_first_name_as_owner_in_a_table_cell_is_a_name(redact):
    assert names(redact("| Rapport schrijven | Jan | 1 maart |")) == ["Jan"]
    assert names(redact("Jan")) == ["Jan"]


def test_a_word_after_an_article_is_a_noun(redact):
    assert names(redact("Versie 2 van het Kader en een Mark in de kantlijn.")) == []
