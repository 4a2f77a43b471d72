"""The Embedder protocol, the Embeddings record and helpers shared by the backends.

Nothing heavy is imported here: backends load their models lazily in their own modules.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from themes.progress import progress_bar, terminal_progress  # noqa: F401 - re-exported for the backends


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors.

    ``name`` is the key of the workspace embedding cache: two embedders with the same name must give the
    same vectors for the same text.
    """

    name: str

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Return a float32 array of shape (len(texts), dim) with unit-length rows."""
        ...


@dataclass(frozen=True, slots=True)
class Embeddings:
    """Vectors that travel with their ids: row ``i`` of ``vectors`` belongs to ``ids[i]``."""

    ids: np.ndarray
    vectors: np.ndarray

    def __post_init__(self) -> None:
        if self.ids.ndim != 1:
            raise ValueError("ids must be one-dimensional")
        if self.vectors.ndim != 2 or self.vectors.shape[0] != self.ids.shape[0]:
            raise ValueError(f"vectors must have shape ({self.ids.shape[0]}, dim), got {self.vectors.shape}")
        if self.vectors.dtype != np.float32:
            raise ValueError(f"vectors must be float32, got {self.vectors.dtype}")

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @property
    def dim(self) -> int:
        """Vector length."""
        return int(self.vectors.shape[1])

    def as_dict(self) -> dict[str, np.ndarray]:
        """Id -> vector (views, no copies)."""
        return {str(i): v for i, v in zip(self.ids.tolist(), self.vectors, strict=True)}

    def subset(self, ids: Sequence[str]) -> Embeddings:
        """The rows of ``ids``, in that order.

        Raises:
            KeyError: an id is not present.
        """
        index = {str(i): k for k, i in enumerate(self.ids.tolist())}
        rows = [index[i] for i in ids]
        return Embeddings(np.asarray(list(ids), dtype=str), self.vectors[rows])


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    """Unit-length rows as float32 (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.maximum(norms, 1e-12, out=norms)
    return vectors / norms


def length_sorted_batches(texts: Sequence[str], batch_size: int) -> Iterator[np.ndarray]:
    """Yield index arrays of batches of texts of similar length (shortest first, stable order)."""
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    order = np.argsort(lengths, kind="stable")
    for start in range(0, len(order), batch_size):
        yield order[start : start + batch_size]


def truncate_text(text: str, max_chars: int) -> str:
    """Cut ``text`` to at most ``max_chars`` characters, at a space when there is one near the end."""
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", max_chars // 2, max_chars + 1)
    return text[: cut if cut > 0 else max_chars]
