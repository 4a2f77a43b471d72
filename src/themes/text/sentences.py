"""A small rule-based Dutch sentence splitter and a packer of sentences into size-limited groups.

No trained model: a boundary is sentence punctuation followed by white space and an upper-case letter, digit
or opening quote (or a lower-case letter after a plain word, as in answers typed in lower case), unless the word
before the full stop is a known abbreviation (``i.v.m.``, ``bijv.``, ``dhr.``), an initial (``J.P. de Vries``) or
a list number at the start of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ABBREVIATIONS = frozenset(
    """
    a.s. aanv. afd. afz. alg. art. bijv. bv. bijl. blz. b.v. b.d. ca. cf. d.d. d.i. d.m.v. d.w.z. dhr. dr. drs.
    e.a. e.d. e.e.a. e.v. enz. etc. evt. excl. fa. fig. geb. gem. gld. hfd. hr. i.c.m. i.e. i.h.a. i.h.k.v.
    i.o.m. i.p.v. i.s.m. i.t.t. i.v.m. i.z. ing. incl. ir. jl. jhr. m.a.w. m.b.t. m.b.v. m.i.v. m.u.v.
    max. min. mevr. mgr. mr. mw. n.a.v. n.v.t. nl. no. nr. nrs. o.a. o.b.v. o.i.d. o.l.v. o.m. o.v.v. p. p.m.
    p.p. p.w. pag. prof. resp. s.v.p. sr. jr. st. t.a.v. t.b.v. t.g.v. t.h.v. t.o.v. t.w. t.z.t. tel. tav.
    v. v.a. vgl. vnl. vs. w.o. wo. z.g. z.g.a.n. zgn. z.o.z. z.s.m. ws. zg. okt. sept. feb. mrt. apr.
    jun. jul. aug. nov. dec. ma. di. wo. do. vr. za. zo. mln. mld. ong. vz. secr. ca. cq. c.q. e.c. o.i.
    """.split()
)
# abbreviations that often end a sentence too: split when a capital follows
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"enz.", "etc.", "e.d.", "e.a.", "jl.", "a.s."})

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-ZÀ-Ýa-zß-ÿ0-9•])")
#: Before a lower-case letter a full stop ends a sentence only after a plain word of this many letters: survey
#: answers are often typed in lower case ("… worstelen. dat begint bij de leidinggevende"), abbreviations are not.
_MIN_WORD_BEFORE_LOWER = 3
_LAST_WORD = re.compile(r"(\S+)[\"'”’)\]]*$")
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.)+$")
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]$")
_ORDINAL_DATE = re.compile(r"^\d{1,2}\.$")


def split_sentences(text: str) -> list[str]:
    """Split a cleaned paragraph into sentences (whitespace-normalised input expected)."""
    text = text.strip()
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        chunk = text[start : m.start()]
        if not _is_boundary(chunk, text[m.end() : m.end() + 12], at_start=not sentences and start == 0):
            continue
        sentences.append(chunk.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _is_boundary(chunk: str, following: str, *, at_start: bool) -> bool:
    next_char = following[:1]
    m = _LAST_WORD.search(chunk)
    if not m:
        return False
    word = m.group(1)
    if not word.endswith("."):
        return True  # ! ? … always end a sentence
    lower = word.lower().lstrip("([\"'")
    if lower in SENTENCE_FINAL_ABBREVIATIONS:
        return True
    if lower in ABBREVIATIONS:
        return False
    if _INITIALS.match(word.lstrip("([")):
        return False
    if at_start and _LIST_NUMBER.match(word) and chunk.strip() == word:
        return False  # "3. Laatste update" is a number, not a sentence
    if _ORDINAL_DATE.match(word) and next_char.isdigit():
        return False
    if next_char.islower():
        letters = lower.rstrip(".")
        next_word = following.split(" ", 1)[0].lower()
        if next_word in ABBREVIATIONS:  # "… vierde. bijv. vijf": a lower-case sentence seldom opens that way
            return False
        return len(letters) >= _MIN_WORD_BEFORE_LOWER and letters.isalpha() and "." not in letters
    return True


def group_sentences(sentences: Sequence[str], max_chars: int) -> list[str]:
    """Pack consecutive sentences into groups of at most ``max_chars`` characters.

    A single sentence longer than the limit is cut at ``;``/``,`` or, failing that, at word boundaries.
    """
    groups: list[str] = []
    current = ""
    for sentence in sentences:
        for piece in _cut_long(sentence, max_chars):
            if not current:
                current = piece
            elif len(current) + 1 + len(piece) <= max_chars:
                current = f"{current} {piece}"
            else:
                groups.append(current)
                current = piece
    if current:
        groups.append(current)
    return groups


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    pieces: list[str] = []
    rest = sentence
    while len(rest) > max_chars:
        window = rest[:max_chars]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < max_chars // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = max_chars - 1
        pieces.append(rest[: cut + 1].strip())
        rest = rest[cut + 1 :].strip()
    if rest:
        pieces.append(rest)
    return pieces


def split_long_text(text: str, max_chars: int) -> list[str]:
    """The text as one unit when it fits, else groups of whole sentences under ``max_chars``."""
    if len(text) <= max_chars:
        return [text]
    return group_sentences(split_sentences(text), max_chars)
