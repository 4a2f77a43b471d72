"""Frozen records that travel through the pipeline.

Every record validates itself in ``__post_init__``. Ids are stable: the same input gives the same ids.
Dates are ISO strings (``YYYY-MM-DD``) or ``None``; spans are half-open character offsets into the
original text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

PLACEHOLDER = re.compile(r"\[[A-Z]+(?:_\d+)?\]")
"""Any replacement token in stored text: pseudonyms such as ``[PERSOON_12]`` and the Woo marker ``[WOO]``."""

PROCEDURAL_THEME_ID = "T00"
"""The fixed theme of meeting logistics (attendance, dates, rooms): kept apart, never a substantive thread."""

DOC_TYPES: tuple[str, ...] = ("notulen", "agenda", "panelverslag", "memo", "enquete", "overig")
BLOCK_KINDS: tuple[str, ...] = ("heading", "paragraph", "list_item", "table_row", "answer", "table_header")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DAY_MONTH = re.compile(r"^--\d{2}-\d{2}$")


def stable_hash(text: str, length: int = 16) -> str:
    """Return a short, stable hex digest of ``text`` (sha256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def _check_date(value: str | None, what: str) -> None:
    if value is not None and not _ISO_DATE.match(value):
        raise ValueError(f"{what} must be YYYY-MM-DD, got {value!r}")


@dataclass(frozen=True, slots=True)
class Block:
    """One structural piece of a source document, as a reader found it (not yet cleaned or redacted).

    Attributes:
        text: the raw text of the block.
        kind: one of ``BLOCK_KINDS``.
        level: heading level (1 = top) for headings, list depth (1 = top) for list items, else 0.
        actor: a speaker or owner label the structure gives (a speaker column in a table), else None.
        source_id: the survey row id for survey answers, else None.
        question: the survey column (open question) an answer belongs to, else None.
        meta: per-row metadata of survey answers (``round``, ``date``, ``unit`` and other columns).
    """

    text: str
    kind: str = "paragraph"
    level: int = 0
    actor: str | None = None
    source_id: str | None = None
    question: str | None = None
    meta: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")
        if self.level < 0:
            raise ValueError("level must be >= 0")

    def meta_value(self, key: str) -> str | None:
        """Return the metadata value for ``key`` or None."""
        for k, v in self.meta:
            if k == key:
                return v
        return None


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader returns: the blocks of one file plus what the file itself says about it."""

    path: str
    blocks: tuple[Block, ...]
    title: str | None = None
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.path:
            raise ValueError("path is required")


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Metadata of a document, from CLI options, a manifest, or inferred.

    ``date_guessed``: the date's year was inferred (the document names only a day and month).
    ``day_month``: ``--MM-DD`` when the document names a day and month but no year could be inferred from
    itself; the year may still come from its neighbours in the series.
    """

    doc_type: str = "overig"
    date: str | None = None
    round: str | None = None
    title: str | None = None
    unit: str | None = None
    date_guessed: bool = False
    day_month: str | None = None

    def __post_init__(self) -> None:
        if self.doc_type not in DOC_TYPES:
            raise ValueError(f"unknown document type {self.doc_type!r}; choose from {', '.join(DOC_TYPES)}")
        _check_date(self.date, "date")
        if self.date_guessed and self.date is None:
            raise ValueError("date_guessed needs a date")
        if self.day_month is not None and not _DAY_MONTH.match(self.day_month):
            raise ValueError(f"day_month must be --MM-DD, got {self.day_month!r}")


@dataclass(frozen=True, slots=True)
class Document:
    """A stored document. ``doc_id`` derives from the content hash, so the same content is one document.

    ``date_guessed``: the year of ``date`` was inferred, the document names only a day and month (the report
    says "jaar geschat").
    """

    doc_id: str
    source_path: str
    title: str
    doc_type: str
    date: str | None
    round: str | None
    unit: str | None
    content_hash: str
    date_guessed: bool = False

    def __post_init__(self) -> None:
        if self.doc_type not in DOC_TYPES:
            raise ValueError(f"unknown document type {self.doc_type!r}")
        _check_date(self.date, "date")
        if self.date_guessed and self.date is None:
            raise ValueError("date_guessed needs a date")
        if not self.doc_id or not self.content_hash:
            raise ValueError("doc_id and content_hash are required")


@dataclass(frozen=True, slots=True)
class Segment:
    """An analysable unit: a sentence group, list item, table row or survey answer, with its context.

    ``text`` is cleaned; once stored it is always redacted. ``round``, ``date`` and ``unit`` are the
    segment's own (a survey row may carry its own round) and fall back to the document's.
    ``count`` > 1 means identical or near-identical short answers were collapsed into this unit;
    ``trivial`` units ("geen", "n.v.t.") are kept out of theme building.
    """

    segment_id: str
    doc_id: str
    position: int
    text: str
    heading: str = ""
    actor: str | None = None
    kind: str = "paragraph"
    list_level: int = 0
    source_id: str | None = None
    question: str | None = None
    round: str | None = None
    date: str | None = None
    unit: str | None = None
    count: int = 1
    trivial: bool = False

    def __post_init__(self) -> None:
        if not self.segment_id or not self.doc_id:
            raise ValueError("segment_id and doc_id are required")
        if not self.text.strip():
            raise ValueError(f"segment {self.segment_id} has no text")
        if self.count < 1:
            raise ValueError("count must be >= 1")
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown segment kind {self.kind!r}")
        _check_date(self.date, "date")

    @property
    def text_hash(self) -> str:
        """Stable hash of the (redacted) text, the key of the embedding cache."""
        return stable_hash(self.text, 32)


@dataclass(frozen=True, slots=True)
class Span:
    """A detected piece of personal data: half-open offsets into the original text."""

    start: int
    end: int
    label: str
    score: float = 1.0
    detector: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if not self.label or self.label != self.label.upper():
            raise ValueError(f"label must be upper case, got {self.label!r}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError("score must be in [0, 1]")

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Quote:
    """Evidence: a (redacted) segment quoted with its reference."""

    segment_id: str
    text: str
    document: str
    date: str | None = None
    round: str | None = None
    doc_type: str | None = None


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme (rode draad) with its readable description.

    ``theme_id`` is stable across runs and rounds. ``taxonomy`` is the key of the analysts' taxonomy
    theme it matches, else None; ``is_new`` marks themes found outside the taxonomy.
    """

    theme_id: str
    label: str
    keywords: tuple[str, ...] = ()
    size: int = 0
    taxonomy: str | None = None
    is_new: bool = False
    description: str = ""
    quotes: tuple[Quote, ...] = ()

    def __post_init__(self) -> None:
        if not self.theme_id or not self.label:
            raise ValueError("theme_id and label are required")
        if self.size < 0:
            raise ValueError("size must be >= 0")


@dataclass(frozen=True, slots=True)
class Assignment:
    """The theme of one segment. ``theme_id`` None means unassigned (outlier)."""

    segment_id: str
    theme_id: str | None
    probability: float = 0.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be in [0, 1]")


@dataclass(frozen=True, slots=True)
class RoundStat:
    """A theme's prevalence in one round."""

    round: str
    units: int
    share: float
    documents: int = 0
    org_units: int = 0


@dataclass(frozen=True, slots=True)
class ThemeTrend:
    """A theme compared across rounds, with the significance of its change."""

    theme_id: str
    label: str
    per_round: tuple[RoundStat, ...]
    change: float
    p_value: float | None
    effect_size: float | None
    status: str
    quotes_per_round: tuple[tuple[str, tuple[Quote, ...]], ...] = ()
    p_adjusted: float | None = None  # p_value corrected for the number of themes tested (None: not tested)
    p_overall: float | None = None  # chi-square over all rounds compared (None: two rounds or fewer)

    STATUSES = ("nieuw", "verdwenen", "blijvend", "groeiend", "afnemend", "te weinig data")

    def __post_init__(self) -> None:
        if self.status not in self.STATUSES:
            raise ValueError(f"unknown status {self.status!r}")


@dataclass(frozen=True, slots=True)
class Flag:
    """A recurring unresolved issue found in minutes and agendas."""

    flag_id: str
    kind: str
    description: str
    first_seen: str | None
    last_seen: str | None
    times_raised: int
    documents: tuple[str, ...] = ()
    evidence: tuple[Quote, ...] = ()
    owner: str | None = None
    status: str = "open"
    theme_id: str | None = None

    KINDS = ("uitgesteld", "actie", "terugkerend thema", "terugkerend punt")

    def __post_init__(self) -> None:
        if self.kind not in self.KINDS:
            raise ValueError(f"unknown flag kind {self.kind!r}")
        if self.times_raised < 1:
            raise ValueError("times_raised must be >= 1")
        _check_date(self.first_seen, "first_seen")
        _check_date(self.last_seen, "last_seen")


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest run did: per file added, skipped (already present) or failed with a reason."""

    added: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()
    segments_added: int = 0
    span_counts: tuple[tuple[str, int], ...] = field(default_factory=tuple)
