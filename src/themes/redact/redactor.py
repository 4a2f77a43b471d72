"""The Redactor: detect personal data in a batch of texts, propagate names, replace with keyed pseudonyms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from themes.config import RedactConfig
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
from themes.redact.persons import LEGACY_LINK_PREFIX, Name, PersonRegistry
from themes.redact.spacy_ner import SpacyNameDetector, installed_model
from themes.redact.wordlists import load_lexicon
from themes.types import Span

FoundSpans = tuple[tuple[Span, Name | None], ...]
"""The spans kept in one text, each with its person's name (normalised core tokens; None for other labels)."""

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


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

    def redact_batch(self, texts: Sequence[str]) -> list[RedactionResult]:
        """Redact ``texts`` together: a name found in any of them is redacted in all of them.

        Every name token found anywhere in the batch (or whose keyed hash is known) is redacted at each of its
        occurrences, also a first name or surname alone. Persons get their pseudonyms from ``self.persons`` in one
        pass after every text's spans are known (see :mod:`themes.redact.persons`).
        """
        texts = list(texts)
        unique = list(dict.fromkeys(texts))
        if len(unique) < len(texts):
            done = dict(zip(unique, self.redact_batch(unique), strict=True))
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
        numbers = self.resolve_persons(found_spans)
        results = [self._apply(text, spans, numbers) for text, spans in zip(texts, found_spans, strict=True)]
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
        token_of = {(m.start, m.end): m.tokens for m in per_text}
        return tuple(
            (span, self._person_name(text[span.start:span.end], token_of.get((span.start, span.end)))
             if span.label == "PERSOON" else None)
            for span in spans
        )

    def _apply(self, text: str, found: FoundSpans, numbers: dict[Name, int]) -> RedactionResult:
        """Replace the spans found in ``text``; persons by their registry number, other values by keyed hash."""
        if not found:
            return RedactionResult(text, text, ())
        name_of = {(span.start, span.end): name for span, name in found}

        def number_for(span: Span) -> int:
            name = name_of[(span.start, span.end)]
            if name is not None:
                return numbers[name]
            return pseudonym_number(self._value_digest(span.label, normalise_value(span.label, text[span.start:span.end])))

        spans = [span for span, _ in found]
        redacted = apply_spans(text, spans, self.config.operators, self.config.default_operator, number_for)
        return RedactionResult(text, redacted, tuple(spans))

    # ------------------------------------------------------------------ pseudonyms
    def _person_name(self, value: str, tokens: tuple[str, ...] | None) -> Name:
        """The normalised core tokens of a person span (its mention's tokens, else the words of its value)."""
        if tokens is None:
            tokens = tuple(w.lower() for w in _WORD.findall(value))
        particles = load_lexicon().particles
        core = tuple(strip_accents(t) for t in tokens if t not in particles)
        return core or tuple(normalise_value("PERSOON", value).split()) or ("?",)

    def resolve_persons(self, found: Iterable[FoundSpans]) -> dict[Name, int]:
        """Pseudonym numbers for every person name found in a batch, in one pass over the whole batch.

        The registry decides in the order of keyed hashes, so the numbers do not depend on the order of the
        texts (or on which worker found which name); new persons are added to ``self.persons``.
        """
        return self.persons.resolve(name for spans in found for _, name in spans if name is not None)
