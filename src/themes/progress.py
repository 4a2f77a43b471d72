"""Progress bars on stderr (tqdm) with rate and time left, for the long stages."""

from __future__ import annotations

import sys


def progress_bar(total: int, *, enabled: bool, desc: str = "Insluiten", unit: str = " eenheden"):
    """A tqdm bar on stderr with rate and time left (a no-op bar when not enabled)."""
    from tqdm import tqdm

    return tqdm(total=total, disable=not enabled, desc=desc, unit=unit, file=sys.stderr,
                dynamic_ncols=True, mininterval=0.5)


def terminal_progress(total: int, desc: str, unit: str):
    """A progress bar shown only when stderr is a terminal (never in logs, pipes or tests)."""
    return progress_bar(total, enabled=sys.stderr.isatty(), desc=desc, unit=unit)
