import re

import pytest

from themes.text.tokens import word_pattern, word_runs, words

TEXTS = [
    "[PERSOON_12] en [WOO] zeggen: privé",
    "abc[def ghi]jkl mn_op qr2st [uv] wx] [yz a b cd",
    "Kelvin \u212a-waarde en \u017fluit",
    "İstanbul ÉÉN privé-zaken coördinator",
    "x1y ab__cd ZZ covid19 2024",
    "",
    "\n\tDe Werkdruk\tis HOOG\n",
]


def test_words_are_letters_only_without_placeholders_or_numbers():
    assert words("[PERSOON_12] en [WOO] zeggen: privé in 2024") == ["en", "zeggen", "privé", "in"]
    assert words("De werkdruk is hoog", 3) == ["werkdruk", "hoog"]


@pytest.mark.parametrize("min_letters", [1, 2, 3, 4])
def test_the_ascii_fast_path_gives_what_the_pattern_gives(min_letters):
    for text in TEXTS:
        assert words(text, min_letters) == re.findall(word_pattern(min_letters), text.lower()), text


def test_word_runs_keep_digits_and_underscores():
    assert word_runs("Score 7, niet 8: [PERSOON_1] ok") == ["score", "7", "niet", "8", "persoon_1", "ok"]
    for text in TEXTS:
        assert word_runs(text) == re.findall(r"\w+", text.lower()), text


def test_no_words_shorter_than_one_letter():
    with pytest.raises(ValueError):
        words("x", 0)
