"""Personal data never gets past redaction: scan every byte the pipeline leaves behind."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def _planted_values() -> list[str]:
    values = [item["value"] if isinstance(item, dict) else item for item in json.loads((DATA / "personal_data.json").read_text())]
    # names left in the real Woo documents beside the project
    values += ["Peter Teesink", "Teesink"]
    return sorted({v for v in values if len(v) >= 4})


def _file_texts(path: Path) -> list[bytes]:
    data = path.read_bytes()
    blobs = [data]
    if zipfile.is_zipfile(path):  # docx, xlsx: the text lives compressed inside
        with zipfile.ZipFile(path) as zf:
            blobs += [zf.read(name) for name in zf.namelist()]
    return blobs


def _texts(blobs: list[bytes]) -> list[str]:
    texts = []
    for blob in blobs:
        texts.append(blob.decode("utf-8", errors="ignore"))
        texts.append(blob.decode("utf-16-le", errors="ignore"))
    return texts


def _pattern(value: str) -> re.Pattern[str]:
    # a value as a whole word, in any case, with any run of spaces (xml escapes undone first)
    body = r"\s+".join(re.escape(part) for part in value.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def test_no_planted_personal_value_in_workspace_or_outputs(demo_run):
    ws, out = demo_run
    values = _planted_values()
    assert len(values) >= 15, "the sample corpus plants personal data to look for"
    files = [p for root in (ws, out) for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files) and any(p.suffix == ".html" for p in files)
    patterns = {value: _pattern(value) for value in values}
    hits = []
    for path in files:
        texts = [t.replace("&amp;", "&") for t in _texts(_file_texts(path))]
        for value, pattern in patterns.items():
            if any(pattern.search(text) for text in texts):
                hits.append(f"{path.relative_to(path.parents[1])}: {value[:2]}…")
    assert not hits, f"personal data found in {len(hits)} places: {hits[:10]}"
