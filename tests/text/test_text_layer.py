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


def test_answers_typed_in_lower_case_are_split_after_a_plain_word_but_not_at_abbreviations():
    from themes.text.sentences import split_sentences

    assert split_sentences("meer steun voor leidinggevenden. dat begint bij de leidinggevende.") == [
        "meer steun voor leidinggevenden.", "dat begint bij de leidinggevende.",
    ]
    assert split_sentences("dit is o.a. een test") == ["dit is o.a. een test"]
    assert split_sentences("zie blz. 4 en ca. vijf punten") == ["zie blz. 4 en ca. vijf punten"]
    assert split_sentences("hij komt om 9 u. morgen") == ["hij komt om 9 u. morgen"]
