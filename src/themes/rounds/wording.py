"""Distinctive words of a theme per round: how the wording of a lasting theme changed between rounds.

For each theme and round, words are scored by the log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008) of the theme's units in that round against its units in the other rounds
compared. Pseudonym placeholders, numbers, short words and Dutch function words (``stopwords.txt``) are left out.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

from themes.text import tokens
from themes.text.stopwords import stopwords
from themes.types import Segment

MIN_LETTERS = 3
MIN_COUNT = 2
PRIOR = 0.5


def words(text: str) -> list[str]:
    """Lower-cased words of three letters or more, without placeholders, numbers and function words."""
    stop = stopwords()
    return [w for w in tokens.words(text, MIN_LETTERS) if w not in stop]


def _word_set(text: str) -> set[str]:
    """``set(words(text))``."""
    return set(tokens.words(text, MIN_LETTERS)) - stopwords()


def distinctive_words(
    units_per_round: Mapping[str, Sequence[Segment]], n: int = 5
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Per round, up to ``n`` words that set this round's units of a theme apart from its other rounds.

    Args:
        units_per_round: round name -> the theme's segments in that round (weighted by ``Segment.count``).
        n: words per round at most.

    Returns:
        (round, words) in the order of ``units_per_round``; empty word tuples when a round has no units or
        fewer than two rounds have units.
    """
    counts = {r: Counter() for r in units_per_round}
    for r, segments in units_per_round.items():
        own = counts[r]
        single: list[set[str]] = []  # units that stand for one answer: counted in one go
        for seg in segments:
            found = _word_set(seg.text)
            if seg.count == 1:
                single.append(found)
            else:
                for word in found:
                    own[word] += seg.count
        own.update(chain.from_iterable(single))
    present = [r for r, c in counts.items() if c]
    total = Counter()
    for c in counts.values():
        total.update(c)
    if len(present) < 2 or len(total) < 2:
        return tuple((r, ()) for r in units_per_round)
    size = sum(total.values())
    out = []
    for r, own in counts.items():
        n_own = sum(own.values())
        n_rest = size - n_own
        scored = []
        for word, c in own.items():
            if c < MIN_COUNT:
                continue
            prior = PRIOR * len(total) * total[word] / size
            a0 = PRIOR * len(total)
            rest = total[word] - c
            delta = math.log((c + prior) / (n_own + a0 - c - prior)) - math.log(
                (rest + prior) / (n_rest + a0 - rest - prior)
            )
            variance = 1 / (c + prior) + 1 / (rest + prior)
            z = delta / math.sqrt(variance)
            if z > 0:
                scored.append((-z, word))
        out.append((r, tuple(w for _z, w in sorted(scored)[:n])))
    return tuple(out)
