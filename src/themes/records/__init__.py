"""Meeting records: agenda items, actions and decisions of one document, each with its status there."""

from themes.records.entries import ActionEntry, DecisionEntry, ItemEntry, MeetingRecord
from themes.records.parse import parse_record

__all__ = ["ActionEntry", "DecisionEntry", "ItemEntry", "MeetingRecord", "parse_record"]
