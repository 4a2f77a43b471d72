"""The person registry: one pseudonym number per person across a workspace, from keyed hashes only.

A name mention is reduced to its core tokens (lower case, accents stripped, no particles; initials kept as one
letter; see :mod:`themes.redact.person_names`). A mention of two or more tokens is a *full name* (or a *short
form* of one); a mention of one token (a first name or a surname alone) is a *lone name*. The registry holds,
under the workspace's secret key and never as readable names:

- entries ``key hash -> number``: ``PERSOON:<full name>`` for a person known by full name (or a short form of
  one person), ``PERSOON:<token>`` for a lone name that matched no full name, ``PERSOON-dubbel:<name>`` for a lone
  name or short form that matched several (``PERSOON:<full name>`` of kind ``alias`` for a name mixing up two
  people, written for one of them: :meth:`PersonRegistry.alias`);
- tokens ``hash -> number``: every core token of every full name, so a lone name finds its full name, every
  *short form* (:func:`short_forms`: "Jan Jaap" of "Jan Jaap Oosterwijk", "Marcel V", "J. Jansen"), so a short
  form finds it too, and the *variant keys* of a full name, so another spelling of it finds it (step 4).

:meth:`PersonRegistry.resolve` takes all names of one batch at once and decides in a fixed order (longer names
first, names with initials last, keyed hashes sorted), so the result depends only on the set of names and the registry, never on the order
in which texts or documents were redacted:

1. a full name already registered keeps its number;
2. a short form of exactly one known person (registered, or a longer name of this batch) is that person; of
   several, it gets a pseudonym of its own (the same one every time); a name with initials and its surname
   written out ("J. Jansen") is also the one person holding its other tokens, unless his first name begins with
   another letter. A name whose surname a redaction marker may have cut ("Peter Vel [WOO]",
   :data:`themes.redact.person_names.CUT`) is a short form of every name whose surname begins with those letters
   (three or more), and of a longer cut form ("Peter Veldsink [WOO]", registered before it);
3. a new full name *adopts* the number of an earlier lone name or short form when one of its tokens was
   registered alone before (or a short form of it was registered as a name of its own: "Marcel V", then "Marcel
   Veldsink"), that person was never linked to another full name, and no other person (known or in the batch)
   has that token or short form; with several such entries the oldest wins. So "Peter" in a first ingest and
   "Peter Harmsink" in a later one are one person, and from then on "Peter" and "Harmsink" alone are him too. Text
   stored before is never rewritten: a lone surname seen alone earlier under a *second* lone pseudonym keeps
   that pseudonym in those older documents (only one of the two can be adopted);
4. any other new full name that is a *spelling variant* of exactly one person (same tokens but one, that one a
   single edit apart, both spellings of five letters or more: "Peter Janssen" of "Peter Jansen", "Michiel de Wit"
   of "Michel de Wit"; :func:`themes.redact.name_variants.variant_keys`) is that person: a registered one (found
   by keyed hashes of its one-letter deletions, stored like tokens under ``variant:``), or one other new name of
   the batch that has no other variant either (the pair shares the number of the first in key-hash order). With
   two candidates or more, no link. A name with no such candidate at all looks the same way for its surname two
   edits apart, only with every other token the same and the longer surname of eight letters or more ("Jan
   Veldkoop" of "Jan Veldkaap", "Karin van Wolder" of "Karin van Wolderen";
   :func:`themes.redact.name_variants.far_variant_keys`), and again only with exactly one candidate; a name with
   none of these the same way for its first name written shorter, the surname the same ("Theo Velders" of "Theodoor
   Velders", :func:`themes.redact.name_variants.short_first_keys`). A workspace from before variants were kept finds a registered name's variants
   once that name is seen again. A lone name is never linked by spelling;
5. any other new full name gets a new number;
6. a lone name takes the number of the single person whose full name holds that token; with none it is a
   person of its own (``PERSOON:<token>``), with several it is ambiguous and gets its own pseudonym
   (``PERSOON-dubbel:<token>``), the same one every time. (Before this, the redactor gives a lone name or short
   form the one person of its own documents it stands for, when there is one: ``Redactor.resolve_persons``.)

A name with a token left out is never a short form ("Jan de Vries" of "Jan Willem de Vries"): a wrong merge of two
people is worse than one person under two pseudonyms.

New numbers start at the keyed hash's ``pseudonym_number`` (so without a registry the numbers are those of a
plain keyed hash) and move up past numbers already in use: two persons never share a pseudonym.

Two ingests running at the same time each resolve against the registry as they loaded it: a person new to both
can get a number in each (the entry stored first is the one later ingests use). One ingest at a time is exact.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from themes.redact.name_variants import (
    far_variant_lengths,
    far_variant_marker,
    far_variant_probes,
    far_variant_stored,
    short_first_keys,
    variant_keys,
)
from themes.redact.operators import keyed_hash, pseudonym_number
from themes.redact.person_names import CUT, Name, has_initials, is_cut
from themes.redact.wordlists import load_lexicon

FULL_PREFIX = "PERSOON:"
AMBIGUOUS_PREFIX = "PERSOON-dubbel:"
LEGACY_LINK_PREFIX = "link:"
SHORT_PREFIX = "deel:"
FIRST_LETTER_PREFIX = "voorletter:"
VARIANT_PREFIX = "variant:"
YEAR_PREFIX = "jaar:"  # token: a person named in full in a document of that year
DATED_KEY = "gedateerd"  # token: a person named in full in a dated document at least once
MAX_YEARS_APART = 2  # a lone name links to a person named in full in a document at most this many years away
MAX_SHORT_TOKENS = 5  # longer names (lists the splitter left whole) get no short forms
MIN_CUT_LETTERS = 3  # a surname cut short by a redaction marker keeps at least this many letters to be linked


def _keyed32(key: bytes, text: str) -> str:
    """The first 32 hex characters of the keyed hash: what the registry stores."""
    return keyed_hash(key, text)[:32]


def short_forms(name: Name, first_names: Collection[str]) -> list[Name]:
    """The shorter ways a full name is written that stand for that person alone, in sorted order.

    Its first names without the surname ("Jan Jaap" of "Jan Jaap Oosterwijk", three tokens or more; only when every
    token of it is in ``first_names``, so "Joost Holtkamp" is no short form of a list "Joost Holtkamp Wouter"), and the
    name with one or more tokens written as initials ("J. Jansen", "Marcel V", "J.J. Oosterwijk"), never every
    token an initial, and the name with its surname cut short by a redaction marker after three letters or more
    ("Peter Vel…" of "Peter Veldsink", see :data:`themes.redact.person_names.CUT`). Never a shorter name with a
    token left out ("Jan de Vries" is no short form of "Jan Willem de Vries": he may well be someone else). A single token is not a short form here (tokens are kept apart).
    """
    n = len(name)
    if n < 2 or n > MAX_SHORT_TOKENS or has_initials(name):
        return []
    out = {name[:j] for j in range(2, n) if all(t in first_names for t in name[:j])}
    # the surname cut short by a redaction marker ("Peter Vel [WOO]"), three letters or more
    out.update((*name[:-1], name[-1][:k] + CUT) for k in range(MIN_CUT_LETTERS, len(name[-1]) + 1))
    for mask in itertools.product((False, True), repeat=n):
        if any(mask) and not all(mask):
            out.add(tuple(t[0] if initial else t for t, initial in zip(name, mask, strict=True)))
    return sorted(out)


def is_short_form(part: Name, full: Name, first_names: Collection[str]) -> bool:
    """True when ``part`` stands for ``full``: one of its tokens (not an initial) or one of its short forms."""
    if len(part) == 1:
        return len(part[0]) > 1 and part[0] in full
    return len(part) <= len(full) and part in short_forms(full, first_names)


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """One registry key: the keyed hash of a full, lone or ambiguous name, its pseudonym number and its age.

    Attributes:
        key_hash: 32 hex characters of the keyed hash (never the name).
        number: the pseudonym number (``[PERSOON_number]``).
        seq: creation order in the workspace (0 for entries carried over from an older workspace).
        kind: ``full``, ``lone``, ``ambiguous`` or ``alias`` (a full name mixing up two people, written for one of
            them: :meth:`PersonRegistry.alias`; its tokens are not his).
    """

    key_hash: str
    number: int
    seq: int
    kind: str

    def __post_init__(self) -> None:
        if len(self.key_hash) != 32 or self.number < 0 or self.seq < 0:
            raise ValueError("a person entry needs a 32-character key hash and non-negative number and seq")
        if self.kind not in ("full", "lone", "ambiguous", "alias"):
            raise ValueError(f"unknown person entry kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class PersonToken:
    """A core token of a full name: its keyed hash and the person's number."""

    token_hash: str
    number: int

    def __post_init__(self) -> None:
        if len(self.token_hash) != 32 or self.number < 0:
            raise ValueError("a person token needs a 32-character hash and a non-negative number")


