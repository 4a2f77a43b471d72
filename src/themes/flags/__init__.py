"""Flags of recurring unresolved issues in minutes and agendas.

Four kinds (``Flag.KINDS``): agenda items deferred meeting after meeting ("uitgesteld"), actions that keep coming
back without being reported done ("actie"), themes raised with problem language in several meetings without a
sign of resolution ("terugkerend thema"), and items whose own minutes say they came back or wait ("terugkerend
punt"). The meeting records (``themes.records``) are read per document; tracks link them across meetings. Matching across meetings uses content-word overlap, so it is fast,
deterministic and explainable.
"""

from themes.flags.finder import MeetingTracks, find_flags, meeting_tracks, sort_flags
from themes.flags.tables import ACTIONS_CSV, ITEMS_CSV, action_rows, write_meeting_tables
from themes.flags.writer import COLUMNS, FLAGS_CSV, write_flags

__all__ = [
    "ACTIONS_CSV",
    "COLUMNS",
    "FLAGS_CSV",
    "ITEMS_CSV",
    "MeetingTracks",
    "action_rows",
    "find_flags",
    "meeting_tracks",
    "sort_flags",
    "write_flags",
    "write_meeting_tables",
]
