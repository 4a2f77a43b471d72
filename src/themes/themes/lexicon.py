"""Literal seed words: a unit that uses a taxonomy theme's own one-word seed gets a bonus for that theme.

The encoder puts a long sentence far from a one-word seed even when the sentence contains it ("Bij de
koffieautomaat hoor ik dat het allemaal doorgeslagen is" scored 0.14 against the seed "doorgeslagen"). A literal
match is strong evidence, so it adds ``lexical_bonus`` to the semantic score (``ThemeModel``).

Dutch words inflect and compound, so a text word matches a seed word when they share a long prefix: at least five
letters and at most four letters short of the shorter word ("racistische" ~ "racisme", "inclusiemoe" ~
"inclusiemoeheid", "leidinggevenden" ~ "leidinggevende"). Words shorter than five letters ("lift", "woke") match
exactly. Only one-word seeds are used: the words of phrases ("het goede voorbeeld geven") are too general.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from themes.themes.taxonomy import Taxonomy
from themes.themes.vectorizer import TOKEN_PATTERN, tokenize

MIN_PREFIX = 5
MAX_SHORT = 4


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
                words = tokenize(seed)
                if len(words) != 1 or words[0] in stop or len(words[0]) < 3:
                    continue
                word = words[0]
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
                    ok = length >= max(MIN_PREFIX, shorter - MAX_SHORT) and seed[:length] == word[:length]
                if ok:
                    found.add(t)
            if length <= MIN_PREFIX and length != len(word):
                break
        hit = frozenset(found)
        self._cache[word] = hit
        return hit

    def hits(self, texts: Sequence[str]) -> np.ndarray:
        """Boolean matrix (texts, themes): the text contains a seed word of the theme.

        The texts are tokenised once by a binary ``CountVectorizer``; each distinct word is matched once and a
        sparse product gives the matrix, so 100,000 units take a few seconds.
        """
        out = np.zeros((len(texts), self.n_themes), dtype=bool)
        if not self._prefixes or not len(texts):
            return out
        from scipy import sparse
        from sklearn.feature_extraction.text import CountVectorizer

        vectorizer = CountVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True, binary=True, dtype=np.int32)
        try:
            counts = vectorizer.fit_transform(texts)
        except ValueError:  # no word at all
            return out
        rows, cols = [], []
        for j, word in enumerate(vectorizer.get_feature_names_out()):
            for t in self.themes_of_word(str(word)):
                rows.append(j)
                cols.append(t)
        if not rows:
            return out
        word_themes = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(counts.shape[1], self.n_themes)
        )
        return np.asarray((counts @ word_themes).todense() > 0)
