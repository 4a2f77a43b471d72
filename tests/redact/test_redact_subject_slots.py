"""Names on no list, found by where they stand: the subject slot, an owner cell, 'en' with a lifted name (issue 12)."""

from __future__ import annotations

import pytest


def names(result):
    return [result.text[s.start:s.end] for s in result.spans if s.label == "PERSOON"]


@pytest.mark.parametrize("text, expected", [
    # a finite verb in inversion, then the subject, then a lower-case word
    ("Tijdens het vorige overleg had Quenrika dit al gemeld.", ["Quenrika"]),
    ("Volgende week gaat Vasyliko de enquête verspreiden.", ["Vasyliko"]),
    # a subordinating conjunction, then the subject
    ("Besloten wordt dat Tjandrawan een voorstel schrijft.", ["Tjandrawan"]),
    ("Het loopt beter omdat Zelindra elke week belt.", ["Zelindra"]),
])
def test_an_unknown_word_in_the_subject_slot_is_a_name(redact, text, expected):
    assert names(redact(text)) == expected


@pytest.mark.parametrize("text", [
    "Tijdens het vorige overleg had Kadaster dit al gemeld.",  # an organisation (on the organisation list)
    "Besloten wordt dat API's een versienummer krijgen.",  # an acronym
    "Het loopt beter omdat Datakoppeling elke week draait.",  # a Dutch compound
    "Volgende week gaat Vasyliko.",  # nothing lower case after it: no subject slot
    "Besloten wordt dat Zelindra, de nieuwe tool, blijft.",  # a comma after it
    "Tijdens het overleg had het team dit al gemeld.",  # lower case
    "Voor de proef hebben we Quorvani als leverancier gekozen.",  # a subject before the verb: an object
])
def test_the_subject_slot_needs_an_unknown_capitalised_word_before_a_lower_case_word(redact, text):
    assert names(redact(text)) == []


def test_a_sentence_initial_unknown_word_is_no_subject_slot(redact):
    assert names(redact("Wanneer Quenrika het weet, horen we het.")) == []  # 'Wanneer' starts the sentence


def test_an_unknown_word_alone_in_a_middle_table_cell_is_an_owner(redact):
    assert names(redact("| Notitie schrijven | Quenrika | 1 april |")) == ["Quenrika"]
    assert names(redact("Notitie schrijven\tZelindra\topen")) == ["Zelindra"]


@pytest.mark.parametrize("text", [
    "| Quenrika | Notitie schrijven | open |",  # the first cell: a subject or item, not the owner column
    "| Notitie schrijven | Quenrika |",  # two cells only
    "| Notitie schrijven | Kadaster | open |",  # an organisation
    "| Notitie schrijven | Github | open |",  # a frequent word
    "| Notitie schrijven | Zelindra, Kadaster | open |",  # more than a name
])
def test_an_owner_cell_needs_one_unknown_word_in_a_middle_cell(redact, text):
    assert names(redact(text)) == []


def test_unknown_first_name_before_a_listed_first_name_is_one_name(redact):
    assert names(redact("Quenrika Isidora is gestart als projectleider.")) == ["Quenrika Isidora"]


def test_en_joins_a_pair_to_another_lifted_pair(redact):
    result = redact("Quenrika Isidora en Zelindra Tjandrawan leiden de werkgroep.")
    assert names(result) == ["Quenrika Isidora", "Zelindra Tjandrawan"]


def test_a_word_of_a_web_domain_in_the_batch_is_no_name(make_redactor):
    redactor = make_redactor()
    texts = ["Besloten wordt dat Quorvani de handleiding bijwerkt.", "Zie www.quorvani.nl voor de stukken."]
    assert [names(r) for r in redactor.redact_batch(texts)] == [[], []]
    assert names(redactor.redact_batch(texts[:1])[0]) == ["Quorvani"]  # without the domain: a person


def test_a_mail_address_local_part_still_holds_a_name(make_redactor):
    redactor = make_redactor()
    texts = ["Besloten wordt dat Quenrika de handleiding bijwerkt.", "Mail naar quenrika.tjandrawan@quorvani.nl."]
    assert names(redactor.redact_batch(texts)[0]) == ["Quenrika"]


def test_domain_words_skip_names_mail_users_and_top_level_domains():
    from themes.redact.names import domain_words
    from themes.redact.wordlists import load_lexicon

    words = domain_words(["Zie https://docs.quorvani.nl/x, www.jansen.nl en piet.quenrika@digibureau.org."],
                         load_lexicon())
    assert words == {"docs", "quorvani", "digibureau"}


