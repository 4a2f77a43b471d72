"""Which person of its own documents a short form or a name alone stands for.

Minutes name their people in full once, usually in the list of those present ("Aanwezig: …"), and by first name
after that ("Peter licht toe"). :func:`in_documents` gives such a mention, in a text of one or more documents, the
one person named in those documents that it stands for (by a longer name, with or without initials):

1. when exactly one person named in those documents holds it, that person;
2. when several do: the persons named in those documents only in a list of those *absent*
   (:func:`attendance_role`: a text beginning "Afgemeld:", "Afwezig:" …) are left out, and when more than one is
   left, those named in a list of those *present* ("Aanwezig: …", or a text that is nothing but names) are
   preferred: minutes speak of the people at the table. Exactly one left: that person; otherwise the mention
   stays ambiguous (the registry gives it a pseudonym of its own). A word written twice as two persons ("Simon
   Simon en Daan", see :func:`themes.redact.person_names.split_lists`) is two people: neither is decided here;
3. when none does, a name alone of five letters or more that is no first name of the lexicon and that no person of
   the workspace holds is a misspelling of the one person of those documents holding a token one edit from it
   (a letter added, dropped, changed, or two neighbours swapped; that token also five letters or more), or two
   edits when both have seven letters or more: "Pietrs" beside "Pieter Harmsink", "Wilemijn" beside "Willemijn
   Dekker". With two such persons, or none, nothing is decided here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence

from themes.redact.person_names import Name
from themes.redact.persons import is_short_form

ABSENT, PRESENT = "afwezig", "aanwezig"
MAX_HEADING = 60  # a longer text is no heading of those absent
MIN_MISSPELT = 5  # a name alone and the token it misspells both have at least this many letters
MIN_FAR_MISSPELT = 7  # two edits apart only when both have at least this many letters

_OPENER = re.compile(r"[\W_]*([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*[:\n]")
_WORD = re.compile(r"[^\W\d_]+")
_WORD_OR_BRACKETS = re.compile(r"\([^()]*\)|[^\W\d_]+")


def attendance_role(text: str, persons: Sequence[tuple[int, int, Name]], present: Collection[str],
                    absent: Collection[str], under_absent: bool = False) -> str | None:
    """Whether ``text`` lists the people present (:data:`PRESENT`), those absent (:data:`ABSENT`), or neither.

    Args:
        text: the text.
        persons: (start, end, name) of every person named in it.
        present: lower-case openers of a list of those present ("aanwezig", "deelnemers").
        absent: lower-case openers of a list of those absent ("afgemeld", "met kennisgeving afwezig").
        under_absent: the text stands under a heading of those absent (:func:`is_absent_heading`).

    A text beginning with an opener and a colon (or a line break) is the list it opens; without an opener, a text
    that is nothing but full names, with at most one other word for every two names ("en"; organisations in
    brackets not counted), lists those present: "Jan de Vries (Gemeente), Piet Bakker (Kadaster)", a table row
    "Jan de Vries | (Gemeente)". "Jan de Vries: stukken rondsturen" is an action, not a list. Such a list under
    a heading of those absent lists those absent.
    """
    opener = _OPENER.match(text)
    if opener is not None:
        words = opener.group(1).lower().split()
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[:k])
            if phrase in absent:
                return ABSENT
            if phrase in present:
                return PRESENT
    full = [p for p in persons if len(p[2]) > 1]
    if not full:
        return None
    covered = [False] * len(text)
    for start, end, _ in persons:
        covered[start:end] = [True] * (end - start)
    other = sum(1 for m in _WORD_OR_BRACKETS.finditer(text) if m.group()[0] != "(" and not covered[m.start()])
    if other > len(full) // 2:
        return None
    return ABSENT if under_absent else PRESENT


def is_absent_heading(heading: str | None, absent: Collection[str]) -> bool:
    """True when a segment's ``heading`` opens a list of those absent ("Afgemeld", "Met kennisgeving afwezig:")."""
    return bool(heading) and len(heading) <= MAX_HEADING and " ".join(_WORD.findall(heading.lower())) in absent


