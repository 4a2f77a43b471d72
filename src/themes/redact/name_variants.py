"""Spelling variants of a full name, as keys whose keyed hashes the person registry can store and look up.

A full name written another way ("Peter Janssen" of "Peter Jansen", "Jan Veldkaap" of "Jan Veldkoop") is found
without keeping a readable name: as in symmetric-delete spelling correction, each name is reduced to keys built
from deletions of its letters, and two names are variants exactly when the keys one stores meet the keys the
other looks up. :func:`variant_keys` covers one edit in any token, :func:`far_variant_keys` two edits in a long
surname with the first names written alike.
"""

from __future__ import annotations

from functools import lru_cache

from themes.redact.person_names import Name, has_initials

VARIANT_MIN_LETTERS = 5  # a token this short may differ by one letter from someone else's: never a variant
VARIANT_MAX_TOKENS = 5  # longer names (lists the splitter left whole) get no variants


def variant_keys(name: Name) -> tuple[frozenset[str], frozenset[str]]:
    """What a full name stores and what it looks for, to find the same name in another spelling.

    Two full names are *spelling variants* when they have the same number of tokens, every token but one is the
    same, and that one differs by one edit (a letter added, left out, replaced or two adjacent letters swapped:
    "Janssen"/"Jansen", "Michiel"/"Michel", "Elizabeth"/"Elisabeth", "Peterse"/"Peters") while both spellings
    have at least :data:`VARIANT_MIN_LETTERS` letters. Names with initials have no variants.

    As in symmetric-delete spelling correction, each name gets keys built from its one-letter deletions, so the
    test needs only keyed hashes of these keys, never a readable name. ``probes(a) & stored(b)`` is non-empty
    exactly when ``a`` and ``b`` are variants (or the same name), and the relation is symmetric.

    Returns:
        (stored, probes): the keys a registered name keeps, the keys a new name looks up.
    """
    n = len(name)
    if n < 2 or n > VARIANT_MAX_TOKENS or has_initials(name):
        return frozenset(), frozenset()
    stored: set[str] = set()
    probes: set[str] = set()
    for i, token in enumerate(name):
        if len(token) < VARIANT_MIN_LETTERS:
            continue
        head = " ".join(name[:i])
        tail = " ".join(name[i + 1:])

        def key(kind: str, form: str, head: str = head, tail: str = tail, i: int = i) -> str:
            return f"{n}:{i}:{kind}:{head}|{form}|{tail}"

        # a letter added or left out: the shorter spelling is a deletion of the longer one
        stored.add(key("kort", token))
        probes.add(key("lang", token))
        for p in range(len(token)):
            shorter = token[:p] + token[p + 1:]
            if len(shorter) >= VARIANT_MIN_LETTERS:
                stored.add(key("lang", shorter))
                probes.add(key("kort", shorter))
            # a letter replaced: the same deletion at the same place
            both = key(f"vervang{p}", shorter)
            stored.add(both)
            probes.add(both)
        for p in range(len(token) - 1):  # two adjacent letters swapped
            pair = "".join(sorted(token[p:p + 2]))
            both = key(f"wissel{p}", token[:p] + pair + token[p + 2:])
            stored.add(both)
            probes.add(both)
    return frozenset(stored), frozenset(probes)


def are_variants(a: Name, b: Name) -> bool:
    """True when ``a`` and ``b`` are two spellings of one full name (see :func:`variant_keys`), not the same."""
    return a != b and bool(variant_keys(a)[1] & variant_keys(b)[0])


FAR_VARIANT_MIN_LETTERS = 8  # two edits only in a surname whose longer spelling has this many letters


