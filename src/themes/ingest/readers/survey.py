"""Survey exports (``.csv``, ``.xlsx``): one ``answer`` block per non-empty open answer, with row metadata."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from themes.errors import EmptyInputError, EncryptedInputError, InputFileError, MissingColumnError
from themes.ingest.metadata import parse_date
from themes.ingest.readoptions import SurveyOptions
from themes.ingest.textcodec import decode_file_bytes
from themes.types import Block

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_ID_NAMES = (
    "id",
    "respondent",
    "respondentnummer",
    "respondent_id",
    "respondentid",
    "responseid",
    "response id",
    "nr",
    "nummer",
    "volgnummer",
)
_ROUND_NAMES = ("ronde", "round", "meting", "meetmoment", "wave")
_DATE_NAMES = ("datum", "date", "ingevuld op", "tijdstempel", "timestamp", "einddatum", "submitdate")
_UNIT_NAMES = ("afdeling", "directie", "organisatieonderdeel", "cluster", "unit", "team", "onderdeel")
_MIN_MEAN_CHARS = 12
# identifying columns are never taken as open answers by auto-detection
_PERSONAL_HEADER = re.compile(
    r"naam|name|e-?mail|telefoon|phone|adres|address|postcode|geboorte|personeelsnummer|bsn|iban|ip-?adres", re.I
)
_SAMPLE_ROWS = 500


def read_csv(path: Path, data: bytes, options: SurveyOptions) -> list[Block]:
    """Answer blocks of a CSV export (delimiter sniffed among ``,``, ``;`` and tab; encoding detected)."""
    text, _enc = decode_file_bytes(path, data)
    if not text.strip():
        raise EmptyInputError(path, "leeg bestand")
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        delimiter = max(",;\t", key=first.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return rows_to_blocks(path, rows, options)


def read_xlsx(path: Path, data: bytes, options: SurveyOptions) -> list[Block]:
    """Answer blocks of the first non-empty sheet of an Excel workbook."""
    if data.startswith(_OLE_MAGIC):
        raise EncryptedInputError(path, "Excel-bestand is beveiligd met een wachtwoord (of het oude .xls-formaat)")
    from openpyxl import load_workbook  # one module imports openpyxl

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputFileError(path, "geen geldig Excel-bestand (.xlsx); beschadigd of een ander formaat") from exc
    except Exception as exc:  # openpyxl's InvalidFileException and friends
        raise InputFileError(path, f"geen leesbaar Excel-bestand ({type(exc).__name__})") from exc
    try:
        for sheet in workbook.worksheets:
            rows = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
            rows = [r for r in rows if any(str(v).strip() for v in r)]
            if rows:
                return rows_to_blocks(path, rows, options)
    finally:
        workbook.close()
    raise EmptyInputError(path, "het Excel-bestand bevat geen gegevens")


def _cell(value: object) -> str:
    if type(value) is str:
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _find(header: Sequence[str], name: str) -> int | None:
    wanted = name.strip().casefold()
    for i, h in enumerate(header):
        if h.casefold() == wanted:
            return i
    return None


def _auto(header: Sequence[str], names: Sequence[str], taken: set[int]) -> int | None:
    for i, h in enumerate(header):
        if i not in taken and h.casefold() in names:
            return i
    return None


def detect_text_columns(header: Sequence[str], rows: Sequence[Sequence[str]], exclude: set[int]) -> list[int]:
    """Columns of free text: long on average, varied, not dates or numbers."""
    sample = rows[:_SAMPLE_ROWS]
    scored = []
    for col in range(len(header)):
        if col in exclude or _PERSONAL_HEADER.search(header[col]):
            continue
        values = [r[col] for r in sample if col < len(r) and r[col]]
        if not values:
            continue
        mean = sum(len(v) for v in values) / len(values)
        distinct = len(set(values)) / len(values)
        numeric = sum(v.replace(",", "").replace(".", "").replace("-", "").isdigit() for v in values) / len(values)
        dates = sum(parse_date(v) is not None and len(v) <= 25 for v in values[:50]) / min(len(values), 50)
        words = sum(len(v.split()) for v in values) / len(values)
        if mean >= _MIN_MEAN_CHARS and words >= 2.5 and distinct >= 0.5 and numeric < 0.5 and dates < 0.5:
            scored.append((col, mean))
    if not scored:
        return []
    best = max(m for _c, m in scored)
    return [c for c, m in scored if m >= 0.25 * best]


def _filled(row: Sequence[object]) -> int:
    return sum(1 for v in row if str(v).strip())


def _drop_title_rows(rows: Sequence[Sequence[object]]) -> Sequence[Sequence[object]]:
    """Skip a title line or empty lines above the header ("Medewerkersenquête 2024" in cell A1)."""
    start = 0
    while start + 1 < len(rows) and start < 5 and _filled(rows[start]) <= 1 and _filled(rows[start + 1]) >= 2:
        start += 1
    while start < len(rows) and start < 5 and _filled(rows[start]) == 0:
        start += 1
    return rows[start:]


def rows_to_blocks(path: Path, raw_rows: Sequence[Sequence[object]], options: SurveyOptions) -> list[Block]:
    """Answer blocks from a header row plus data rows.

    Raises:
        MissingColumnError: a column the options name is not in the header, or no free-text column is found.
        EmptyInputError: there are no answers.
    """
    raw_rows = _drop_title_rows(raw_rows)
    if not raw_rows:
        raise EmptyInputError(path, "leeg bestand")
    header = [_cell(h) for h in raw_rows[0]]
    rows = [[_cell(v) for v in r] for r in raw_rows[1:]]
    existing = ", ".join(h for h in header if h) or "(geen)"
    missing = [name for name in options.named_columns() if _find(header, name) is None]
    if missing:
        raise MissingColumnError(
            path, f"kolom {', '.join(repr(m) for m in missing)} bestaat niet; kolommen: {existing}"
        )
    taken: set[int] = set()

    def pick(name: str | None, defaults: Sequence[str]) -> int | None:
        col = _find(header, name) if name else _auto(header, defaults, taken)
        if col is not None:
            taken.add(col)
        return col

    id_col = pick(options.id_column, _ID_NAMES)
    round_col = pick(options.round_column, _ROUND_NAMES)
    date_col = pick(options.date_column, _DATE_NAMES)
    unit_col = pick(options.unit_column, _UNIT_NAMES)
    meta_cols = [(name, _find(header, name)) for name in options.meta_columns]
    taken.update(c for _n, c in meta_cols)
    if options.text_columns:
        text_cols = [_find(header, name) for name in options.text_columns]
    else:
        text_cols = detect_text_columns(header, rows, taken)
        if not text_cols:
            raise MissingColumnError(
                path, f"geen kolom met open antwoorden gevonden; noem de kolom(men) met tekst; kolommen: {existing}"
            )
    blocks: list[Block] = []
    for number, row in enumerate(rows, start=1):
        width = len(row)

        def value(col: int | None, row=row, width=width) -> str:
            return row[col] if col is not None and col < width else ""

        meta: list[tuple[str, str]] = []
        if round_value := value(round_col):
            meta.append(("round", round_value))
        if date_value := parse_date(value(date_col)):
            meta.append(("date", date_value))
        if unit_value := value(unit_col):
            meta.append(("unit", unit_value))
        meta.extend((name, value(col)) for name, col in meta_cols if value(col))
        source_id = value(id_col) or str(number)
        meta_tuple = tuple(meta)
        for col in text_cols:
            answer = value(col)
            if answer:
                blocks.append(Block(answer, "answer", source_id=source_id, question=header[col], meta=meta_tuple))
    if not blocks:
        raise EmptyInputError(path, "geen ingevulde antwoorden gevonden")
    return blocks
