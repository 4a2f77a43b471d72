from themes.model.vectorizer import dutch_stopwords, is_clean_keyword, make_vectorizer
from themes.text.tokens import words

TEXTS = [
    "Op 12 maart 2024 sprak [PERSOON_12] over privé-zaken en de coördinator van de directie.",
    "[WOO] [EMAIL_3] belde op 06-12345678 over inclusie en diversiteit in de organisatie.",
    "Hybride werken en thuiswerken vragen om een coördinator met ervaring, zei [PERSOON_2] in Q3.",
    "De werkdruk in 2023 was hoog; [TELEFOON_7] en [WOO] bleven onbeantwoord.",
]


def _vocabulary():
    vec = make_vectorizer(["inclusie", "diversiteit", "directie", "organisatie"])
    vec.fit(TEXTS)
    return vec.get_feature_names_out().tolist()


def test_vectorizer_never_yields_placeholders():
    words = " ".join(_vocabulary())
    for token in ("persoon", "email", "woo", "telefoon", "[", "]", "_"):
        assert token not in words.split() and "[" not in words


def test_vectorizer_never_yields_numbers_or_dates():
    vocab = _vocabulary()
    assert not [w for w in vocab if any(ch.isdigit() for ch in w)]
    assert not [w for w in vocab if set(w.split()) & {"maart", "q3"}]


def test_vectorizer_never_yields_stop_or_domain_words():
    vocab = _vocabulary()
    stop = set(dutch_stopwords(["inclusie", "diversiteit", "directie", "organisatie"]))
    assert not [w for w in vocab if set(w.split()) & stop]
    assert "inclusie" not in " ".join(vocab)


def test_vectorizer_keeps_accented_characters_and_phrases():
    vocab = _vocabulary()
    assert "privé" in vocab and "coördinator" in vocab
    assert "hybride werken" in vocab


def test_words_skips_pseudonyms_glued_to_brackets():
    assert words("[PERSOON_12] en [WOO] zeggen: privé") == ["en", "zeggen", "privé"]


def test_clean_keyword_guard_rejects_digits_and_stopwords():
    stop = set(dutch_stopwords())
    assert not is_clean_keyword("covid19", stop)
    assert not is_clean_keyword("de werkdruk", stop)
    assert is_clean_keyword("werkdruk", stop)


def test_words_gives_the_vectorizers_tokens_for_ascii_and_other_text():
    import re

    from themes.model.vectorizer import TOKEN_PATTERN

    texts = [*TEXTS, "abc[def ghi]jkl mn_op qr2st [uv] wx] [yz a b cd", "Kelvin \u212a-waarde en \u017fluit",
             "İstanbul ÉÉN privé-zaken", "x1y ab__cd ZZ", "", "\n\tDe Werkdruk\tis HOOG\n"]
    for text in texts:
        assert words(text) == re.findall(TOKEN_PATTERN, text.lower()), text
