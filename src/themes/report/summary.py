"""Extractive summaries: central and diverse sentences of a theme, chosen locally and deterministically.

Sentences are split from the theme's (redacted) segments, weighted by TF-IDF (placeholders such as
``[PERSOON_3]`` and Dutch function words left out), scored by cosine similarity to the theme's TF-IDF
centroid (centrality, weighted by how many answers a unit stands for) and picked with maximal marginal
relevance (MMR) so that the summary does not repeat itself. Ties fall to the earlier sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

from themes.dutch import stopwords as dutch_stopwords
from themes.report.fmt import shorten
from themes.report.model import SummarySentence
from themes.types import PLACEHOLDER, Segment

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[\"'„‘“(0-9ÀÉÈËÏÖÜ])")
_ABBREVIATION = re.compile(r"\b(?:o\.a|bijv|bv|d\.w\.z|m\.b\.t|i\.p\.v|t\.a\.v|z\.s\.m|dhr|mevr|mw|nr|ca|etc|evt|incl|excl|vs)\.$", re.I)
_TOKEN = r"(?u)\b[^\W\d_][^\W\d_]+\b"
_DANGLING = re.compile(r"^(?:dat|dit|deze|die|daar\w*|hij|zij|ze|ook|verder|bovendien|en|maar)\b", re.I)
DANGLING_PENALTY = 0.8
PLACEHOLDER_PENALTY = 0.8
FULL_CONTENT_TERMS = 6
MIN_CHARS = 25
MAX_CHARS = 400


def split_sentences(text: str) -> list[str]:
    """Split a segment into sentences, keeping common Dutch abbreviations (``o.a.``, ``bijv.``) intact."""
    parts = _SENTENCE_END.split(" ".join(text.split()))
    sentences: list[str] = []
    for part in parts:
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return [s.strip() for s in sentences if s.strip()]


def _leans_on_context(sentence: str) -> bool:
    """True for a sentence that starts mid-thought: lower case, or an anaphoric word (``Dat``, ``Daarom``)."""
    first = sentence.lstrip("\"'„‘“(-–•* ")[:1]
    return bool(_DANGLING.match(sentence)) or (first.isalpha() and first.islower())


def _readability(candidates: list[tuple[str, str, int]], n_terms: np.ndarray) -> np.ndarray:
    """A factor in (0, 1] per sentence: lower for sentences that read badly on their own.

    A sentence that leans on the one before it ("Dat beïnvloedt …"), one that is mostly placeholders
    ("[PERSOON_3] meldt dat …"), and one with few content words ("Ik werk hier vijf jaar.") are not wrong, but a
    summary of them says little.
    """
    context = np.array([DANGLING_PENALTY if _leans_on_context(c[0]) else 1.0 for c in candidates])
    placeholders = np.array([PLACEHOLDER_PENALTY ** min(3, len(PLACEHOLDER.findall(c[0]))) for c in candidates])
    content = np.sqrt(np.minimum(1.0, np.asarray(n_terms, dtype=np.float64) / FULL_CONTENT_TERMS))
    return context * placeholders * content


def _candidates(segments: Sequence[Segment]) -> list[tuple[str, str, int]]:
    """(sentence, segment id, weight) for every usable, distinct sentence, in segment order."""
    seen: set[str] = set()
    out: list[tuple[str, str, int]] = []
    for segment in segments:
        for sentence in split_sentences(segment.text):
            key = PLACEHOLDER.sub(" ", sentence).lower()
            key = " ".join(re.findall(r"\w+", key))
            if not key or key in seen:
                continue
            seen.add(key)
            out.append((sentence, segment.segment_id, segment.count))
    good = [c for c in out if MIN_CHARS <= len(c[0]) <= MAX_CHARS]
    return good if good else out


def summarize(
    segments: Sequence[Segment],
    n_sentences: int = 3,
    *,
    extra_stopwords: Iterable[str] = (),
    diversity: float = 0.3,
) -> tuple[SummarySentence, ...]:
    """Pick up to ``n_sentences`` central, mutually different sentences from ``segments``.

    Args:
        segments: the theme's segments (redacted), in a stable order.
        n_sentences: how many sentences to return at most.
        extra_stopwords: more words to leave out of the vocabulary (the config's domain stop words).
        diversity: MMR trade-off; 0 = only centrality, 1 = only difference from sentences already chosen.

    Returns:
        The chosen sentences in order of choice (most central first), each with its segment id.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    candidates = _candidates(segments)
    if not candidates or n_sentences < 1:
        return ()
    if len(candidates) <= 1:
        sentence, segment_id, _ = candidates[0]
        return (SummarySentence(shorten(sentence, MAX_CHARS), segment_id),)
    stop = sorted(dutch_stopwords() | {w.lower() for w in extra_stopwords if re.fullmatch(r"[^\W\d_]+", w)})
    vectorizer = TfidfVectorizer(
        lowercase=True, token_pattern=_TOKEN, stop_words=stop, sublinear_tf=True, norm="l2",
        preprocessor=lambda s: PLACEHOLDER.sub(" ", s).lower(),
    )
    try:
        matrix = vectorizer.fit_transform([c[0] for c in candidates])
    except ValueError:  # nothing but stop words and placeholders
        return tuple(SummarySentence(shorten(s, MAX_CHARS), sid) for s, sid, _ in candidates[:n_sentences])
    weights = np.array([c[2] for c in candidates], dtype=np.float64)
    centroid = np.asarray(matrix.T @ weights).ravel()
    norm = np.linalg.norm(centroid)
    centrality = (matrix @ (centroid / norm)).astype(np.float64) if norm > 0 else np.zeros(len(candidates))
    centrality = np.asarray(centrality).ravel()
    centrality *= _readability(candidates, np.diff(matrix.indptr))
    chosen: list[int] = []
    redundancy = np.zeros(len(candidates))
    for _ in range(min(n_sentences, len(candidates))):
        score = (1.0 - diversity) * centrality - diversity * redundancy
        score[chosen] = -np.inf
        best = int(np.argmax(score))
        chosen.append(best)
        sims = np.asarray((matrix @ matrix[best].T).todense()).ravel()
        redundancy = np.maximum(redundancy, sims)
    return tuple(SummarySentence(shorten(candidates[i][0], MAX_CHARS), candidates[i][1]) for i in chosen)
