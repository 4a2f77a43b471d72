"""What the theme model reads: the units to analyse and one vector per unit, each text encoded once.

A unit of two or more sentences is represented by the weighted mean of its content sentences
(``sentences.content_vectors``: framing such as "Ik werk hier vijf jaar." is left out). The model never uses the
vector of such a unit's whole text, so that text is not encoded: only its sentences are. Units without content
sentences (one sentence, or only framing) and meeting-logistics units are encoded whole. On the 100,000-unit
benchmark corpus this encodes 9.5 million characters instead of 24 million, with the same theme assignments.

Everything here runs on redacted text from the workspace, so the embedding cache holds nothing unredacted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from themes.config import PipelineConfig
from themes.embed import embed_texts
from themes.model.procedural import is_procedural
from themes.model.unitsentences import SentenceVectors, content_vectors, unit_sentences
from themes.model.vectorizer import dutch_stopwords
from themes.store import Workspace
from themes.types import Segment, stable_hash

_PSEUDONYM_NUMBER = re.compile(r"\[([A-Z]+)_\d+\]")


def encoder_text(text: str) -> str:
    """The text as the encoder sees it: pseudonym numbers dropped (``[PERSOON_12]`` becomes ``[PERSOON]``).

    The numbers come from the workspace's random key, so the same corpus got other numbers, hence slightly other
    vectors and other borderline themes, in every new workspace (936 of 972 units kept their theme at 1,000). The
    numbers say nothing about a theme; without them the same corpus gives the same vectors in every workspace.
    """
    return _PSEUDONYM_NUMBER.sub(r"[\1]", text)


@dataclass(frozen=True)
class AnalysisInputs:
    """Units and their vectors, ready for ``ThemeModel.fit``.

    Attributes:
        segments: the content units, sorted by segment id (model order).
        procedural: meeting-logistics units (theme ``T00``), sorted by segment id.
        vectors: one L2-normalised vector per content unit (its content vector), float32.
        procedural_vectors: one L2-normalised vector per procedural unit, float32.
        sentences: the content sentences' vectors; ``owner`` indexes ``segments``.
    """

    segments: tuple[Segment, ...]
    procedural: tuple[Segment, ...]
    vectors: np.ndarray
    procedural_vectors: np.ndarray
    sentences: SentenceVectors

    def __post_init__(self) -> None:
        if len(self.vectors) != len(self.segments):
            raise ValueError("one vector per content unit is required")
        if len(self.procedural_vectors) != len(self.procedural):
            raise ValueError("one vector per procedural unit is required")


def split_procedural(segments: Sequence[Segment]) -> tuple[list[Segment], list[Segment]]:
    """(content units, meeting-logistics units); when every unit is logistics, all count as content."""
    flags = [is_procedural(s) for s in segments]
    content = [s for s, p in zip(segments, flags, strict=True) if not p]
    if not content:
        return list(segments), []
    return content, [s for s, p in zip(segments, flags, strict=True) if p]


def prepare_inputs(
    ws: Workspace,
    config: PipelineConfig,
    embedder: object,
    segments: Sequence[Segment] | None = None,
    *,
    progress: bool = False,
) -> AnalysisInputs:
    """Encode what the model needs of ``segments`` (default: every non-trivial unit) and build unit vectors.

    Texts already in the workspace's embedding cache are not encoded again (``config.embed.cache``).
    """
    every = sorted(ws.segments(include_trivial=False) if segments is None else segments, key=lambda s: s.segment_id)
    content, procedural = split_procedural(every)
    owner, sentences, weights = unit_sentences([s.text for s in content],
                                               dutch_stopwords(config.themes.domain_stopwords))
    has_sentences = np.zeros(len(content), dtype=bool)
    has_sentences[owner] = True
    whole = [s for s, has in zip(content, has_sentences.tolist(), strict=True) if not has] + procedural
    texts = [encoder_text(t) for t in [*(s.text for s in whole), *sentences]]
    hashes = [stable_hash(t, 32) for t in texts]
    matrix = embed_texts(texts, embedder, ws if config.embed.cache else None, progress=progress,  # type: ignore[arg-type]
                         hashes=hashes)
    dim = matrix.shape[1] if matrix.size else 0
    n_whole = len(whole) - len(procedural)
    vectors = np.zeros((len(content), dim), dtype=np.float32)
    vectors[~has_sentences] = matrix[:n_whole]
    sentence_vectors = SentenceVectors(
        np.asarray(owner, dtype=int),
        np.ascontiguousarray(matrix[len(whole):], dtype=np.float32).reshape(len(sentences), dim),
        np.asarray(weights, dtype=np.float32),
    )
    return AnalysisInputs(
        segments=tuple(content),
        procedural=tuple(procedural),
        vectors=content_vectors(vectors, sentence_vectors),
        procedural_vectors=np.ascontiguousarray(matrix[n_whole:len(whole)], dtype=np.float32).reshape(len(procedural), dim),
        sentences=sentence_vectors,
    )
