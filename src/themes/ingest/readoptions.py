"""Small option records the caller passes in: how to read a survey, and metadata given by the analyst."""

from __future__ import annotations

from dataclasses import dataclass, fields

from themes.types import DOC_TYPES


@dataclass(frozen=True, slots=True)
class SurveyOptions:
    """How to read a survey export (``.csv``/``.xlsx``).

    Attributes:
        text_columns: the open-question columns; empty: auto-detect the free-text column(s).
        id_column: the respondent id column; None: a column named ``id``/``respondent`` if present, else the
            1-based row number.
        round_column, date_column, unit_column: per-row round, date and organisational unit; None: a column
            with a matching name (``ronde``, ``datum``, ``afdeling``/``directie``…) if present.
        meta_columns: other columns kept as metadata.
    """

    text_columns: tuple[str, ...] = ()
    id_column: str | None = None
    round_column: str | None = None
    date_column: str | None = None
    unit_column: str | None = None
    meta_columns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("text_columns", "meta_columns"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, (value,))
            elif not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))

    def named_columns(self) -> list[str]:
        """Every column the options name explicitly (these must exist)."""
        named = [*self.text_columns, *self.meta_columns]
        named += [c for c in (self.id_column, self.round_column, self.date_column, self.unit_column) if c]
        return named


@dataclass(frozen=True, slots=True)
class MetaOverrides:
    """Document metadata given by the analyst (CLI options or a manifest row); None = not given.

    ``doc_type`` must be one of ``DOC_TYPES``; ``date`` an ISO date (use ``metadata.parse_date`` first).
    """

    doc_type: str | None = None
    date: str | None = None
    round: str | None = None
    title: str | None = None
    unit: str | None = None

    def __post_init__(self) -> None:
        if self.doc_type is not None and self.doc_type not in DOC_TYPES:
            raise ValueError(f"unknown document type {self.doc_type!r}; choose from {', '.join(DOC_TYPES)}")

    def over(self, *lower: MetaOverrides | None) -> MetaOverrides:
        """These values where given, else the first given value of the lower-precedence layers."""
        values = {}
        for f in fields(self):
            value = getattr(self, f.name)
            for layer in lower:
                if value is not None or layer is None:
                    break
                value = getattr(layer, f.name)
            values[f.name] = value
        return MetaOverrides(**values)
