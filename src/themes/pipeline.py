"""Ingest orchestration: files -> read, clean, segment -> redact -> store.

Redaction sits between reading and storing: nothing unredacted reaches the workspace. All files of one call are
redacted as one batch, so a name found in one file is also redacted where it appears alone in another, and its
persons are numbered in one pass by the workspace's person registry (one pseudonym per person, the same whatever
the order of the files or of the workers; see ``themes.redact.persons``). The whole
call is stored in one transaction: a failure half way leaves the workspace as it was. A file that cannot be read is
reported with a one-line reason and the other files still go through. Files are read and segmented, and texts
redacted, on all usable cores (forked workers; the results are those of one process).
"""

from __future__ import annotations

import dataclasses
import functools
import gc
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import ParamSpec, TypeVar

from themes.config import PipelineConfig, RedactConfig
from themes.errors import InputFileError, ThemesError
from themes.ingest import (
    ManifestEntry,
    MetaOverrides,
    SurveyOptions,
    discover,
    infer_meta,
    load_manifest,
    read_document,
    segment_document,
)
from themes.ingest.dating import Dated, date_series
from themes.ingest.filemap import map_files
from themes.records import RECORD_TYPES, MeetingRecord, parse_records, parser_version
from themes.redact import Redactor
from themes.redact.documents import is_absent_heading
from themes.redact.persons import PersonRegistry
from themes.redact.pool import redact_parallel
from themes.redact.wordlists import load_lexicon
from themes.store import Workspace
from themes.types import Document, IngestReport, RawDocument, Segment

Progress = Callable[[str], None]
P = ParamSpec("P")
R = TypeVar("R")


@dataclasses.dataclass(frozen=True, slots=True)
class _Prepared:
    path: Path
    document: Document
    segments: tuple[Segment, ...]
    day_month: str | None = None  # "--MM-DD": the document names a day and month but no year


def merge_survey(cli: SurveyOptions | None, manifest: SurveyOptions | None) -> SurveyOptions:
    """Survey options from the CLI when any were given, else from the manifest, else auto-detection."""
    if cli is not None and cli != SurveyOptions():
        return cli
    return manifest or SurveyOptions()


def _prepare(
    path: Path, raw: RawDocument, overrides: MetaOverrides, config: PipelineConfig
) -> _Prepared:
    meta = infer_meta(raw, path, overrides)
    doc_id = raw.content_hash[:16]
    document = Document(
        doc_id=doc_id,
        source_path=str(path),
        title=meta.title or path.stem,
        doc_type=meta.doc_type,
        date=meta.date,
        round=meta.round,
        unit=meta.unit,
        content_hash=raw.content_hash,
        date_guessed=meta.date_guessed,
    )
    segments = segment_document(raw, document, config.ingest)
    return _Prepared(path, document, tuple(segments), meta.day_month)


def _dated_by_series(prepared: list[_Prepared], stored: Sequence[Document]) -> list[_Prepared]:
    """Documents that name only a day and month get the year their dated neighbours in the folder give (guessed)."""
    series = [Dated(p.document.source_path, p.document.date, p.day_month) for p in prepared]
    series += [Dated(d.source_path, d.date) for d in stored]
    found = date_series(series)
    out = list(prepared)
    for i, iso in found.items():
        item = prepared[i]
        document = dataclasses.replace(item.document, date=iso, date_guessed=True)
        segments = tuple(s if s.date else dataclasses.replace(s, date=iso) for s in item.segments)
        out[i] = _Prepared(item.path, document, segments)
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class _Read:
    """One file read and segmented: its content hash (None when unreadable), the result or why it failed."""

    content_hash: str | None
    item: _Prepared | None = None
    failure: str | None = None


def _failure(exc: Exception) -> str:
    """The one-line reason a file could not be used."""
    if isinstance(exc, InputFileError):
        return exc.reason
    if isinstance(exc, ThemesError):
        return str(exc)
    return f"kan niet worden verwerkt: {exc}"


_FILE_ERRORS = (ThemesError, ValueError, OSError)


def _read(
    path: Path,
    entry: ManifestEntry | None,
    survey: SurveyOptions,
    overrides: MetaOverrides,
    config: PipelineConfig,
    stored: Collection[str] = (),
) -> _Read:
    """Read and segment one file; content already ``stored`` is read but not segmented (it will be skipped).

    No workspace access: this may run in a worker process.
    """
    try:
        raw = read_document(path, survey, strip_repeated_headers=config.ingest.strip_repeated_headers)
    except _FILE_ERRORS as exc:
        return _Read(None, failure=_failure(exc))
    if raw.content_hash in stored:
        return _Read(raw.content_hash)
    try:
        meta = overrides.over(entry.meta if entry else None)  # CLI wins over the manifest
        return _Read(raw.content_hash, _prepare(path, raw, meta, config))
    except _FILE_ERRORS as exc:
        return _Read(raw.content_hash, failure=_failure(exc))


