"""A Dutch bag-of-words vectorizer for theme keywords.

Keywords are words and two-word phrases made only of letters (accented letters kept: "privé", "coördinator").
Never keywords: pseudonyms and placeholders such as ``[PERSOON_12]`` or ``[WOO]`` (a token glued to a bracket or an
underscore is skipped), numbers and dates (tokens with digits are skipped; month and day names are stop words),
Dutch stop words (spaCy's list) and the configurable domain words that occur everywhere in this field.

The vectorizer is a plain ``CountVectorizer`` with a token pattern and a stop word list, so BERTopic can save it
with ``save_ctfidf=True``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import CountVectorizer

from themes.text.dates import MONTH_NUMBERS, WEEKDAYS
from themes.text.stopwords import spacy_stopwords
from themes.text.tokens import word_pattern, words
from themes.types import PLACEHOLDER

# A word of at least two letters, not touching a bracket, underscore, digit or another letter (``themes.text.tokens``).
TOKEN_PATTERN = word_pattern(2)
_TOKEN = re.compile(TOKEN_PATTERN)

DATE_WORDS = (
    *MONTH_NUMBERS, *WEEKDAYS,
    *"vandaag gisteren morgen week weken maand maanden jaar jaren kwartaal q1 q2 q3 q4".split(),
)

# Words of meeting minutes and surveys that say nothing about a theme.
GENERIC_WORDS = (
    "vergadering agenda agendapunt notulen verslag actiepunt actiepunten punt punten voorzitter "
    "opmerking opmerkingen vraag vragen antwoord aanwezig afwezig bericht akkoord besproken bespreken "
    "genoemd aangegeven geeft geven gegeven stelt vindt denkt zegt zeggen gezegd volgende vorige "
    "graag eigenlijk gewoon heel erg beetje soort manier keer kant elkaar iemand iets allemaal "
    "daarnaast verder eerst steeds vaak nodig belangrijk lastig moeilijk mogelijk ervaring ervaringen"
).split()

# Frequent Dutch verb forms and number words: in keyphrases they gave labels such as "drie gesolliciteerd" or
# "staat open"; a theme label should name a subject.
VERB_WORDS = (
    "staat staan stond sta zit zitten zat lijkt lijken leek kreeg kregen krijg krijgt krijgen hoor hoort horen "
    "hoorde kwam kwamen komt ging gingen gaat neemt nemen nam maakt maken maakte doet doen deed laat laten liet "
    "zegt zei vindt vond weet weten wist houd houdt houden hield blijft blijven bleef loopt lopen liep zie ziet "
    "zag zagen voel voelt voelen voelde hoop hoopt denk dacht vraagt vroeg gebeurt gebeurde gebeurd geweest "
    "gedaan gemaakt gekregen gezien meteen"
).split()
NUMBER_WORDS = (
    "één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien twintig dertig veertig "
    "vijftig honderd duizend eerste tweede derde vierde vijfde"
).split()


def dutch_stopwords(domain: Iterable[str] = ()) -> list[str]:
    """Sorted stop word list: spaCy's Dutch list, date, generic minute, verb and number words and ``domain`` words.

    Every entry is passed through :func:`themes.text.tokens.words`, so "collega's" contributes "collega".
    """
    return list(_stopwords(tuple(domain)))


@functools.lru_cache(maxsize=8)
def _stopwords(domain: tuple[str, ...]) -> tuple[str, ...]:
    found: set[str] = set()
    for word in [*spacy_stopwords(), *DATE_WORDS, *GENERIC_WORDS, *VERB_WORDS, *NUMBER_WORDS, *domain]:
        found.update(words(word))
        found.add(word.lower())
    return tuple(sorted(found))


def make_vectorizer(domain_stopwords: Iterable[str] = (), *, n_docs: int = 0, ngram_max: int = 2) -> CountVectorizer:
    """A CountVectorizer for c-TF-IDF keywords.

    Args:
        domain_stopwords: extra words never to use as keywords (ThemesConfig.domain_stopwords).
        n_docs: number of units; large corpora cap the vocabulary.
        ngram_max: longest phrase in words.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(
        token_pattern=TOKEN_PATTERN,
        lowercase=True,
        stop_words=[w for w in dutch_stopwords(domain_stopwords) if _TOKEN.fullmatch(w)],
        ngram_range=(1, ngram_max),
        max_features=50_000 if n_docs > 20_000 else None,
        strip_accents=None,
    )


def is_clean_keyword(keyword: str, stopwords: set[str]) -> bool:
    """True when a keyword holds no placeholder, digit or stop word (a last guard on model output)."""
    if not keyword or PLACEHOLDER.search(keyword.upper()) or any(ch.isdigit() for ch in keyword):
        return False
    parts = keyword.split()
    return all(_TOKEN.fullmatch(p) and p not in stopwords for p in parts)
