"""The vector of every analysed unit, saved beside the model (``<werkmap>/modellen/eenheidsvectoren.npz``).

Round quotes and an incremental analysis need each unit's vector; most units have no vector of their own in the
embedding cache (a multi-sentence unit is the mean of its content sentences, see ``inputs``), so the analysis
saves them: segment ids, vectors (float32) and a fingerprint of what produced them (encoder, taxonomy, theme
settings). The file is written atomically; vectors of redacted text hold nothing readable.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from themes.atomic import atomic_write_bytes

FILE_NAME = "eenheidsvectoren.npz"


@dataclass(frozen=True)
class UnitVectors:
    """Saved unit vectors: row i of ``vectors`` belongs to ``ids[i]``."""

    ids: tuple[str, ...]
    vectors: np.ndarray
    fingerprint: str
    encoder: str

    def __post_init__(self) -> None:
        if len(self.ids) != len(self.vectors):
            raise ValueError("one vector per id is required")

    def as_dict(self) -> dict[str, np.ndarray]:
        """Segment id -> vector (views)."""
        return dict(zip(self.ids, self.vectors, strict=True))


def save_unit_vectors(models_dir: Path, unit_vectors: UnitVectors) -> Path:
    """Write ``unit_vectors`` to ``models_dir/eenheidsvectoren.npz`` atomically; returns the path."""
    buffer = io.BytesIO()
    meta = {"fingerprint": unit_vectors.fingerprint, "encoder": unit_vectors.encoder}
    np.savez(
        buffer,
        ids=np.asarray(unit_vectors.ids, dtype=str),
        vectors=np.asarray(unit_vectors.vectors, dtype=np.float32),
        meta=np.asarray(json.dumps(meta, sort_keys=True)),
    )
    return atomic_write_bytes(Path(models_dir) / FILE_NAME, buffer.getvalue())


def load_unit_vectors(models_dir: Path) -> UnitVectors | None:
    """The saved unit vectors, or None when there are none (or the file is unreadable)."""
    path = Path(models_dir) / FILE_NAME
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            return UnitVectors(tuple(data["ids"].tolist()), np.asarray(data["vectors"], dtype=np.float32),
                               str(meta["fingerprint"]), str(meta["encoder"]))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, json.JSONDecodeError):
        return None
