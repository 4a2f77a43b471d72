"""Person names as the registry sees them: normalised words with offsets, and lists of names cut into persons.

A person span's *words* are ``(start, end, token)`` per word of the span: the token lower case, accents stripped,
``""`` for a particle (van, de, ter …); a one-letter token is an initial ("J." in "J. Jansen", "K" in "Marcel V").
A hyphenated double first name ("Jan-Jaap", two first names) is written as its two parts, so "Jan-Jaap Oosterwijk"
and "Jan Jaap Oosterwijk" are one name; the two parts are never cut apart. The surname of a full name followed
right away by a redaction marker ("Peter Vel [WOO]") ends in :data:`CUT`: it may be cut short, and is treated like
an initial (a short form of each name whose surname it begins).

Minutes often list people without separators ("Aanwezig: Joost Holtkamp Frank van Os Dennis de Lint", "Frank Heiko en
Edward plannen …"), and a name detector then finds one long name. :func:`split_lists` cuts such a span into the
names it is made of, from what the batch knows (names found on their own elsewhere, and the registry), so each
person gets his own pseudonym instead of three people sharing one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from themes.redact.operators import strip_accents

Name = tuple[str, ...]
Words = tuple[tuple[int, int, str], ...]
"""The words of one person span: (start, end, normalised token or "" for a particle), in text order."""

CUT = "…"
"""Ends the last token of a name followed right away by a redaction marker (``Peter Vel [WOO]``): the surname
may have been cut by the publisher's redaction, so it stands for every surname it begins (a short form, like an
initial)."""
_CUT_BY_MARKER = re.compile(r"[ \t]*\[[A-Z]+\]")  # a placeholder without a number: a marker of an earlier redaction
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@lru_cache(maxsize=100_000)
def _norm(word: str) -> str:
    return strip_accents(word.lower().replace("’", "'"))


def person_words(text: str, start: int, end: int, particles: Collection[str], first_names: Collection[str]) -> Words:
    """The words of the person span ``text[start:end]`` (see the module docstring).

    A word in lower case one letter from "van", right before "de", "der", "den", "het" or "'t", is "van" misspelt
    ("Paul dan der Berg" is "Paul van der Berg").
    """
    out: list[tuple[int, int, str]] = []
    found = list(_WORD.finditer(text, start, end))
    for k, m in enumerate(found):
        token = _norm(m.group())
        if token in particles or (m.group().islower() and k + 1 < len(found) and _misspelt_van(token)
                                  and _norm(found[k + 1].group()) in _AFTER_VAN):
            out.append((m.start(), m.end(), ""))
            continue
        parts = token.split("-")
        if len(parts) == 2 and all(p in first_names for p in parts):  # Jan-Jaap: a double first name
            raw = m.group().split("-")
            if len(raw) == 2:
                cut = m.start() + len(raw[0])
                out += [(m.start(), cut, parts[0]), (cut + 1, m.end(), parts[1])]
                continue
        out.append((m.start(), m.end(), token))
    if _CUT_BY_MARKER.match(text, end) and sum(1 for _, _, t in out if t) > 1 and out[-1][2] and len(out[-1][2]) > 1:
        s, e, token = out[-1]  # Peter Vel [WOO]: a publisher's redaction may have cut the surname
        out[-1] = (s, e, token + CUT)
    return tuple(out)


_DOUBLE_SURNAME_GAP = re.compile(r"[ \t\u00a0]+[-\u2013][ \t\u00a0]+")


def is_second_surname(text: str, left: tuple[int, int, Words], right: tuple[int, int, Words],
                      first_names: Collection[str]) -> bool:
    """True when the person span ``right`` is the second half of a double surname written "Jansen - Pietersen".

    The detector finds "Jan Jansen" and "Pietersen" of "Jan Jansen - Pietersen" apart (a dash between spaces ends
    a name). A full name (two tokens or more, no initials) followed by such a dash and a person span of one
    capitalised word that is no first name is one person, and the two spans are one. A dash before a full name or a
    first name ("Jan Jansen - Piet") stays a list of two persons.

    Args:
        text: the text of both spans.
        left: (start, end, words) of the first person span.
        right: (start, end, words) of the person span after it.
        first_names: the lexicon's first names.
    """
    gap = _DOUBLE_SURNAME_GAP.fullmatch(text, left[1], right[0])
    name, words = name_of(left[2]), right[2]
    if gap is None or len(name) < 2 or has_initials(name) or len(left[2]) and left[1] != left[2][-1][1]:
        return False
    if len(words) != 1 or not words[0][2] or len(words[0][2]) < 2 or words[0][2] in first_names:
        return False
    word = text[words[0][0]:words[0][1]]
    return word[:1].isupper() and "-" not in word


_AFTER_VAN = frozenset({"de", "der", "den", "het", "t"})  # "'t" is read as "t"


def _misspelt_van(token: str) -> bool:
    """True when ``token`` is "van" with one letter replaced ("dan", "ven", "vam")."""
    return len(token) == 3 and sum(a != b for a, b in zip(token, "van", strict=True)) == 1


def name_of(words: Words) -> Name:
    """The core tokens of ``words`` (particles left out; initials kept as one letter)."""
    return tuple(t for _, _, t in words if t)


def is_cut(name: Name) -> bool:
    """True when the surname of ``name`` may be cut short by a redaction marker (it ends in :data:`CUT`)."""
    return bool(name) and name[-1].endswith(CUT)


def has_initials(name: Name) -> bool:
    """True when a token of ``name`` is an initial (one letter) or a surname perhaps cut short (ends in :data:`CUT`)."""
    return any(len(t) == 1 or t.endswith(CUT) for t in name)


@dataclass(frozen=True, slots=True)
class Known:
    """What a batch knows about names, to cut lists of names.

    Attributes:
        fulls: names of two or more tokens (no initials) found in the batch.
        firsts, later: per token, how many of them begin with it, or have it later.
        registered: whether the registry knows a name as a full name.
        surnames: the lexicon's surnames (a token after a first name that is a surname may be his surname).
        first_names: the lexicon's first names (the parts of a word of three names or more joined by hyphens,
            "Kees-Jan-Willem", may be several persons); empty: such a word is one name.
    """

    fulls: frozenset[Name]
    firsts: dict[str, int]
    later: dict[str, int]
    registered: Callable[[Name], bool]
    surnames: Collection[str]
    first_names: Collection[str] = frozenset()

    @classmethod
    def of(cls, names: Iterable[Name], registered: Callable[[Name], bool], surnames: Collection[str],
           first_names: Collection[str] = frozenset()) -> Known:
        """What ``names`` (every person name of a batch) and the registry know."""
        fulls = frozenset(n for n in names if len(n) > 1 and not has_initials(n))
        firsts: dict[str, int] = {}
        later: dict[str, int] = {}
        for name in fulls:
            firsts[name[0]] = firsts.get(name[0], 0) + 1
            for token in set(name[1:]):
                later[token] = later.get(token, 0) + 1
        return cls(fulls, firsts, later, registered, surnames, first_names)

    def first_elsewhere(self, token: str, own: Name) -> bool:
        """True when a name of the batch other than ``own`` begins with ``token``."""
        return self.firsts.get(token, 0) > (own in self.fulls and own[0] == token)

    def first_count(self, token: str, own: Name) -> int:
        """How many names of the batch other than ``own`` begin with ``token``."""
        return self.firsts.get(token, 0) - (own in self.fulls and own[0] == token)

    def later_elsewhere(self, token: str, own: Name) -> bool:
        """True when ``token`` stands later in a name of the batch other than ``own``."""
        return self.later.get(token, 0) > (own in self.fulls and token in own[1:])

    def full(self, name: Name) -> bool:
        """True when ``name`` is a full name found in the batch or registered."""
        return len(name) > 1 and (name in self.fulls or self.registered(name))


_KNOWN, _FIRST, _REST, _REST_LONG = 0, 1, 2, 3  # piece kinds and their cost: the cheapest cut wins
_NONE, _SINGLE, _TAIL = 0, 1, 2  # the last piece: none or longer, one first name, a surname left from before


def split_lists(text: str, words: Words, known: Known, enumerated: bool = False) -> list[Words]:
    """``words`` cut into the names of several persons, or ``[words]`` when it is one person's name.

    See :func:`_split_lists`. A word of three first names or more joined by hyphens ("Kees-Jan-Willem"; each part
    in ``known.first_names``) is read as its parts and may be cut at a hyphen (into "Kees" and "Jan-Willem", by
    the same rules as any other list, except that a piece of two names or more must begin a full name of the
    batch: "Jan-Willem" of "Jan Willem Dommelen"); when it is not cut it stays one word, as before (one person's name:
    "Anna-Maria-José").
    """
    expanded = _expand_joined(text, words, known.first_names)
    if expanded is None:
        return _split_lists(text, words, known, enumerated)
    pieces = _split_lists(text, expanded, known, enumerated, joined_names=True)
    return [words] if len(pieces) == 1 else pieces


MIN_JOINED_NAMES = 3  # a word of this many first names joined by hyphens may be several persons ("Anne-Marie": one)


def _expand_joined(text: str, words: Words, first_names: Collection[str]) -> Words | None:
    """``words`` with every word of three first names or more joined by hyphens as its parts; None: no such word."""
    out: list[tuple[int, int, str]] = []
    changed = False
    for start, end, token in words:
        parts = token.split("-")
        raw = text[start:end].split("-")
        if len(parts) >= MIN_JOINED_NAMES and len(raw) == len(parts) and all(p in first_names for p in parts):
            at = start
            for part, written in zip(parts, raw, strict=True):
                out.append((at, at + len(written), part))
                at += len(written) + 1
            changed = True
        else:
            out.append((start, end, token))
    return tuple(out) if changed else None


def _split_lists(text: str, words: Words, known: Known, enumerated: bool = False, joined_names: bool = False
                 ) -> list[Words]:
    """The cut of :func:`split_lists`, on ``words`` as they are.

    ``words`` cut into the names of several persons, or ``[words]`` when it is one person's name.

    A span is cut only when every piece is a name known elsewhere in the batch (or to the registry) as a full name,
    or a first name alone that begins such a name and stands later in none (``Frank Heiko``), with at most one
    other piece: a first name that is also a surname, or two or more tokens named nowhere else ("Heiko Hesselsink Anita
    Kuipers"). A lone first name never comes just before a longer piece (it could be the first of a double first
    name: "Jan Peter Jansen"; "Jan-Jaap" counts as one word), nor is a token after a particle ("van Es") one.
    The one exception: a span that begins with a surname known only as a surname, followed by a known full name
    ("Wit Kofi Mensah" after "Sander de": the detector stopped at the particle) is that surname and that name.
    A span with initials is never cut; nor is it cut where a letter or digit between two pieces would stay
    unredacted.

    ``enumerated``: the span is an item of an enumeration of first names alone ("Simon Vincent en Daan": followed by
    "en", "&" or a comma and a person named by one word, see :func:`split_all`). Then a span of two or more
    different words, no particles, each beginning a full name known in the batch, is those first names, even when
    they are also surnames or later tokens elsewhere (the comma left out between two names of the list). A word
    written twice there ("Simon Simon en Daan") is two persons when at least two full names of the batch begin with
    it: the writer named both of them by their first name.
    """
    core = [i for i, (_, _, t) in enumerate(words) if t]
    name = tuple(words[i][2] for i in core)
    if len(name) < 2 or has_initials(name):
        return [words]
    if enumerated and len(core) == len(words) and all(known.first_count(t, name) >= name.count(t) for t in name) \
            and all(_gap_clean(text, words[k - 1][1], words[k][0]) for k in range(1, len(words))) \
            and not any(text[words[k][0] - 1] == "-" for k in range(1, len(words))):
        return [words[k:k + 1] for k in range(len(words))]
    n = len(name)
    # token k is the second half of a hyphenated first name (no cut there), or comes after a particle (a surname);
    # in a word of three names or more joined by hyphens, a cut may fall at a hyphen
    hyphen = [k > 0 and words[core[k - 1]][1] + 1 == words[core[k]][0] and text[words[core[k]][0] - 1] == "-"
              for k in range(n)]
    run = [1] * n  # how many tokens the hyphenated word of token k has
    lo = 0
    for k in range(1, n + 1):
        if k == n or not hyphen[k]:
            run[lo:k] = [k - lo] * (k - lo)
            lo = k
    joined = [hyphen[k] and run[k] < MIN_JOINED_NAMES for k in range(n)]
    after_particle = [core[k] > 0 and not words[core[k] - 1][2] for k in range(n)]
    # state (others used, last piece) -> (cost, pieces, cuts) for name[:i]
    best: list[dict[tuple[int, int], tuple[int, int, tuple[int, ...]]]] = [{} for _ in range(n + 1)]
    best[0][(0, _NONE)] = (0, 0, ())
    for i in range(n):
        if i and (joined[i] or not _gap_clean(text, words[core[i - 1]][1], words[core[i - 1] + 1][0])):
            continue  # no cut here: a piece cannot start at token i
        for (used, last), (cost, pieces, cuts) in sorted(best[i].items()):
            for j in range(i + 1, n + 1):
                if i == 0 and j == n:
                    continue
                if j < n and joined[j]:
                    continue
                one_word = j - i == 1 or (j - i == 2 and hyphen[i + 1])
                kind = _piece(name[i:j], known, name, after_particle[i], joined_names)
                tail = kind is None and i == 0 and j == 1 and _surname_only(name[0], known, name)
                if tail:
                    kind = _REST
                other = kind in (_REST, _REST_LONG)
                if kind is None or (other and used) or (last == _SINGLE and not one_word) \
                        or (last == _TAIL and kind != _KNOWN):
                    continue
                state = (used + other, _TAIL if tail else _SINGLE if one_word else _NONE)
                cand = (cost + kind, pieces + 1, (*cuts, j))
                if state not in best[j] or cand < best[j][state]:
                    best[j][state] = cand
    options = [b for b in best[n].values() if b[1] > 1]
    if not options:
        return [words]
    return _cut(words, core, min(options)[2])


def _piece(piece: Name, known: Known, whole: Name, after_particle: bool, joined_names: bool = False) -> int | None:
    if len(piece) > 1:
        if known.full(piece):
            return _KNOWN
        if joined_names:  # a part of "Kees-Jan-Willem": the first names of a full name of the batch, or no piece
            return _KNOWN if any(f[:len(piece)] == piece and len(f) > len(piece) for f in known.fulls) else None
        return _REST_LONG
    token = piece[0]
    if after_particle or not known.first_elsewhere(token, whole) or known.later_elsewhere(token, whole):
        return None
    return _REST if token in known.surnames else _FIRST


def _surname_only(token: str, known: Known, whole: Name) -> bool:
    return known.later_elsewhere(token, whole) and not known.first_elsewhere(token, whole)


def _gap_clean(text: str, lo: int, hi: int) -> bool:
    return not any(c.isalnum() for c in text[lo:hi])


def _cut(words: Words, core: Sequence[int], cuts: Sequence[int]) -> list[Words]:
    """The words of each piece; a particle before a piece's first token goes with that piece."""
    out = []
    lo = 0
    for k, cut in enumerate(cuts):
        hi = len(words)
        if k < len(cuts) - 1:
            hi = core[cut]
            while hi > lo and not words[hi - 1][2]:
                hi -= 1
        out.append(words[lo:hi])
        lo = hi
    return out


