"""Redact whole files (.txt, .docx, .csv, .xlsx, .jsonl) into a new file, written atomically.

Each file is redacted as one batch, so a name found anywhere in it is redacted everywhere in it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from themes.errors import EmptyInputError, InputFileError, MissingColumnError, UnsupportedFormatError
from themes.redact.redactor import RedactionResult, Redactor

SUFFIXES = (".txt", ".docx", ".csv", ".xlsx", ".jsonl")


def _atomic_write(output: Path, write: Callable[[Path], None]) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".redact-", suffix=output.suffix, dir=output.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_text(path: Path) -> str:
    """Text of ``path`` in any encoding ingest reads (UTF-16/32 without BOM too); a binary file is refused."""
    from themes.ingest.textcodec import decode_file_bytes

    return decode_file_bytes(path, path.read_bytes())[0]


def _tally(results: Sequence[RedactionResult]) -> Counter:
    total: Counter = Counter()
    for result in results:
        total.update(result.counts())
    return total


def redact_txt(path: Path, output: Path, redactor: Redactor) -> Counter:
    """Redact a text file line by line (one batch)."""
    lines = _read_text(path).split("\n")
    results = redactor.redact_batch(lines)
    _atomic_write(output, lambda tmp: tmp.write_text("\n".join(r.redacted for r in results), encoding="utf-8"))
    return _tally(results)


def redact_docx(path: Path, output: Path, redactor: Redactor) -> Counter:
    """Redact paragraphs and table cells of a Word file; changed paragraphs keep the style of their first run."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputFileError(path, "geen geldig Word-bestand") from exc
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for section in document.sections:
        paragraphs.extend(section.header.paragraphs)
        paragraphs.extend(section.footer.paragraphs)
    unique = list({id(p._p): p for p in paragraphs}.values())
    results = redactor.redact_batch([p.text for p in unique])
    for paragraph, result in zip(unique, results, strict=True):
        if result.spans:
            runs = paragraph.runs
            if runs:
                runs[0].text = result.redacted
                for run in runs[1:]:
                    run.text = ""
            else:
                paragraph.text = result.redacted
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    _atomic_write(output, lambda tmp: document.save(str(tmp)))
    return _tally(results)


def _columns(header: Sequence[str], text_columns: Sequence[str], path: Path) -> list[int]:
    if not text_columns:
        return list(range(len(header)))
    missing = [c for c in text_columns if c not in header]
    if missing:
        raise MissingColumnError(path, f"kolom {missing[0]!r} ontbreekt (kolommen: {', '.join(header)})")
    return [header.index(c) for c in text_columns]


def _redact_table(rows: list[list[str]], cols: list[int], redactor: Redactor) -> tuple[list[list[str]], Counter]:
    cells = [(r, c) for r in range(1, len(rows)) for c in cols if c < len(rows[r]) and rows[r][c]]
    results = redactor.redact_batch([rows[r][c] for r, c in cells])
    out = [list(row) for row in rows]
    for (r, c), result in zip(cells, results, strict=True):
        out[r][c] = result.redacted
    return out, _tally(results)


def redact_csv(path: Path, output: Path, redactor: Redactor, text_columns: Sequence[str]) -> Counter:
    """Redact chosen columns of a CSV file (all columns when none are named); other columns are copied."""
    text = _read_text(path)
    if not text.strip():
        raise EmptyInputError(path, "het bestand is leeg")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    cols = _columns(rows[0], text_columns, path)
    out, counts = _redact_table(rows, cols, redactor)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter=dialect.delimiter).writerows(out)

    _atomic_write(output, write)
    return counts


def redact_xlsx(path: Path, output: Path, redactor: Redactor, text_columns: Sequence[str]) -> Counter:
    """Redact chosen columns of the first sheet of an Excel file; other cells are copied."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for damaged files
        raise InputFileError(path, "geen geldig Excel-bestand") from exc
    sheet = book.worksheets[0]
    grid = [list(row) for row in sheet.iter_rows()]
    if not grid:
        raise EmptyInputError(path, "het werkblad is leeg")
    header = ["" if c.value is None else str(c.value) for c in grid[0]]
    cols = _columns(header, text_columns, path)
    cells = [grid[r][c] for r in range(1, len(grid)) for c in cols
             if c < len(grid[r]) and isinstance(grid[r][c].value, str) and grid[r][c].value]
    results = redactor.redact_batch([cell.value for cell in cells])
    for cell, result in zip(cells, results, strict=True):
        cell.value = result.redacted
    book.properties.creator = ""
    book.properties.lastModifiedBy = ""
    _atomic_write(output, lambda tmp: book.save(str(tmp)))
    return _tally(results)


def redact_jsonl(path: Path, output: Path, redactor: Redactor) -> Counter:
    """Each line ``{"id", "text"}`` -> the same plus ``redacted`` and ``spans`` ([start, end, label])."""
    records = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(path, f"regel {number} is geen geldige JSON") from exc
        if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
            raise InputFileError(path, f"regel {number} mist 'id' of 'text'")
        records.append(record)
    results = redactor.redact_batch([r["text"] for r in records])

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as fh:
            for record, result in zip(records, results, strict=True):
                record = dict(record, redacted=result.redacted, spans=[[s.start, s.end, s.label] for s in result.spans])
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    _atomic_write(output, write)
    return _tally(results)


def redact_file(path: Path, output: Path, redactor: Redactor, text_columns: Sequence[str] = ()) -> Counter:
    """Redact ``path`` into ``output`` (same format); returns the number of replacements per label."""
    path, output = Path(path), Path(output)
    if not path.is_file():
        raise InputFileError(path, "bestand niet gevonden")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnsupportedFormatError(path, f"formaat {suffix or '(geen)'} niet ondersteund; kies uit {', '.join(SUFFIXES)}")
    if output.resolve() == path.resolve():
        raise InputFileError(output, "uitvoer mag het invoerbestand niet overschrijven")
    if suffix == ".txt":
        return redact_txt(path, output, redactor)
    if suffix == ".docx":
        return redact_docx(path, output, redactor)
    if suffix == ".csv":
        return redact_csv(path, output, redactor, text_columns)
    if suffix == ".xlsx":
        return redact_xlsx(path, output, redactor, text_columns)
    return redact_jsonl(path, output, redactor)
