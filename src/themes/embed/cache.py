"""``embed_segments``: vectors for segments, through the workspace cache keyed by (encoder, text hash).

Only texts not yet cached are encoded, each distinct text once; new vectors are stored as they are made,
in chunks, so an interrupted run keeps what it did. Only redacted text reaches this point (segments come
from the workspace), so the cache holds nothing unredacted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from themes.embed.base import Embedder, Embeddings, progress_bar
from themes.errors import WorkspaceError
from themes.types import Segment, stable_hash

if TYPE_CHECKING:
    from themes.store import Workspace

#: Texts encoded (and cached) per step.
CHUNK = 4096


def embed_segments(
    segments: Sequence[Segment], embedder: Embedder, ws: Workspace | None = None, *, progress: bool = False
) -> Embeddings:
    """Vectors for ``segments``, aligned with them (row i is segment i).

    Args:
        segments: The segments to embed (their ``text`` is what is encoded).
        embedder: The encoder; its ``name`` keys the cache.
        ws: Workspace whose cache is read and extended; None encodes everything without caching.
        progress: Show a progress bar on stderr for the texts that must be encoded.

    Raises:
        WorkspaceError: cached vectors of this encoder have another dimension than the encoder gives.
    """
    ids = np.asarray([s.segment_id for s in segments], dtype=str)
    if not segments:
        return Embeddings(ids, np.zeros((0, 0), dtype=np.float32))
    matrix = embed_texts([s.text for s in segments], embedder, ws, progress=progress,
                         hashes=[s.text_hash for s in segments])
    return Embeddings(ids, matrix)


def embed_texts(
    texts: Sequence[str],
    embedder: Embedder,
    ws: Workspace | None = None,
    *,
    progress: bool = False,
    hashes: Sequence[str] | None = None,
) -> np.ndarray:
    """Vectors for ``texts`` as a float32 matrix (row i is text i), through the cache of ``ws``.

    Each distinct text is encoded once; texts already cached under (encoder, text hash) are not encoded again.

    Args:
        texts: The texts (redacted) to embed.
        embedder: The encoder; its ``name`` keys the cache.
        ws: Workspace whose cache is read and extended; None encodes everything without caching.
        progress: Show a progress bar on stderr (rate and time left) for the texts that must be encoded.
        hashes: ``stable_hash`` of each text when the caller has them already.

    Raises:
        WorkspaceError: cached vectors of this encoder have another dimension than the encoder gives.
    """
    if hashes is None:
        hashes = [stable_hash(t, 32) for t in texts]  # the same key as Segment.text_hash
    by_hash: dict[str, str] = {}
    for h, text in zip(hashes, texts, strict=True):
        by_hash.setdefault(h, text)
    unique = list(by_hash)
    known = ws.cached_embeddings(embedder.name, unique) if ws is not None else {}
    todo = [h for h in unique if h not in known]
    vectors: dict[str, np.ndarray] = dict(known)
    if todo:
        with progress_bar(len(todo), enabled=progress) as bar:
            for start in range(0, len(todo), CHUNK):
                chunk = todo[start : start + CHUNK]
                encoded = embedder.encode([by_hash[h] for h in chunk])
                fresh = dict(zip(chunk, encoded, strict=True))
                if ws is not None:
                    ws.cache_embeddings(embedder.name, fresh)
                vectors.update(fresh)
                bar.update(len(chunk))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    dims = {v.shape[0] for v in vectors.values()}
    if len(dims) != 1:
        where = ws.path if ws is not None else "cache"
        raise WorkspaceError(f"{where}: opgeslagen vectoren van '{embedder.name}' passen niet bij de encoder "
                             f"(dimensies {sorted(dims)}); maak de cache leeg")
    return np.stack([vectors[h] for h in hashes]).astype(np.float32, copy=False)
