"""Name evidence as real minutes write it: lists without commas, names in lower case, acronyms, firms (issue 12)."""

from __future__ import annotations

import pytest

from themes.redact.names import batch_words
from themes.redact.wordlists import load_lexicon


def names(result):
    return [result.text[s.start:s.end] for s in result.spans if s.label == "PERSOON"]


def batch(make_redactor, texts):
    return [names(r) for r in make_redactor().redact_batch(texts)]


@pytest.mark.parametrize("text", [
    "Voorbeelden: OIN/overheid, Burger, Bedrijf.",  # a common-word first name listed among things
    "De punten zijn nader besproken.",  # a lower-case common word before an after-cue
    "Client-IDs",  # an acronym in a compound
    "is er behoefte aan gestructureerde client_ids?",  # parts of an identifier
    "Wanneer rijkshuisstijl beschikbaar is, volgt de rest.",  # a compound of three Dutch words
    "- | Programma Data bij de Bron",  # a programme's title-case name with small words
])
def test_content_words_stay(redact, text):
    assert names(redact(text)) == []


def test_a_lower_case_first_name_needs_a_cue_where_the_text_capitalises_names(redact):
    assert names(redact("Anne Marie: er missen nog zoals UMA en indy Auth die we willen toevoegen.")) == ["Anne Marie"]


@pytest.mark.parametrize("text, expected", [
    ("Ik vind kofi een fijne collega.", ["kofi"]),
    ("De opmerking van mustafa was kwetsend.", ["mustafa"]),
    ("Fatima en kofi hebben dit gemeld.", ["Fatima", "kofi"]),
])
def test_a_lower_case_first_name_in_an_answer_without_capitalised_names_is_a_name(redact, text, expected):
    assert names(redact(text)) == expected


def test_a_word_ending_in_a_capital_is_an_acronym(redact):
    assert names(redact("Marieke en RviG werken de plaatjes uit.")) == ["Marieke"]


def test_a_firm_name_with_an_ampersand_is_no_part_of_a_person(redact):
    assert names(redact("Gerlof Wibaut Voskamp & Terlingen")) == ["Gerlof Wibaut"]


def test_two_persons_joined_by_ampersand_stay_persons(redact):
    assert names(redact("Het overleg met Kofi & Sanne is verzet.")) == ["Kofi", "Sanne"]


def test_a_list_of_names_without_commas_is_split_per_person(redact):
    assert names(redact("Joris Kempenaar Kees van Os Dirk de Wolf")) == [
        "Joris Kempenaar", "Kees van Os", "Dirk de Wolf"]


def test_a_lower_case_first_name_is_a_name_in_a_text_written_in_lower_case(redact):
    assert names(redact("kofi uit mijn team wordt altijd als eerste verdacht")) == ["kofi"]


def test_a_lower_case_first_name_with_its_lower_case_surname(redact):
    assert names(redact("Iemand bij de politie weet er meer van (kofi oltvoort).")) == ["kofi oltvoort"]


def test_names_of_the_batch_in_lower_case(make_redactor):
    texts = [
        "Aanwezig: Anne Marie Zoutberg (DSO), Sietse Damstra (voorzitter), Kees van Os (Logius)",
        "Aanwezig: Anne marie zoutberg (DSO), Sietse damstra (voorzitter)",
        "Link naar het DSO (via anne marie) volgt nog.",
        "Joris: kees van Os en anderen waren bij de bijeenkomst.",
    ]
    found = batch(make_redactor, texts)
    assert found[1] == ["Anne marie zoutberg", "Sietse damstra"]
    assert found[2] == ["anne marie"]
    assert found[3] == ["Joris", "kees van Os"]


def test_a_letter_after_particles_is_a_surname(redact):
    assert names(redact("Anouk plant een overleg met Kees en Joris vd M")) == ["Anouk", "Kees", "Joris vd M"]


def test_an_unknown_first_name_before_particles_and_a_listed_surname(redact):
    assert names(redact("Vanaf december sluit Zelindra van Dijk aan.")) == ["Zelindra van Dijk"]


def test_items_of_a_list_of_people_without_an_opener(redact):
    text = "Jan Jansen (RDW), Fatima El Amrani (SVB), Ede Bos (SVB), Peter de Boer (Logius)"
    assert names(redact(text)) == ["Jan Jansen", "Fatima El Amrani", "Ede Bos", "Peter de Boer"]


def test_a_sentence_opening_name_of_the_batch_before_its_verb(make_redactor):
    texts = ["Aanwezig: Ede Bos (SVB), Jan Jansen (RDW), Piet de Boer (VNG)", "Ede blijft de groep volgen."]
    assert batch(make_redactor, texts)[1] == ["Ede"]


def test_a_name_list_word_the_batch_writes_as_a_noun_is_no_name(make_redactor):
    texts = [
        "De Geo werkgroep wordt apart behandeld.",
        "Bijvoorbeeld de geo en tls modules. Anouk vult aan.",
        "het zoeken op geo in een administratieve API Anouk neemt dit mee",
        "Sanne licht de Geo module toe.",
    ]
    assert batch(make_redactor, texts) == [[], ["Anouk"], ["Anouk"], ["Sanne"]]


def test_a_name_typed_in_lower_case_after_op_in_answers_stays_a_name(make_redactor):
    texts = ["ik wacht al weken op fatima", "reactie op fatima haar mail", "Fatima is aardig"]
    assert batch(make_redactor, texts) == [["fatima"], ["fatima"], ["Fatima"]]


def test_a_name_with_strong_evidence_in_the_batch_stays_a_name_after_op(make_redactor):
    texts = ["ik wacht op fatima", "boos op fatima", "mijn manager fatima reageert niet"]
    assert batch(make_redactor, texts) == [["fatima"], ["fatima"], ["fatima"]]


def test_a_name_list_word_the_batch_writes_in_capitals_is_an_acronym(make_redactor):
    texts = ["De NORA is leidend.", "Sanne: zie NORA en de NORA principes.", "Suggestie: Nora API thema samenvoegen."]
    assert batch(make_redactor, texts) == [[], ["Sanne"], []]


def test_a_name_typed_in_capitals_is_no_acronym_of_the_batch():
    lexicon = load_lexicon()
    assert batch_words(["ik vind FATIMA niet aardig", "FATIMA doet niks"], lexicon) == frozenset()  # no capitals
    assert batch_words(["Kofi: mijn manager FATIMA", "Kofi: FATIMA, FATIMA"], lexicon) == frozenset()  # a role
    assert batch_words(["Kofi: zie NORA", "Kofi: de NORA"], lexicon) == {"nora"}


def test_a_unit_in_brackets_after_a_full_name_is_no_positional_name(make_redactor):
    texts = ["Sanne Mulder (Justid) is aanwezig.", "J4: Justid geeft aan dat de planning krap is."]
    assert batch(make_redactor, texts) == [["Sanne Mulder"], []]


def test_a_capitalised_surname_after_a_noun_and_van(redact):
    assert names(redact("Gebaseerd op een voorstel van Visser: een foute query geeft een melding.")) == ["Visser"]


def test_a_title_case_phrase_after_van_stays(redact):
    assert names(redact("Het plan van Aanpak Wonen ligt ter inzage.")) == []


def test_a_misspelt_particle_before_der_is_part_of_the_name(redact):
    assert names(redact("Kees dan der Meer (Gemeente Rotterdam)")) == ["Kees dan der Meer"]


def test_dan_before_de_stays_a_word(redact):
    assert all("dan" not in name for name in names(redact("Liever Kofi dan de Vries als trekker.")))