def absent_texts(prepared: Sequence[_Prepared]) -> frozenset[str]:
    """The segment texts under a heading of those absent ("Afgemeld"): a list of names there lists people not there.

    Also the segment right after one whose text is such a heading (a short list of names under "## Afgemeld" may
    be read as a heading of its own).
    """
    absent = load_lexicon().absent_openers
    out: set[str] = set()
    for item in prepared:
        after = False
        for seg in item.segments:
            if after or is_absent_heading(seg.heading, absent):
                out.add(seg.text)
            after = is_absent_heading(seg.text, absent)
    return frozenset(out)


def _redact(prepared: list[_Prepared], redactor: Redactor) -> tuple[list[_Prepared], dict[str, dict[str, int]]]:
    """Redact texts, headings, actors, titles and file names of all prepared documents in one batch."""
    docs_of: dict[str, set[int]] = {}  # text -> the documents it is in (a first name alone is first their person)
    for k, item in enumerate(prepared):
        for text in (
            item.document.title, item.document.unit,
            *Path(item.document.source_path).parts,  # folder names can hold a name too
            *(t for seg in item.segments for t in (seg.text, seg.heading, seg.actor, seg.question, seg.source_id,
                                                    seg.unit)),
        ):
            if text:
                docs_of.setdefault(text, set()).add(k)
    texts = list(docs_of)
    # same results as redactor.redact_batch, on all usable cores
    results = redact_parallel(redactor, texts, groups=[docs_of[t] for t in texts],
                              dates={k: item.document.date for k, item in enumerate(prepared)},
                              absent=absent_texts(prepared))
    redacted: dict[str, str] = {}  # only the texts that change
    counts_of: dict[str, dict[str, int]] = {}
    for text, result in zip(texts, results, strict=True):
        if result.spans:
            redacted[text] = result.redacted
            counts_of[text] = result.counts()
    del results

    def red(text: str | None) -> str | None:
        return redacted.get(text, text) if text else text

    def red_segment(s: Segment) -> Segment:
        if not any(t in redacted for t in (s.text, s.heading, s.actor, s.question, s.source_id, s.unit) if t):
            return s  # nothing to replace: the frozen segment is reused as it is
        return dataclasses.replace(s, text=red(s.text), heading=red(s.heading) or "", actor=red(s.actor),
                                   question=red(s.question), source_id=red(s.source_id), unit=red(s.unit))

    out: list[_Prepared] = []
    audit: dict[str, dict[str, int]] = {}
    for item in prepared:
        doc = item.document
        name = Path(doc.source_path).name
        safe_path = str(Path(*[red(part) or part for part in Path(doc.source_path).parts]))
        counts: dict[str, int] = {}
        # every occurrence counts, so a heading repeated over ten units counts once per unit it heads
        fields_ = (doc.title, name, *(t for s in item.segments for t in (s.text, s.heading, s.actor, s.source_id)))
        for text in fields_:
            for label, n in counts_of[text].items() if text in counts_of else ():
                counts[label] = counts.get(label, 0) + n
        new_doc = dataclasses.replace(doc, title=red(doc.title) or doc.title, source_path=safe_path, unit=red(doc.unit))
        out.append(_Prepared(item.path, new_doc, tuple(red_segment(s) for s in item.segments)))
        audit[doc.doc_id] = counts
    return out, audit


