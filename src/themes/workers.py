"""How many forked worker processes to use: shared by the process pools of ingest, redact and embed.

A neutral module below every stage, so that reading files, redacting and embedding can each run a pool
without one stage importing another.
"""

from __future__ import annotations

import multiprocessing
import os

#: At most this many workers when the number is chosen from the usable cores.
MAX_AUTO_WORKERS = 4


def usable_cores() -> int:
    """Cores this process may run on (affinity mask, not the machine total)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def default_workers() -> int:
    """Worker processes when none are configured: the usable cores, at most ``MAX_AUTO_WORKERS``."""
    return max(1, min(MAX_AUTO_WORKERS, usable_cores()))


def fork_available() -> bool:
    """True when the ``fork`` start method exists on this platform."""
    return "fork" in multiprocessing.get_all_start_methods()
