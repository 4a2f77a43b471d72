"""The parts of a Dutch compound word, so that "geomodule" shares a word with "geo" and "beleidsdoel" with "beleid".

Dutch writes compounds as one word: the same subject is "de geomodule" at one meeting and "Geo:" at the next. A
word splits into two parts when both are words of their own in Dutch at large (wordfreq), with an optional linking
"s" or hyphen between them. A word that is itself common ("voorbeeld" is not "voor" and "beeld") and short words
never split.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from themes.text.lemmas import lemma

#: Words shorter than this are not split.
_MIN_LENGTH = 7
#: The first part and the head have at least these many letters.
_MIN_FIRST = 3
_MIN_HEAD = 4
#: Zipf frequency (wordfreq, Dutch) at which a part is a word of its own ...
_KNOWN = 3.0
#: ... and at which the whole word is common enough to be a word of its own, not split.
_LEXICALISED = 2.5


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # wordfreq loads its tables on first use

    return zipf_frequency(word, "nl")


@lru_cache(maxsize=65536)
def compound_parts(word: str) -> frozenset[str]:
    """The lemmas of the two parts of a compound (empty when ``word`` is none).

    Of several splits the one whose rarer part is most frequent wins ("beleidsdoel": "beleid" + "doel").
    """
    if len(word) < _MIN_LENGTH or not word.isalpha() or _zipf(word) >= _LEXICALISED:
        return frozenset()
    best: tuple[float, str, str] | None = None
    for i in range(_MIN_FIRST, len(word) - _MIN_HEAD + 1):
        first = word[:i]
        for head in {word[i:], word[i + 1 :]} if word[i] == "s" else {word[i:]}:
            if len(head) < _MIN_HEAD:
                continue
            score = min(_zipf(first), _zipf(head))
            if score >= _KNOWN and (best is None or score > best[0]):
                best = (score, first, head)
    return frozenset() if best is None else frozenset({lemma(best[1]), lemma(best[2])})


def with_parts(words: Iterable[str]) -> frozenset[str]:
    """The words and the parts of those that are compounds."""
    out = set(words)
    for word in list(out):
        out |= compound_parts(word)
    return frozenset(out)
