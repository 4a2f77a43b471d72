"""Atomic file writes for the report writers: a temporary file in the output folder, then ``os.replace``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from themes.errors import ThemesError


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically (the folder is created when missing).

    Raises:
        ThemesError: the file cannot be written (the message names it).
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ThemesError(f"{path}: kan niet schrijven ({exc.strerror or exc})") from exc
    return path
