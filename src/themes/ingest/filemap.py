"""``map_files``: a per-file function over many files in forked worker processes, results in file order.

Reading and segmenting one file does not depend on any other, so the files are dealt over worker processes
(largest first, so two big survey exports do not end up in one worker). The function and the file list are set
before the pool is forked and inherited by the workers; only indices go to the workers and only the results come
back. Without ``fork``, with one usable core, for a few files or when a worker dies, everything runs in this
process, with the same results.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from themes.progress import terminal_progress
from themes.workers import default_workers, fork_available

T = TypeVar("T")

#: Fewer files than this are read in this process.
MIN_PARALLEL_FILES = 16

_JOB: tuple[Callable, Sequence[Path]] | None = None


def map_files(function: Callable[[Path], T], files: Sequence[Path], workers: int | None = None) -> list[T]:
    """``[function(f) for f in files]``, spread over forked processes when that pays off.

    Args:
        function: Reads one file; must not raise for a bad file (return the reason instead) and must not
            write anything shared (workspace, files).
        files: The files.
        workers: Processes; None: the usable cores (at most 4).
    """
    files = list(files)
    workers = default_workers() if workers is None else max(1, workers)
    if workers < 2 or len(files) < MIN_PARALLEL_FILES or not fork_available():
        return [function(f) for f in files]
    try:
        return _forked(function, files, workers)
    except _WorkerDied as exc:
        print(f"waarschuwing: parallel inlezen mislukt ({exc}); opnieuw in één proces", file=sys.stderr)
        return [function(f) for f in files]


class _WorkerDied(Exception):
    pass


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _run(index: int):
    function, files = _JOB  # type: ignore[misc]
    return function(files[index])


def _forked(function: Callable[[Path], T], files: list[Path], workers: int) -> list[T]:
    global _JOB
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    order = sorted(range(len(files)), key=lambda i: -_size(files[i]))  # largest first: even work per worker
    _JOB = (function, files)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            done = []
            with terminal_progress(len(order), "Inlezen", " bestanden") as bar:  # shown in a terminal only
                for result in pool.map(_run, order):
                    done.append(result)
                    bar.update(1)
    except (BrokenProcessPool, OSError, AssertionError, RuntimeError) as exc:  # e.g. no children in a daemon
        raise _WorkerDied(f"{type(exc).__name__}: {exc}") from exc
    finally:
        _JOB = None
    results: list = [None] * len(files)
    for index, result in zip(order, done, strict=True):
        results[index] = result
    return results
