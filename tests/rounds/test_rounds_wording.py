"""Word sets of the distinctive-words count: the ASCII shortcut finds what the general pattern finds."""

from __future__ import annotations

import re

from themes.rounds.wording import MIN_LETTERS, _word_set, words
from themes.text.stopwords import stopwords
from themes.text.tokens import word_pattern


def test_word_set_is_the_set_of_words_for_ascii_and_other_text():
    samples = [
        "[abc] x[abc y abc] 3abc abc3 ab_c abc m2 abc_ abc] Werving via het netwerk",
        "Hallo [PERSOON_1] daar, de werving (zie bijlage) loopt.", "abc", "[abc", "abc]", "ab", "xyz[", "]xyz",
        "naïve coöperatie, ideeën en m² of ½jaar", "", "ABC DEF ghi", "a1b2c3 abc.def-ghi/jkl",
    ]
    for text in samples:
        assert _word_set(text) == set(words(text))
        if "[PERSOON" not in text:  # no placeholder: the general pattern on the lower-cased text
            assert _word_set(text) == set(re.findall(word_pattern(MIN_LETTERS), text.lower())) - stopwords()
