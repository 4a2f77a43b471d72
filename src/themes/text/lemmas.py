"""Dutch lemmas from spaCy's lookup lemmatiser (``spacy-lookups-data``), loaded lazily once."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _table():  # noqa: ANN202 - a spacy.lookups.Table, typed loosely to keep spaCy out of import time
    """The Dutch lemma lookup table of spaCy (word form -> lemma); keys are hashed by spaCy, so look up by string."""
    from spacy.lookups import load_lookups  # spaCy is heavy: imported when the first lemma is asked for

    return load_lookups("nl", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The lemma of one Dutch word form (lower-cased); unknown words are returned lower-cased as they are."""
    low = word.lower()
    return _table().get(low, low)