def edits(a: str, b: str) -> int:
    """The number of edits between ``a`` and ``b``: letters added, dropped or changed, or two neighbours swapped.

    Our own (optimal string alignment): rapidfuzz, which has it, is only a development dependency here.
    """
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[len(b)]


def misspells(token: str, other: str) -> bool:
    """True when ``token`` is ``other`` misspelt: one edit, or two in a word of seven letters or more."""
    if token == other or min(len(token), len(other)) < MIN_MISSPELT or abs(len(token) - len(other)) > 2:
        return False
    return edits(token, other) <= (2 if min(len(token), len(other)) >= MIN_FAR_MISSPELT else 1)


def in_documents(
    items: Sequence[tuple[int, object, object]],
    names: Sequence[Sequence[Name]],
    numbers: dict[Name, int],
    scoped: dict[tuple[int, int], int],
    groups: Sequence[Collection[Hashable]],
    todo: Iterable[tuple[int, int]],
    roles: Sequence[str | None],
    first_names: Collection[str],
    held: Callable[[str], bool],
) -> dict[tuple[int, int], int]:
    """(span, piece) -> number for the names ``todo`` that stand for one person named in their documents.

    Args:
        items: (text index, span, words) of every person span of the batch.
        names: per span, the names of its pieces.
        numbers: name -> number of the names numbered so far.
        scoped: (span, piece) -> number decided per document so far.
        groups: per text, its documents.
        todo: the (span, piece) to decide.
        roles: per text, its :func:`attendance_role`.
        first_names: the lexicon's first names.
        held: whether a person of the workspace holds a token (the registry).
    """
    persons_of: dict[Hashable, dict[int, set[Name]]] = {}  # document -> number -> the longer names naming him
    roles_of: dict[tuple[Hashable, int], set[str | None]] = {}  # (document, number) -> roles of the texts naming him
    for k, ((i, _, _), ns) in enumerate(zip(items, names, strict=True)):
        for j, name in enumerate(ns):
            number = scoped.get((k, j), numbers.get(name)) if len(name) > 1 else None
            if number is not None:
                for doc in groups[i]:
                    persons_of.setdefault(doc, {}).setdefault(number, set()).add(name)
                    roles_of.setdefault((doc, number), set()).add(roles[i])
    out: dict[tuple[int, int], int] = {}
    for k, j in todo:
        name, i = names[k][j], items[k][0]
        if names[k].count(name) > 1:
            continue  # "Simon Simon": two persons of that name, never one of them twice
        docs = sorted(groups[i], key=repr)
        candidates = {number for doc in docs for number, fulls in persons_of.get(doc, {}).items()
                      if any(full != name and is_short_form(name, full, first_names) for full in fulls)}
        if not candidates:
            candidates = _misspelt(name, docs, persons_of, first_names, held)
            if len(candidates) == 1:
                out[(k, j)] = next(iter(candidates))
            continue
        chosen = _at_the_table(candidates, docs, roles_of)
        if chosen is not None:
            out[(k, j)] = chosen
    return out


def _at_the_table(candidates: set[int], docs: Sequence[Hashable],
                  roles_of: dict[tuple[Hashable, int], set[str | None]]) -> int | None:
    """The one candidate left after step 2 of the module docstring, or None."""
    if len(candidates) == 1:
        return next(iter(candidates))

    def roles(number: int) -> set[str | None]:
        return set().union(*(roles_of.get((doc, number), set()) for doc in docs))

    there = {n for n in candidates if roles(n) - {ABSENT}}
    if len(there) == 1:
        return next(iter(there))
    listed = {n for n in there if PRESENT in roles(n)}
    return next(iter(listed)) if len(listed) == 1 else None


