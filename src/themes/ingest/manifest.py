"""Manifests: per-file metadata the analyst supplies (YAML list of mappings, or CSV)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from themes.errors import ConfigError
from themes.ingest.metadata import normalise_doc_type, parse_date
from themes.ingest.readoptions import MetaOverrides, SurveyOptions
from themes.ingest.textcodec import NotTextError, decode_bytes

META_KEYS = ("type", "date", "round", "title", "unit")
SURVEY_KEYS = ("text_columns", "id_column", "round_column", "date_column", "unit_column", "meta_columns")
KNOWN_KEYS = frozenset({"path", *META_KEYS, *SURVEY_KEYS})
_LIST_SPLIT = re.compile(r"\s*[;|]\s*")


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What a manifest says about one file: metadata and, for survey exports, how to read it."""

    path: Path
    meta: MetaOverrides
    survey: SurveyOptions | None = None
    line: int = 0


def load_manifest(path: Path) -> dict[Path, ManifestEntry]:
    """Read a manifest; keys are resolved absolute paths (relative paths are relative to the manifest's folder).

    YAML: a list of mappings (or a mapping with a ``documents`` list). CSV: a header row with ``path`` and any of
    ``type,date,round,title,unit`` and the survey columns ``text_columns`` (several separated by ``;`` or ``|``),
    ``id_column``, ``round_column``, ``date_column``, ``unit_column``, ``meta_columns``.

    Raises:
        ConfigError: naming the manifest file and line for anything it cannot use.
    """
    path = Path(path)
    try:
        text, _enc = decode_bytes(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"{path}: manifest kan niet gelezen worden ({exc.strerror or exc})") from exc
    except NotTextError as exc:
        raise ConfigError(f"{path}: {exc.reason}") from exc
    if path.suffix.lower() == ".csv":
        records = _csv_records(path, text)
    elif path.suffix.lower() in (".yml", ".yaml"):
        records = _yaml_records(path, text)
    else:
        raise ConfigError(f"{path}: manifest moet .yml, .yaml of .csv zijn")
    entries: dict[Path, ManifestEntry] = {}
    for line, record in records:
        entry = _entry(path, line, record)
        if entry.path in entries:
            raise ConfigError(f"{path}:{line}: bestand {record['path']} staat al op regel {entries[entry.path].line}")
        entries[entry.path] = entry
    return entries


def _yaml_records(path: Path, text: str) -> list[tuple[int, dict]]:
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: geen geldige YAML") from exc
    if data is None:
        return []
    if isinstance(data, dict) and "documents" in data:
        data = data["documents"]
        node = next((v for k, v in node.value if k.value == "documents"), node)
    if not isinstance(data, list):
        raise ConfigError(f"{path}:1: verwacht een lijst met per bestand een 'path' en metadata")
    lines = [item.start_mark.line + 1 for item in node.value] if hasattr(node, "value") else [0] * len(data)
    records = []
    for line, record in zip(lines, data, strict=False):
        if not isinstance(record, dict):
            raise ConfigError(f"{path}:{line}: verwacht een mapping met 'path' en metadata")
        records.append((line, record))
    return records


def _csv_records(path: Path, text: str) -> list[tuple[int, dict]]:
    sample = text[:5000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    records = []
    for row in reader:
        line = reader.line_num
        if None in row:
            raise ConfigError(f"{path}:{line}: meer waarden dan kolommen")
        clean = {
            k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k and v not in (None, "")
        }
        if clean:
            records.append((line, clean))
    return records


def _as_list(value: object) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(v for v in _LIST_SPLIT.split(str(value).strip()) if v)


def _entry(manifest: Path, line: int, record: dict) -> ManifestEntry:
    where = f"{manifest}:{line}"
    unknown = sorted(set(map(str, record)) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: onbekend veld {', '.join(unknown)} (toegestaan: {', '.join(sorted(KNOWN_KEYS))})")
    if not record.get("path"):
        raise ConfigError(f"{where}: 'path' ontbreekt")
    file_path = Path(str(record["path"]))
    if not file_path.is_absolute():
        file_path = manifest.parent / file_path
    file_path = file_path.resolve()
    if not file_path.exists():
        raise ConfigError(f"{where}: bestand {record['path']} bestaat niet")
    doc_type = None
    if record.get("type") not in (None, ""):
        doc_type = normalise_doc_type(str(record["type"]))
        if doc_type is None:
            raise ConfigError(
                f"{where}: onbekend documenttype {record['type']!r} (notulen, agenda, panelverslag, memo, enquete, overig)"
            )
    date = None
    if record.get("date") not in (None, ""):
        date = parse_date(record["date"])
        if date is None:
            raise ConfigError(f"{where}: ongeldige datum {record['date']!r}; gebruik JJJJ-MM-DD, bijvoorbeeld 2024-03-11")
    text = {
        k: (str(record[k]).strip() if record.get(k) not in (None, "") else None) for k in ("round", "title", "unit")
    }
    meta = MetaOverrides(doc_type=doc_type, date=date, **text)
    survey = None
    if any(record.get(k) not in (None, "") for k in SURVEY_KEYS):

        def opt(key: str) -> str | None:
            return str(record[key]).strip() if record.get(key) not in (None, "") else None

        survey = SurveyOptions(
            text_columns=_as_list(record.get("text_columns")),
            id_column=opt("id_column"),
            round_column=opt("round_column"),
            date_column=opt("date_column"),
            unit_column=opt("unit_column"),
            meta_columns=_as_list(record.get("meta_columns")),
        )
    return ManifestEntry(path=file_path, meta=meta, survey=survey, line=line)