def _gc_paused(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with the cyclic garbage collector paused (and restored after).

    Ingest makes hundreds of thousands of objects and no cycles worth collecting; every collection would walk
    all of them, and forked workers would copy each page of the inherited objects it touches.
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused


def _with_unit_names(config: PipelineConfig, prepared: Sequence[_Prepared]) -> RedactConfig:
    """The redaction config with the organisation units of this ingest allowed.

    The survey's unit column and the manifest name directies and teams ("Grond en Ontwikkeling"), never persons,
    so those words are never names.
    """
    units = {item.document.unit for item in prepared if item.document.unit}
    units |= {s.unit for item in prepared for s in item.segments if s.unit}
    units -= set(config.redact.allowlist)
    if not units:
        return config.redact
    return config.redact.model_copy(update={"allowlist": [*config.redact.allowlist, *sorted(units)]})


def _store_new_records(ws: Workspace) -> tuple[list[Document], dict[str, tuple[str, str]], dict[str, MeetingRecord]]:
    """Parse and store the meeting records that are missing or were made by another parser version.

    Returns the documents that have a record, the records stored before (version, JSON) and the new ones.
    """
    version = parser_version()
    stored = ws.meeting_records()
    documents = [d for d in ws.documents() if d.doc_type in RECORD_TYPES]
    stale = [d for d in documents if stored.get(d.doc_id, ("",))[0] != version]
    fresh = parse_records(stale, ws.segments(doc_ids=[d.doc_id for d in stale])) if stale else {}
    if fresh:
        ws.save_meeting_records({doc_id: (version, record.to_json()) for doc_id, record in fresh.items()})
    return documents, stored, fresh


def meeting_records(ws: Workspace) -> dict[str, MeetingRecord]:
    """The meeting record of every minutes, agenda or other non-survey document, parsed once and stored.

    A record is parsed from the stored (redacted) units when it is missing or was made by another parser version
    (``themes.records.parser_version``), then saved; the others are read back as they are.
    """
    documents, stored, fresh = _store_new_records(ws)
    return {d.doc_id: fresh.get(d.doc_id) or MeetingRecord.from_json(stored[d.doc_id][1]) for d in documents}


@_gc_paused
def ingest_paths(
    ws: Workspace,
    paths: Sequence[Path],
    config: PipelineConfig,
    *,
    overrides: MetaOverrides | None = None,
    survey: SurveyOptions | None = None,
    manifest: Path | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Add the documents under ``paths`` to the workspace; the same content twice adds nothing.

    Returns an ``IngestReport`` with the files added, skipped (already present) and failed (with reasons).
    Raises ``ThemesError`` only for problems that stop the whole call (a bad manifest, a damaged workspace).
    """
    overrides = overrides or MetaOverrides()
    entries = load_manifest(manifest) if manifest is not None else {}
    files, unsupported = discover([Path(p) for p in paths])
    failed: list[tuple[str, str]] = [(str(p), reason) for p, reason in unsupported]
    skipped: list[str] = []
    if manifest is not None:
        # with a manifest, folders contribute only the files it lists (not the manifest itself or a README)
        named = {Path(p).resolve() for p in paths if Path(p).is_file()}
        listed = set(entries) | named
        files = [f for f in files if f.resolve() in listed and f.resolve() != Path(manifest).resolve()]
        failed = [(p, r) for p, r in failed if Path(p).resolve() in listed]
    stored = {doc.content_hash for doc in ws.documents()} if files else set()

    def read(path: Path) -> _Read:
        entry = entries.get(path.resolve())
        return _read(path, entry, merge_survey(survey, entry.survey if entry else None), overrides, config, stored)

    prepared: list[_Prepared] = []
    seen_hashes: set[str] = set()
    for path, done in zip(files, map_files(read, files), strict=True):  # read and segmented on all usable cores
        if done.content_hash is None:
            failed.append((str(path), done.failure or ""))
            continue
        if done.content_hash in seen_hashes or ws.has_content(done.content_hash):
            skipped.append(str(path))
            continue
        if done.item is None:
            failed.append((str(path), done.failure or ""))
            continue
        item = done.item
        if not item.segments:
            failed.append((str(path), "bevat geen tekst om te analyseren"))
            continue
        seen_hashes.add(done.content_hash)
        prepared.append(item)
        if progress:
            progress(f"gelezen: {path} ({len(item.segments)} eenheden)")

    if any(item.day_month for item in prepared):
        prepared = _dated_by_series(prepared, ws.documents())
    audit: dict[str, dict[str, int]] = {}
    new_hashes: set[str] = set()
    new_persons: tuple[list, list] = ([], [])
    if prepared:  # redaction cannot be switched off: nothing unredacted is ever stored
        known = ws.name_hashes()
        persons = PersonRegistry.from_rows(ws.key, ws.person_entries(), ws.person_tokens(), legacy=known)
        redactor = Redactor(_with_unit_names(config, prepared), ws.key, known, persons)
        prepared, audit = _redact(prepared, redactor)
        new_hashes = redactor.new_name_hashes()
        new_persons = persons.new_rows()

    added: list[str] = []
    n_segments = 0
    totals: dict[str, int] = {}
    with ws.transaction():
        for item in prepared:
            counts = audit.get(item.document.doc_id, {})
            if ws.add_document(item.document, item.segments, counts):
                added.append(str(item.path))
                n_segments += len(item.segments)
                for label, n in counts.items():
                    totals[label] = totals.get(label, 0) + n
            else:  # stored meanwhile by another ingest of the same files
                skipped.append(str(item.path))
        ws.add_name_hashes(new_hashes)
        ws.add_persons(*new_persons)
    _store_new_records(ws)
    return IngestReport(
        added=tuple(added),
        skipped=tuple(skipped),
        failed=tuple(failed),
        segments_added=n_segments,
        span_counts=tuple(sorted(totals.items())),
    )
