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
    assert "koffieautomaat" in out[1][0]
    assert all(word_class(w) != "function" for k in out[0] + out[1] for w in k.split() if w not in ("voor", "van"))


def test_a_seed_word_common_in_the_corpus_or_in_dutch_gives_no_credit():
    assert specificity("aantal", 5, 1000) == 0.0  # among the most frequent Dutch words
    assert specificity("discriminatie", 300, 1000) == 0.0  # in 30% of this corpus's units
    assert specificity("leidinggevende", 5, 1000) == 1.0