def _misspelt(name: Name, docs: Sequence[Hashable], persons_of: dict[Hashable, dict[int, set[Name]]],
              first_names: Collection[str], held: Callable[[str], bool]) -> set[int]:
    """The persons of ``docs`` whose name a name alone misspells (step 3 of the module docstring)."""
    if len(name) != 1:
        return set()
    token = name[0]
    if len(token) < MIN_MISSPELT or token in first_names or held(token):
        return set()
    return {number for doc in docs for number, fulls in persons_of.get(doc, {}).items()
            if any(misspells(token, t) for full in fulls for t in full)}


MIN_SAME_WORDS = 3  # two lines are the same action when at least this many words around the names are the same


def blends(
    texts: Sequence[str],
    items: Sequence[tuple[int, object, object]],
    pieces: Sequence[Sequence[Sequence[tuple[int, int, str]]]],
    names: Sequence[Sequence[Name]],
    groups: Sequence[Collection[Hashable]],
    roles: Sequence[str | None],
    owner_cues: Collection[str],
    first_names: Collection[str],
    registered: Callable[[Name], bool],
) -> dict[Name, Name]:
    """The full names that mix up two people of their document, each with the one person it stands for.

    Minutes now and then write one person's first name with another's surname: "Peter Bakker" in the list of
    actions of a meeting of Peter Harmsink and Sanne Bakker. Such a name of two tokens, registered nowhere and named
    in no list of those present or absent, whose first name begins exactly one other full name of its document and
    whose surname ends exactly one other (another person), stands for one of the two when the same line stands
    elsewhere in that document with one name that is a short form of only that one ("Actie Peter: stukken rondsturen"
    beside "Peter Bakker: stukken rondsturen"; the same words around the names, three or more, an owner cue such
    as "Actie" left out). Otherwise it stays a person of its own.

    Returns:
        mixed-up name -> the full name of the person it stands for (one of its document's names).
    """
    fulls_of: dict[Hashable, set[Name]] = {}
    lines_of: dict[Hashable, dict[tuple[str, ...], set[Name]]] = {}  # document -> words around names -> the names
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for (i, _, _), ps in zip(items, pieces, strict=True):
        spans_of.setdefault(i, []).extend((p[0][0], p[-1][1]) for p in ps if p)
    rest: dict[int, tuple[str, ...]] = {}
    for i, spans in spans_of.items():
        words = [m.group().lower() for m in _WORD.finditer(texts[i])
                 if not any(a <= m.start() < b for a, b in spans)]
        while words and words[0] in owner_cues:
            words.pop(0)
        rest[i] = tuple(words)
    occurs: dict[Name, set[int]] = {}
    in_text: dict[int, list[Name]] = {}
    for (i, _, _), ns in zip(items, names, strict=True):
        in_text.setdefault(i, []).extend(ns)
        for name in ns:
            occurs.setdefault(name, set()).add(i)
            for doc in groups[i]:
                if len(name) > 1 and not any(len(t) == 1 for t in name):
                    fulls_of.setdefault(doc, set()).add(name)
    for i, ns in in_text.items():
        if len(ns) == 1 and len(rest[i]) >= MIN_SAME_WORDS:
            for doc in groups[i]:
                lines_of.setdefault(doc, {}).setdefault(rest[i], set()).add(ns[0])
    out: dict[Name, Name] = {}
    for name in sorted(occurs):
        if len(name) != 2 or any(len(t) == 1 for t in name) or registered(name) \
                or any(roles[i] is not None for i in occurs[name]):
            continue
        chosen: set[Name] = set()
        for i in sorted(occurs[name]):
            for doc in sorted(groups[i], key=repr):
                others = fulls_of.get(doc, set()) - {name}
                by_first = [f for f in others if f[0] == name[0]]
                by_last = [f for f in others if f[-1] == name[1] and f[0] != name[0]]
                if len(by_first) != 1 or len(by_last) != 1 or len(in_text[i]) != 1:
                    continue
                pair = (by_first[0], by_last[0])
                for other in lines_of.get(doc, {}).get(rest[i], set()) - {name}:
                    fits = [p for p in pair if other == p or is_short_form(other, p, first_names)]
                    if len(fits) == 1:
                        chosen.add(fits[0])
        if len(chosen) == 1:
            out[name] = next(iter(chosen))
    return out
