"""Representative quotes of a theme within one round: central first, never two near-identical ones.

Centrality is the segment's assignment probability (ties: closeness to the theme centroid when vectors are
given, then document order). Diversity: a candidate is skipped when it is nearly identical to a quote already
chosen, by cosine of the embeddings when given, else by overlap of word tokens (Jaccard).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from themes.model.inputs import encoder_text
from themes.model.unitvectors import load_unit_vectors
from themes.text.tokens import word_runs
from themes.types import PLACEHOLDER, Document, Quote, Segment, stable_hash

if TYPE_CHECKING:
    from themes.store import Workspace

MAX_TOKEN_OVERLAP = 0.6
MAX_COSINE = 0.92


@dataclass(frozen=True, slots=True)
class Candidate:
    """A segment of the theme in the round, with its document and assignment probability."""

    segment: Segment
    document: Document | None
    probability: float
    order: int


def tokens(text: str) -> frozenset[str]:
    """Lower-cased word tokens of three letters or more, pseudonym placeholders left out."""
    return frozenset(w for w in word_runs(PLACEHOLDER.sub(" ", text)) if len(w) >= 3)


def token_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two token sets (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def representative_quotes(
    candidates: Sequence[Candidate],
    n: int,
    *,
    vectors: Mapping[str, np.ndarray] | None = None,
    centroid: np.ndarray | None = None,
    round_name: str | None = None,
) -> tuple[Quote, ...]:
    """Pick up to ``n`` central, mutually different quotes.

    Args:
        candidates: the theme's segments in this round.
        n: how many quotes at most.
        vectors: optional L2-normalised embeddings per segment id (for ties and near-duplicates).
        centroid: optional theme centroid (for ties).
        round_name: the round the quotes are shown for (stored in ``Quote.round``; default the unit's own).

    Returns:
        The quotes, most central first.
    """
    vectors = vectors or {}

    def closeness(c: Candidate) -> float:
        vec = vectors.get(c.segment.segment_id)
        if vec is None or centroid is None:
            return 0.0
        return float(np.dot(vec, centroid))

    ranked = sorted(candidates, key=lambda c: (-round(c.probability, 6), -closeness(c), c.order))
    chosen: list[Candidate] = []
    chosen_tokens: list[frozenset[str]] = []
    for cand in ranked:
        if len(chosen) >= n:
            break
        toks = tokens(cand.segment.text)
        vec = vectors.get(cand.segment.segment_id)
        duplicate = False
        for prev, prev_toks in zip(chosen, chosen_tokens, strict=True):
            prev_vec = vectors.get(prev.segment.segment_id)
            if vec is not None and prev_vec is not None:
                duplicate = float(np.dot(vec, prev_vec)) >= MAX_COSINE
            else:
                duplicate = token_overlap(toks, prev_toks) >= MAX_TOKEN_OVERLAP
            if duplicate:
                break
        if not duplicate:
            chosen.append(cand)
            chosen_tokens.append(toks)
    return tuple(_quote(c, round_name) for c in chosen)


def _quote(cand: Candidate, round_name: str | None) -> Quote:
    seg, doc = cand.segment, cand.document
    return Quote(
        segment_id=seg.segment_id,
        text=seg.text,
        document=(doc.title if doc is not None else seg.doc_id),
        date=seg.date or (doc.date if doc is not None else None),
        round=round_name or seg.round or (doc.round if doc is not None else None),
        doc_type=doc.doc_type if doc is not None else None,
    )


def cached_vectors(ws: Workspace, segments: Iterable[Segment], encoder: str) -> dict[str, np.ndarray]:
    """L2-normalised unit vectors of the segments, as the theme analysis saw them (no encoder is loaded).

    The last analysis saves each unit's vector (for a multi-sentence unit the mean of its content sentences, see
    ``themes.model.inputs``): those belong to the themes in the workspace and are used. For units the analysis
    has not seen, the unit's own text vector from the embedding cache is used when there is one.

    Args:
        ws: the workspace.
        segments: the segments wanted (trivial ones are skipped).
        encoder: the encoder name keying the embedding cache (``config.embed.encoder``).

    Returns:
        segment id -> vector, for the segments that have one.
    """
    hashes = {s.segment_id: stable_hash(encoder_text(s.text), 32) for s in segments if not s.trivial}
    saved = load_unit_vectors(ws.models_dir)
    out: dict[str, np.ndarray] = {}
    if saved is not None:
        out = {i: v for i, v in saved.as_dict().items() if i in hashes}
    missing = {sid: h for sid, h in hashes.items() if sid not in out}
    cached = ws.cached_embeddings(encoder, sorted(set(missing.values()))) if missing else {}
    for segment_id, text_hash in missing.items():
        if text_hash in cached:
            vec = np.asarray(cached[text_hash], dtype=np.float32)
            norm = float(np.linalg.norm(vec))
            out[segment_id] = vec / norm if norm else vec
    return out
