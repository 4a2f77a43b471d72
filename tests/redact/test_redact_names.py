"""Person names: origins, particles, initials, titles, lowercase and ALL CAPS; roles and organisations kept."""

from __future__ import annotations

import pytest


def names(result):
    return [result.text[s.start:s.end] for s in result.spans if s.label == "PERSOON"]


@pytest.mark.parametrize("text, expected", [
    ("Aanwezig: Fatima El Amrani (voorzitter), Jan de Vries, Kofi Mensah", ["Fatima El Amrani", "Jan de Vries",
                                                                           "Kofi Mensah"]),
    ("Volgens mevr. El Amrani is dat niet zo.", ["El Amrani"]),
    ("J.P. de Vries en dhr. van der Berg waren er.", ["J.P. de Vries", "van der Berg"]),
    ("Agnieszka Kowalczyk en Wayan Sutrisno van P&O sloten aan.", ["Agnieszka Kowalczyk", "Wayan Sutrisno"]),
    ("Mehmet Yılmaz en Kwame Boateng presenteren.", ["Mehmet Yılmaz", "Kwame Boateng"]),
    ("Anne-Marie Jansen-de Boer zit voor.", ["Anne-Marie Jansen-de Boer"]),
    ("Yaw gaf aan dat hij zich niet gehoord voelde.", ["Yaw"]),
    ("Actie Roos: agenda rondsturen.", ["Roos"]),
])
def test_names_of_every_origin_and_shape_are_found(redact, text, expected):
    assert names(redact(text)) == expected


def test_role_before_a_name_stays_and_only_the_name_goes(redact):
    result = redact("Mijn leidinggevende Bakker zei dat wethouder Groen het wist.")
    assert names(result) == ["Bakker", "Groen"]
    assert "leidinggevende" in result.redacted and "wethouder" in result.redacted


def test_lowercase_names_in_informal_answers_are_found(redact):
    assert names(redact("ik sprak met fatima over de cursus")) == ["fatima"]
    assert names(redact("mijn leidinggevende ahmet luistert niet")) == ["ahmet"]


def test_lowercase_common_words_that_are_names_are_kept(redact):
    assert redact("ik wil meer hoop en een roos voor bas en kim").spans == ()


def test_all_caps_names_are_found(redact):
    assert names(redact("FATIMA EL AMRANI OPENT DE VERGADERING.")) == ["FATIMA EL AMRANI"]


def test_sentence_start_common_word_is_not_a_name(redact):
    assert redact("Wil je dat het team het doet? Mark de punten in geel.").spans == ()


@pytest.mark.parametrize("text", [
    "De directie Sociaal Domein en stadsdeel Zuidoost presenteren de resultaten aan het GMT.",
    "Het Verwey-Jonker Instituut voert de evaluatie uit voor Bureau Inclusie & Diversiteit.",
    "De wethouder, de directeur P&O, de teamleider en de trekker bespreken de voortgang.",
    "De Turkse, Marokkaanse en Surinaamse gemeenschappen waren goed vertegenwoordigd.",
    "De GGD Amsterdam en de Politie Eenheid Amsterdam werken samen met Movisie.",
])
def test_organisations_roles_and_units_are_not_redacted(redact, text):
    assert redact(text).spans == ()


def test_woo_placeholder_and_existing_pseudonyms_are_kept(redact):
    text = "Met [WOO] en [PERSOON_12] besproken; 5.1, 2, e bleef weggelakt."
    result = redact(text)
    assert result.spans == () and result.redacted == text


# the phrasings of the Woo documents (make check-real runs the documents themselves), with fictitious names
WOO_LINES = [
    "Uitgenodigd: Sanne Verbeek 5.1, 2, e",
    "\tMonitoring: meten met cijfers is altijd tricky. ➤ Idee (kwam bij 5.1, 2, e en Sanne vandaan): Groeipanel breder?\t",
    "Sanne\tUitvoeringsplan: actievere taal. Er staat veel 'we onderzoeken dat..' Soms is dat nodig.\t",
    "2. dialoog op organisatieniveau. Wethouder, sanne, gmt",
    "In februari 2022 was er een tussentijds gesprek tussen Sanne Verb **5.1, 2, e** **secretaris en** **5.1, 2, e**.",
]


def test_names_in_the_phrasings_of_woo_documents_are_redacted(make_redactor):
    redacted = "\n".join(r.redacted for r in make_redactor().redact_batch(WOO_LINES))
    for needle in ("Sanne Verbeek", "sanne", "Sanne Verb", "Sanne"):
        assert f" {needle} " not in f" {redacted} ".replace(",", " ").replace("\t", " "), redacted
    assert "Verbeek" not in redacted and "Sanne" not in redacted


def test_a_word_in_brackets_glossing_a_code_is_no_name_but_a_person_in_brackets_is(make_redactor):
    redactor = make_redactor()
    texts = ["Norm B2750 (Lina) is mogelijk relevant.", "Het profiel volgt RFC8705 (Mila).",
             "De begroting is besproken (Mila).", "Agendapunt 4 (Mila) schuift door.", "Mila Verhoef licht toe."]
    out = [r.redacted for r in redactor.redact_batch(texts)]
    assert out[0] == texts[0]
    assert all("Mila" not in o for o in out[1:])  # named elsewhere in the batch: still a name after a code
