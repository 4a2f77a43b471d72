"""PDF files through their text layer (pypdf); running headers, footers and page numbers removed."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from themes.errors import EmptyInputError, EncryptedInputError, InputFileError
from themes.ingest.clean import clean_text, split_list_marker, strip_repeated_lines
from themes.ingest.readers.text import text_to_blocks
from themes.types import Block

_HYPHEN_END = re.compile(r"[a-zà-ÿ]-$")
_MIN_TEXT_CHARS = 20
_LABEL_LINE = re.compile(r"^[A-ZÀ-Ý][\w .&/-]{1,30}:\s")  # "Aanwezig: …", "Actie Jeroen: …" start a new paragraph
_JUNK_TITLE = re.compile(
    r"^(?:|microsoft\b.*|untitled.*|naamloos.*|document\s*\d*|presentatie\s*\d*|.*\.(?:docx?|pptx?|pdf))$", re.I
)


def read_pdf(path: Path, data: bytes, *, strip_repeated_headers: bool = True) -> tuple[list[Block], str | None]:
    """Blocks and title of a PDF.

    Raises:
        EncryptedInputError: the PDF needs a password.
        EmptyInputError: the PDF has no text layer (probably a scan).
        InputFileError: the file is not a readable PDF.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported ciphers
                raise EncryptedInputError(path, "PDF is beveiligd met een wachtwoord") from exc
            if not opened:
                raise EncryptedInputError(path, "PDF is beveiligd met een wachtwoord")
        pages = [(page.extract_text() or "") for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except EncryptedInputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise InputFileError(path, "geen leesbare PDF (beschadigd of een ander formaat)") from exc
    if sum(len(p.strip()) for p in pages) < _MIN_TEXT_CHARS:
        raise EmptyInputError(
            path, "PDF zonder tekstlaag; waarschijnlijk een scan: haal het eerst door tekstherkenning (OCR)"
        )
    lines = [[line.rstrip() for line in page.splitlines() if line.strip()] for page in pages]
    if strip_repeated_headers:
        lines = strip_repeated_lines(lines)
    text = pdf_lines_to_text([line for page in lines for line in page])
    blocks, inferred = text_to_blocks(text, agenda_hint="agenda" in path.stem.casefold())
    title = "" if _JUNK_TITLE.match(meta_title.strip()) else clean_text(meta_title)
    return blocks, title or inferred


def pdf_lines_to_text(lines: list[str]) -> str:
    """Rebuild paragraphs from wrapped PDF lines: blank lines at paragraph ends, hyphenated words joined.

    A line ends a paragraph when it ends with sentence punctuation and is clearly shorter than the usual line,
    or when the next line starts a list item.
    """
    if not lines:
        return ""
    lengths = sorted(len(line) for line in lines if len(line) > 20)
    typical = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 60  # a full-width line
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if out and out[-1] != "" and _HYPHEN_END.search(out[-1]) and stripped[:1].islower():
            out[-1] = out[-1][:-1] + stripped
            current = out[-1]
        else:
            out.append(stripped)
            current = stripped
        next_is_item = split_list_marker(nxt)[0] is not None or bool(_LABEL_LINE.match(nxt))
        short = len(current) < 0.75 * typical
        if (
            next_is_item
            or (short and current.endswith((".", "?", "!", ":")))
            or (short and len(current.split()) <= 8 and nxt[:1].isupper())
        ):
            out.append("")
    return "\n".join(out)