class PersonRegistry:
    """Pseudonym numbers of persons, linked across texts, documents and ingests by keyed hashes.

    Args:
        key: the workspace's secret key.
        entries: stored entries (``Workspace.person_entries()``).
        tokens: stored tokens (``Workspace.person_tokens()``).
        legacy: name-registry entries of an older workspace (``link:<token hash>:<full-name hash>``); each
            becomes a full-name entry and token (when not known already), so old links still hold.
        first_names: first names (for short forms without the surname); None: the lexicon's.
    """

    def __init__(
        self,
        key: bytes,
        entries: Iterable[PersonEntry] = (),
        tokens: Iterable[PersonToken] = (),
        legacy: Iterable[str] = (),
        first_names: Collection[str] | None = None,
    ) -> None:
        self._key = key
        self._first_names = first_names
        self._entries: dict[str, PersonEntry] = {}
        self._tokens: dict[str, set[int]] = {}
        self._full_numbers: set[int] = set()
        self._fulls_of: dict[int, int] = {}  # number -> how many full-name entries have it
        self._used: set[int] = set()
        self._new_entries: list[PersonEntry] = []
        self._new_tokens: list[PersonToken] = []
        self._hashes: dict[str, str] = {}
        for entry in entries:
            self._add_entry(entry, new=False)
        for token in tokens:
            self._add_token(token, new=False)
        for link in sorted(h for h in legacy if h.startswith(LEGACY_LINK_PREFIX)):
            self._add_legacy(link)
        self._seq = max((e.seq for e in self._entries.values()), default=0)

    # ------------------------------------------------------------------ reading and writing
    @classmethod
    def from_rows(
        cls, key: bytes, entries: Iterable[Sequence], tokens: Iterable[Sequence], legacy: Iterable[str] = ()
    ) -> PersonRegistry:
        """A registry from a workspace's rows (``Workspace.person_entries()``, ``person_tokens()``)."""
        return cls(key, (PersonEntry(*row) for row in entries), (PersonToken(*row) for row in tokens), legacy)

    def new_rows(self) -> tuple[list[tuple[str, int, int, str]], list[tuple[str, int]]]:
        """Entry and token rows made since loading, for ``Workspace.add_persons``."""
        return ([(e.key_hash, e.number, e.seq, e.kind) for e in self._new_entries],
                [(t.token_hash, t.number) for t in self._new_tokens])

    def new_entries(self) -> list[PersonEntry]:
        """Entries made since this registry was loaded, in creation order (what the workspace must store)."""
        return list(self._new_entries)

    def new_tokens(self) -> list[PersonToken]:
        """Tokens added since this registry was loaded."""
        return list(self._new_tokens)

    def __len__(self) -> int:
        return len(self._used)

    def _add_entry(self, entry: PersonEntry, *, new: bool) -> None:
        if entry.key_hash in self._entries:
            return
        self._entries[entry.key_hash] = entry
        self._used.add(entry.number)
        if entry.kind == "full":
            self._full_numbers.add(entry.number)
            self._fulls_of[entry.number] = self._fulls_of.get(entry.number, 0) + 1
        if new:
            self._new_entries.append(entry)

    def _add_token(self, token: PersonToken, *, new: bool) -> None:
        numbers = self._tokens.setdefault(token.token_hash, set())
        if token.number in numbers:
            return
        numbers.add(token.number)
        self._full_numbers.add(token.number)
        self._used.add(token.number)
        if new:
            self._new_tokens.append(token)

    def _add_legacy(self, link: str) -> None:
        parts = link.split(":")
        if len(parts) != 3 or parts[0] + ":" != LEGACY_LINK_PREFIX or len(parts[1]) != 32 or len(parts[2]) != 32:
            return
        _, token_hash, full_hash = parts
        entry = self._entries.get(full_hash) or PersonEntry(full_hash, pseudonym_number(full_hash), 0, "full")
        self._add_entry(entry, new=False)
        self._add_token(PersonToken(token_hash, entry.number), new=False)

    @property
    def first_names(self) -> Collection[str]:
        """The first names that make a short form without the surname (loaded from the lexicon when first used)."""
        if self._first_names is None:
            self._first_names = load_lexicon().first_names
        return self._first_names

    # ------------------------------------------------------------------ hashes
    def token_hash(self, token: str) -> str:
        """Keyed hash of one normalised core token (the same as the name registry's token hashes)."""
        return self._hash("naam:" + token)

    def short_hash(self, name: Name) -> str:
        """Keyed hash of a short form of a full name (see :func:`short_forms`), kept like a token."""
        return self._hash(SHORT_PREFIX + " ".join(name))

    def first_letter_hash(self, letter: str, surname: str) -> str:
        """Keyed hash of a full name's first letter and last token (to tell "J. Jansen" from "P. Jansen")."""
        return self._hash(FIRST_LETTER_PREFIX + letter + " " + surname)

    def variant_hash(self, key: str) -> str:
        """Keyed hash of a spelling-variant key of a full name (see :func:`variant_keys`), kept like a token."""
        return self._hash(VARIANT_PREFIX + key)

    def key_hash(self, name: Name, *, ambiguous: bool = False) -> str:
        """Keyed hash of a full or lone name (``ambiguous``: of a lone name that matches several persons)."""
        return self._hash((AMBIGUOUS_PREFIX if ambiguous else FULL_PREFIX) + " ".join(name))

    def _hash(self, text: str) -> str:
        cached = self._hashes.get(text)
        if cached is None:
            cached = self._hashes[text] = _keyed32(self._key, text)
        return cached

    def alias(self, name: Name, number: int) -> int:
        """Register the full name ``name`` as a way of writing person ``number`` (none of its tokens become his).

        For a name that mixes up two people (:func:`themes.redact.documents.blends`); a name registered before
        keeps its number.
        """
        key = self.key_hash(name)
        entry = self._entries.get(key) or self._create(key, "alias", number=number)
        return entry.number

    def is_named(self, name: Name) -> bool:
        """True when ``name`` (two tokens or more) is registered as a full name or as an alias."""
        entry = self._entries.get(self.key_hash(name)) if len(name) > 1 else None
        return entry is not None and entry.kind in ("full", "alias")

    def holds(self, token: str) -> bool:
        """True when a person's full name holds the core token ``token`` (lower case, no accents)."""
        return bool(self._tokens.get(self.token_hash(token)))

    def is_full(self, name: Name) -> bool:
        """True when ``name`` (two tokens or more) is registered as a person's full name."""
        entry = self._entries.get(self.key_hash(name)) if len(name) > 1 else None
        return entry is not None and entry.kind == "full"

    # ------------------------------------------------------------------ resolution
    def resolve(self, names: Iterable[Name]) -> dict[Name, int]:
        """The pseudonym number of every name of one batch, registering new persons.

        Args:
            names: core tokens of each name mention (normalised: lower case, accents stripped; initials as one
                letter); order and repetition do not matter.

        Returns:
            name -> number, for every distinct non-empty name given.
        """
        distinct = {n for n in names if n}
        multi = [n for n in distinct if len(n) > 1]
        lones = sorted((n for n in distinct if len(n) == 1), key=self.key_hash)
        out: dict[Name, int] = {}
        new: list[Name] = []
        for name in sorted(multi, key=self.key_hash):
            entry = self._entries.get(self.key_hash(name)) or self._entries.get(self.key_hash(name, ambiguous=True))
            if entry is not None:
                out[name] = entry.number
                if entry.kind == "full":
                    self._register(name, entry.number)  # a carried-over entry may lack some tokens
            else:
                new.append(name)
        holders: dict[str, int] = {}  # token or short-form hash -> how many new full names of this batch hold it
        for name in new:
            for h in self._held(name):
                holders[h] = holders.get(h, 0) + 1
        # names with initials after all others, longer names first: a short form finds its full name
        # then names whose surname a redaction marker may have cut, longest surname first ("Peter Veldsink…" is
        # registered before "Peter Vel…" looks for it)
        by_size: dict[tuple[int, int, int], list[Name]] = {}
        for name in new:
            kind = 2 if is_cut(name) else int(has_initials(name))
            by_size.setdefault((kind, -len(name), -len(name[-1]) if kind == 2 else 0), []).append(name)
        owners_of: dict[Name, set[int]] = {}
        for size in sorted(by_size):
            group = sorted(by_size[size], key=self.key_hash)
            if size[0] == 1 and not owners_of:  # every name with initials against the same registry: no order matters
                owners_of = {n: self._tokens.get(self.short_hash(n), set()) or self._initials_owner(n)
                             for n in new if has_initials(n) and not is_cut(n)}
            rest = []
            for name in group:
                owners = owners_of[name] if size[0] == 1 else self._tokens.get(self.short_hash(name), set())
                if len(owners) == 1:  # the short form of one known person
                    out[name] = self._create(self.key_hash(name), "full", number=next(iter(owners))).number
                elif owners:  # the short form of several: a pseudonym of its own, the same one every time
                    key = self.key_hash(name, ambiguous=True)
                    out[name] = (self._entries.get(key) or self._create(key, "ambiguous")).number
                else:
                    rest.append(name)
            adopted = {name: self._adoptable(name, holders) for name in rest}
            for name in rest:  # adoption first, so a new number never takes an adoptable lone number
                if adopted[name] is not None:
                    out[name] = self._create(self.key_hash(name), "full", number=adopted[name]).number
                    self._register(name, out[name])
            linked = self._variant_links([n for n in rest if adopted[n] is None])
            for name in sorted((n for n in rest if adopted[n] is None), key=self.key_hash):
                target = linked.get(name)
                number = target if isinstance(target, int) else out[target] if target is not None else None
                out[name] = self._create(self.key_hash(name), "full", number=number).number
                self._register(name, out[name])
        for name in lones:
            owners = self._tokens.get(self.token_hash(name[0]), set())
            if len(owners) == 1:
                out[name] = next(iter(owners))
                continue
            key = self.key_hash(name, ambiguous=len(owners) > 1)
            entry = self._entries.get(key) or self._create(key, "ambiguous" if owners else "lone")
            out[name] = entry.number
        return out

    def _variant_links(self, names: Sequence[Name]) -> dict[Name, int | Name]:
        """The new full names that are another spelling of one person: name -> his number, or the name it pairs with.

        A name is linked when exactly one person is a spelling variant of it (:func:`variant_keys`: one token one
        edit apart, every other token the same): a registered person (by the keyed hashes of his variant keys), or
        one other new name of this batch that has no other variant either (the pair gets one number: that of the
        name first in key-hash order, which maps to nothing here). Two or more candidates: no link.
        """
        known, partners = self._variant_candidates(names, variant_keys)
        # names with no one-edit candidate at all look for their surname two edits apart (far_variant_keys)
        far_known, far_partners = self._far_candidates([n for n in names if not known[n] and not partners[n]])
        known.update(far_known)
        partners.update(far_partners)
        # names with no spelling variant at all look for the same name with its first name written shorter
        shorter = [n for n in names if not known[n] and not partners[n]]
        short_known, short_partners = self._variant_candidates(shorter, lambda n: short_first_keys(n, self.first_names))
        known.update(short_known)
        partners.update(short_partners)
        out: dict[Name, int | Name] = {}
        for n in names:
            if len(known[n]) == 1 and not partners[n]:
                out[n] = next(iter(known[n]))
            elif not known[n] and len(partners[n]) == 1:
                other = next(iter(partners[n]))
                if partners[other] == {n} and not known[other] and self.key_hash(other) < self.key_hash(n):
                    out[n] = other
        return out

    def _variant_candidates(self, names: Sequence[Name], keys_of) -> tuple[dict[Name, set[int]], dict[Name, set[Name]]]:
        """Per name: the registered persons and the other names of ``names`` whose keys (``keys_of``) it meets."""
        keys = {n: keys_of(n) for n in names}
        stored_by: dict[str, set[Name]] = {}
        for n, (stored, _) in keys.items():
            for k in stored:
                stored_by.setdefault(k, set()).add(n)
        known: dict[Name, set[int]] = {}
        partners: dict[Name, set[Name]] = {}
        for n, (_, probes) in keys.items():
            known[n] = set().union(*(self._tokens.get(self.variant_hash(k), set()) for k in probes))
            partners[n] = set().union(*(stored_by.get(k, set()) for k in probes)) - {n}
        return known, partners

    def _far_candidates(self, names: Sequence[Name]) -> tuple[dict[Name, set[int]], dict[Name, set[Name]]]:
        """:meth:`_variant_candidates` for surnames two edits apart, looking up only the surname lengths stored."""
        stored_by: dict[str, set[Name]] = {}
        for n in names:
            for k in far_variant_stored(n):
                stored_by.setdefault(k, set()).add(n)
        known: dict[Name, set[int]] = {}
        partners: dict[Name, set[Name]] = {}
        for n in names:
            known[n], partners[n] = set(), set()
            for size in far_variant_lengths(n):
                marker = far_variant_marker(n, size)
                in_batch = marker in stored_by and stored_by[marker] != {n}
                registered = bool(self._tokens.get(self.variant_hash(marker)))
                if not (in_batch or registered):
                    continue
                probes = far_variant_probes(n, size)
                if in_batch:
                    partners[n].update(*(stored_by.get(k, ()) for k in probes))
                if registered:
                    for k in probes:  # hashed once, never cached: most probes are never seen again
                        known[n] |= self._tokens.get(_keyed32(self._key, VARIANT_PREFIX + k), set())
            partners[n].discard(n)
        return known, partners

    def _initials_owner(self, name: Name) -> set[int]:
        """For a name with initials and its surname written out: the one person holding its other tokens.

        "J. Jansen" is the one Jansen of the workspace, as "Jansen" alone is, unless that person's first name
        begins with another letter (every full name keeps the keyed hash of its first letter and surname), so a
        person registered before short forms were kept is still found. "Marcel V" (the surname an initial) is
        found only as a short form.
        """
        if not has_initials(name) or len(name[-1]) == 1:
            return set()
        full = [t for t in name if len(t) > 1]
        owners = set.intersection(*(self._tokens.get(self.token_hash(t), set()) for t in full))
        if len(owners) != 1:
            return set()
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if letter != name[0][0] and owners & self._tokens.get(self.first_letter_hash(letter, name[-1]), set()):
                return set()  # his first name begins with another letter: someone else
        return owners

    def _held(self, name: Name) -> set[str]:
        """Hashes of the tokens and short forms of a full name (what another person may already hold)."""
        forms = short_forms(name, self.first_names)
        return {self.token_hash(t) for t in name if len(t) > 1} | {self.short_hash(f) for f in forms}

    def _adoptable(self, name: Name, holders: dict[str, int]) -> int | None:
        """The number of the oldest earlier entry this new full name takes over, if any.

        Candidates: a token registered alone before (a lone entry never linked to a full name), or a short form
        registered before as a full name of its own ("Jan Jaap", "Marcel V") whose number no other full name has.
        Either only when no other person, known or new in this batch, holds that token or short form.
        """
        best: PersonEntry | None = None
        candidates = [((t,), self.token_hash(t), "lone") for t in sorted(set(name)) if len(t) > 1]
        candidates += [(f, self.short_hash(f), "full") for f in short_forms(name, self.first_names)]
        for key, held, kind in candidates:
            entry = self._entries.get(self.key_hash(key))
            if entry is None or entry.kind != kind:
                continue
            if kind == "lone" and entry.number in self._full_numbers:
                continue
            if kind == "full" and self._fulls_of.get(entry.number, 0) != 1:
                continue
            if holders.get(held, 0) != 1 or self._tokens.get(held):
                continue  # another person holds this token too: the lone name stays its own person
            if best is None or (entry.seq, entry.key_hash) < (best.seq, best.key_hash):
                best = entry
        return None if best is None else best.number

    def _register(self, name: Name, number: int) -> None:
        """Tokens (not initials) and short forms of a full name, so its lone and short mentions find it."""
        for token in sorted({t for t in name if len(t) > 1}):
            self._add_token(PersonToken(self.token_hash(token), number), new=True)
        for form in short_forms(name, self.first_names):
            self._add_token(PersonToken(self.short_hash(form), number), new=True)
        if is_cut(name):  # "Peter Veldsink…": whatever it was cut from, "Peter Vel…" is a shorter cut of it
            whole = (*name[:-1], name[-1][:-len(CUT)])
            for form in short_forms(whole, self.first_names):
                if form[-1].endswith(CUT) and form != name:  # its own form stays free for adoption
                    self._add_token(PersonToken(self.short_hash(form), number), new=True)
        if len(name) > 1 and not has_initials(name):
            self._add_token(PersonToken(self.first_letter_hash(name[0][0], name[-1]), number), new=True)
        for key in sorted(variant_keys(name)[0] | far_variant_stored(name) | short_first_keys(name, self.first_names)[0]):
            self._add_token(PersonToken(self.variant_hash(key), number), new=True)

    def _create(self, key_hash: str, kind: str, number: int | None = None) -> PersonEntry:
        if number is None:
            number = pseudonym_number(key_hash)
            while number in self._used:
                number += 1
        self._seq += 1
        entry = PersonEntry(key_hash, number, self._seq, kind)
        self._add_entry(entry, new=True)
        return entry

    # ------------------------------------------------------------------ time
    def note_years(self, number: int, years: Iterable[int]) -> None:
        """Keep that person ``number`` is named in full in documents of ``years`` (keyed hashes of the years)."""
        years = sorted(set(years))
        if not years:
            return
        self._add_token(PersonToken(self._hash(DATED_KEY), number), new=True)
        for year in years:
            self._add_token(PersonToken(self._hash(f"{YEAR_PREFIX}{year}"), number), new=True)

    def far_in_time(self, number: int, years: Collection[int]) -> bool:
        """True when person ``number`` is named in full only in dated documents far from every year of ``years``.

        Far: more than :data:`MAX_YEARS_APART` years apart. False without ``years``, or when the person was never
        named in full in a dated document (then nothing says he is far).
        """
        if not years or number not in self._tokens.get(self._hash(DATED_KEY), ()):
            return False
        near = {y + d for y in years for d in range(-MAX_YEARS_APART, MAX_YEARS_APART + 1)}
        return not any(number in self._tokens.get(self._hash(f"{YEAR_PREFIX}{y}"), ()) for y in sorted(near))

    def lone_person(self, name: Name) -> int:
        """The number of a lone name as a person of its own (``PERSOON:<token>``).

        For a lone name far in time from the one person whose full name holds it (see :meth:`far_in_time`).
        """
        key = self.key_hash(name)
        return (self._entries.get(key) or self._create(key, "lone")).number

    def ambiguous_numbers(self) -> set[int]:
        """The pseudonym numbers of lone names and short forms that stand for several persons (for checks)."""
        return {e.number for e in self._entries.values() if e.kind == "ambiguous"}

    def numbers(self) -> Iterator[int]:
        """Every pseudonym number in use (for tests and checks)."""
        return iter(sorted(self._used))
