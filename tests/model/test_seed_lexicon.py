"""Seed-word hits from shared tokens are what a binary CountVectorizer over the texts gave."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from themes.model.seedwords import SeedLexicon
from themes.model.taxonomy import Taxonomy, TaxonomyTheme
from themes.model.vectorizer import TOKEN_PATTERN
from themes.text.tokens import words as text_words

TAXONOMY = Taxonomy(themes=(
    TaxonomyTheme(key="racisme", name="Racisme", description="d", seeds=("racisme", "het goede voorbeeld geven")),
    TaxonomyTheme(key="lift", name="Lift", description="d", seeds=("lift", "inclusiemoeheid")),
    TaxonomyTheme(key="leiding", name="Leiding", description="d", seeds=("leidinggevende", "woke")),
))
TEXTS = ["Racistische grappen op de afdeling.", "De lift is weer kapot [PERSOON_1]", "Ik ben inclusiemoe",
         "Mijn leidinggevenden zeggen niets", "Woke of niet, de LIFT doet het niet", "", "12 34", "liften en racisten"]


def test_hits_of_shared_tokens_equal_a_count_vectorizer_pass():
    lexicon = SeedLexicon(TAXONOMY)
    vectorizer = CountVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True, binary=True)
    counts = vectorizer.fit_transform(TEXTS).toarray()
    words = vectorizer.get_feature_names_out()
    expected = np.zeros((len(TEXTS), 3), dtype=bool)
    for i, row in enumerate(counts):
        for j in np.flatnonzero(row):
            expected[i, list(lexicon.themes_of_word(str(words[j])))] = True
    got = lexicon.hits_of_tokens([text_words(t) for t in TEXTS])
    assert np.array_equal(got, expected)
    assert np.array_equal(lexicon.hits(TEXTS), expected)
    assert got[0, 0] and got[2, 1] and got[3, 2] and got[4, 1] and got[4, 2] and not got[5:7].any()


def test_no_texts_or_no_seed_words_give_an_empty_matrix():
    assert SeedLexicon(TAXONOMY).hits([]).shape == (0, 3)
    assert not SeedLexicon(TAXONOMY).hits(["", "niets hier"]).any()