def split_all(text_words: Sequence[tuple[str, Words]], registered: Callable[[Name], bool],
              surnames: Collection[str], rounds: int = 3, first_names: Collection[str] = frozenset()
              ) -> list[list[Words]]:
    """:func:`split_lists` for every span of a batch (``(text, words)`` each), from what the batch knows.

    What is known is read again from the pieces of the previous round (a list of names must not make its own
    names look like later tokens of a longer name), until nothing changes. A span followed by "en", "&" or a comma
    and then a span of one word in the same text is an item of an enumeration (``enumerated`` of
    :func:`split_lists`).
    """
    enumerated = _enumerated(text_words)
    pieces = [[w] for _, w in text_words]
    for _ in range(rounds):
        known = Known.of((name_of(p) for ps in pieces for p in ps), registered, surnames, first_names)
        again = [split_lists(text, words, known, listed)
                 for (text, words), listed in zip(text_words, enumerated, strict=True)]
        if again == pieces:
            break
        pieces = again
    return pieces


_LIST_JOIN = re.compile(r"[ \t]*(?:,|&|\ben\b)[ \t]*")


def _enumerated(text_words: Sequence[tuple[str, Words]]) -> list[bool]:
    """Per span: whether "en", "&" or a comma and then a person span of one word (no particle) follow it."""
    single: dict[str, set[int]] = {}
    for text, words in text_words:
        if len(words) == 1 and words[0][2]:
            single.setdefault(text, set()).add(words[0][0])
    out = []
    for text, words in text_words:
        join = _LIST_JOIN.match(text, words[-1][1]) if words and text in single else None
        out.append(join is not None and join.end() > words[-1][1] and join.end() in single[text])
    return out
