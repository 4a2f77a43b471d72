"""``read_document``: one reader per format, chosen by file suffix; every failure is an ``InputFileError``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from themes.errors import EmptyInputError, EncryptedInputError, InputFileError, UnsupportedFormatError
from themes.ingest.clean import clean_text
from themes.ingest.discover import SUPPORTED_SUFFIXES, unsupported_reason
from themes.ingest.readers import survey as survey_reader
from themes.ingest.readers.docx import read_docx
from themes.ingest.readers.html import read_html
from themes.ingest.readers.pdf import read_pdf
from themes.ingest.readers.text import read_text
from themes.ingest.readoptions import SurveyOptions
from themes.types import RawDocument

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def read_document(
    path: Path, survey: SurveyOptions | None = None, *, strip_repeated_headers: bool = True
) -> RawDocument:
    """Read one file into a :class:`RawDocument` (blocks not yet cleaned or redacted).

    Args:
        path: the file.
        survey: how to read a ``.csv``/``.xlsx`` survey export (default: auto-detect).
        strip_repeated_headers: drop running headers/footers of PDFs (``IngestConfig.strip_repeated_headers``).

    Raises:
        UnsupportedFormatError, EmptyInputError, EncryptedInputError, MissingColumnError, InputFileError: with a
        one-line Dutch reason naming the file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFormatError(path, unsupported_reason(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputFileError(path, "bestand bestaat niet") from exc
    except IsADirectoryError as exc:
        raise InputFileError(path, "is een map, geen bestand") from exc
    except OSError as exc:
        raise InputFileError(path, f"kan het bestand niet lezen ({exc.strerror or exc})") from exc
    if not data.strip():
        raise EmptyInputError(path, "leeg bestand")
    survey = survey or SurveyOptions()
    try:
        blocks, title = _dispatch(path, suffix, data, survey, strip_repeated_headers)
    except InputFileError:
        raise
    except RecursionError as exc:
        raise InputFileError(path, "bestand is te diep genest om te lezen") from exc
    except Exception as exc:  # a reader library failed on a damaged file: report, never a traceback
        raise InputFileError(path, f"bestand is beschadigd of onleesbaar ({type(exc).__name__})") from exc
    if not any(clean_text(b.text) for b in blocks):
        raise EmptyInputError(path, "bevat geen tekst")
    return RawDocument(
        path=str(path),
        blocks=tuple(blocks),
        title=title or None,
        content_hash=hashlib.sha256(data).hexdigest(),
    )


def _dispatch(path: Path, suffix: str, data: bytes, survey: SurveyOptions, strip_headers: bool):
    if suffix in (".txt", ".md", ".mdown", ".markdown"):
        return read_text(path, data)
    if suffix == ".docx":
        if data.startswith(_OLE_MAGIC):
            raise EncryptedInputError(path, "Word-bestand is beveiligd met een wachtwoord (of het oude .doc-formaat)")
        return read_docx(path, data)
    if suffix == ".pdf":
        return read_pdf(path, data, strip_repeated_headers=strip_headers)
    if suffix in (".html", ".htm"):
        return read_html(path, data)
    if suffix == ".csv":
        return survey_reader.read_csv(path, data, survey), None
    return survey_reader.read_xlsx(path, data, survey), None
