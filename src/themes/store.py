"""The workspace: one folder with an SQLite database, a secret key and saved models.

This is the only module that writes the database. Every change runs in a transaction, so a failure half
way leaves the workspace as it was. Only redacted text is ever handed to it.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields
from operator import attrgetter
from pathlib import Path

import numpy as np

from themes.errors import WorkspaceError
from themes.types import Assignment, Document, Quote, Segment, Theme

DB_NAME = "themes.db"
KEY_NAME = "sleutel.key"
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, source_path TEXT NOT NULL, title TEXT NOT NULL, doc_type TEXT NOT NULL,
    date TEXT, round TEXT, unit TEXT, content_hash TEXT NOT NULL UNIQUE, seq INTEGER NOT NULL,
    date_guessed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS segments (
    segment_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id), position INTEGER NOT NULL,
    text TEXT NOT NULL, heading TEXT NOT NULL, actor TEXT, kind TEXT NOT NULL, list_level INTEGER NOT NULL,
    source_id TEXT, question TEXT, round TEXT, date TEXT, unit TEXT, count INTEGER NOT NULL, trivial INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS segments_doc ON segments(doc_id, position);
CREATE TABLE IF NOT EXISTS redaction_counts (
    doc_id TEXT NOT NULL, label TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (doc_id, label)
);
CREATE TABLE IF NOT EXISTS name_registry (token_hash TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS person_registry (
    key_hash TEXT PRIMARY KEY, number INTEGER NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS person_tokens (
    token_hash TEXT NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (token_hash, number)
);
CREATE TABLE IF NOT EXISTS embeddings (
    encoder TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (encoder, text_hash)
);
CREATE TABLE IF NOT EXISTS themes (
    theme_id TEXT PRIMARY KEY, label TEXT NOT NULL, keywords TEXT NOT NULL, size INTEGER NOT NULL,
    taxonomy TEXT, is_new INTEGER NOT NULL, description TEXT NOT NULL, quotes TEXT NOT NULL, centroid BLOB
);
CREATE TABLE IF NOT EXISTS assignments (
    segment_id TEXT PRIMARY KEY, theme_id TEXT, probability REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS meeting_records (
    doc_id TEXT PRIMARY KEY, version TEXT NOT NULL, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS theme_overrides (
    theme_id TEXT PRIMARY KEY, label TEXT, merged_into TEXT
);
CREATE TABLE IF NOT EXISTS theme_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, run TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL
);
"""

