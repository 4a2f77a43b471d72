"""Document metadata: dates in Dutch notations, document types from words, precedence of given values."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from themes.ingest.clean import clean_text
from themes.ingest.readoptions import MetaOverrides
from themes.types import DocumentMeta, RawDocument

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"(?<!\d)(\d{4})[-_./](\d{1,2})[-_./](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(\d{2})(\d{2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-_./](\d{1,2})[-_./](\d{4})(?!\d)")
_WORDS = re.compile(rf"(?<!\d)(\d{{1,2}})(?:e|ste|de)?\s+({_MONTH_NAMES})\.?,?\s+(\d{{4}})(?!\d)", re.I)
_DATE_LABEL = re.compile(r"^\s*(?:datum(?:\s+en\s+tijd)?|date|vergaderdatum|d\.d\.)\s*:?\s*(.+)$", re.I)
_ROUND = re.compile(r"(?<![a-z])(?:ronde|round|meting)[\s_-]*(\d{1,2})(?!\d)", re.I)
_TYPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("panelverslag", ("groeipanel", "panelverslag", "panel")),
    ("agenda", ("agenda",)),
    ("notulen", ("notulen", "verslag", "notule", "besluitenlijst", "actielijst", "minutes")),
    ("memo", ("memo", "notitie", "nota")),
    ("enquete", ("enquete", "enquête", "survey", "vragenlijst", "uitvraag", "peiling")),
)
DOC_TYPE_SYNONYMS = {word: doc_type for doc_type, words in _TYPE_WORDS for word in words} | {
    "notulen": "notulen",
    "agenda": "agenda",
    "panelverslag": "panelverslag",
    "memo": "memo",
    "enquete": "enquete",
    "overig": "overig",
    "anders": "overig",
    "other": "overig",
}
_SURVEY_SUFFIXES = (".csv", ".xlsx")
_NON_LETTERS = re.compile(r"[^a-zà-ÿ]+")
_TEXT_SCAN_BLOCKS = 40
_DATE_SCAN_TOP = 6
_AGENDA_SCAN = 12


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO ``YYYY-MM-DD``, or None.

    Understands ``2024-03-11``, ``20240311``, ``11-03-2024``, ``11/3/2024`` and ``11 maart 2024`` (Dutch or
    English month names, abbreviated or not). Dates without a year are not guessed.
    """
    best: tuple[int, str] | None = None
    for pattern, order in ((_ISO, "ymd"), (_WORDS, "dMy"), (_DMY, "dmy"), (_COMPACT, "ymd")):
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            if order == "ymd":
                iso = _valid(int(a), int(b), int(c))
            elif order == "dmy":
                iso = _valid(int(c), int(b), int(a))
            else:
                iso = _valid(int(c), MONTHS[b.lower().rstrip(".")], int(a))
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
                break
    return best[1] if best else None


def parse_date(value: object) -> str | None:
    """A date value from a manifest, CLI option or spreadsheet cell as ISO, or None when it holds no date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return find_date(text) if text else None


def normalise_doc_type(value: str) -> str | None:
    """A document type from a word the analyst uses (``verslag`` -> ``notulen``), or None if unknown."""
    return DOC_TYPE_SYNONYMS.get(value.strip().casefold().replace("ê", "e"))


def infer_doc_type(path: Path, title: str | None) -> str:
    """The document type from words in the file name, then the title; survey exports are ``enquete``."""
    for source in (path.stem, title or ""):
        words = source.casefold().replace("ê", "e")
        tokens = set(_NON_LETTERS.split(words))
        for doc_type, keys in _TYPE_WORDS:
            if any((key in words) if len(key) >= 6 else (key in tokens) for key in keys):
                return doc_type
    if path.suffix.lower() in _SURVEY_SUFFIXES:
        return "enquete"
    return "overig"


def _has_agenda_heading(raw: RawDocument) -> bool:
    for block in raw.blocks[:_AGENDA_SCAN]:
        if block.kind == "heading" and clean_text(block.text).rstrip(":").strip().casefold() == "agenda":
            return True
    return False


def infer_date(raw: RawDocument, path: Path) -> str | None:
    """The date from the file name, else a labelled date line, else the title or a dated line at the top.

    A labelled line looks like "Datum: 11 maart 2024"; dates deeper in the text (references to earlier
    events) are not taken as the document's date.
    """
    found = find_date(path.stem)
    if found:
        return found
    head = raw.blocks[:_TEXT_SCAN_BLOCKS]
    for block in head:
        m = _DATE_LABEL.match(block.text)
        if m and (found := find_date(clean_text(m.group(1)))):
            return found
    if raw.title and (found := find_date(raw.title)):
        return found
    for block in raw.blocks[:_DATE_SCAN_TOP]:  # a dated heading line at the top ("Stuurgroep 9 oktober 2024")
        if block.kind in ("heading", "paragraph") and len(block.text) <= 120 and (found := find_date(block.text)):
            return found
    return None


def infer_round(path: Path, title: str | None) -> str | None:
    """A round named in the file name or title ("groeipanel_ronde2" -> "ronde 2"), else None."""
    for source in (path.stem, title or ""):
        m = _ROUND.search(source)
        if m:
            return f"ronde {int(m.group(1))}"
    return None


def _doc_type(raw: RawDocument, path: Path) -> str:
    inferred = infer_doc_type(path, raw.title)
    if inferred == "overig" and _has_agenda_heading(raw):
        return "agenda"
    return inferred


# a letterhead (the organisation's name) or a broken-off first line is not a title: "City of", "Gemeente Utrecht"
_LETTERHEAD = re.compile(
    r"^(the\s+)?(city|municipality|county|province|ministry|council|state|gemeente|provincie|ministerie|stadsdeel|"
    r"waterschap|college)(\s+(of|van|der|den|de|het))*(\s+\S+){0,2}$",
    re.I,
)
_DANGLING = frozenset({"of", "the", "and", "for", "to", "a", "an", "in", "on", "van", "de", "het", "der", "den", "en",
                       "voor", "op", "met", "aan", "te", "een"})


def real_title(raw: RawDocument, candidates: int = 3) -> str:
    """The document's title when it reads as one, else its first headings that do; empty when none does.

    A letterhead ("City of Amsterdam", "Gemeente Utrecht") or a first line broken off after a function word
    ("City of") names the sender, not the document, and would be shown as the source of every quote.
    """
    texts = [raw.title or ""] + [b.text for b in raw.blocks if b.kind == "heading"][:candidates]
    for text in texts:
        title = clean_text(" ".join(text.split())) if text else ""
        words = title.split()
        if not words or _LETTERHEAD.match(title) or words[-1].casefold().strip(".,:;") in _DANGLING:
            continue
        if not any(ch.isalpha() for ch in title.replace("WOO", "").replace("PERSOON", "")):
            continue
        return title
    return ""


def infer_meta(raw: RawDocument, path: Path, given: MetaOverrides | None = None) -> DocumentMeta:
    """Document metadata: values in ``given`` win, the rest is inferred.

    Combine CLI options and manifest values first with ``cli.over(manifest)`` (CLI wins). Type, date and round
    are inferred from the file name and the text; the title falls back to the file stem.
    """
    given = given or MetaOverrides()
    title = given.title or real_title(raw) or path.stem
    return DocumentMeta(
        doc_type=given.doc_type or _doc_type(raw, path),
        date=given.date or infer_date(raw, path),
        round=given.round or infer_round(path, raw.title),
        title=title,
        unit=given.unit,
    )
