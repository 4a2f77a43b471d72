"""Literal seed words: a unit that uses a taxonomy theme's own one-word seed gets a bonus for that theme.

The encoder puts a long sentence far from a one-word seed even when the sentence contains it ("Bij de
koffieautomaat hoor ik dat het allemaal doorgeslagen is" scored 0.14 against the seed "doorgeslagen"). A literal
match is strong evidence, so it adds ``lexical_bonus`` to the semantic score (``ThemeModel``).

Dutch words inflect and compound, so a text word matches a seed word when they share a long prefix: at least five
letters, at most four letters short of the shorter word and at least 70% of it ("racistische" ~ "racisme",
"inclusiemoe" ~ "inclusiemoeheid", "leidinggevenden" ~ "leidinggevende"). Without the 70% a short seed matched
words that only begin alike: "onderwijs" took "onderdelen" and "ondersteund", "internet" took "interface" and
"interactief" (the shared "onder", "inter" are prefixes of their own). Words shorter than five letters ("lift", "woke") match
exactly. Only one-word seeds are used: the words of phrases ("het goede voorbeeld geven") are too general.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import chain

import numpy as np

from themes.model.taxonomy import Taxonomy
from themes.text.tokens import words

MIN_PREFIX = 5
MAX_SHORT = 4
#: The shared prefix covers at least this share of the shorter word.
MIN_COVER = 0.7
#: A seed word in at most this share of the corpus's units is fully specific, in at least ``COMMON_SHARE`` not at all.
RARE_SHARE, COMMON_SHARE = 0.02, 0.20
#: Zipf frequency in general Dutch (wordfreq) below which a seed word is fully specific, above which not at all.
RARE_ZIPF, COMMON_ZIPF = 4.0, 5.0


def specificity(word: str, units_with_word: int, n_units: int) -> float:
    """How much a literal seed word says about a theme, 0..1: rare in this corpus and in Dutch at large.

    A seed word used by a fifth of the corpus ("aantal", "werk" in parliamentary questions) or among the most
    frequent Dutch words (wordfreq Zipf >= 5: "per", "team") gets no credit; a word in at most 2% of the units and
    below Zipf 4 ("discriminatie" is 4.3, "leidinggevende" 3.7) gets full credit; log-linear in between.
    """
    from wordfreq import zipf_frequency

    share = max(units_with_word, 1) / max(n_units, 1)
    local = (math.log(COMMON_SHARE) - math.log(share)) / (math.log(COMMON_SHARE) - math.log(RARE_SHARE))
    general = (COMMON_ZIPF - zipf_frequency(word, "nl")) / (COMMON_ZIPF - RARE_ZIPF)
    return float(min(1.0, max(0.0, local), max(0.0, general)))


class SeedLexicon:
    """Which taxonomy themes' one-word seeds each text contains.

    Args:
        taxonomy: the analysts' taxonomy.
        stopwords: words never used as seed words (stop and domain words).
    """

    def __init__(self, taxonomy: Taxonomy, stopwords: Iterable[str] = ()) -> None:
        stop = set(stopwords)
        self.n_themes = len(taxonomy.themes)
        self._prefixes: dict[str, list[tuple[int, str]]] = {}
        for t, theme in enumerate(taxonomy.themes):
            for seed in theme.seeds:
                seed_words = words(seed)
                if len(seed_words) != 1 or seed_words[0] in stop or len(seed_words[0]) < 3:
                    continue
                word = seed_words[0]
                lengths = range(MIN_PREFIX, len(word) + 1) if len(word) >= MIN_PREFIX else [len(word)]
                for length in lengths:
                    self._prefixes.setdefault(word[:length], []).append((t, word))
        self._cache: dict[str, frozenset[int]] = {}

    def themes_of_word(self, word: str) -> frozenset[int]:
        """Taxonomy themes whose one-word seeds match ``word``."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        found: set[int] = set()
        for length in range(len(word), 0, -1):
            for t, seed in self._prefixes.get(word[:length], ()):
                shorter = min(len(word), len(seed))
                if shorter < MIN_PREFIX:
                    ok = word == seed
                else:
                    ok = (length >= max(MIN_PREFIX, shorter - MAX_SHORT, math.ceil(MIN_COVER * shorter))
                          and seed[:length] == word[:length])
                if ok:
                    found.add(t)
            if length <= MIN_PREFIX and length != len(word):
                break
        hit = frozenset(found)
        self._cache[word] = hit
        return hit

    def hits(self, texts: Sequence[str]) -> np.ndarray:
        """Boolean matrix (texts, themes): the text contains a seed word of the theme."""
        return self.hits_of_tokens([words(text) for text in texts])

    def hits_of_tokens(self, tokens: Sequence[Sequence[str]]) -> np.ndarray:
        """:meth:`hits` for texts already split by :func:`~themes.text.tokens.words`.

        Each distinct word is matched once; numpy then marks the texts of the words that match a seed, so 100,000
        units take a fraction of a second once tokenised (``ThemeModel.fit`` shares one tokenisation with the
        keywords).
        """
        out = np.zeros((len(tokens), self.n_themes), dtype=bool)
        if not self._prefixes:
            return out
        vocabulary = {word: j for j, word in enumerate(set().union(*tokens))}
        word_themes = np.zeros((len(vocabulary), self.n_themes), dtype=bool)
        for word, j in vocabulary.items():
            found = self.themes_of_word(word)
            if found:
                word_themes[j, list(found)] = True
        words = np.fromiter(map(vocabulary.__getitem__, chain.from_iterable(tokens)), dtype=np.int64)
        rows = np.repeat(np.arange(len(tokens)), np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens)))
        seeded = word_themes.any(axis=1)[words]
        hit_rows, hit_themes = np.nonzero(word_themes[words[seeded]])
        out[rows[seeded][hit_rows], hit_themes] = True
        return out

    def weighted_hits(self, tokens: Sequence[Sequence[str]]) -> tuple[np.ndarray, dict[tuple[int, int], str]]:
        """Per (text, theme) the :func:`specificity` of its most specific matching seed word, and that word.

        Returns:
            float32 matrix (texts, themes) and {(text, theme): word} for the cells above zero.
        """
        out = np.zeros((len(tokens), self.n_themes), dtype=np.float32)
        words: dict[tuple[int, int], str] = {}
        if not self._prefixes:
            return out, words
        matched: dict[str, frozenset[int]] = {}
        units: dict[str, list[int]] = {}
        for row, toks in enumerate(tokens):
            for word in set(toks):
                found = matched.get(word)
                if found is None:
                    found = matched[word] = self.themes_of_word(word)
                if found:
                    units.setdefault(word, []).append(row)
        for word in sorted(units):
            rows = units[word]
            weight = specificity(word, len(rows), len(tokens))
            if weight <= 0:
                continue
            for row in rows:
                for t in matched[word]:
                    if weight > out[row, t]:
                        out[row, t] = weight
                        words[(row, t)] = word
        return out, words
