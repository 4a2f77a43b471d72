"""Saving the fitted model in the workspace (``<werkmap>/modellen/thema-model``).

Two parts: BERTopic's own folder (``save(..., serialization="safetensors", save_ctfidf=True,
save_embedding_model=False)``), whose representative documents are redacted segment texts because only those go
in, and ``themes.json``, our theme table (ids, labels, keywords, sizes, taxonomy, quotes, centroids), because a
saved BERTopic drops documents and quotes. The folder is written beside the old one and swapped in at the end.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from themes.atomic import atomic_write_text
from themes.types import Theme

MODEL_FOLDER = "thema-model"
TABLE_NAME = "themes.json"


def save_model(
    models_dir: Path, topic_model: object | None, themes: Sequence[Theme], centroids: Mapping[str, np.ndarray],
    meta: Mapping[str, object],
) -> Path:
    """Write the BERTopic model and our theme table to ``models_dir/thema-model``; returns that folder."""
    target = models_dir / MODEL_FOLDER
    staging = models_dir / f".{MODEL_FOLDER}.nieuw"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if topic_model is not None:
        vectorizer = getattr(topic_model, "vectorizer_model", None)
        vocabulary = getattr(vectorizer, "vocabulary_", None)
        if vocabulary is not None:  # numpy ints (large corpora) cannot be written to BERTopic's JSON config
            vectorizer.vocabulary_ = {term: int(index) for term, index in vocabulary.items()}
        bertopic_logger = logging.getLogger("BERTopic")
        level = bertopic_logger.level
        bertopic_logger.setLevel(logging.ERROR)  # its warning about the embedding model does not apply: we embed ourselves
        try:
            topic_model.save(  # type: ignore[attr-defined]
                str(staging / "bertopic"), serialization="safetensors", save_ctfidf=True, save_embedding_model=False
            )
        finally:
            bertopic_logger.setLevel(level)
    table = {
        "meta": dict(meta),
        "themes": [
            {**asdict(t), "centroid": [round(float(x), 6) for x in centroids[t.theme_id]] if t.theme_id in centroids else None}
            for t in themes
        ],
    }
    atomic_write_text(staging / TABLE_NAME, json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True))
    old = models_dir / f".{MODEL_FOLDER}.oud"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return target


def load_theme_table(models_dir: Path) -> dict:
    """Read the saved theme table (``{"meta": ..., "themes": [...]}``)."""
    return json.loads((models_dir / MODEL_FOLDER / TABLE_NAME).read_text(encoding="utf-8"))