def far_variant_keys(name: Name) -> tuple[frozenset[str], dict[int, frozenset[str]]]:
    """What a full name stores and looks for, to find it with its surname spelt two edits apart.

    Two full names are *far variants* when they have the same number of tokens, every token but the last is the
    same (the first name written out alike), and the surnames differ by two edits (letters added, left out or
    replaced, or two letters swapped: "Veldkoop"/"Veldkaap", "Wolder"/"Wolderen") while the longer spelling has at
    least :data:`FAR_VARIANT_MIN_LETTERS` letters. Names with initials have none. Like :func:`variant_keys`, the
    keys are deletions, so only their keyed hashes are needed: a name stores its surname, its one-letter deletions
    and its two-letter deletions, each with the places left out (``1 + n + n(n-1)/2`` keys for ``n`` letters), and a
    marker of its first names and surname length (:func:`far_variant_marker`); a new name looks up, per length the
    other spelling may have, every form that spelling would have stored (:func:`far_variant_probes`: more keys,
    never stored; looked up only for the lengths whose marker is there). ``probes(a)[len(b's surname)] &
    stored(b)`` is non-empty exactly when the surnames are at most two edits apart and the longer has enough
    letters (one edit and the same name included: those are found by :func:`variant_keys` and the full-name entry
    first).

    Returns:
        (stored, probes): the keys a registered name keeps; per surname length of the other spelling, the keys a
        new name looks up.
    """
    stored = far_variant_stored(name)
    if not stored and not far_variant_lengths(name):
        return frozenset(), {}
    return stored, {size: far_variant_probes(name, size) for size in far_variant_lengths(name)}


def _far_head(name: Name) -> str:
    return f"{len(name)}:ver:" + " ".join(name[:-1])


def _drop(word: str, p: int, q: int | None = None) -> str:
    """``word`` without its letters at ``p`` and ``q`` (``p < q``)."""
    if q is None:
        return word[:p] + word[p + 1:]
    return word[:p] + word[p + 1:q] + word[q + 1:]


def _has_far_variants(name: Name) -> bool:
    return 2 <= len(name) <= VARIANT_MAX_TOKENS and not has_initials(name)


def far_variant_lengths(name: Name) -> list[int]:
    """The surname lengths a far variant of ``name`` can have (the longer of the two long enough)."""
    if not _has_far_variants(name):
        return []
    size = len(name[-1])
    return [other for other in range(size - 2, size + 3) if max(size, other) >= FAR_VARIANT_MIN_LETTERS]


@lru_cache(maxsize=20_000)
def far_variant_stored(name: Name) -> frozenset[str]:
    """The keys a registered name keeps to be found by a far variant (see :func:`far_variant_keys`)."""
    if not _has_far_variants(name):
        return frozenset()
    token, head, least = name[-1], _far_head(name), FAR_VARIANT_MIN_LETTERS
    size = len(token)
    stored: set[str] = set()
    if size + 2 >= least:
        stored.add(far_variant_marker(name, size))
        stored.add(f"{head}||{token}")
    if size + 1 >= least:
        stored.update(f"{head}|{p}|{_drop(token, p)}" for p in range(size))
    if size >= least:
        stored.update(f"{head}|{p},{q}|{_drop(token, p, q)}" for p in range(size) for q in range(p + 1, size))
    return frozenset(stored)


def far_variant_probes(name: Name, other: int) -> frozenset[str]:
    """The keys a new name looks up to find a far variant whose surname has ``other`` letters."""
    if other not in far_variant_lengths(name):
        return frozenset()
    token, head = name[-1], _far_head(name)
    size = len(token)
    out: set[str] = set()
    if other == size - 2:  # two letters added here
        out.update(f"{head}||{_drop(token, p, q)}" for p in range(size) for q in range(p + 1, size))
    elif other == size - 1:  # one letter added here and one replaced
        for i in range(size):
            once = _drop(token, i)
            out.update(f"{head}|{p}|{_drop(once, p)}" for p in range(size - 1))
    elif other == size:  # one letter left out and another added, or two replaced
        for i in range(size):
            once = _drop(token, i)
            out.update(f"{head}|{p}|{once}" for p in range(size))
            out.update(f"{head}|{i},{q}|{_drop(token, i, q)}" for q in range(i + 1, size))
    elif other == size + 1:  # one letter longer, with one letter replaced at p (here) and one extra at i
        for p in range(size):
            once = _drop(token, p)
            out.update(f"{head}|{i},{p + 1}|{once}" if i <= p else f"{head}|{p},{i}|{once}" for i in range(size + 1))
    else:  # two letters longer: its two deletions give this spelling
        out.update(f"{head}|{p},{q}|{token}" for p in range(size + 2) for q in range(p + 1, size + 2))
    return frozenset(out)


