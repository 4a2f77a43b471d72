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

from themes.report.content import SummarySentence
from themes.text.fmt import shorten
from themes.text.sentences import split_sentences
from themes.text.stopwords import stopwords as dutch_stopwords
from themes.text.tokens import word_runs
from themes.types import PLACEHOLDER, Segment

_TOKEN = r"(?u)\b[^\W\d_][^\W\d_]+\b"  # the vocabulary terms (see _terms, which finds them without a second scan)
_DIGIT = re.compile(r"\d")
_DANGLING = re.compile(r"^(?:dat|dit|deze|die|daar\w*|hij|zij|ze|ook|verder|bovendien|en|maar)\b", re.I)
DANGLING_PENALTY = 0.8
PLACEHOLDER_PENALTY = 0.8
FULL_CONTENT_TERMS = 6
MIN_CHARS = 25
MAX_CHARS = 400


def _without_placeholders(text: str) -> str:
    return PLACEHOLDER.sub(" ", text) if "[" in text else text


def _leans_on_context(sentence: str) -> bool:
    """True for a sentence that starts mid-thought: lower case, or an anaphoric word (``Dat``, ``Daarom``)."""
    first = sentence.lstrip("\"'„‘“(-–•* ")[:1]
    return bool(_DANGLING.match(sentence)) or (first.isalpha() and first.islower())


def _readability(candidates: list[tuple[str, str, int, list[str]]], n_terms: np.ndarray) -> np.ndarray:
    """A factor in (0, 1] per sentence: lower for sentences that read badly on their own.

    A sentence that leans on the one before it ("Dat beïnvloedt …"), one that is mostly placeholders
    ("[PERSOON_3] meldt dat …"), and one with few content words ("Ik werk hier vijf jaar.") are not wrong, but a
    summary of them says little.
    """
    context = np.array([DANGLING_PENALTY if _leans_on_context(c[0]) else 1.0 for c in candidates])
    placeholders = np.array([PLACEHOLDER_PENALTY ** min(3, len(PLACEHOLDER.findall(c[0]))) for c in candidates])
    content = np.sqrt(np.minimum(1.0, np.asarray(n_terms, dtype=np.float64) / FULL_CONTENT_TERMS))
    return context * placeholders * content


def _candidates(segments: Sequence[Segment]) -> list[tuple[str, str, int, list[str]]]:
    """(sentence, segment id, weight, words) for every usable, distinct sentence, in segment order.

    ``words`` are the sentence's runs of word characters, lower-cased, placeholders left out: the key that makes
    two sentences the same, and the source of its vocabulary terms (``_terms``).
    """
    seen: set[str] = set()
    seen_sentences: set[str] = set()  # a sentence met before has a key met before: no need to build it again
    seen_texts: set[str] = set()  # a text met before has only sentences met before
    out: list[tuple[str, str, int, list[str]]] = []
    for segment in segments:
        if segment.text in seen_texts:
            continue
        seen_texts.add(segment.text)
        for sentence in split_sentences(" ".join(segment.text.split())):
            if sentence in seen_sentences:
                continue
            seen_sentences.add(sentence)
            words = word_runs(_without_placeholders(sentence))
            key = " ".join(words)
            if not key or key in seen:
                continue
            seen.add(key)
            out.append((sentence, segment.segment_id, segment.count, words))
    good = [c for c in out if MIN_CHARS <= len(c[0]) <= MAX_CHARS]
    return good if good else out


def _terms(words: list[str], stop: frozenset[str]) -> list[str]:
    """The vocabulary terms among a sentence's words: letters only, two or more, no stop words.

    The same terms, in the same order, as the token pattern ``_TOKEN`` finds in the lower-cased sentence without
    placeholders: a word-boundary match of letters is exactly a whole run of word characters made of letters.
    """
    return [
        w for w in words
        if len(w) >= 2 and (w.isalpha() or ("_" not in w and not _DIGIT.search(w))) and w not in stop
    ]


def _given(terms: list[str]) -> list[str]:
    """The analyzer of the vectorizer: the documents are lists of terms already."""
    return terms


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
        sentence, segment_id, _, _ = candidates[0]
        return (SummarySentence(shorten(sentence, MAX_CHARS), segment_id),)
    stop = frozenset(dutch_stopwords() | {w.lower() for w in extra_stopwords if re.fullmatch(r"[^\W\d_]+", w)})
    vectorizer = TfidfVectorizer(analyzer=_given, sublinear_tf=True, norm="l2")
    try:
        matrix = vectorizer.fit_transform([_terms(c[3], stop) for c in candidates])
    except ValueError:  # nothing but stop words and placeholders
        return tuple(SummarySentence(shorten(s, MAX_CHARS), sid) for s, sid, _, _ in candidates[:n_sentences])
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