def _open_error(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """One Dutch line for a workspace database that cannot be opened, naming the workspace folder."""
    text = str(exc).casefold()
    if "full" in text:
        return WorkspaceError(f"schijf vol: werkmap {path} kan niet worden geopend; maak ruimte vrij")
    if "locked" in text or "busy" in text:
        return WorkspaceError(f"werkmap {path} is bezet door een andere opdracht; probeer het zo opnieuw")
    if "readonly" in text or "unable to open" in text:
        return WorkspaceError(f"werkmap {path} is alleen-lezen of niet te openen (controleer de rechten op de map)")
    return WorkspaceError(f"werkmap {path}: de database kan niet worden geopend (beschadigd?)")


_SEGMENT_COLUMNS = [f.name for f in fields(Segment)]
_DOCUMENT_COLUMNS = [f.name for f in fields(Document)]
_document_values = attrgetter(*_DOCUMENT_COLUMNS)
_DOC_ID, _POSITION = _SEGMENT_COLUMNS.index("doc_id"), _SEGMENT_COLUMNS.index("position")


#: Columns added after a workspace format was first released: (table, column, definition).
_ADDED_COLUMNS = (("documents", "date_guessed", "INTEGER NOT NULL DEFAULT 0"),)


def _add_missing_columns(conn: sqlite3.Connection) -> None:
    """Add the columns a workspace made by an older version lacks (its rows get the column's default)."""
    for table, column, definition in _ADDED_COLUMNS:
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")


class Workspace:
    """A workspace folder. Open it with ``Workspace.open`` or make one with ``Workspace.create``."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._depth = 0

    # ------------------------------------------------------------------ life cycle
    @classmethod
    def create(cls, path: str | Path) -> Workspace:
        """Create (or open, when it exists) a workspace at ``path`` with a fresh secret key."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        key_path = path / KEY_NAME
        if not key_path.exists():
            tmp = key_path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32))
            os.replace(tmp, key_path)
        (path / "modellen").mkdir(exist_ok=True)
        ws = cls._connect(path)
        ws._conn.executescript(_SCHEMA)
        ws._conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        return ws

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> Workspace:
        """Open an existing workspace; with ``create`` make it when missing.

        Raises:
            WorkspaceError: there is no workspace at ``path`` (and ``create`` is False).
        """
        path = Path(path)
        if not (path / DB_NAME).exists() or not (path / KEY_NAME).exists():
            if create:
                return cls.create(path)
            raise WorkspaceError(f"{path}: geen werkmap (maak er een met 'themes init {path}')")
        ws = cls._connect(path)
        try:
            ws._conn.executescript(_SCHEMA)
            _add_missing_columns(ws._conn)
        except sqlite3.Error as exc:
            ws.close()
            raise _open_error(path, exc) from exc
        return ws

    @classmethod
    def _connect(cls, path: Path) -> Workspace:
        try:
            conn = sqlite3.connect(path / DB_NAME, isolation_level=None, timeout=30)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:  # depends on the file system: read-only, full, locked, damaged
            raise _open_error(path, exc) from exc
        return cls(path, conn)

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the body in one transaction (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    @property
    def key(self) -> bytes:
        """The workspace's secret key for pseudonyms. Never written anywhere else."""
        return bytes.fromhex((self.path / KEY_NAME).read_text().strip())

    @property
    def models_dir(self) -> Path:
        """Folder for saved theme models."""
        folder = self.path / "modellen"
        folder.mkdir(exist_ok=True)
        return folder

    # ------------------------------------------------------------------ documents and segments
    def has_content(self, content_hash: str) -> bool:
        """True when a document with this content is already stored."""
        row = self._conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def add_document(
        self, document: Document, segments: Sequence[Segment], span_counts: dict[str, int] | None = None
    ) -> bool:
        """Store a document with its (redacted) segments; False when its content was already there."""
        with self.transaction() as conn:
            if self.has_content(document.content_hash):
                return False
            seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
            conn.execute(
                f"INSERT INTO documents ({', '.join(_DOCUMENT_COLUMNS)}, seq) VALUES ({', '.join('?' * (len(_DOCUMENT_COLUMNS) + 1))})",
                (*_document_values(document), seq),
            )
            conn.executemany(
                f"INSERT INTO segments ({', '.join(_SEGMENT_COLUMNS)}) VALUES ({', '.join('?' * len(_SEGMENT_COLUMNS))})",
                [_segment_row(s) for s in segments],
            )
            conn.executemany(
                "INSERT INTO redaction_counts VALUES (?, ?, ?)",
                [(document.doc_id, label, n) for label, n in sorted((span_counts or {}).items()) if n],
            )
        return True

    def documents(self) -> list[Document]:
        """All documents in the order they were added."""
        rows = self._conn.execute(f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents ORDER BY seq").fetchall()
        return [Document(*row[:-1], date_guessed=bool(row[-1])) for row in rows]

    def segments(self, *, include_trivial: bool = True, doc_ids: Iterable[str] | None = None) -> list[Segment]:
        """Segments in document order, then position."""
        sql = f"SELECT {', '.join(_SEGMENT_COLUMNS)} FROM segments"
        where, params = [], []
        if not include_trivial:
            where.append("trivial = 0")
        if doc_ids is not None:
            ids = list(doc_ids)
            where.append(f"doc_id IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
        if where:
            sql += " WHERE " + " AND ".join(where)
        # a plain table scan sorted here is faster than a join ordered by SQLite (100,000 rows and more)
        seq = dict(self._conn.execute("SELECT doc_id, seq FROM documents"))
        rows = [row for row in self._conn.execute(sql, params) if row[_DOC_ID] in seq]
        rows.sort(key=lambda row: (seq[row[_DOC_ID]], row[_POSITION]))
        return [_segment_from_row(row) for row in rows]

    def span_counts(self) -> dict[str, dict[str, int]]:
        """Per document id, counts of redacted spans per label (never the values)."""
        out: dict[str, dict[str, int]] = {}
        for doc_id, label, n in self._conn.execute("SELECT doc_id, label, n FROM redaction_counts ORDER BY 1, 2"):
            out.setdefault(doc_id, {})[label] = n
        return out

    # ------------------------------------------------------------------ redaction registry
    def name_hashes(self) -> set[str]:
        """Keyed hashes of name tokens found earlier, for propagation across ingests."""
        return {row[0] for row in self._conn.execute("SELECT token_hash FROM name_registry")}

    def add_name_hashes(self, hashes: Iterable[str]) -> None:
        """Remember keyed hashes of name tokens (never the names)."""
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO name_registry VALUES (?)", [(h,) for h in hashes])

    def person_entries(self) -> list[tuple[str, int, int, str]]:
        """The person registry: (key hash, pseudonym number, seq, kind) per name, oldest first.

        Rows of ``themes.redact.persons.PersonEntry``: keyed hashes and numbers, never a name.
        """
        return list(self._conn.execute("SELECT key_hash, number, seq, kind FROM person_registry ORDER BY seq, key_hash"))

    def person_tokens(self) -> list[tuple[str, int]]:
        """(token hash, pseudonym number) for every token of every full name in the person registry."""
        return list(self._conn.execute("SELECT token_hash, number FROM person_tokens ORDER BY token_hash, number"))

    def add_persons(self, entries: Iterable[Sequence], tokens: Iterable[Sequence]) -> None:
        """Remember new persons: (key hash, number, seq, kind) and (token hash, number) rows.

        An entry stored meanwhile by another ingest stays as it is.
        """
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO person_registry VALUES (?, ?, ?, ?)", [tuple(e) for e in entries])
            conn.executemany("INSERT OR IGNORE INTO person_tokens VALUES (?, ?)", [tuple(t) for t in tokens])

    # ------------------------------------------------------------------ embedding cache
    def cached_embeddings(self, encoder: str, text_hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """Cached vectors for the given text hashes (missing ones are absent)."""
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(text_hashes), 900):
            chunk = list(text_hashes[start : start + 900])
            rows = self._conn.execute(
                f"SELECT text_hash, vector FROM embeddings WHERE encoder = ? AND text_hash IN ({', '.join('?' * len(chunk))})",
                (encoder, *chunk),
            )
            for text_hash, blob in rows:
                out[text_hash] = np.frombuffer(blob, dtype=np.float32)
        return out

    def cache_embeddings(self, encoder: str, vectors: dict[str, np.ndarray]) -> None:
        """Store vectors keyed by (encoder, text hash)."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
                [(encoder, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
            )

    # ------------------------------------------------------------------ themes
    def save_themes(
        self,
        themes: Sequence[Theme],
        assignments: Sequence[Assignment],
        centroids: dict[str, np.ndarray] | None = None,
        events: Sequence[tuple[str, str]] = (),
        run: str = "",
    ) -> None:
        """Replace the current themes and assignments in one transaction."""
        centroids = centroids or {}
        with self.transaction() as conn:
            conn.execute("DELETE FROM themes")
            conn.execute("DELETE FROM assignments")
            conn.executemany(
                "INSERT INTO themes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        t.theme_id, t.label, json.dumps(list(t.keywords), ensure_ascii=False), t.size, t.taxonomy,
                        int(t.is_new), t.description, json.dumps([asdict(q) for q in t.quotes], ensure_ascii=False),
                        np.asarray(centroids[t.theme_id], dtype=np.float32).tobytes() if t.theme_id in centroids else None,
                    )
                    for t in themes
                ],
            )
            conn.executemany(
                "INSERT INTO assignments VALUES (?, ?, ?)",
                [(a.segment_id, a.theme_id, float(a.probability)) for a in assignments],
            )
            conn.executemany("INSERT INTO theme_events (run, kind, detail) VALUES (?, ?, ?)",
                             [(run, kind, detail) for kind, detail in events])

    def themes(self) -> list[Theme]:
        """The current themes, as last saved (overrides not applied)."""
        rows = self._conn.execute(
            "SELECT theme_id, label, keywords, size, taxonomy, is_new, description, quotes FROM themes ORDER BY theme_id"
        )
        return [
            Theme(tid, label, tuple(json.loads(kw)), size, tax, bool(new), desc,
                  tuple(Quote(**q) for q in json.loads(quotes)))
            for tid, label, kw, size, tax, new, desc, quotes in rows
        ]

    def centroids(self) -> dict[str, np.ndarray]:
        """Theme centroids as last saved."""
        rows = self._conn.execute("SELECT theme_id, centroid FROM themes WHERE centroid IS NOT NULL")
        return {tid: np.frombuffer(blob, dtype=np.float32) for tid, blob in rows}

    def assignments(self) -> list[Assignment]:
        """The current assignment of every analysed segment."""
        rows = self._conn.execute("SELECT segment_id, theme_id, probability FROM assignments ORDER BY segment_id")
        return [Assignment(sid, tid, min(1.0, max(0.0, p))) for sid, tid, p in rows]

    def theme_events(self) -> list[tuple[str, str, str]]:
        """(run, kind, detail) of splits, merges and matches, oldest first."""
        return list(self._conn.execute("SELECT run, kind, detail FROM theme_events ORDER BY seq"))

    def set_override(self, theme_id: str, *, label: str | None = None, merged_into: str | None = None) -> None:
        """Remember an analyst's rename or merge; kept across re-runs."""
        with self.transaction() as conn:
            row = conn.execute("SELECT label, merged_into FROM theme_overrides WHERE theme_id = ?", (theme_id,)).fetchone()
            old_label, old_merge = row if row else (None, None)
            conn.execute(
                "INSERT OR REPLACE INTO theme_overrides VALUES (?, ?, ?)",
                (theme_id, label if label is not None else old_label,
                 merged_into if merged_into is not None else old_merge),
            )

    # ------------------------------------------------------------------ meeting records
    def meeting_records(self) -> dict[str, tuple[str, str]]:
        """doc_id -> (parser version, record JSON) of every stored meeting record (redacted text only)."""
        return {d: (v, r) for d, v, r in self._conn.execute("SELECT doc_id, version, record FROM meeting_records")}

    def save_meeting_records(self, records: dict[str, tuple[str, str]]) -> None:
        """Store or replace meeting records: doc_id -> (parser version, record JSON), in one transaction."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO meeting_records VALUES (?, ?, ?)",
                [(d, v, r) for d, (v, r) in sorted(records.items())],
            )

    def overrides(self) -> dict[str, tuple[str | None, str | None]]:
        """theme_id -> (label, merged_into)."""
        return {tid: (label, merged) for tid, label, merged in self._conn.execute("SELECT * FROM theme_overrides")}


_segment_values = attrgetter(*_SEGMENT_COLUMNS[:-1])  # every column but ``trivial`` (plain values: no deep copy)


def _segment_row(segment: Segment) -> tuple:
    return (*_segment_values(segment), int(segment.trivial))


def _segment_from_row(row: Sequence) -> Segment:
    *values, trivial = row  # the columns are in field order (_SEGMENT_COLUMNS), trivial last
    return Segment(*values, trivial=bool(trivial))

