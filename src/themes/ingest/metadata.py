"""Document metadata: its date (a year inferred when it names none), its type from words; given values first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from themes.ingest.clean import clean_text
from themes.ingest.readoptions import MetaOverrides
from themes.text.dates import DayMonth, find_date, find_dates, find_day_month, year_from_hints, years_in
from themes.types import DocumentMeta, RawDocument

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
        if "agenda" in tokens and tokens & {"verslag", "notulen"}:
            return "notulen"  # "Agenda en verslag 2023-05-09": the minutes, with their agenda
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


@dataclass(frozen=True, slots=True)
class DateFound:
    """A document's date: ISO when known (``guessed`` when its year was inferred), else a day and month or nothing."""

    iso: str | None = None
    guessed: bool = False
    day_month: DayMonth | None = None


def _date_places(raw: RawDocument, path: Path) -> tuple[list[str], list[str]]:
    """Where a document names its own date: the places that say so, then the lines at the top.

    The first are the file name, a labelled line ("Datum: 11 maart 2024") and the title; the second a dated
    heading or short line at the top ("Stuurgroep 9 oktober 2024"). Dates deeper in the text (references to
    earlier events) are not the document's date.
    """
    named = [path.stem]
    named += [clean_text(m.group(1)) for b in raw.blocks[:_TEXT_SCAN_BLOCKS] if (m := _DATE_LABEL.match(b.text))]
    if raw.title:
        named.append(raw.title)
    top = [b.text for b in raw.blocks[:_DATE_SCAN_TOP] if b.kind in ("heading", "paragraph") and len(b.text) <= 120]
    return named, top


def infer_date(raw: RawDocument, path: Path) -> DateFound:
    """The document's date; a day and month without a year gets a year when one can be inferred.

    In order: a full date in the file name, a labelled line or the title; a day and month there; a full date in a
    line at the top; a day and month there. A day and month alone ("verslag 13 maart", "Datum: 5 februari") takes
    the year named in the file name or its folders, else the year most of the document's other full dates fall
    in, and the date is marked as guessed. Without either the day and month are kept, so that the year can come
    from the document's neighbours in the series (``themes.ingest.dating``).
    """
    named, top = _date_places(raw, path)
    day_month: DayMonth | None = None
    for places in (named, top):
        if found := next((iso for place in places if (iso := find_date(place))), None):
            return DateFound(found)
        if day_month := next((dm for place in places if (dm := find_day_month(place))), None):
            break
    if day_month is None:
        return DateFound()
    folders = " ".join(path.parts[:-1][-3:])
    year = year_from_hints(day_month, years_in(f"{path.stem} {folders}"))
    if year is None:
        other = [iso for block in raw.blocks for iso in find_dates(block.text)]
        year = year_from_hints(day_month, (int(iso[:4]) for iso in other))
    if year is None:
        return DateFound(day_month=day_month)
    return DateFound(day_month.in_year(year).isoformat(), guessed=True)  # type: ignore[union-attr]


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
    found = DateFound(given.date) if given.date else infer_date(raw, path)
    day_month = found.day_month
    return DocumentMeta(
        doc_type=given.doc_type or _doc_type(raw, path),
        date=found.iso,
        round=given.round or infer_round(path, raw.title),
        title=title,
        unit=given.unit,
        date_guessed=found.guessed,
        day_month=f"--{day_month.month:02d}-{day_month.day:02d}" if day_month else None,
    )
