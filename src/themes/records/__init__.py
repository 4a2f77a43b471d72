"""Meeting records: agenda items, actions and decisions of one document, each with its status there."""

from themes.records.entries import ActionEntry, DecisionEntry, ItemEntry, MeetingRecord
from themes.records.parse import parse_record, parse_records
from themes.records.roles import line_role
from themes.records.version import RECORD_TYPES, parser_version

__all__ = [
    "RECORD_TYPES",
    "ActionEntry",
    "DecisionEntry",
    "ItemEntry",
    "MeetingRecord",
    "line_role",
    "parse_record",
    "parse_records",
    "parser_version",
]
