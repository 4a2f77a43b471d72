"""Content words of an item's or action's wording, and the similarity that recognises it across meetings.

Wordings change from meeting to meeting ("Klachtenregeling en vertrouwenspersonen" / "klachtenregeling
vertrouwenspersonen (doorgeschoven)", "lijst zal worden geactualiseerd" / "lijst is geactualiseerd"). Both become
a set of content lemmas: folded, spaCy's lookup lemmas (``themes.text.lemma``), spaCy's stop words and the
procedural words below dropped. Two wordings are the same item when the Dice overlap of their sets is high enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from themes.records import lexicon
from themes.text.fold import fold
from themes.text.lemmas import lemma
from themes.text.stopwords import spacy_stopwords
from themes.text.tokens import word_runs
from themes.types import PLACEHOLDER

_NUMBERING = re.compile(
    r"^\s*(?:(?i:agendapunt|punt|item)\s+)?"
    r"(?:\[?\(?(?:\d{1,2}(?:\.\d{1,2})*(?:[.):\]]\]?|(?=\s+[A-Z]))|[a-zA-Z][.)])\s+)+"
)

# Words that say something about the procedure or the status, not about the subject of an item.
PROCEDURAL_WORDS: frozenset[str] = frozenset(
    """
    agendapunt agendapunten punt punten item bespreekpunt bespreking besproken bespreken besluit besluitvorming
    besloten overleg vergadering stuurgroep volgend volgende keer tijdgebrek tijd uitgesteld uitstel uitstellen
    doorgeschoven doorschuiven schuiven aanhouden vervolg vervolgbespreking update terugkoppeling wachtstand
    agenda agenderen status stand zaak actie actiepunt actiehouder actielijst afronden afgerond gereed afhandelen
    doen lopen lopend open vervallen komen terug akkoord instemmen vaststellen oppakken nvt n.v.t zullen gaan
    worden hebben zijn
    """.split()
)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(fold(w) for w in spacy_stopwords())


def strip_numbering(title: str) -> str:
    """``"3. Laatste update"`` -> ``"Laatste update"``; also ``[1.]``, ``4.2``, ``Agendapunt 5:``, ``b)``."""
    stripped = _NUMBERING.sub("", title, count=1).strip()
    return stripped or title.strip()


def numbering(title: str) -> str | None:
    """The agenda number a title starts with ("4", "4.2"), or None."""
    match = _NUMBERING.match(title)
    if not match:
        return None
    digits = re.search(r"\d{1,2}(?:\.\d{1,2})*", match.group(0))
    return digits.group(0) if digits else None


def is_numbered(title: str) -> bool:
    """True when ``title`` starts with agenda numbering (``3.``, ``[1.]``, ``4.2``, ``Agendapunt 5:``)."""
    return bool(_NUMBERING.match(title))


def content_words(text: str, *, extra_stop: Iterable[str] = ()) -> frozenset[str]:
    """The content lemmas of ``text``: no placeholders, stop words, procedural words or short numbers."""
    return _content_words(text, frozenset(extra_stop))


@lru_cache(maxsize=65536)
def _content_words(text: str, extra: frozenset[str]) -> frozenset[str]:
    stop = _stop_words()
    out = set()
    for word in word_runs(fold(PLACEHOLDER.sub(" ", text))):
        if word in stop or len(word) < 2 or (word.isdigit() and len(word) < 4):
            continue
        base = lemma(word)
        if base in stop or base in PROCEDURAL_WORDS or word in PROCEDURAL_WORDS or word in extra or base in extra:
            continue
        out.add(base)
    return frozenset(out)


@lru_cache(maxsize=1)
def _commitment_words() -> frozenset[str]:
    """The words of the commitment phrases ("neemt … mee", "stuurt", "zal") and their lemmas."""
    out: set[str] = set()
    for phrase in lexicon.phrases(lexicon.COMMITMENT):
        for word in word_runs(fold(phrase.text)):
            out |= {word, lemma(word)}
    return frozenset(out)


def action_words(text: str) -> frozenset[str]:
    """The content lemmas of an action's wording without the verbs that say someone takes it on.

    "[X] neemt dit mee in de uitwerking van de rules" and "[X] neemt de opmerkingen mee in de verdere uitwerking"
    share "nemen" and "mee", which say nothing about what is done.
    """
    return content_words(text, extra_stop=_commitment_words())


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
