"""A read-only snapshot of a workspace for the analysis steps (rounds, flags, report, agenda).

``load_state`` applies the analysts' curation (renames and merges from ``themes theme``) on read, so a rename
takes effect at once and survives every re-run of the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from themes.store import Workspace
from themes.types import Assignment, Document, Segment, Theme


@dataclass(frozen=True)
class AnalysisState:
    """Everything downstream steps need, read from one workspace."""

    documents: tuple[Document, ...]
    segments: tuple[Segment, ...]
    themes: tuple[Theme, ...]
    assignments: tuple[Assignment, ...]
    centroids: dict[str, np.ndarray] = field(default_factory=dict)
    events: tuple[tuple[str, str, str], ...] = ()
    span_counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_docs", {d.doc_id: d for d in self.documents})
        object.__setattr__(self, "_segs", {s.segment_id: s for s in self.segments})
        object.__setattr__(self, "_themes", {t.theme_id: t for t in self.themes})

    def document(self, doc_id: str) -> Document:
        """The document with this id."""
        return self._docs[doc_id]  # type: ignore[attr-defined]

    def segment(self, segment_id: str) -> Segment:
        """The segment with this id."""
        return self._segs[segment_id]  # type: ignore[attr-defined]

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id."""
        return self._themes[theme_id]  # type: ignore[attr-defined]

    @property
    def analysed(self) -> bool:
        """True once themes have been fitted."""
        return bool(self.themes)


def apply_overrides(
    themes: list[Theme],
    assignments: list[Assignment],
    centroids: dict[str, np.ndarray],
    overrides: dict[str, tuple[str | None, str | None]],
) -> tuple[list[Theme], list[Assignment], dict[str, np.ndarray]]:
    """Apply renames and merges; merged themes disappear and their units move to the target.

    Merge chains (a into b, b into c) are followed; a cycle is ignored.
    """
    known = {t.theme_id for t in themes}

    def target(theme_id: str) -> str:
        seen = {theme_id}
        current = theme_id
        while True:
            merged = overrides.get(current, (None, None))[1]
            if merged in seen:
                return theme_id
            if not merged or merged not in known:
                return current
            seen.add(merged)
            current = merged

    redirect = {t.theme_id: target(t.theme_id) for t in themes}
    sizes: dict[str, int] = {}
    for theme in themes:
        dest = redirect[theme.theme_id]
        sizes[dest] = sizes.get(dest, 0) + theme.size
    out_themes = []
    for theme in themes:
        if redirect[theme.theme_id] != theme.theme_id:
            continue
        label = overrides.get(theme.theme_id, (None, None))[0] or theme.label
        merged_quotes = [q for t in themes if redirect[t.theme_id] == theme.theme_id for q in t.quotes]
        out_themes.append(replace(theme, label=label, size=sizes[theme.theme_id],
                                  quotes=tuple(merged_quotes[: max(len(theme.quotes), 5)])))
    moved = {tid: dest for tid, dest in redirect.items() if dest != tid}
    out_assignments = [
        replace(a, theme_id=moved[a.theme_id]) if a.theme_id in moved else a for a in assignments
    ] if moved else list(assignments)
    out_centroids = {tid: c for tid, c in centroids.items() if redirect.get(tid, tid) == tid}
    return out_themes, out_assignments, out_centroids


def load_state(ws: Workspace) -> AnalysisState:
    """Read documents, segments, themes (curated) and assignments from the workspace."""
    themes, assignments, centroids = apply_overrides(ws.themes(), ws.assignments(), ws.centroids(), ws.overrides())
    return AnalysisState(
        documents=tuple(ws.documents()),
        segments=tuple(ws.segments()),
        themes=tuple(themes),
        assignments=tuple(assignments),
        centroids=centroids,
        events=tuple(ws.theme_events()),
        span_counts=ws.span_counts(),
    )


def document_name(document: Document) -> str:
    """How outputs name a document: its (redacted) file name."""
    return document.source_path.replace("\\", "/").rsplit("/", 1)[-1]
