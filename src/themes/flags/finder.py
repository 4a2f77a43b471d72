"""``find_flags``: recurring unresolved issues from the minutes and agendas of an analysed workspace."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from themes.config import FlagsConfig
from themes.flags.evidence import document_names, dutch_date, flag_id, quote, spread
from themes.flags.followups import add_follow_ups
from themes.flags.lexicon import DEFERRED, DROPPED, RESOLVED
from themes.flags.meaning import mention_vectors
from themes.flags.meetings import Meeting, group_meetings
from themes.flags.mentions import meeting_mentions
from themes.flags.recurring import ThemeHistory, theme_histories
from themes.flags.replanned import replanned
from themes.flags.tables import track_id
from themes.flags.tracks import Mention, Track, group_mentions
from themes.records import RECORD_TYPES, MeetingRecord, parse_records
from themes.types import Flag, Theme

if TYPE_CHECKING:
    from themes.state import AnalysisState

KIND_DEFERRED, KIND_ACTION, KIND_THEME, KIND_RECURRING = Flag.KINDS
STATUS_OPEN = "open"
STATUS_DONE = "afgerond"
STATUS_DROPPED = "vervallen"


def _period(meetings: Sequence[Meeting]) -> str:
    first, last = meetings[0].date, meetings[-1].date
    if not first and not last:
        return "zonder datum"  # no brackets: the flag's subject is its description before a trailing bracket
    if first == last:
        return dutch_date(first)
    return f"{dutch_date(first)} t/m {dutch_date(last)}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _evidence_mentions(track: Track) -> list[Mention]:
    """Per meeting the mention that best shows its status there (minutes before agenda), spread over time."""
    chosen: list[Mention] = []
    per_meeting: dict[str, list[Mention]] = {}
    for mention in track.mentions:
        per_meeting.setdefault(mention.meeting.key, []).append(mention)
    for meeting in track.meetings:
        status = track.status_at(meeting)
        here = per_meeting[meeting.key]
        here.sort(key=lambda m: (m.status != status, m.document.doc_type != "notulen", m.update_only))
        chosen.append(here[0])
    return spread(chosen)


def _track_flag(kind: str, track: Track, status: str, description: str) -> Flag:
    meetings = track.meetings
    evidence = _evidence_mentions(track)
    return Flag(
        flag_id=track_id(kind, track),
        kind=kind,
        description=description,
        first_seen=meetings[0].date,
        last_seen=meetings[-1].date,
        times_raised=len(meetings),
        documents=document_names([m.document for m in track.mentions]),
        evidence=tuple(quote(m.evidence, m.document, m.meeting) for m in evidence),
        owner=track.owner,
        status=status,
    )


def _recurring_flag(track: Track) -> Flag | None:
    """An item whose own minutes say it came back, was deferred before or waits a while."""
    if not track.recurring or track.latest_status in (RESOLVED, DROPPED):
        return None
    meetings = track.meetings
    last = meetings[-1].date
    detail = "volgens het verslag terugkerend" + (f"; laatst genoemd {dutch_date(last)}" if last else "")
    return _track_flag(KIND_RECURRING, track, STATUS_OPEN, f"{_capital(track.title)} ({detail})")


def _item_flag(track: Track, config: FlagsConfig) -> Flag | None:
    meetings = track.meetings
    deferrals = track.count(DEFERRED)
    latest = track.latest_status
    if deferrals == 0 or len(meetings) < config.min_times_raised:
        return _recurring_flag(track)
    if latest in (RESOLVED, DROPPED):
        status = STATUS_DONE
    elif latest == DEFERRED or deferrals >= config.min_times_raised:
        status = STATUS_OPEN
    else:
        return None  # deferred once, then discussed: dealt with
    since = dutch_date(meetings[0].date)
    if latest == DEFERRED:
        detail = f"{deferrals}× uitgesteld of niet besproken sinds {since}; nog geen besluit"
    elif status == STATUS_OPEN:
        detail = f"{deferrals}× uitgesteld sinds {since}; laatst besproken {dutch_date(meetings[-1].date)}, nog zonder besluit"
    else:
        detail = f"{deferrals}× uitgesteld; besloten op {dutch_date(meetings[-1].date)}"
    description = f"{_capital(track.title)} ({detail})"
    return _track_flag(KIND_DEFERRED, track, status, description)


def _action_flag(track: Track, config: FlagsConfig) -> Flag | None:
    meetings = track.meetings
    if len(meetings) < config.min_times_raised:
        return None
    latest = track.latest_status
    status = {RESOLVED: STATUS_DONE, DROPPED: STATUS_DROPPED}.get(latest or "", STATUS_OPEN)
    owner = f"actiehouder {track.owner}; " if track.owner else ""
    if status == STATUS_OPEN:
        deferred = track.count(DEFERRED)
        extra = f", {deferred}× doorgeschoven" if deferred else ""
        detail = f"{owner}open sinds {dutch_date(meetings[0].date)}, {len(meetings)}× genoemd{extra}"
    else:
        detail = f"{owner}{status} op {dutch_date(meetings[-1].date)}"
    description = f"{_capital(track.title)} ({detail})"
    return _track_flag(KIND_ACTION, track, status, description)


def _theme_flag(history: ThemeHistory, themes: dict[str, Theme], config: FlagsConfig) -> Flag | None:
    raised = history.raised
    if len(raised) < config.min_times_raised:
        return None
    status = STATUS_OPEN if history.open else STATUS_DONE
    label = themes[history.theme_id].label if history.theme_id in themes else history.theme_id
    meetings = [r.meeting for r in raised]
    if status == STATUS_OPEN:
        detail = f"{len(raised)}× als knelpunt genoemd, {_period(meetings)}; geen teken van oplossing"
    else:
        detail = f"{len(raised)}× als knelpunt genoemd; laatst als opgelost gemeld"
    description = f"{_capital(label)} ({detail})"
    evidence = [quote(unit, document, r.meeting) for r in spread(raised) for unit, document in r.problems[:1]]
    return Flag(
        flag_id=flag_id(KIND_THEME, history.theme_id),
        kind=KIND_THEME,
        description=description,
        first_seen=meetings[0].date,
        last_seen=meetings[-1].date,
        times_raised=len(raised),
        documents=document_names([d for r in raised for _, d in r.problems]),
        evidence=tuple(evidence),
        status=status,
        theme_id=history.theme_id,
    )


def sort_flags(flags: Sequence[Flag]) -> list[Flag]:
    """Most raised first, then most recent, then kind and id (deterministic)."""
    ordered = sorted(flags, key=lambda f: (Flag.KINDS.index(f.kind), f.flag_id))
    ordered.sort(key=lambda f: f.last_seen or "", reverse=True)
    ordered.sort(key=lambda f: f.times_raised, reverse=True)
    return ordered


@dataclass(frozen=True, slots=True)
class MeetingTracks:
    """The meetings of a workspace and its agenda items and actions followed over them."""

    meetings: tuple[Meeting, ...]
    items: tuple[Track, ...]
    actions: tuple[Track, ...]
    procedural_units: frozenset[str]


def meeting_tracks(
    state: AnalysisState, config: FlagsConfig, records: Mapping[str, MeetingRecord] | None = None
) -> MeetingTracks:
    """Meetings in time order and the tracks of their agenda items and actions.

    Args:
        state: the workspace snapshot.
        config: ``item_similarity`` decides when two wordings are one item; an action reworded by its owner at
            the next meeting stays one track when the default encoder finds the wordings close in meaning.
        records: stored meeting records per document id; parsed from the snapshot when None.
    """
    records = parse_records(state.documents, state.segments) if records is None else records
    documents = [
        d
        for d in state.documents
        if d.doc_type in ("notulen", "agenda") or (d.doc_id in records and records[d.doc_id].is_meeting)
    ]
    meetings = group_meetings(documents, state.segments, types=RECORD_TYPES)
    mentions = meeting_mentions(meetings, records)
    items = group_mentions(mentions.items, config.item_similarity)
    actions = group_mentions(mentions.actions, config.item_similarity, mention_vectors(mentions.actions))
    actions = replanned(add_follow_ups(actions, meetings))
    return MeetingTracks(tuple(meetings), tuple(items), tuple(actions), mentions.procedural_units)


def find_flags(
    state: AnalysisState,
    config: FlagsConfig,
    *,
    include_resolved: bool = False,
    tracks: MeetingTracks | None = None,
) -> list[Flag]:
    """Deferred agenda items, recurring open actions and recurring problem themes.

    Args:
        state: the workspace snapshot (documents, units, themes, assignments).
        config: thresholds: ``min_times_raised`` (meetings) and ``item_similarity`` (wording match).
        include_resolved: also return items and actions that were later resolved (status ``afgerond`` or
            ``vervallen``); by default only open ones.
        tracks: the meeting tracks when the caller has them already (``meeting_tracks``).

    Returns:
        Flags sorted by times raised (desc), then last seen (desc).
    """
    tracks = tracks or meeting_tracks(state, config)
    flags: list[Flag] = []
    for track in tracks.items:
        flag = _item_flag(track, config)
        if flag is not None:
            flags.append(flag)
    for track in tracks.actions:
        if all(m.update_only for m in track.mentions):
            continue
        flag = _action_flag(track, config)
        if flag is not None:
            flags.append(flag)
    themes = {t.theme_id: t for t in state.themes}
    for history in theme_histories(list(tracks.meetings), state.assignments, tracks.procedural_units):
        flag = _theme_flag(history, themes, config)
        if flag is not None:
            flags.append(flag)
    if not include_resolved:
        flags = [f for f in flags if f.status == STATUS_OPEN]
    return sort_flags(flags)
