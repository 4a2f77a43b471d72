"""Keywords and labels from lemmatised noun phrases; word classes from spaCy's lookup tables."""

import numpy as np

from themes.model.phrases import candidates, theme_phrases
from themes.model.seedwords import specificity
from themes.model.vectorizer import dutch_stopwords
from themes.model.wordclass import is_noun_phrase, lemma_of, word_class

STOP = frozenset(dutch_stopwords())


def test_function_words_and_verb_forms_are_told_apart_from_nouns():
    for word in ("via", "per", "ervoor", "erin", "iedereen"):
        assert word_class(word) == "function", word
    for word in ("bestaat", "brengt", "draait", "sneeuwt"):
        assert word_class(word) == "verb", word
    for word in ("leidinggevende", "koffieautomaat", "prestatieafspraken", "tijdgebrek"):
        assert word_class(word) == "noun", word
    assert lemma_of("leidinggevenden") == lemma_of("leidinggevende") == "leidinggevende"


def test_noun_phrase_check_accepts_subjects_and_refuses_joined_fragments():
    assert is_noun_phrase("prestatieafspraken met directies")
    assert is_noun_phrase("hogere functie")
    assert not is_noun_phrase("ervoor en directieniveau")
    assert not is_noun_phrase("draait iedereen")
    assert not is_noun_phrase("via")


def test_a_word_that_is_also_an_adjective_or_verb_is_a_keyword_only_where_it_is_a_noun():
    """spaCy's noun list also holds "kleine", "extra", "luister", "deel": alone they head a phrase only after a
    determiner or preposition with no noun after them; derived adjectives and common adverbs never do."""
    found = candidates("Kleine teams werken goed, ik luister naar iedereen en voel me nergens thuis.", STOP)
    assert "kleine team" in found and "team" in found
    assert not {"kleine", "luister", "nergens"} & set(found)
    found = candidates("Extra aandacht is positief; het werk is onderhandelbaar.", STOP)
    assert "extra aandacht" in found and "werk" in found
    assert not {"extra", "positief", "onderhandelbaar"} & set(found)
    found = candidates("Kies Tabel invoegen; geef de naam op.", STOP)  # imperatives of help texts open no phrase
    assert "tabel" in found and not any(k.split()[0] in ("kies", "geef") for k in found)
    found = candidates("Zij namen deel aan het overleg, een deel van de begroting.", STOP)
    assert "namen deel" not in found and "deel" in found and "overleg" in found and "begroting" in found


def test_procedural_and_contact_lines_give_no_function_word_phrases():
    assert "via" not in " ".join(candidates("Ik ben bereikbaar via [EMAIL_2].", STOP))
    found = candidates("Niet besproken i.v.m. tijdgebrek; bespreken tijdens bila.", STOP)
    assert not any(w in k.split() for k in found for w in ("besproken", "bespreken", "tijdens", "niet"))


def test_theme_keywords_show_each_lemma_once_and_label_comes_from_the_theme_text():
    texts = [
        "De leidinggevende geeft geen feedback op het functioneren.",
        "Mijn leidinggevende voert geen loopbaangesprek met mij.",
        "Leidinggevenden moeten het goede voorbeeld geven aan het team.",
        "Bij leidinggevenden ontbreekt eigenaarschap voor het loopbaangesprek.",
        "De koffieautomaat op de derde verdieping is weer kapot.",
        "Bij de koffieautomaat staan altijd dezelfde collega's.",
        "Een nieuwe koffieautomaat voor de kantine zou fijn zijn.",
        "De koffieautomaat geeft lauwe koffie in de kantine.",
    ]
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    out = theme_phrases(texts, labels, STOP, n_keywords=5)
    lemmas = [lemma_of(w) for k in out[0] for w in k.split()]
    assert len(lemmas) == len(set(lemmas))
    assert out[0][0] in ("leidinggevende", "leidinggevenden", "loopbaangesprek")
    assert out[1][0] in ("koffieautomaat", "kantine") and "koffieautomaat" in out[1]
    assert all(word_class(w) != "function" for k in out[0] + out[1] for w in k.split() if w not in ("voor", "van"))


def test_a_seed_word_common_in_the_corpus_or_in_dutch_gives_no_credit():
    assert specificity("aantal", 5, 1000) == 0.0  # among the most frequent Dutch words
    assert specificity("discriminatie", 300, 1000) == 0.0  # in 30% of this corpus's units
    assert specificity("leidinggevende", 5, 1000) == 1.0


def test_a_verb_next_to_a_subject_pronoun_is_no_phrase_though_the_lists_know_it_as_a_noun():
    found = candidates("Ik zeg het eerlijk: zorg je voor elkaar, dan luister ik beter.", STOP)
    assert not any(w in k.split() for k in found for w in ("zeg", "zorg", "luister"))
    assert "zorg" in candidates("De zorg voor nieuwe collega's ontbreekt.", STOP)