def far_variant_marker(name: Name, size: int) -> str:
    """The key that says a person with the first names of ``name`` and a surname of ``size`` letters is stored."""
    return _far_head(name) + f"|lengte|{size}"


def are_far_variants(a: Name, b: Name) -> bool:
    """True when ``a`` and ``b`` are far variants (see :func:`far_variant_keys`) and not one edit apart or the same."""
    if a == b or are_variants(a, b) or len(a) != len(b):
        return False
    return bool(far_variant_probes(a, len(b[-1])) & far_variant_stored(b))


SHORT_FIRST_MIN_LETTERS = 4  # the shorter first name has at least this many letters ("Theo" of "Theodoor")
SHORT_FIRST_MIN_DROPPED = 2  # and the longer one at least this many more: "Paul" is not "Paula"
SHORT_FIRST_MIN_SURNAME = 5  # the rest of the name (the surname) has at least this many letters
#: endings that make a woman's name of a man's ("Christine" of "Chris", "Johanna" of "Johan", "Willemijn" of
#: "Willem", "Hendrika" of "Hendrik"): the two are never one person by this rule
_FEMALE_ENDINGS = ("a", "e", "y", "ijn", "ien", "nel")


def short_first_keys(name: Name, first_names) -> tuple[frozenset[str], frozenset[str]]:
    """What a full name stores and looks for, to find the same person with his first name written shorter.

    Two full names are one person written with a *shorter first name* when every token but the first is the same
    (the surname, :data:`SHORT_FIRST_MIN_SURNAME` letters or more), both first names are first names of the
    lexicon (``first_names``), and the one begins the other, with at least :data:`SHORT_FIRST_MIN_LETTERS` letters
    and at least :data:`SHORT_FIRST_MIN_DROPPED` letters left off that do not make a woman's name of a man's
    ("Theo Velders" and "Theodoor Velders", "Chris Velders" and "Christiaan Velders"; never "Paul" and "Paula", nor "Chris" and
    "Christine"). As for :func:`variant_keys`, ``probes(a) & stored(b)`` is non-empty exactly when ``a`` and ``b``
    are such a pair (in either order), so only keyed hashes of the keys are needed.

    Returns:
        (stored, probes): the keys a registered name keeps, the keys a new name looks up.
    """
    if len(name) < 2 or len(name) > VARIANT_MAX_TOKENS or has_initials(name):
        return frozenset(), frozenset()
    first, rest = name[0], " ".join(name[1:])
    if first not in first_names or sum(len(t) for t in name[1:]) < SHORT_FIRST_MIN_SURNAME:
        return frozenset(), frozenset()
    size = len(name)
    stored = {f"{size}:voornaam-heel:{first}|{rest}"}
    probes = {f"{size}:voornaam-kort:{first}|{rest}"}
    for k in range(SHORT_FIRST_MIN_LETTERS, len(first) - SHORT_FIRST_MIN_DROPPED + 1):
        short, dropped = first[:k], first[k:]
        if short in first_names and not dropped.endswith(_FEMALE_ENDINGS):
            stored.add(f"{size}:voornaam-kort:{short}|{rest}")
            probes.add(f"{size}:voornaam-heel:{short}|{rest}")
    return frozenset(stored), frozenset(probes)
