"""Saving the fitted model in the workspace (``<werkmap>/modellen/thema-model``).

Two parts: ``bertopic/``, the keyword model (``ctfidf.KeywordModel``) in BERTopic 0.17's safetensors folder format,
byte for byte what ``BERTopic.save(..., serialization="safetensors", save_ctfidf=True, save_embedding_model=False)``
wrote for the same model (``topics.json``, ``config.json``, ``topic_embeddings.safetensors``, ``ctfidf.safetensors``,
``ctfidf_config.json``), so ``BERTopic.load`` reads it, without importing BERTopic here; and ``themes.json``, our
theme table (ids, labels, keywords, sizes, taxonomy, quotes, centroids), because a saved BERTopic drops documents
and quotes. Only redacted text goes in. The folder is written beside the old one and swapped in at the end.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from themes.atomic import atomic_write_text
from themes.model.ctfidf import KeywordModel
from themes.types import Theme

MODEL_FOLDER = "thema-model"
TABLE_NAME = "themes.json"


def save_model(
    models_dir: Path, topic_model: KeywordModel | None, themes: Sequence[Theme], centroids: Mapping[str, np.ndarray],
    meta: Mapping[str, object],
) -> Path:
    """Write the keyword model and our theme table to ``models_dir/thema-model``; returns that folder."""
    target = models_dir / MODEL_FOLDER
    staging = models_dir / f".{MODEL_FOLDER}.nieuw"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if topic_model is not None:
        save_bertopic_folder(staging / "bertopic", topic_model)
    _write_table(staging / TABLE_NAME, themes, centroids, meta)
    old = models_dir / f".{MODEL_FOLDER}.oud"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return target


def update_theme_table(
    models_dir: Path, themes: Sequence[Theme], centroids: Mapping[str, np.ndarray], meta: Mapping[str, object]
) -> Path | None:
    """Rewrite only our theme table (sizes, descriptions) after units were added without a refit.

    The BERTopic folder stays as fitted; ``meta`` is merged into the saved meta. Returns the table's path, or None
    when there is no saved model.
    """
    path = models_dir / MODEL_FOLDER / TABLE_NAME
    if not path.is_file():
        return None
    saved = json.loads(path.read_text(encoding="utf-8"))
    return _write_table(path, themes, centroids, {**saved.get("meta", {}), **dict(meta)})


def _write_table(
    path: Path, themes: Sequence[Theme], centroids: Mapping[str, np.ndarray], meta: Mapping[str, object]
) -> Path:
    """Write our theme table (meta, themes with quotes and rounded centroids) atomically."""
    table = {
        "meta": dict(meta),
        "themes": [
            {**asdict(t), "centroid": [round(float(x), 6) for x in centroids[t.theme_id]] if t.theme_id in centroids else None}
            for t in themes
        ],
    }
    return atomic_write_text(path, json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True))


def load_theme_table(models_dir: Path) -> dict:
    """Read the saved theme table (``{"meta": ..., "themes": [...]}``)."""
    return json.loads((models_dir / MODEL_FOLDER / TABLE_NAME).read_text(encoding="utf-8"))


#: BERTopic's constructor parameters without a sub-model, as ``BERTopic.save`` writes them to ``config.json``.
_BERTOPIC_CONFIG = {
    "calculate_probabilities": False, "language": "dutch", "low_memory": False, "min_topic_size": 10,
    "n_gram_range": (1, 1), "nr_topics": None, "seed_topic_list": None, "top_n_words": None, "verbose": False,
    "zeroshot_min_similarity": 0.7, "zeroshot_topic_list": None,
}


class _NumpyEncoder(json.JSONEncoder):
    """BERTopic's JSON encoder for numpy scalars."""

    def default(self, o: object) -> object:
        if isinstance(o, np.integer):
            return int(o)
        if isinstance(o, np.floating):
            return float(o)
        return super().default(o)


def _write_json(path: Path, value: object, encoder: type[json.JSONEncoder] | None = None) -> None:
    with path.open("w") as f:
        json.dump(value, f, indent=2, cls=encoder)


def save_bertopic_folder(folder: Path, model: KeywordModel) -> None:
    """Write ``model`` as ``BERTopic.save(folder, serialization="safetensors", save_ctfidf=True)`` would."""
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    save_file({"topic_embeddings": np.array(model.topic_embeddings, dtype=np.float32)},
              folder / "topic_embeddings.safetensors")
    _write_json(folder / "topics.json", {
        "topic_representations": model.representations,
        "topics": [int(t) for t in model.topics],
        "topic_sizes": model.topic_sizes,
        "topic_mapper": np.array(model.topic_mapper, dtype=int).tolist(),
        "topic_labels": model.topic_labels,
        "custom_labels": None,
        "_outliers": int(-1 in model.topic_sizes),
        "topic_aspects": {},
    }, _NumpyEncoder)
    _write_json(folder / "config.json", {**_BERTOPIC_CONFIG, "top_n_words": model.top_n_words})
    matrix = model.c_tf_idf
    save_file({"indptr": matrix.indptr, "indices": matrix.indices, "data": matrix.data,
               "shape": np.array(matrix.shape), "diag": model.idf}, folder / "ctfidf.safetensors")
    params = model.vectorizer.get_params()
    del params["tokenizer"], params["preprocessor"], params["dtype"]
    if not isinstance(params["analyzer"], str):
        del params["analyzer"]
    # numpy ints (large corpora) cannot be written to JSON
    vocabulary = {term: int(index) for term, index in model.vectorizer.vocabulary_.items()}
    _write_json(folder / "ctfidf_config.json", {
        "ctfidf_model": {"bm25_weighting": False, "reduce_frequent_words": True},
        "vectorizer_model": {"params": params, "vocab": vocabulary},
    })