_THEMES = {
    0: ["De werkdruk in ons team is veel te hoog.", "Door de hoge werkdruk blijft het loopbaangesprek liggen.",
        "Ik zeg het eerlijk: de werkdruk en het overwerk zijn niet vol te houden.",
        "Collega's melden zich ziek door de werkdruk.", "Via het rooster valt de werkdruk niet te verlagen.",
        "Per week maken we te veel overuren; de werkdruk stijgt."],
    1: ["Vacatureteksten sluiten kandidaten met een migratieachtergrond uit.",
        "De selectiecommissie is eenzijdig samengesteld bij vacatures.",
        "Mijn leidinggevende plaatst vacatures alleen via het eigen netwerk.",
        "Vacatures voor hogere functies worden intern ingevuld.",
        "Bij vacatures ontbreekt een divers samengestelde selectiecommissie.",
        "Leidinggevenden kiezen steeds dezelfde kandidaten voor vacatures."],
    2: ["Het meldpunt discriminatie is onbekend bij medewerkers.", "Een melding bij het meldpunt blijft liggen.",
        "Er is geen vertrouwenspersoon naast het meldpunt.", "Het meldpunt reageert traag op een melding.",
        "Medewerkers durven geen melding te doen bij het meldpunt.",
        "Het meldpunt discriminatie moet zichtbaarder worden op intranet."],
}


def _reference_function_words() -> frozenset[str]:
    import gzip
    import json
    from importlib import resources

    from themes.text import spacy_stopwords

    path = resources.files("spacy_lookups_data") / "data" / "nl_lemma_index.json.gz"
    index = json.loads(gzip.decompress(path.read_bytes()))
    return frozenset(spacy_stopwords()) | set(index["adp"]) | set(index["det"])


def test_keywords_hold_no_function_words_each_lemma_once_and_the_label_is_a_noun_phrase_of_the_theme():
    texts = [t for c in sorted(_THEMES) for t in _THEMES[c]]
    labels = np.array([c for c in sorted(_THEMES) for _ in _THEMES[c]])
    out = theme_phrases(texts, labels, STOP, n_keywords=6)
    function = _reference_function_words()
    for c, keywords in out.items():
        assert keywords, c
        for k in keywords:
            words = k.lower().split()
            # a linking preposition may sit inside a phrase ("zorg voor collega's"), never at its ends
            assert words[0] not in function and words[-1] not in function, k
            assert all(word_class(w) != "verb" for w in words), k
        lemmas = [lemma_of(w) for k in keywords for w in k.lower().split() if w not in function]
        assert len(lemmas) == len(set(lemmas)), keywords
        label = keywords[0]
        assert is_noun_phrase(label), label
        assert any(label.lower() in t.lower() for t in _THEMES[c]), label
    assert "werkdruk" in out[0][0]
    assert "vacature" in out[1][0]
    assert "meldpunt" in out[2][0]


def test_a_finite_verb_after_its_subject_is_no_second_noun():
    """"bevat" is in spaCy's noun list and more frequent than "bevatten": after a noun it is the verb."""
    found = candidates("Het overzicht bevat de instellingen van de werkbalk.", STOP)
    assert "overzicht" in found and "instelling" in found
    assert not any("bevat" in k for k in found)


def test_code_and_identifier_lists_give_no_phrases():
    """English code keywords, camel-case variable names and lists of names in capitals head no Dutch label."""
    found = candidates("Voorbeeld: Sub Toon Dim bNaam As Object Print bNaam End Sub", STOP)
    assert not {"end sub", "as object"} & set(found)
    assert not any("bnaam" in k for k in found)
    found = candidates("Zie ook de functies JAAR MAAND WEEK voor de datum.", STOP)
    assert not {"jaar maand", "maand week", "jaar maand week"} & set(found)
    assert "datum" in found
    assert "libreoffice draw" in candidates("In LibreOffice Draw teken je vormen.", STOP)


def test_a_plural_noun_modifies_no_next_noun():
    found = candidates("Verwante onderwerpen Kopieer-opdracht staan onderaan; de klachten procedure volgt.", STOP)
    assert not any("onderwerpen " in phrase or "klachten " in phrase for phrase in found.values())
    assert "verwante onderwerpen" in found.values() and "procedure" in found


