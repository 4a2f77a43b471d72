"""sentence-transformers backend: any model folder (or a model already in the local Hugging Face cache).

Loads strictly offline: ``HF_HUB_OFFLINE`` is set and ``local_files_only`` is passed, so a name that is
not on disk fails with a ConfigError instead of a download attempt. This is the only module that imports
``sentence_transformers``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from themes.embed.base import l2_normalise
from themes.errors import ConfigError


class SentenceTransformerEmbedder:
    """Sentence vectors from a sentence-transformers model on the CPU.

    Args:
        model: A local model folder, or a model name present in the local Hugging Face cache.
        name: Cache key; defaults to ``"st:" + model``.
        batch_size: Texts per forward pass.
    """

    def __init__(self, model: str, *, name: str | None = None, batch_size: int = 64) -> None:
        self.model = model
        self.name = name or f"st:{model}"
        self.batch_size = batch_size
        self._model = None

    def load(self) -> SentenceTransformerEmbedder:
        """Load the model offline; idempotent.

        Raises:
            ConfigError: the model is not on this computer or cannot be read.
        """
        if self._model is None:
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer

            try:
                self._model = SentenceTransformer(self.model, device="cpu", local_files_only=True)
            except Exception as exc:  # the library raises OSError, ValueError, HF errors ...
                raise ConfigError(
                    f"{self.model}: encoder niet gevonden of onleesbaar op deze computer "
                    f"(zet een sentence-transformers-map in models/; er wordt niets gedownload)"
                ) from exc
        return self

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Encode texts into a float32 array of unit-length rows, in the order given."""
        model = self.load()._model
        if not len(texts):
            getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
            return np.zeros((0, getter() or 0), dtype=np.float32)
        vectors = model.encode(
            list(texts), batch_size=self.batch_size, show_progress_bar=progress,
            convert_to_numpy=True, normalize_embeddings=True,
        )
        return l2_normalise(vectors)

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder({self.model!r}, batch_size={self.batch_size})"
