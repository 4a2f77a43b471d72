"""A labelled real Dutch set: the Kennisplatform API's working-group minutes, segmented by our own ingest.

The 78 real minutes in ``../shared/real/kp-werkgroepen/`` (github.com/Geonovum/KP-APIs, no licence stated, so they
are never copied into this repository) are ingested into a throw-away workspace with the default pipeline (read,
clean, segment, redact), exactly as ``themes ingest`` does. Every non-trivial, non-procedural segment becomes one
row; its label is the working group whose folder the file lies in (api-architectuur, api-beveiliging,
api-design-rules, api-strategie-en-beleid). The label is real but weak: the groups overlap in subject (every group
discusses APIs), so the NMI reachable here is low for any method; it is a check on real, messy minutes, not a gold
standard. The rows are cached under ``--cache`` (outside the repository: the text is not ours).
"""

from __future__ import annotations

import csv
import hashlib
import tempfile
from pathlib import Path


def _cache_path(shared: Path, cache: Path) -> tuple[Path, Path]:
    """(minutes folder, cache file): keyed on the minutes' files and on the code that ingests them.

    The code counts: a change of ingest, redaction or the meeting-record parser changes the texts (pseudonyms,
    sentence ends, procedural lines), and a cache keyed on the minutes alone gave numbers of older code.
    """
    import themes

    root = shared / "real" / "kp-werkgroepen"
    files = sorted(p for p in root.rglob("*") if p.is_file())
    digest = hashlib.sha256("\n".join(f"{p.relative_to(root)}:{p.stat().st_size}" for p in files).encode())
    package = Path(themes.__file__).parent
    for part in ("ingest", "redact", "records", "model/procedural.py", "pipeline.py", "config.py"):
        for src in sorted((package / part).rglob("*")) if (package / part).is_dir() else [package / part]:
            if src.is_file() and src.suffix in {".py", ".txt", ".yml", ".yaml", ".json", ".csv"}:
                digest.update(src.relative_to(package).as_posix().encode() + b"\0" + src.read_bytes())
    return root, cache / f"kp-{digest.hexdigest()[:12]}.csv"


def kp_rows(shared: Path, cache: Path) -> tuple[list[str], list[str]]:
    """(texts, labels) of the kp-werkgroepen minutes; ingested once and cached in ``cache``."""
    root, path = _cache_path(shared, cache)
    if not path.exists():
        rows = _ingest(root)
        cache.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["text", "label", "document"])
            writer.writerows(rows)
        tmp.replace(path)
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def kp_documents(shared: Path, cache: Path) -> list[str]:
    """The document of each row of :func:`kp_rows` (same order)."""
    kp_rows(shared, cache)
    path = _cache_path(shared, cache)[1]
    with path.open(encoding="utf-8") as fh:
        return [r["document"] for r in csv.DictReader(fh)]


def _ingest(root: Path) -> list[tuple[str, str, str]]:
    from themes.config import load_config
    from themes.model.inputs import encoder_text
    from themes.model.procedural import is_procedural
    from themes.pipeline import ingest_paths
    from themes.store import Workspace

    config = load_config(None)
    with tempfile.TemporaryDirectory(prefix="kp-bench-") as tmp:
        ws = Workspace.create(Path(tmp) / "ws")
        ingest_paths(ws, [root], config)
        docs = {d.doc_id: d for d in ws.documents()}
        rows = []
        for seg in sorted(ws.segments(include_trivial=False), key=lambda s: s.segment_id):
            if is_procedural(seg) or len(seg.text.split()) < 4:
                continue
            source = Path(docs[seg.doc_id].source_path)
            group = source.relative_to(root).parts[0] if source.is_relative_to(root) else source.parent.name
            # without the workspace key's pseudonym numbers, as the encoder sees them: every fresh workspace has
            # its own key, and numbered texts gave other vectors, hence other NMI, in every new cache
            rows.append((encoder_text(seg.text), group, docs[seg.doc_id].doc_id))
        ws.close() if hasattr(ws, "close") else None
    return rows
