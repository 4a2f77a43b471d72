"""UMAP's numba kernels compiled once per installation instead of once per process.

umap-learn compiles ``smooth_knn_dist`` and ``compute_membership_strengths`` (``parallel=True``) and the layout
optimiser's epoch function without ``cache=True``, so every ``themes analyse`` process spent about 20 s in numba
before fitting a 4,000-point sample. :func:`use_cached_kernels` replaces those module attributes (umap looks them up
at call time) with the same Python functions compiled with ``cache=True``: the first process writes the machine code
to numba's cache (``__pycache__`` beside umap's source, or the user cache directory when that is read-only, or
``NUMBA_CACHE_DIR``), later processes load it in a fraction of a second. Same code, same options (``parallel`` too: compiled without it,
``smooth_knn_dist`` and ``compute_membership_strengths`` gave a slightly different embedding), same results.

Numba keys its cache on the function and umap's source file, not on the options: a cache written by a build with
other options is loaded as it is (delete ``umap/__pycache__/*.nbi`` and ``*.nbc`` after changing them here). An
umap upgrade changes the source file and so invalidates the cache.
"""

from __future__ import annotations

from typing import Any

#: (module, attribute) of the kernels a cosine UMAP fit with precomputed neighbours calls.
KERNELS = (
    ("umap.umap_", "smooth_knn_dist"),
    ("umap.umap_", "compute_membership_strengths"),
    ("umap.layouts", "_nb_optimize_layout_euclidean_single_epoch"),
    ("umap.distances", "cosine"),
)
_CACHED_FLAG = "_themes_cached"


def cached_kernel(dispatcher: Any) -> Any:
    """A ``cache=True`` copy of a numba dispatcher (same Python function, locals and options).

    The dispatcher itself when numba finds no writable cache location (``RuntimeError: cannot cache``).
    """
    import numba

    if getattr(dispatcher, _CACHED_FLAG, False):
        return dispatcher
    options = {k: v for k, v in dispatcher.targetoptions.items() if k != "nopython"}
    try:
        compiled = numba.njit(cache=True, locals=dict(dispatcher.locals), **options)(dispatcher.py_func)
    except RuntimeError:  # no writable cache location at all: compile per process, as umap does
        return dispatcher
    setattr(compiled, _CACHED_FLAG, True)
    return compiled


def use_cached_kernels() -> None:
    """Swap umap's uncached kernels for cached copies (idempotent; call before fitting UMAP)."""
    import importlib

    for module_name, name in KERNELS:
        module = importlib.import_module(module_name)
        setattr(module, name, cached_kernel(getattr(module, name)))
