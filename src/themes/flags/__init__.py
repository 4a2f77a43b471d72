"""Flags of recurring unresolved issues in minutes and agendas.

Three kinds (``Flag.KINDS``): agenda items deferred meeting after meeting ("uitgesteld"), actions that keep coming
back without being reported done ("actie"), and themes raised with problem language in several meetings without a
sign of resolution ("terugkerend thema"). Matching across meetings uses content-word overlap, so it is fast,
deterministic and explainable.
"""

from themes.flags.finder import find_flags, sort_flags
from themes.flags.writer import COLUMNS, FLAGS_CSV, write_flags

__all__ = ["COLUMNS", "FLAGS_CSV", "find_flags", "sort_flags", "write_flags"]