def test_time_nouns_abbreviation_fragments_and_complex_prepositions_head_no_phrase():
    """"voor de zomer" says when, "LG's" is a fragment of an abbreviation, "met gebruikmaking van" and "op basis
    van" are prepositions: none is a subject; the noun after the complex preposition still is."""
    found = candidates("Er worden nog drie sessies ingepland, één voor de zomer en twee na de zomer.", STOP)
    assert "sessie" in found and not any("zomer" in k.split() for k in found)
    found = candidates("Er moet tijd zijn voor LG's om hier uitvoering aan te geven.", STOP)
    assert "uitvoering" in found and not any("lg" in k for k in found)
    found = candidates("Het werkt op elke distributie met gebruikmaking van het eigen pakketbeheer.", STOP)
    assert "distributie" in found and "pakketbeheer" in found
    assert not any("gebruikmaking" in k for k in found)
    found = candidates("We maken afspraken op basis van het werk.", STOP)
    assert "basis" not in found and "afspraak" in found
    found = candidates("Druk op Commando Ctrl en tegelijk op de naam van het blad.", STOP)
    assert "commando ctrl" not in found and "naam" in found


def test_an_uninflected_adjective_after_a_verb_is_an_adverb_and_opens_no_phrase():
    found = candidates("Het programma biedt gemakkelijk toegang tot gedeelde mappen.", STOP)
    assert "toegang" in found and "gemakkelijk toegang" not in found
    assert "nieuw beleid" in candidates("Er is geld voor nieuw beleid.", STOP)
    assert "gemakkelijke toegang" in candidates("Een gemakkelijke toegang tot de mappen.", STOP).values()


def test_code_paths_and_numbered_titles_give_no_phrases():
    found = candidates('Voorbeeld: Sub Schrijf Dim iCount As Integer Dim sValue As String iCount = Freefile '
                       'Open "~/data.txt" For Output', STOP)
    assert not any(w in k.split() for k in found for w in ("integer", "dim", "string", "txt"))
    found = candidates("Een collega is van minBZK overgestapt naar de Belastingdienst.", STOP)  # prose: a name
    assert "belastingdienst" in found
    found = candidates("Zie C:\\Users\\Beheer\\notities of www.voorbeeld.nl voor de handleiding.", STOP)
    assert "handleiding" in found and not {"users", "beheer", "www", "voorbeeld"} & set(found)
    found = candidates("De medewerkersenquête ronde 2 gaat in september open.", STOP)
    assert "medewerkersenquête" in found and "medewerkersenquête ronde" not in found


def test_plurals_of_compounds_hyphenated_words_and_apostrophes_share_the_singular_lemma():
    assert lemma_of("voetteksten") == lemma_of("voettekst") == "voettekst"
    assert lemma_of("pagina-opmaakprofielen") == "pagina-opmaakprofiel"
    assert lemma_of("afspraken") == "afspraak"
    assert lemma_of("api's") == lemma_of("api’s") == "api"
    texts = ["De api's van de gemeente zijn openbaar.", "Een api voor de gemeente.", "Apis zonder documentatie.",
             "De api is traag.", "Koffie in de kantine.", "De kantine is dicht.", "Kantine open.", "Koffie op."]
    out = theme_phrases(texts, np.array([0, 0, 0, 0, 1, 1, 1, 1]), STOP, n_keywords=5)
    assert [lemma_of(k) for k in out[0]].count("api") == 1
    assert not any(k.lower() == "apis" for k in out[0])


def test_the_label_is_a_longer_phrase_only_when_its_modifier_is_bound_to_the_head():
    """"aantal pagina's" in two of six units that say "pagina's" is a passing modifier; "numerieke expressie" in
    nearly every unit that says "expressie" names the subject."""
    pages = ["Het aantal pagina's staat in de voettekst.", "Het aantal pagina's van het document.",
             "Pagina's met een paginanummer.", "Nieuwe pagina's krijgen een opmaakprofiel.",
             "Pagina's zonder voettekst.", "Pagina's en opmaakprofielen."]
    other = ["Een numerieke expressie als argument.", "De functie geeft een numerieke expressie terug.",
             "Elke numerieke expressie is geldig.", "Een numerieke expressie of een tekenreeks.",
             "De expressie wordt berekend.", "Een numerieke expressie in de macro."]
    out = theme_phrases(pages + other, np.array([0] * 6 + [1] * 6), STOP, n_keywords=5)
    assert out[0][0].lower() != "aantal pagina's"
    assert out[1][0] == "numerieke expressie"


def test_a_plural_the_lists_miss_counts_under_its_singular_when_the_theme_texts_hold_both():
    texts = ["De inhoudsopgaven bijwerken.", "Twee inhoudsopgaven maken.", "Een inhoudsopgave maken.",
             "De inhoudsopgave opmaken.", "Apis van de gemeente.", "Nieuwe apis.", "Een api bouwen.", "De api.",
             "De plaats van de plaat.", "Een plaats voor de plaat."]
    out = theme_phrases(texts, np.zeros(len(texts), dtype=int), STOP, n_keywords=8)
    shown = [k.lower() for k in out[0]]
    assert shown.count("inhoudsopgave") + shown.count("inhoudsopgaven") == 1, shown
    assert shown.count("api") + shown.count("apis") == 1, shown
    assert "plaats" in shown and "plaat" in shown  # two nouns of the lists, no plural of one another
