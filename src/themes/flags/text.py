"""Normalised content words and the similarity used to recognise the same item across meetings.

Agenda items and actions are worded differently each time ("Klachtenregeling en vertrouwenspersonen" /
"klachtenregeling vertrouwenspersonen (doorgeschoven)"). Both become a set of content-word stems: lower case,
accents folded, Dutch stop words (spaCy's list) and procedural words dropped, a light stemmer for plural and
inflection endings. Two wordings are the same item when the Dice overlap of their stem sets reaches a threshold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from themes.text.stopwords import spacy_stopwords
from themes.types import PLACEHOLDER

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_NUMBERING = re.compile(
    r"^\s*(?:(?i:agendapunt|punt|item)\s+)?"
    r"(?:\[?\(?(?:\d{1,2}(?:\.\d{1,2})*(?:[.):\]]\]?|(?=\s+[A-Z]))|[a-zA-Z][.)])\s+)+"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_VOWEL_PAIR = re.compile(r"([aeou])\1")
_FINAL_DOUBLE = re.compile(r"([bcdfgklmnprstvz])\1$")

# Words that say something about the procedure or the status, not about the subject of an item.
PROCEDURAL_WORDS: frozenset[str] = frozenset(
    """
    agendapunt agendapunten punt punten item bespreekpunt bespreking besproken bespreken besluit besluitvorming
    besloten overleg vergadering stuurgroep volgend volgende keer tijdgebrek tijd uitgesteld uitstel uitstellen
    doorgeschoven doorschuiven doorgeschoven schuift aangehouden aanhouden vervolg vervolgbespreking update
    terugkoppeling wachtstand agenda agenderen geagendeerd status stand zaken actie acties actiepunt actiepunten
    actiehouder actielijst afgerond gereed afgehandeld gedaan loopt lopen lopend open vervalt komt komen terug
    akkoord ingestemd vastgesteld opgepakt nvt n.v.t
    """.split()
)


@lru_cache(maxsize=1)
def dutch_stop_words() -> frozenset[str]:
    """The Dutch stop words of spaCy, folded (``themes.text.stopwords.spacy_stopwords``)."""
    return frozenset(fold(w) for w in spacy_stopwords())


def _drop_combining(match: re.Match[str]) -> str:
    char = match.group(0)
    return "" if unicodedata.combining(char) else char


def fold(text: str) -> str:
    """Lower case with accents removed (``ideeën`` -> ``ideeen``).

    Most text is plain ASCII: it only needs lower-casing. Otherwise only the non-ASCII characters of the
    decomposed text are looked at (combining marks dropped, the typographic apostrophe made plain).
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return _NON_ASCII.sub(_drop_combining, decomposed).replace("’", "'")


def stem(word: str) -> str:
    """A light Dutch stemmer: plural and inflection endings off, doubled letters collapsed.

    ``gesprekken``/``gesprek``, ``vertrouwenspersonen``/``vertrouwenspersoon``, ``moeilijke``/``moeilijk`` and
    ``directies``/``directie`` each end up as one stem. Only used to compare wordings, never shown.
    """
    w = word.replace("'", "")
    if len(w) > 4 and w.endswith("s"):
        w = w[:-1]
    if len(w) > 6 and w.endswith("ingen"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("en"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    w = _FINAL_DOUBLE.sub(r"\1", w)
    return _VOWEL_PAIR.sub(r"\1", w)


def strip_numbering(title: str) -> str:
    """``"3. Laatste update"`` -> ``"Laatste update"``; also ``[1.]``, ``4.2``, ``Agendapunt 5:``, ``b)``."""
    stripped = _NUMBERING.sub("", title, count=1).strip()
    return stripped or title.strip()


def is_numbered(title: str) -> bool:
    """True when ``title`` starts with agenda numbering (``3.``, ``[1.]``, ``4.2``, ``Agendapunt 5:``)."""
    return bool(_NUMBERING.match(title))


def content_stems(text: str, *, extra_stop: Iterable[str] = ()) -> frozenset[str]:
    """The content-word stems of ``text``: no placeholders, stop words, procedural words or short numbers."""
    return _content_stems(text, frozenset(extra_stop))


@lru_cache(maxsize=32768)
def _content_stems(text: str, extra: frozenset[str]) -> frozenset[str]:
    stop = dutch_stop_words()
    out = set()
    for word in _WORD.findall(fold(PLACEHOLDER.sub(" ", text))):
        if word in stop or word in PROCEDURAL_WORDS or word in extra:
            continue
        if word.isdigit() and len(word) < 4:
            continue
        if len(word) < 2:
            continue
        out.add(stem(word))
    return frozenset(out)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two stem sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def containment(part: frozenset[str], whole: frozenset[str]) -> float:
    """Share of ``part`` found in ``whole`` (0 when ``part`` is empty)."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)


def shorten(text: str, limit: int = 240) -> str:
    """One line, at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
