"""The Redactor: detect personal data in a batch of texts, propagate names, replace with keyed pseudonyms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from themes.config import RedactConfig
from themes.redact.documents import attendance_role, blends, in_documents
from themes.redact.name_batch import detect_names
from themes.redact.names import (
    POSITIONAL,
    NameDetector,
    NameMention,
    batch_words,
    domain_words,
    thing_words,
    without_things,
)
from themes.redact.operators import (
    apply_spans,
    drop_placeholders,
    keyed_hash,
    normalise_value,
    pseudonym_number,
    resolve_overlaps,
    strip_accents,
)
from themes.redact.patterns import find_patterns
from themes.redact.person_names import (
    Name,
    Words,
    has_initials,
    is_second_surname,
    name_of,
    person_words,
    split_all,
)
from themes.redact.persons import LEGACY_LINK_PREFIX, PersonRegistry
from themes.redact.spacy_ner import SpacyNameDetector, installed_model
from themes.redact.wordlists import load_lexicon
from themes.types import Span

FoundSpans = tuple[tuple[Span, Words | None], ...]
"""The spans kept in one text, each with its person's words (see ``person_names``; None for other labels)."""

Groups = Sequence[Collection[Hashable]]
"""Per text, the documents it belongs to (a text shared by several documents belongs to each)."""

Dates = Mapping[Hashable, str | None]
"""Per document (as named in ``Groups``), its date (ISO ``YYYY-MM-DD``) or None."""

PersonPlan = dict[tuple[int, int], tuple[tuple[int, int, int], ...]]
"""Per person span (start, end) of one text: the (start, end, number) of each person in it (a list of names
found as one span is several)."""


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """One redacted text.

    Attributes:
        text: the original text (in memory only; never store it).
        redacted: the text with every span replaced.
        spans: detected spans over the original text, non-overlapping and sorted.
    """

    text: str
    redacted: str
    spans: tuple[Span, ...]

    def __post_init__(self) -> None:
        last = -1
        for span in self.spans:
            if span.start < last or span.end > len(self.text):
                raise ValueError("spans must be sorted, non-overlapping and inside the text")
            last = span.end

    def counts(self) -> dict[str, int]:
        """Number of spans per label (never the values)."""
        return dict(Counter(s.label for s in self.spans))


def propagated(mentions: Sequence[Sequence[NameMention]], rests: Sequence[Collection[str]]) -> set[str]:
    """The name tokens of a batch to redact in every text: those of its mentions, less weak ones used as words.

    A token found only by where it stands (``POSITIONAL``: "dat Logius op dit moment …") is propagated only when
    the batch does not use it in more texts without a name's evidence than with it (``rests``: each text's words
    outside its mentions); a person named often without context is still found wherever a cue or list names him.
    """
    lex = load_lexicon()
    strong: set[str] = set()
    weak: Counter[str] = Counter()
    for per_text in mentions:
        seen: set[str] = set()
        for m in per_text:
            tokens = {t for t in m.tokens if len(t) > 1 and t not in lex.particles}
            if m.detector == POSITIONAL:
                seen |= tokens
            else:
                strong |= tokens
        weak.update(seen)
    found = set(strong)
    for token, n in weak.items():
        if token in strong or sum(token in rest for rest in rests) <= n:
            found.add(token)
    return found


