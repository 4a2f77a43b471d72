"""Sentences of multi-sentence units, embedded, so a unit can be scored by its best sentence.

Survey answers are a content sentence wrapped in framing ("Ik werk hier nu ruim vijf jaar.", "Succes ermee!");
the embedding of the whole answer is diluted by the framing. Scoring each sentence against the taxonomy and
keeping the best one lets the content sentence decide (``assign.match_taxonomy`` with ``SentenceVectors``).

Only redacted unit text reaches this module, so the sentence vectors cached in the workspace hold nothing
unredacted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from themes.text.sentences import split_sentences as dutch_sentences
from themes.text.tokens import words

# A colon after a short lead-in ("Kort gezegd: …") separates the lead-in from what follows.
_LEAD_IN = re.compile(r"^((?:[^\s:]+ ){0,2}[^\s:]+:)\s+(?=\S)")
_MIN_CHARS = 3
#: Quote marks around a quoted sentence ("Een panellid: 'Ik …'") are dropped: they pulled quotes of any theme
#: together.
_QUOTES = "'\"‘’“”„"
#: Sentences shorter than this many words are not scored on their own: "Datum:" or "Goede vraag." matched seeds
#: by accident; they still count through the unit's own vector.
MIN_WORDS = 4
#: Content words a sentence needs to count as content rather than framing.
MIN_CONTENT = 2


@dataclass(frozen=True, slots=True)
class SentenceVectors:
    """Sentence embeddings of units: row ``i`` belongs to unit ``owner[i]``.

    Only units with at least two sentences need rows; a unit without rows is scored on its own vector.
    """

    owner: np.ndarray
    vectors: np.ndarray
    weights: np.ndarray | None = None  # content words per sentence; None: all 1

    def __post_init__(self) -> None:
        if len(self.owner) != len(self.vectors):
            raise ValueError("owner and vectors differ in length")
        if self.weights is not None and len(self.weights) != len(self.owner):
            raise ValueError("weights and owner differ in length")
        if len(self.owner) and int(np.min(self.owner)) < 0:
            raise ValueError("owner indices must be >= 0")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (``themes.text.sentences``), lead-ins apart; one element for a single sentence."""
    parts: list[str] = []
    for part in dutch_sentences(" ".join(text.split())):
        lead = _LEAD_IN.match(part)
        parts.extend([lead.group(1), part[lead.end():]] if lead else [part])
    parts = [p.strip().strip(_QUOTES).strip() for p in parts]
    parts = [p for p in parts if len(p) >= _MIN_CHARS]
    return parts or [text.strip()]


def content_words(sentence: str, stopwords: frozenset[str]) -> int:
    """Number of words in ``sentence`` that are not stop, date or generic words (placeholders never count)."""
    return sum(1 for w in words(sentence, 3) if w not in stopwords)


def unit_sentences(
    texts: Sequence[str], stopwords: Iterable[str] = ()
) -> tuple[list[int], list[str], list[int]]:
    """(owner, sentence, content words) for the content sentences of every unit with two or more sentences.

    A content sentence has at least ``MIN_WORDS`` words, of which at least ``MIN_CONTENT`` are content words;
    framing such as "Meer kan ik er niet over zeggen." or "Goede vraag." has none and is left out. A unit whose
    sentences are all framing gets no rows (its own vector is used).
    """
    stop = frozenset(stopwords)
    owner: list[int] = []
    sentences: list[str] = []
    weights: list[int] = []
    seen: dict[str, list[tuple[str, int]]] = {}  # survey answers repeat: split each distinct text once
    for i, text in enumerate(texts):
        rows = seen.get(text)
        if rows is None:
            rows = seen[text] = _content_sentences(text, stop)
        for part, n_content in rows:
            owner.append(i)
            sentences.append(part)
            weights.append(n_content)
    return owner, sentences, weights


def _content_sentences(text: str, stop: frozenset[str]) -> list[tuple[str, int]]:
    """(sentence, content words) of the content sentences of ``text``; none for a single sentence."""
    parts = split_sentences(text)
    if len(parts) < 2:
        return []
    rows = []
    for part in parts:
        if len(part.split()) < MIN_WORDS:
            continue
        n_content = content_words(part, stop)
        if n_content >= MIN_CONTENT:
            rows.append((part, n_content))
    return rows


def content_vectors(vectors: np.ndarray, sentences: SentenceVectors | None) -> np.ndarray:
    """Unit vectors with framing left out: the weighted mean of a unit's content sentences where it has them.

    Units without sentence rows keep their own vector. The result is L2-normalised.
    """
    out = np.array(vectors, dtype=np.float32, copy=True)
    if sentences is None or len(sentences.owner) == 0:
        return out
    weights = np.ones(len(sentences.owner), dtype=np.float32) if sentences.weights is None else sentences.weights
    sums = _sum_by_owner(sentences.owner, sentences.vectors * weights[:, None], out.shape)
    has = np.zeros(len(out), dtype=bool)
    has[sentences.owner] = True
    norms = np.linalg.norm(sums[has], axis=1, keepdims=True)
    out[has] = sums[has] / np.where(norms == 0, 1.0, norms)
    return out


def _sum_by_owner(owner: np.ndarray, rows: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Per owner the sum of its rows, added in row order (bit-identical to ``np.add.at``, several times faster).

    The k-th row of every owner is added in one vectorised step, k = 0, 1, …, so each owner's sum is built in the
    same order as ``np.add.at`` builds it.
    """
    sums = np.zeros(shape, dtype=np.float32)
    if len(owner) == 0:
        return sums
    order = np.argsort(owner, kind="stable")
    ordered = owner[order]
    starts = np.r_[0, np.flatnonzero(ordered[1:] != ordered[:-1]) + 1]
    rank = np.arange(len(ordered)) - np.repeat(starts, np.diff(np.r_[starts, len(ordered)]))
    for k in range(int(rank.max()) + 1):
        picked = order[rank == k]
        sums[owner[picked]] += rows[picked]
    return sums
