"""The Redactor: detect personal data in a batch of texts, propagate names, replace with keyed pseudonyms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from themes.config import RedactConfig
from themes.redact.name_batch import detect_names
from themes.redact.names import NameDetector, NameMention
from themes.redact.operators import (
    apply_spans,
    drop_placeholders,
    keyed_hash,
    normalise_value,
    resolve_overlaps,
    strip_accents,
)
from themes.redact.patterns import find_patterns
from themes.redact.spacy_ner import SpacyNameDetector, installed_model
from themes.redact.wordlists import load_lexicon
from themes.types import Span

LINK_PREFIX = "link:"


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


class Redactor:
    """Detect and replace Dutch personal data.

    Args:
        config: the ``redact`` section of the pipeline config.
        key: the workspace's secret key (HMAC key for pseudonyms and name hashes).
        known_name_hashes: keyed hashes of name tokens found in earlier batches (``Workspace.name_hashes()``);
            entries starting with ``link:`` link a single name token to a full name's pseudonym.
    """

    def __init__(self, config: RedactConfig, key: bytes, known_name_hashes: Iterable[str] = ()) -> None:
        self.config = config
        self.key = key
        self.known_name_hashes = set(known_name_hashes)
        self._known_links = {
            entry[len(LINK_PREFIX):].split(":", 1)[0]: entry[len(LINK_PREFIX):].split(":", 1)[1]
            for entry in sorted(self.known_name_hashes, reverse=True)
            if entry.startswith(LINK_PREFIX) and entry.count(":") == 2
        }  # sorted: when a token was linked to several full names, the choice is deterministic
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
        """Keyed hashes of name tokens found so far (and links token -> full name), never the names."""
        return set(self._new_hashes)

    def _value_digest(self, label: str, normalised: str) -> str:
        return keyed_hash(self.key, f"{label}:{normalised}")

    # ------------------------------------------------------------------ detection
    def _detect_names(
        self, texts: Sequence[str], extra_names: set[str]
    ) -> list[tuple[list[NameMention], frozenset[str]]]:
        assert self._names is not None
        known = self.known_name_hashes

        def is_extra(lower: str) -> bool:
            if lower in extra_names or lower in self._deny:
                return True
            return bool(known) and len(lower) > 1 and self.token_hash(lower) in known

        return detect_names(self._names, texts, is_extra, self._allow)

    def redact_batch(self, texts: Sequence[str]) -> list[RedactionResult]:
        """Redact ``texts`` together: a name found in any of them is redacted in all of them.

        Every name token found anywhere in the batch (or whose keyed hash is known) is redacted at each of its
        occurrences, also a first name or surname alone.
        """
        texts = list(texts)
        unique = list(dict.fromkeys(texts))
        if len(unique) < len(texts):
            done = dict(zip(unique, self.redact_batch(unique), strict=True))
            return [done[t] for t in texts]
        self.load()
        lex = load_lexicon()
        first = self._detect_names(texts, set())
        mentions = [m for m, _ in first]
        found: set[str] = set()
        for per_text in mentions:
            for m in per_text:
                found.update(t for t in m.tokens if len(t) > 1 and t not in lex.particles)
        if found:
            redo = [i for i, (_, rest) in enumerate(first) if not found.isdisjoint(rest)]
            again = self._detect_names([texts[i] for i in redo], found)
            for i, (per_text, _) in zip(redo, again, strict=True):
                mentions[i] = per_text
        spacy_spans = self._spacy.detect_batch(texts) if self._spacy is not None else [[] for _ in texts]
        links = self._link(mentions)
        results = []
        for text, per_text, extra_spans in zip(texts, mentions, spacy_spans, strict=True):
            results.append(self._finish_text(text, per_text, extra_spans, links))
            for m in per_text:
                self._new_hashes.update(self.token_hash(t) for t in m.tokens if t not in lex.particles)
        return results

    def _finish_text(self, text: str, per_text: Sequence, extra_spans: Sequence[Span], links) -> RedactionResult:
        """Patterns, name mentions and extra spans of one text: filtered, resolved and replaced."""
        spans = find_patterns(text)
        spans += [Span(m.start, m.end, "PERSOON", m.score, m.detector) for m in per_text]
        spans += extra_spans
        if self._deny_re is not None:
            spans += [Span(x.start(), x.end(), "PERSOON", 1.0, "denylist") for x in self._deny_re.finditer(text)]
        if not spans:  # most texts: nothing to filter, resolve or replace
            return RedactionResult(text, text, ())
        spans = [s for s in spans if s.score >= self.config.min_score and text[s.start:s.end].lower() not in self._allow]
        spans = resolve_overlaps(drop_placeholders(text, spans))
        token_of = {(m.start, m.end): m.tokens for m in per_text}
        redacted = apply_spans(
            text, spans, self.config.operators, self.config.default_operator,
            lambda s: self._digest(s, text, token_of, links),
        )
        return RedactionResult(text, redacted, tuple(spans))

    # ------------------------------------------------------------------ pseudonyms
    def _link(self, mentions: list[list[NameMention]]) -> dict[str, str]:
        """Map a lone name token to the one full name in the batch that contains it."""
        lex = load_lexicon()
        owners: dict[str, set[str]] = {}
        for per_text in mentions:
            for m in per_text:
                core = [t for t in m.tokens if t not in lex.particles]
                if len(core) >= 2:
                    full = " ".join(strip_accents(t) for t in core)
                    for t in core:
                        owners.setdefault(strip_accents(t), set()).add(full)
        links = {t: next(iter(fulls)) for t, fulls in owners.items() if len(fulls) == 1}
        for token, full in links.items():
            self._new_hashes.add(f"{LINK_PREFIX}{self.token_hash(token)}:{self._value_digest('PERSOON', full)[:32]}")
        return links

    def _digest(self, span: Span, text: str, token_of: dict, links: dict[str, str]) -> str:
        value = text[span.start:span.end]
        if span.label != "PERSOON":
            return self._value_digest(span.label, normalise_value(span.label, value))
        tokens = token_of.get((span.start, span.end))
        if tokens is None:
            tokens = tuple(w.lower() for w in re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", value))
        core = [strip_accents(t) for t in tokens if t not in load_lexicon().particles] or [normalise_value("PERSOON", value)]
        if len(core) == 1:
            token = core[0]
            if token in links:
                return self._value_digest("PERSOON", links[token])
            linked = self._known_links.get(self.token_hash(token))
            if linked is not None:
                return linked
        return self._value_digest("PERSOON", " ".join(core))