class Redactor:
    """Detect and replace Dutch personal data.

    Args:
        config: the ``redact`` section of the pipeline config.
        key: the workspace's secret key (HMAC key for pseudonyms and name hashes).
        known_name_hashes: keyed hashes of name tokens found in earlier batches (``Workspace.name_hashes()``);
            entries ``link:<token>:<full name>`` of older workspaces are carried into a new person registry.
        persons: the workspace's person registry (one pseudonym per person); None: a fresh one for this
            redactor (then the batches of this redactor share pseudonyms, and nothing is kept).
    """

    def __init__(
        self,
        config: RedactConfig,
        key: bytes,
        known_name_hashes: Iterable[str] = (),
        persons: PersonRegistry | None = None,
    ) -> None:
        self.config = config
        self.key = key
        known = set(known_name_hashes)
        legacy = {h for h in known if h.startswith(LEGACY_LINK_PREFIX)}
        self.known_name_hashes = known - legacy
        self.persons = persons if persons is not None else PersonRegistry(key, legacy=legacy)
        self._new_hashes: set[str] = set()
        self._hash_cache: dict[str, str] = {}
        self._names: NameDetector | None = None
        self._spacy: SpacyNameDetector | None = None
        self._spacy_checked = False
        self._allow = frozenset(w.lower() for w in config.allowlist)
        self._deny = frozenset(w.lower() for w in config.denylist)
        self._deny_re = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(config.denylist, key=len, reverse=True))
                       + r")(?!\w)", re.IGNORECASE)
            if config.denylist else None
        )

    # ------------------------------------------------------------------ loading
    def load(self) -> Redactor:
        """Load the lookup lists (and a spaCy pipeline when configured and installed)."""
        if self._names is None:
            self._names = NameDetector(load_lexicon(), self.config.min_score)
        if self.config.use_spacy_ner and not self._spacy_checked:
            self._spacy_checked = True
            model = installed_model()
            if model is not None:
                self._spacy = SpacyNameDetector(model=model)
        return self

    def set_spacy_detector(self, detector: SpacyNameDetector | None) -> None:
        """Use ``detector`` for extra person names (or none)."""
        self._spacy, self._spacy_checked = detector, True

    # ------------------------------------------------------------------ hashes
    def token_hash(self, token: str) -> str:
        """Keyed hash of a lower-case name token (what the workspace stores instead of names)."""
        cached = self._hash_cache.get(token)
        if cached is None:
            cached = keyed_hash(self.key, "naam:" + strip_accents(token))[:32]
            self._hash_cache[token] = cached
        return cached

    def new_name_hashes(self) -> set[str]:
        """Keyed hashes of name tokens found so far, never the names (persons: ``self.persons``)."""
        return set(self._new_hashes)

    def _value_digest(self, label: str, normalised: str) -> str:
        return keyed_hash(self.key, f"{label}:{normalised}")

    # ------------------------------------------------------------------ detection
    def _detect_names(
        self, texts: Sequence[str], extra_names: set[str], allow: frozenset[str]
    ) -> list[tuple[list[NameMention], frozenset[str]]]:
        assert self._names is not None
        known = self.known_name_hashes

        def is_extra(lower: str) -> bool:
            if lower in extra_names or lower in self._deny:
                return True
            return bool(known) and len(lower) > 1 and self.token_hash(lower) in known

        return detect_names(self._names, texts, is_extra, allow)

    def batch_allow(self, texts: Sequence[str]) -> frozenset[str]:
        """The allowlist for one batch: configured words, web and mail domain words, nouns and acronyms.

        Name-list words the batch writes as nouns or acronyms are words (:func:`themes.redact.names.batch_words`).
        A domain anywhere in the batch (logius.nl, digilab.overheid.nl) names an organisation: its words are no
        names in any text of the batch (see :func:`themes.redact.names.domain_words`).
        """
        self.load()
        assert self._names is not None
        return self._allow | domain_words(texts, self._names.lexicon) | batch_words(texts, self._names.lexicon)

    def redact_batch(self, texts: Sequence[str], groups: Groups | None = None, dates: Dates | None = None,
                     absent: Collection[str] = ()) -> list[RedactionResult]:
        """Redact ``texts`` together: a name found in any of them is redacted in all of them.

        Every name token found anywhere in the batch (or whose keyed hash is known) is redacted at each of its
        occurrences, also a first name or surname alone. Persons get their pseudonyms from ``self.persons`` in one
        pass after every text's spans are known (see :meth:`resolve_persons`); ``groups`` (per text, the
        documents it belongs to) lets a first name alone be the one person of its document with that first name,
        and ``dates`` (per document) keeps it from a person named only years away. ``absent``: texts that stand
        under a heading of those absent ("Afgemeld"), so a list of names among them lists people not there.
        """
        texts = list(texts)
        unique, groups = dedupe(texts, groups)
        if len(unique) < len(texts):
            done = dict(zip(unique, self.redact_batch(unique, groups, dates, absent), strict=True))
            return [done[t] for t in texts]
        self.load()
        allow = self.batch_allow(texts)
        things = thing_words(texts, load_lexicon())
        first = self._detect_names(texts, set(), allow)
        mentions = [without_things(m, things) for m, _ in first]
        found = propagated(mentions, [rest for _, rest in first])
        if found:
            redo = [i for i, (_, rest) in enumerate(first) if not found.isdisjoint(rest)]
            again = self._detect_names([texts[i] for i in redo], found, allow)
            for i, (per_text, _) in zip(redo, again, strict=True):
                mentions[i] = without_things(per_text, things)
        spacy_spans = self._spacy.detect_batch(texts) if self._spacy is not None else [[] for _ in texts]
        found_spans = [self._find_spans(text, per_text, extra)
                       for text, per_text, extra in zip(texts, mentions, spacy_spans, strict=True)]
        plans = self.resolve_persons(texts, found_spans, groups, dates, absent)
        results = [self._apply(text, spans, plan) for text, spans, plan in zip(texts, found_spans, plans, strict=True)]
        self.remember(mentions, found)
        return results

    def remember(self, mentions: Iterable[Sequence[NameMention]], found: set[str]) -> None:
        """Keep the keyed hashes of the batch's name tokens (a weak one that was not propagated: not kept)."""
        lex = load_lexicon()
        for per_text in mentions:
            for m in per_text:
                self._new_hashes.update(self.token_hash(t) for t in m.tokens if t not in lex.particles
                                        and (m.detector != POSITIONAL or t in found))

    def _find_spans(self, text: str, per_text: Sequence[NameMention], extra_spans: Sequence[Span]) -> FoundSpans:
        """Patterns, name mentions and extra spans of one text: filtered and resolved, with each person's name."""
        spans = find_patterns(text)
        spans += [Span(m.start, m.end, "PERSOON", m.score, m.detector) for m in per_text]
        spans += extra_spans
        if self._deny_re is not None:
            spans += [Span(x.start(), x.end(), "PERSOON", 1.0, "denylist") for x in self._deny_re.finditer(text)]
        if not spans:  # most texts: nothing to filter, resolve or replace
            return ()
        spans = [s for s in spans if s.score >= self.config.min_score and text[s.start:s.end].lower() not in self._allow]
        spans = resolve_overlaps(drop_placeholders(text, spans))
        out: list[tuple[Span, Words | None]] = []
        first_names = load_lexicon().first_names
        for span in spans:
            words = self._person_words(text, span) if span.label == "PERSOON" else None
            before = out[-1] if out else None
            if words is not None and before is not None and before[1] is not None and is_second_surname(
                    text, (before[0].start, before[0].end, before[1]), (span.start, span.end, words), first_names):
                # "Jan Jansen - Pietersen": one person, named as before the dash
                out[-1] = (Span(before[0].start, span.end, "PERSOON", max(before[0].score, span.score),
                                before[0].detector), before[1])
                continue
            out.append((span, words))
        return tuple(out)

    def _apply(self, text: str, found: FoundSpans, plan: PersonPlan) -> RedactionResult:
        """Replace the spans found in ``text``; persons by their registry number, other values by keyed hash."""
        if not found:
            return RedactionResult(text, text, ())
        spans: list[Span] = []
        number_of: dict[tuple[int, int], int] = {}
        for span, words in found:
            if words is None:
                spans.append(span)
                continue
            for start, end, number in plan[(span.start, span.end)]:
                spans.append(Span(start, end, span.label, span.score, span.detector))
                number_of[(start, end)] = number

        def number_for(span: Span) -> int:
            number = number_of.get((span.start, span.end))
            if number is not None:
                return number
            return pseudonym_number(self._value_digest(span.label, normalise_value(span.label, text[span.start:span.end])))

        redacted = apply_spans(text, spans, self.config.operators, self.config.default_operator, number_for)
        return RedactionResult(text, redacted, tuple(spans))

    # ------------------------------------------------------------------ pseudonyms
    def _person_words(self, text: str, span: Span) -> Words:
        """The words of a person span (see :func:`themes.redact.person_names.person_words`)."""
        lex = load_lexicon()
        words = person_words(text, span.start, span.end, lex.particles, lex.first_names)
        if name_of(words):
            return words
        value = text[span.start:span.end]
        return ((span.start, span.end, normalise_value("PERSOON", value) or "?"),)

    def resolve_persons(self, texts: Sequence[str], found: Sequence[FoundSpans], groups: Groups | None = None,
                        dates: Dates | None = None, absent: Collection[str] = ()) -> list[PersonPlan]:
        """The persons in every person span of a batch and their pseudonym numbers, in one pass over the batch.

        1. A span that is a list of names ("Joost Holtkamp Frank van Os") is cut into its names
           (:func:`themes.redact.person_names.split_all`).
        2. Full names get their numbers from the registry; a name that mixes up two people of its document
           ("Peter Bakker" beside Peter Harmsink and Sanne Bakker) the number of the one the same line elsewhere
           in the document names (:func:`themes.redact.documents.blends`).
        3. A short form with initials ("Marcel V", "J. Jansen"), then a first name or surname alone, is, in a text
           of one or more documents (``groups``), the one person named in those documents that it stands for
           (by a longer name, with or without initials), when there is exactly one, or exactly one once those
           named only as absent are left out and those named as present preferred, or (a name alone no one holds)
           the one it misspells (:func:`themes.redact.documents.in_documents`); else the registry decides for
           the whole batch (the one person of the workspace, or a pseudonym of its own when several share it).
        4. With ``dates`` (per document of ``groups``): every full name's years are kept in the registry, and a
           first name or surname alone that the registry gave the one person holding it is a person of its own
           when that person is named in full only in documents more than two years from every document of its
           text (:meth:`PersonRegistry.far_in_time`): "Reinout" in minutes of 2019 is not the only Reinout named
           in full, in 2023. Undated texts and persons never named in a dated document are linked as before.

        Everything is decided in the order of keyed hashes, so the numbers do not depend on the order of the
        texts (or on which worker found which name); new persons are added to ``self.persons``.
        """
        items = [(i, span, words) for i, spans in enumerate(found) for span, words in spans if words is not None]
        lex = load_lexicon()
        pieces = split_all([(texts[i], words) for i, _, words in items], self.persons.is_full, lex.surnames,
                           first_names=lex.first_names)
        names = [[name_of(p) for p in ps] for ps in pieces]
        at = [(k, j) for k, ns in enumerate(names) for j in range(len(ns))]
        roles = self._attendance(texts, items, pieces, names, absent) if groups is not None else []
        mixed = blends(texts, items, pieces, names, groups, roles, lex.cues_owner, lex.first_names,
                       self.persons.is_named) if groups is not None else {}
        numbers = self.persons.resolve(n for ns in names for n in ns if len(n) > 1 and not has_initials(n)
                                       and n not in mixed)
        for name, person in sorted(mixed.items()):
            numbers[name] = self.persons.alias(name, numbers[person])
        scoped: dict[tuple[int, int], int] = {}
        for step in (lambda n: len(n) > 1, lambda n: len(n) == 1):  # names with initials, then lone names
            todo = [(k, j) for k, j in at if names[k][j] not in numbers and step(names[k][j])]
            if groups is not None:
                scoped.update(in_documents(items, names, numbers, scoped, groups, todo, roles, lex.first_names,
                                           self.persons.holds))
            numbers.update(self.persons.resolve(names[k][j] for k, j in todo if (k, j) not in scoped))
        if groups is not None and dates:
            scoped.update(self._far_in_time(items, names, numbers, scoped, groups, dates))
        plans: list[PersonPlan] = [{} for _ in found]
        for k, ((i, span, _), ps, ns) in enumerate(zip(items, pieces, names, strict=True)):
            plans[i][(span.start, span.end)] = tuple(
                (span.start if j == 0 else p[0][0], span.end if j == len(ps) - 1 else p[-1][1],
                 scoped[(k, j)] if (k, j) in scoped else numbers[n])
                for j, (p, n) in enumerate(zip(ps, ns, strict=True)))
        return plans

    @staticmethod
    def _attendance(texts: Sequence[str], items, pieces: list[list[Words]], names: list[list[Name]],
                    absent: Collection[str]) -> list[str | None]:
        """Per text: whether it lists those present or absent (:func:`themes.redact.documents.attendance_role`)."""
        persons: dict[int, list[tuple[int, int, Name]]] = {}
        for (i, _, _), ps, ns in zip(items, pieces, names, strict=True):
            persons.setdefault(i, []).extend((p[0][0], p[-1][1], n) for p, n in zip(ps, ns, strict=True) if p)
        lex = load_lexicon()
        return [attendance_role(text, persons[i], lex.present_openers, lex.absent_openers, text in absent)
                if i in persons else None for i, text in enumerate(texts)]

    def _far_in_time(self, items, names: list[list[Name]], numbers: dict[Name, int],
                     scoped: dict[tuple[int, int], int], groups: Groups, dates: Dates) -> dict[tuple[int, int], int]:
        """Note the years of every full name; (span, piece) -> own number for each lone name far in time."""
        years_of: dict[int, frozenset[int]] = {}
        for i, _, _ in items:
            if i not in years_of:
                years_of[i] = frozenset(int(d[:4]) for doc in groups[i] if (d := dates.get(doc)) and d[:4].isdigit())
        for k, ((i, _, _), ns) in enumerate(zip(items, names, strict=True)):
            for j, name in enumerate(ns):
                if len(name) > 1 and not has_initials(name):
                    self.persons.note_years(scoped.get((k, j), numbers[name]), years_of[i])
        far = sorted(((k, j) for k, ns in enumerate(names) for j, name in enumerate(ns)
                      if len(name) == 1 and (k, j) not in scoped
                      and self.persons.far_in_time(numbers[name], years_of[items[k][0]])),
                     key=lambda kj: (self.persons.key_hash(names[kj[0]][kj[1]]), kj))
        return {(k, j): self.persons.lone_person(names[k][j]) for k, j in far}


def dedupe(texts: Sequence[str], groups: Groups | None) -> tuple[list[str], list[frozenset] | None]:
    """The distinct texts in first order, with the documents of every copy of each (None without groups)."""
    unique = list(dict.fromkeys(texts))
    if groups is None:
        return unique, None
    merged: dict[str, set] = {t: set() for t in unique}
    for text, docs in zip(texts, groups, strict=True):
        merged[text].update(docs)
    return unique, [frozenset(merged[t]) for t in unique]
