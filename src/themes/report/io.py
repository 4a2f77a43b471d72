"""Atomic file writes for the report writers (the project's ``themes.atomic``), with a one-line error."""

from __future__ import annotations

from pathlib import Path

from themes.atomic import atomic_write_bytes
from themes.errors import ThemesError


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically (a temporary file in the same folder, then ``os.replace``).

    Raises:
        ThemesError: the file cannot be written (the message names it).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        return atomic_write_bytes(path, payload)
    except OSError as exc:
        raise ThemesError(f"{path}: kan niet schrijven ({exc.strerror or exc})") from exc
