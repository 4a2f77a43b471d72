"""Word frequencies (wordfreq Zipf values) to tell common words from names.

The one redaction module that imports ``wordfreq``; its data ships with the package (no network). A word that
general Dutch or English text uses often is a word, whatever its capital: ``Personele``, ``Enquete``, ``Github``,
``Developers`` are no names without further evidence. Only applied to words on none of the name lists (a
surname such as Jansen is frequent in Dutch text *because* it is a name).
"""

from __future__ import annotations

from functools import lru_cache

#: Zipf frequency (log10 of occurrences per billion words) from which a word counts as common: 2.5 is about three
#: times in a million Dutch words; English words inside Dutch text need to be more frequent (once per million).
COMMON_ZIPF = {"nl": 2.5, "en": 3.0}
#: A lower-case word at least this frequent in Dutch or English (ten times per million words) is read as that word,
#: also when it is on a name list (line, peter): then only a cue or title makes it a name. Rarer first names in
#: lower case (kofi, fatima, mustafa: Zipf 3-3.5 from their use as names) stay names.
LOWER_CASE_ZIPF = 4.0


@lru_cache(maxsize=1)
def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


@lru_cache(maxsize=200_000)
def is_frequent_word(lower: str) -> bool:
    """True when ``lower`` is a common Dutch or English word by wordfreq's Zipf frequency."""
    if len(lower) < 3:
        return False
    zipf = _zipf()
    return any(zipf(lower, lang, wordlist="best") >= floor for lang, floor in COMMON_ZIPF.items())


@lru_cache(maxsize=200_000)
def is_frequent_lower(lower: str) -> bool:
    """True when ``lower`` occurs at least ten times per million Dutch or English words (``LOWER_CASE_ZIPF``)."""
    zipf = _zipf()
    return any(zipf(lower, lang, wordlist="best") >= LOWER_CASE_ZIPF for lang in COMMON_ZIPF)
