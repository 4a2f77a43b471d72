"""Recurring themes: themes raised with problem language in several meetings and not resolved.

A theme is *raised* in a meeting when at least one unit of that meeting's minutes or agenda is assigned to it and
speaks of a problem (knelpunt, zorg, probleem, lukt niet, blijft achter, stagneert, onvoldoende, ontbreekt,
signaal, …). It is *resolved* when, in the last meeting that mentions it at all, its units carry resolution language
("besloten", "afgerond", …) and no problem language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from themes.flags.lexicon import problem_phrase, resolution_phrase
from themes.flags.meetings import Meeting
from themes.types import PROCEDURAL_THEME_ID, Assignment, Document, Segment


@dataclass(frozen=True, slots=True)
class ThemeRaise:
    """A theme in one meeting: all its units there and those with problem language."""

    meeting: Meeting
    units: tuple[tuple[Segment, Document], ...]
    problems: tuple[tuple[Segment, Document], ...]

    @property
    def resolved(self) -> bool:
        """Resolution language in the minutes and no problem language."""
        if self.problems:
            return False
        return any(doc.doc_type == "notulen" and resolution_phrase(unit.text) for unit, doc in self.units)


@dataclass(frozen=True, slots=True)
class ThemeHistory:
    """A theme followed over the meetings that mention it, in time order."""

    theme_id: str
    history: tuple[ThemeRaise, ...]

    @property
    def raised(self) -> list[ThemeRaise]:
        """The meetings where the theme came with problem language."""
        return [r for r in self.history if r.problems]

    @property
    def open(self) -> bool:
        """Not resolved in the last meeting that mentions it."""
        return bool(self.history) and not self.history[-1].resolved


def theme_histories(
    meetings: Sequence[Meeting], assignments: Sequence[Assignment], procedural: frozenset[str] = frozenset()
) -> list[ThemeHistory]:
    """Follow every theme through the meetings (units without a theme are ignored).

    Args:
        meetings: meetings in time order.
        assignments: the theme of each unit.
        procedural: ids of units about procedure (actions, deferrals): they count as mentions but never as a
            problem raised ("kwam te laat binnen, doorgeschoven" says nothing about the theme).
    """
    theme_of: Mapping[str, str | None] = {a.segment_id: a.theme_id for a in assignments}
    per_theme: dict[str, list[ThemeRaise]] = {}
    for meeting in meetings:
        found: dict[str, tuple[list[tuple[Segment, Document]], list[tuple[Segment, Document]]]] = {}
        for document, units in zip(meeting.documents, meeting.units, strict=True):
            for unit in units:
                theme_id = theme_of.get(unit.segment_id)
                if theme_id is None or theme_id == PROCEDURAL_THEME_ID:
                    continue
                all_units, problems = found.setdefault(theme_id, ([], []))
                all_units.append((unit, document))
                if unit.segment_id not in procedural and problem_phrase(unit.text):
                    problems.append((unit, document))
        for theme_id, (all_units, problems) in found.items():
            per_theme.setdefault(theme_id, []).append(ThemeRaise(meeting, tuple(all_units), tuple(problems)))
    return [ThemeHistory(tid, tuple(history)) for tid, history in sorted(per_theme.items())]
