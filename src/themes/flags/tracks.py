"""Mentions of one item in one document, and their grouping into tracks across meetings.

A *mention* is what one document says about one agenda item or action; a *track* is the same item followed over
meetings. Grouping is greedy in time order and deterministic: each mention joins the track whose wordings it
resembles most (Dice overlap of content lemmas, see ``themes.records.words``), when that reaches the threshold;
otherwise it starts a new track. Update-only mentions (a status line under "Actielijst" without an action marker)
may join a track but never start one.

An action that shares too few words with any track may still continue one when sentence vectors are given: the
same owner, the track still open and last mentioned at the meeting just before, and wordings close in meaning
(``_MEANING_THRESHOLD``). Minutes carry open actions to the next meeting, often reworded by the one who holds them.
Within one document, a line pointing back at the action on the line above ("hiervoor")
is that action (``_points_back_above``), and an action-list line restating what its owner's report in the text left
to do continues the report's action (``_restates_report``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from themes.flags.lexicon import DEFERRED, DROPPED, RESOLVED
from themes.flags.meetings import Meeting
from themes.records.words import content_words
from themes.text.fold import fold
from themes.types import Document, Segment

_OWNER_BONUS = 0.1
_BASE_WEIGHT = 0.5
_MIN_SHARED_WORDS = 2
#: The containment score counts for this share (a short wording inside a long one is weaker evidence than Dice).
_CONTAINMENT_SHARE = 0.85
#: The same row number in a carried action table: with a shared word, enough to stay one action.
_NUMBER_BONUS = 0.35
#: Cosine of two wordings' sentence vectors at or above which an owner's open action of the meeting before
#: continues (only when no track shares enough words). 0.4 merged two different actions on real minutes.
_MEANING_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Mention:
    """What one document says about one item or action.

    Attributes:
        meeting: the meeting the document belongs to.
        document: the document.
        title: the wording here (numbering and status words stripped), for display.
        stems: content-word stems of the wording, for matching.
        status: ``uitgesteld``, ``afgerond``, ``vervallen`` or None (mentioned, nothing said about progress).
        evidence: the unit to quote.
        owner: the action owner as written (a pseudonym such as ``[PERSOON_12]``), else None.
        update_only: may join a track but never starts one.
        recurring: the sentence saying the item came back or waits a while ("" when none).
        due: the due date as written, for actions.
        number: the row number of an action table, which a carried table keeps from meeting to meeting.
        said: the sentence that states the status here ("" when the unit itself is the evidence).
    """

    meeting: Meeting
    document: Document
    title: str
    stems: frozenset[str]
    status: str | None
    evidence: Segment
    owner: str | None = None
    update_only: bool = False
    recurring: str = ""
    due: str | None = None
    number: str | None = None
    said: str = ""

    def __post_init__(self) -> None:
        if self.status not in (None, DEFERRED, RESOLVED, DROPPED):
            raise ValueError(f"unknown mention status {self.status!r}")
        if not self.stems:
            raise ValueError(f"mention {self.title!r} has no content words")


@dataclass(frozen=True, slots=True)
class Track:
    """One item or action followed over meetings (mentions in time order)."""

    mentions: tuple[Mention, ...]
    _statuses: dict[str, set[str | None]] = field(init=False, repr=False, compare=False)
    _meetings: tuple[Meeting, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        statuses: dict[str, set[str | None]] = {}
        seen: dict[str, Meeting] = {}
        for mention in self.mentions:
            statuses.setdefault(mention.meeting.key, set()).add(mention.status)
            seen.setdefault(mention.meeting.key, mention.meeting)
        object.__setattr__(self, "_statuses", statuses)
        object.__setattr__(self, "_meetings", tuple(sorted(seen.values(), key=lambda m: m.order)))

    @property
    def meetings(self) -> list[Meeting]:
        """The distinct meetings, in time order."""
        return list(self._meetings)

    def status_at(self, meeting: Meeting) -> str | None:
        """The status in one meeting: resolved or dropped beat deferred, which beats no signal."""
        statuses = self._statuses.get(meeting.key, ())
        for status in (RESOLVED, DROPPED, DEFERRED):
            if status in statuses:
                return status
        return None

    @property
    def latest_status(self) -> str | None:
        """The status in the last meeting that mentions the track."""
        return self.status_at(self._meetings[-1])

    def count(self, status: str) -> int:
        """In how many meetings the track had ``status``."""
        return sum(1 for meeting in self._meetings if self.status_at(meeting) == status)

    @property
    def owner(self) -> str | None:
        """The most recent owner named."""
        for mention in reversed(self.mentions):
            if mention.owner:
                return mention.owner
        return None

    @property
    def recurring(self) -> str:
        """The latest sentence saying the item came back or waits a while ("" when none)."""
        return next((m.recurring for m in reversed(self.mentions) if m.recurring), "")

    @property
    def due(self) -> str | None:
        """The most recent due date named."""
        return next((m.due for m in reversed(self.mentions) if m.due), None)

    @property
    def title(self) -> str:
        """The wording used most often (ties: the earliest); status lines only when there is nothing else."""
        full = [m for m in self.mentions if not m.update_only] or list(self.mentions)
        counts = Counter(fold(m.title) for m in full)
        best = max(counts.values())
        return next(m.title for m in full if counts[fold(m.title)] == best)


def _word_weights(mentions: Sequence[Mention]) -> dict[str, float]:
    """Inverse document frequency of each word over the mentions.

    A word every action shares ("api", "nora") says little about which action it is.
    """
    df: Counter[str] = Counter()
    for mention in mentions:
        df.update(mention.stems)
    n = len(mentions)
    return {word: math.log((n + 1) / (k + 0.5)) + _BASE_WEIGHT for word, k in df.items()}


def _carried_on(
    mention: Mention, vector: np.ndarray, tracks: Sequence[Sequence[Mention]], rows_of: dict[int, list[int]],
    vectors: np.ndarray,
) -> int | None:
    """The open track of the meeting before, held by the same owner, whose wording is closest in meaning.

    ``rows_of``: per track the rows of its mentions in ``vectors``. A track last mentioned at another meeting, closed
    (resolved or dropped), of another owner or already in the mention's own document is no candidate.
    """
    best: tuple[float, int] | None = None
    for track, held in enumerate(tracks):
        if held[-1].meeting.order != mention.meeting.order - 1:
            continue
        if any(m.status in (RESOLVED, DROPPED) for m in held) or all(m.owner != mention.owner for m in held):
            continue
        if any(m.document.doc_id == mention.document.doc_id for m in held):
            continue
        similarity = float(np.max(vectors[rows_of[track]] @ vector))
        if similarity >= _MEANING_THRESHOLD and (best is None or similarity > best[0]):
            best = (similarity, track)
    return None if best is None else best[1]


#: What "vorige" or "afgelopen" names when it points back at the meeting before ("vorige keer", "afgelopen sessie").
MEETING_WORDS = r"(?:keer|vergadering|bijeenkomst|overleg|sessie)\b"
#: A wording that points back at the meeting before: "… met wie zich daar vorige keer voor meldde".
BACK_REFERENCE = re.compile(r"\b(?:vorige|afgelopen)\s+" + MEETING_WORDS + r"|\bvorig\s+overleg\b")
PERSON = re.compile(r"\[PERSOON_\d+\]")


def owner_persons(mentions: Sequence[Mention]) -> frozenset[str]:
    """The persons the owners of ``mentions`` name ("[X] en [Y]": both)."""
    return frozenset(p for m in mentions if m.owner for p in PERSON.findall(m.owner))


def action_words(mentions: Sequence[Mention]) -> frozenset[str]:
    """The words of every wording of the action in ``mentions`` (progress reports, update-only, left out)."""
    return frozenset().union(*(m.stems for m in mentions if not m.update_only))


def _holders(owner: str) -> frozenset[str]:
    """The persons an owner names ("[X] en [Y]": both), or the owner itself ("VNG", "Stuurgroep")."""
    return frozenset(PERSON.findall(owner)) or frozenset({fold(owner)})


def _owners_only_open_action(mention: Mention, tracks: Sequence[Sequence[Mention]]) -> int | None:
    """The one open track of the meeting before held by the mention's owner, when the mention reports on it.

    It does when it points back at that meeting: "[X] biedt aan de handreiking archivering op te stellen" at one
    meeting, "[X] bespreekt de opzet met wie zich vorige keer meldde" at the next. Or when it is a progress report
    of the owner (an update-only mention): "[X] zorgt voor een concept van de regeling", then "[X] heeft de eerste
    paragraaf herschreven". None when the owner held no such track or more
    than one.
    """
    if not mention.owner or not (mention.update_only or BACK_REFERENCE.search(fold(mention.title))):
        return None
    who = _holders(mention.owner)
    found = [
        t
        for t, held in enumerate(tracks)
        if held[-1].meeting.order == mention.meeting.order - 1
        and not any(m.status in (RESOLVED, DROPPED) for m in held)
        and any(m.owner and who & _holders(m.owner) for m in held)
        and not any(m.document.doc_id == mention.document.doc_id for m in held)
    ]
    return found[0] if len(found) == 1 else None


#: A wording that opens by pointing back at the line above: "Een eerste mapping hiervoor is gemaakt".
_POINTS_ABOVE = re.compile(r"\b(?:hier|daar)(?:voor|over|mee|bij|aan)\b")


def _points_back_above(mention: Mention, at: dict[int, tuple[int, str | None]]) -> int | None:
    """The track of the action stated in the unit just above, when the mention's first sentence points back at it.

    "Kaders moeten nog worden geintegreerd met het kader voor beheer;" then "Een eerste mapping hiervoor is gemaakt,
    de vragen hierbij zullen nog met de groep worden gedeeld": one action over two lines. Not when the lines name
    different owners ("Actie [X]: rapport opstellen", "[Y] levert hiervoor de cijfers aan" are two actions).
    """
    above = at.get(mention.evidence.position - 1)
    first = mention.evidence.text.split(". ")[0]
    if above is None or not _POINTS_ABOVE.search(fold(first)):
        return None
    track, owner = above
    return track if mention.owner is None or mention.owner == owner else None


#: The units of an action list or table: each names one action.
_LIST_KINDS = ("list_item", "table_row")


def _same_list(mention: Mention, track: Sequence[Mention]) -> bool:
    """True when the track already holds a line of the action list (or a row of the table) the mention is one of.

    An action list names each action once: two of its lines ("[X]: formulering aanleveren", "[X]: opdracht
    formulering") are two actions, however close in meaning.
    """
    unit = mention.evidence
    return unit.kind in _LIST_KINDS and any(
        m.document.doc_id == mention.document.doc_id and m.evidence.kind == unit.kind
        and m.evidence.heading == unit.heading and m.evidence.segment_id != unit.segment_id
        for m in track
    )


#: An action line restating what its owner's report said is still to do shares this many of its words with it ...
_REPORT_MIN_SHARED = 2
#: ... and this share of its words.
_REPORT_SHARE = 0.6


def _restates_report(mention: Mention, track: Sequence[Mention]) -> bool:
    """True when the track's update of the mention's own document, by its owner, holds most of its words.

    "[X] heeft met RVIG samengezeten. Op Github zetten is nog niet gelukt." in the text reports on the owner's
    action of the meeting before; "[X]: plaatjes op github zetten" in the action list of the same minutes is what
    is left of that action, not a new one.
    """
    for m in track:
        if not (m.update_only and m.owner == mention.owner and m.document.doc_id == mention.document.doc_id):
            continue
        if m.meeting.order == min(n.meeting.order for n in track):
            continue  # the report must be on an action of an earlier meeting
        shared = len(mention.stems & content_words(m.evidence.text))
        if shared >= _REPORT_MIN_SHARED and shared >= _REPORT_SHARE * len(mention.stems):
            return True
    return False


def _listed_apart(one: Sequence[Mention], other: Sequence[Mention]) -> bool:
    """True when some document lists a mention of ``one`` and one of ``other`` as two lines of one list."""
    return any(_same_list(mention, one) for mention in other)


def group_mentions(mentions: Sequence[Mention], threshold: float, vectors: np.ndarray | None = None) -> list[Track]:
    """Group mentions (any order) into tracks, greedily in time order.

    Similarity is the Dice overlap of the two wordings' words weighted by their rarity (``_word_weights``), or,
    when they share at least two words, the weighted share of the shorter wording found in the longer one. A
    mention never joins a track that already holds a mention of its own document. Each distinct wording of a track
    is indexed by its words, so a mention is scored only against wordings that share one: fast on years of minutes.
    The one exception: an action list at the end of the minutes that repeats an action of the text (the same owner,
    a shared word, close in meaning) joins that action's track, at the end, unless a later list or table names
    the two as lines of its own (then they were two actions).
    Ties go to the earlier track.

    Args:
        mentions: mentions of agenda items or of actions (one kind per call).
        threshold: minimum similarity (``FlagsConfig.item_similarity``) to join a track.
        vectors: unit-length sentence vectors of the mentions (same order, ``meaning.mention_vectors``); with
            them an owner's reworded open action of the meeting before continues its track (``_carried_on``).

    Returns:
        Tracks in order of their first mention.
    """
    ordered = sorted(
        enumerate(mentions),
        key=lambda im: (
            im[1].meeting.order,
            im[1].meeting.documents.index(im[1].document),
            im[1].evidence.position,
            im[0],
        ),
    )
    weight = _word_weights([m for _, m in ordered])
    tracks: list[list[Mention]] = []
    variants: list[tuple[int, float, set[str | None]]] = []  # (track, weight of its words, owners)
    variant_of: dict[tuple[int, frozenset[str]], int] = {}
    index: dict[str, list[int]] = {}
    numbers: dict[int, set[tuple[str, str]]] = {}
    documents: dict[int, set[str]] = {}
    rows_of: dict[int, list[int]] = {}  # track -> rows of its mentions in ``vectors``
    at: dict[str, dict[int, tuple[int, str | None]]] = {}  # document -> unit position -> (track, owner) there
    pending: list[tuple[int, int]] = []  # (track of a list line, track of the text action it repeats)
    for row, mention in ordered:
        shared: dict[int, float] = {}
        count: Counter[int] = Counter()
        for stem in sorted(mention.stems):  # sorted: float sums in one order, the same on every run
            for variant in index.get(stem, ()):
                shared[variant] = shared.get(variant, 0.0) + weight[stem]
                count[variant] += 1
        scores: dict[int, float] = {}
        restates: tuple[float, int] | None = None  # (closeness in meaning, track) of the text action repeated
        own = sum(weight[s] for s in sorted(mention.stems))
        for variant, common in shared.items():
            track, other, owners = variants[variant]
            score = 2 * common / (own + other)
            if count[variant] >= _MIN_SHARED_WORDS:
                score = max(score, _CONTAINMENT_SHARE * common / min(own, other))
            if not mention.update_only and mention.document.doc_id in documents.get(track, ()):
                similarity = -1.0 if vectors is None else float(np.max(vectors[rows_of[track]] @ vectors[row]))
                restated = (
                    mention.owner is not None
                    and not _same_list(mention, tracks[track])
                    and any(m.owner == mention.owner and m.document.doc_id == mention.document.doc_id
                            for m in tracks[track])
                    and similarity >= _MEANING_THRESHOLD
                )
                if restated:  # joined at the end, unless a later list names the two apart
                    if restates is None or similarity > restates[0]:
                        restates = (similarity, track)
                continue  # two actions of one document are two actions, unless its owner's action list repeats one
            if mention.update_only:
                score = max(score, common / own)
            if mention.owner and mention.owner in owners:
                score += _OWNER_BONUS
            if mention.number and (mention.number, mention.document.doc_type) in numbers.get(track, ()):
                score += _NUMBER_BONUS
            scores[track] = max(scores.get(track, 0.0), score)
        if restates is None and not mention.update_only and mention.owner is not None:
            reported = [
                t for t, held in enumerate(tracks)
                if mention.document.doc_id in documents.get(t, ()) and not _same_list(mention, held)
                and _restates_report(mention, held)
            ]
            if len(reported) == 1:
                restates = (1.0, reported[0])
        eligible = [(-score, track) for track, score in scores.items() if score >= threshold]
        above = None if mention.update_only else _points_back_above(mention, at.get(mention.document.doc_id, {}))
        if above is not None:
            eligible, restates = [(-1.0, above)], None
        carried = None
        if not eligible and restates is None and vectors is not None and mention.owner:
            carried = _carried_on(mention, vectors[row], tracks, rows_of, vectors)
        if not eligible and restates is None and carried is None:
            carried = _owners_only_open_action(mention, tracks)
        if eligible:
            best = min(eligible)[1]
        elif carried is not None:
            best = carried
        elif mention.update_only:
            continue
        else:
            best = len(tracks)
            tracks.append([])
            if restates is not None:
                pending.append((best, restates[1]))
        tracks[best].append(mention)
        documents.setdefault(best, set()).add(mention.document.doc_id)
        at.setdefault(mention.document.doc_id, {})[mention.evidence.position] = (best, mention.owner)
        rows_of.setdefault(best, []).append(row)
        if mention.number:
            numbers.setdefault(best, set()).add((mention.number, mention.document.doc_type))
        key = (best, mention.stems)
        if key not in variant_of:
            variant_of[key] = len(variants)
            variants.append((best, own, set()))
            for stem in mention.stems:
                index.setdefault(stem, []).append(variant_of[key])
        variants[variant_of[key]][2].add(mention.owner)
    rank = {id(mention): k for k, (_, mention) in enumerate(ordered)}
    merged: dict[int, int] = {}
    for line, said in pending:
        while said in merged:
            said = merged[said]
        if not _listed_apart(tracks[said], tracks[line]):
            tracks[said] = sorted(tracks[said] + tracks[line], key=lambda m: rank[id(m)])
            tracks[line] = []
            merged[line] = said
    return [Track(tuple(track)) for track in tracks if track]
