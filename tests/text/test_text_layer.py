from themes.text import lemma, spacy_stopwords, split_sentences, stopwords


def test_splitter_keeps_dutch_abbreviations_and_initials_whole():
    # phrasings as they occur in real minutes
    text = "Niet besproken i.v.m. tijdgebrek. J.P. de Vries neemt o.a. de planning op zich. Zie agendapunt 3.2 hierboven."
    assert split_sentences(text) == [
        "Niet besproken i.v.m. tijdgebrek.",
        "J.P. de Vries neemt o.a. de planning op zich.",
        "Zie agendapunt 3.2 hierboven.",
    ]


def test_lemmas_come_from_the_lookup_table_not_a_stemmer():
    assert lemma("opgeleverd") == "opleveren"
    assert lemma("opleveren") == "opleveren"
    assert lemma("Besproken") == "bespreken"
    assert lemma("medewerkers") == "medewerker"
    assert lemma("laat") != "lat"  # the hand stemmer gave 'lat' for both "laat" and "laten"
    assert lemma("laten") != "lat"


def test_stop_words_are_spacys_list_and_our_shipped_list():
    assert {"de", "het", "een", "niet"} <= spacy_stopwords()
    assert "leiderschap" not in spacy_stopwords()
    assert {"aan", "aangezien", "alleen"} <= stopwords()
    assert "leiderschap" not in stopwords()