def test_a_positional_name_used_more_often_without_evidence_is_not_propagated(make_redactor):
    redactor = make_redactor()
    texts = ["Afgesproken dat Quorvani de koppeling test.", "De koppeling bij Quorvani draait.",
             "De sleutels komen van Quorvani.", "Vragen over Quorvani gaan naar de helpdesk."]
    results = redactor.redact_batch(texts)
    assert [names(r) for r in results] == [["Quorvani"], [], [], []]
    assert redactor.token_hash("quorvani") not in redactor.new_name_hashes()  # not carried to later batches


def test_a_positional_name_used_as_often_with_evidence_is_propagated(make_redactor):
    redactor = make_redactor()
    texts = ["Afgesproken dat Quenrika de koppeling test.", "| Sleutels leveren | Quenrika | open |",
             "Quenrika is tevreden."]
    results = redactor.redact_batch(texts)
    assert [names(r) for r in results] == [["Quenrika"], ["Quenrika"], ["Quenrika"]]


def test_parallel_redaction_propagates_as_the_batch_does(make_redactor, monkeypatch):
    from themes.redact import pool

    monkeypatch.setattr(pool, "MIN_PARALLEL_TEXTS", 50)
    texts = [f"Vraag {i}: Afgesproken dat Quorvani de koppeling test." if i == 0 else
             f"Vraag {i}: de koppeling bij Quorvani draait." for i in range(300)]
    serial = [names(r) for r in make_redactor().redact_batch(texts)]
    parallel = [names(r) for r in pool.redact_parallel(make_redactor(), texts, workers=2)]
    assert parallel == serial
    assert serial[0] == ["Quorvani"] and serial[1] == []


def test_a_cue_word_after_a_name_is_no_part_of_it(redact):
    assert names(redact("Fatima Volgens mij kan dat sneller.")) == ["Fatima"]


def test_a_sentence_initial_article_before_a_first_name_is_no_particle(redact):
    assert names(redact("De Quenrika werkgroep komt later.")) in ([], ["Quenrika"])
    assert names(redact("Het Kim overleg komt later.")) in ([], ["Kim"])
    assert names(redact("Wethouder Van der Berg opent.")) == ["Van der Berg"]  # a particle after a title stays


def test_a_word_the_batch_uses_as_a_system_vetoes_a_positional_name(make_redactor):
    redactor = make_redactor()
    texts = ["Het gaat beter omdat Quorvani nu werkt.", "| Melding | Zendrix | open |",
             "Meld het via Quorvani.", "Een Zendrix-ticket aanmaken."]
    assert [names(r) for r in redactor.redact_batch(texts)] == [[], [], [], []]


def test_a_thing_word_never_vetoes_a_name_with_a_cue(make_redactor):
    redactor = make_redactor()
    texts = ["Volgens collega Quorvani gaat het beter.", "Meld het via Quorvani."]
    assert names(redactor.redact_batch(texts)[0]) == ["Quorvani"]


def test_thing_words_need_a_system_context_and_skip_name_hyphens():
    from themes.redact.names import thing_words
    from themes.redact.wordlists import load_lexicon

    words = thing_words(["Via Quorvani of in Zendrix, een Brontel-melding, Jan-Willem en Quenrika-Tjandrawan, "
                         "met Velmora."], load_lexicon())
    assert words == {"quorvani", "zendrix", "brontel"}  # not after 'met', not a name's hyphen


@pytest.mark.parametrize("text, expected", [
    ("Quenrika wacht nog op antwoord.", ["Quenrika"]),
    ("Zelindra plant het overleg.", ["Zelindra"]),
    ("Quenrika heeft gebeld.", []),  # 'heeft' follows organisations as often: a weak cue
    ("Datakoppeling werkt niet.", []),  # a Dutch compound
    ("Quenrika, wacht even.", []),  # a comma: no subject before its verb
])
def test_an_unknown_word_opening_a_sentence_before_its_verb(redact, text, expected):
    assert names(redact(text)) == expected


def test_a_system_opening_a_sentence_is_vetoed_by_its_use_in_the_batch(make_redactor):
    texts = ["Zendrix werkt niet.", "Ik meld het in Zendrix."]
    assert [names(r) for r in make_redactor().redact_batch(texts)] == [[], []]


@pytest.mark.parametrize("text, expected", [
    ("AGNIESZKA BAKKER OPENT DE VERGADERING EN HEET IEDEREEN WELKOM.", ["AGNIESZKA BAKKER"]),
    ("FATIMA KOOK OPENT DE VERGADERING EN HEET IEDEREEN WELKOM.", ["FATIMA KOOK"]),  # a word as surname
    ("FATIMA WERKT HARD AAN HET PLAN EN DE REST VOLGT.", ["FATIMA"]),  # the verb itself
    ("FATIMA MAAKT DE NOTULEN VAN HET OVERLEG VANDAAG.", ["FATIMA"]),  # no verb after the second word
])
def test_in_capitals_a_word_between_a_first_name_and_the_verb_is_the_surname(redact, text, expected):
    assert names(redact(text)) == expected
