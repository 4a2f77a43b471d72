"""Progress bars on stderr (tqdm) with rate and time left, for the long stages."""

from __future__ import annotations

import sys
import time


def progress_bar(total: int, *, enabled: bool, desc: str = "Insluiten", unit: str = " eenheden"):
    """A tqdm bar on stderr with rate and time left (a no-op bar when not enabled).

    When stderr is not a terminal (a log, a pipe) the bar's redrawn lines would pile up; then only one final
    line is printed when the bar closes.
    """
    if enabled and not sys.stderr.isatty():
        return FinalLine(total, desc, unit)
    from tqdm import tqdm

    return tqdm(total=total, disable=not enabled, desc=desc, unit=unit, file=sys.stderr,
                dynamic_ncols=True, mininterval=0.5)


class FinalLine:
    """A progress bar for logs: counts silently and prints one line at the end ("Insluiten: 120/120 eenheden in 3 s")."""

    def __init__(self, total: int, desc: str, unit: str) -> None:
        self.total, self.desc, self.unit, self.n = total, desc, unit, 0
        self._start = time.monotonic()
        self._done = False

    def update(self, n: int = 1) -> None:
        """Count ``n`` more items."""
        self.n += n

    def close(self) -> None:
        """Print the final line (once)."""
        if not self._done:
            self._done = True
            seconds = time.monotonic() - self._start
            print(f"{self.desc}: {self.n}/{self.total}{self.unit} in {seconds:.0f} s", file=sys.stderr, flush=True)

    def __enter__(self) -> FinalLine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def terminal_progress(total: int, desc: str, unit: str):
    """A progress bar shown only when stderr is a terminal (never in logs, pipes or tests)."""
    return progress_bar(total, enabled=sys.stderr.isatty(), desc=desc, unit=unit)
