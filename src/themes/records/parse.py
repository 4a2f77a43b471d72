"""``parse_record``: the meeting record of one document (agenda items, actions, decisions) from its units.

Pure: the (redacted) units of one document in, a ``MeetingRecord`` out; the same units give the same record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from themes.records.actions import ActionLine, action_in, labelled_action, progress_owner, statement
from themes.records.agenda import display_title, is_action_heading, is_standard_item, unit_items
from themes.records.entries import (
    DEFERRED,
    DISCUSSED,
    DONE,
    OPEN,
    SCHEDULED,
    ActionEntry,
    DecisionEntry,
    ItemEntry,
    MeetingRecord,
)
from themes.records.status import decision, deferral, recurrence, status_of
from themes.records.tables import CELL_SEPARATOR, Header, header_of, read_row
from themes.records.version import RECORD_TYPES
from themes.records.words import content_words, numbering
from themes.text.fmt import shorten
from themes.text.fold import fold
from themes.text.sentences import split_sentences
from themes.types import Document, Segment

TABLE_HEADER = "table_header"
_RANGE = re.compile(
    r"\b(?:agenda)?punt(?:en)?\s+(?P<a>\d{1,2})\s*(?:t/m|tm|tot en met|-|–|tot)\s*(?P<b>\d{1,2})\b", re.IGNORECASE
)
_LIST = re.compile(r"\b(?:agenda)?punten\s+(?P<list>\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})+)\b", re.IGNORECASE)
_WHOLE_ITEM = re.compile(
    r"\b(?:dit|deze|het|dat)\s+(?:agenda)?(?:punt|punten|onderwerp|onderwerpen|item|thema|stuk)\b|\b(?:hierop|hierover|"
    r"daarop|erop)\b|^\s*(?:dit|deze|dat)\s|^\s*(?:niet besproken|doorgeschoven|uitgesteld|geparkeerd|aangehouden)\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(r"^(?:\S+\s+){0,4}?(?:ze|zij|deze|die|deze punten|deze agendapunten)\b", re.IGNORECASE)
_FINITE_VERBS = frozenset(
    "is zijn wordt worden kan kunnen zal zullen komt komen gaat gaan schuift schuiven staat staan blijft blijven moet "
    "moeten wil willen zetten zet laten laat heeft hebben was werd ligt".split()
)
_PRONOUNS = frozenset("we wij ze zij hij het dit deze dat die er ik jullie men iedereen".split())
_LIST_FOLLOWS = re.compile(r"\b(?:onderstaande|volgende|de volgende|deze|overige|resterende)\s+(?:agenda)?(?:punten|onderwerpen|items)\b|:\s*$", re.IGNORECASE)
_INLINE_NUMBERED = re.compile(r"(?:^|\s)(\d{1,2})\.?\s+([A-Z][^\d]{2,80}?)(?=\s+\d{1,2}\.?\s+[A-Z]|\s*$)")
_ANNOUNCES_ACTIONS = re.compile(
    r"^(?:acties?|actiepunten|afspraken|vervolgacties|vervolgstappen)\b[^:.]{0,40}:$", re.IGNORECASE
)
_SUBJECT_SPLIT = re.compile(r"\s*(?::|\s[–—-]\s|\()\s*")
_MAX_INLINE_WORDS = 10
#: Two action lines of one document are one action when this share of the shorter one's words is in the other.
_DUPLICATE_SHARE = 0.7


_PERSON = re.compile(r"\[PERSOON_\d+\]")
_CELL_SPLIT = re.compile(r"\s*\|\s*")


def _cells(text: str) -> list[str]:
    """The cells of a table unit; cleaning turned an empty cell's "|  |" into "| |", which still counts."""
    return _CELL_SPLIT.split(text.strip())


def _action(line: ActionLine, unit: Segment) -> ActionEntry:
    return ActionEntry(
        description=shorten(line.description, 200),
        owner=line.owner,
        due=line.due,
        status=line.status,
        status_text=line.status_text,
        segment_id=unit.segment_id,
        evidence=unit.text,
        source=line.source,
    )


def _row_action(unit: Segment, header: Header) -> ActionEntry | None:
    row = read_row(_cells(unit.text), header, unit.actor)
    if row is None:
        return None
    status = status_of(row.status_text) or OPEN
    return ActionEntry(
        description=shorten(row.description, 200),
        owner=row.owner,
        due=row.due,
        status=status,
        status_text=row.status_text,
        segment_id=unit.segment_id,
        evidence=unit.text,
        number=row.number,
        source="tabel",
    )


def _unit_actions(unit: Segment, in_action_list: bool) -> list[ActionEntry]:
    """The actions of one unit of running text; sentences after an action line are its status."""
    out: list[ActionEntry] = []
    sentences = split_sentences(" ".join(unit.text.split())) or [unit.text]
    if unit.kind == "table_row" and CELL_SEPARATOR in unit.text:
        sentences = [" ".join(_cells(unit.text))] if in_action_list else sentences
    current: ActionEntry | None = None
    labelled = False  # the latest action of the unit carries an action label
    named: list[str] = []  # the persons named so far in the unit, for "hij" and "zij"
    for sentence in sentences:
        earlier = list(named)
        named += _PERSON.findall(sentence)
        line = action_in(sentence, in_action_list=in_action_list and current is None, actor=unit.actor)
        if line is not None and labelled and line.source == "actieregel" and not labelled_action(sentence):
            line = None  # "Actie [X]: sectie 4 aanvullen. Daarbij de motivatie toevoegen.": the same action, worded on
        if line is not None:
            labelled = labelled_action(sentence)
            if line.owner is not None and line.owner.lower() in ("hij", "zij"):
                # "[X] heeft het werkdocument aangepast. Hij stuurt het rond.": the person named before in the unit
                line = replace(line, owner=earlier[-1] if earlier else None)
            current = _action(line, unit)
            out.append(current)
            continue
        if current is not None:
            said = status_of(sentence)
            if said:
                current = replace(current, status=said, status_text=sentence)
                out[-1] = current
            continue
        doer = progress_owner(sentence)
        if doer is not None and len(content_words(sentence)) >= 2:
            out.append(
                ActionEntry(
                    description=shorten(sentence, 200),
                    owner=doer or None,
                    due=None,
                    status=DONE,
                    status_text=sentence,
                    segment_id=unit.segment_id,
                    evidence=unit.text,
                    source="voortgang",
                )
            )
    return out


def parse_actions(units: Sequence[Segment]) -> tuple[list[ActionEntry], set[str]]:
    """Every action of a document's units, and the ids of the units that are about actions."""
    actions: list[ActionEntry] = []
    about: set[str] = set()
    header: Header | None = None
    header_heading: str | None = None
    headings: dict[str, bool] = {}
    broken: set[str] = set()  # action headings whose list ended at a line announcing something else
    announced: str | None = None  # "Acties voor de werkgroep:": the list items after it are actions
    last_unit: Segment | None = None  # the unit of the latest action that is not an indented sub-item
    for unit in units:
        if actions and _sub_item(unit, last_unit) and (said := status_of(unit.text.lstrip("|-–•* "))):
            # an indented line under an action of an action list saying its progress ("- is gedaan")
            actions[-1] = replace(actions[-1], status=said, status_text=unit.text.lstrip("|-–•* "))
            about.add(unit.segment_id)
            continue
        as_header = header_of(_cells(unit.text)) if "|" in unit.text else None
        if unit.kind == TABLE_HEADER or (unit.kind == "table_row" and as_header is not None):
            header, header_heading = as_header, unit.heading
            about.add(unit.segment_id)
            continue
        if unit.kind != "table_row" or unit.heading != header_heading:
            header = None
        if unit.heading not in headings:
            headings[unit.heading] = is_action_heading(unit.heading)
        text = unit.text.strip()
        if announced is not None and (unit.kind != "list_item" or unit.heading != announced):
            announced = None
        if _ANNOUNCES_ACTIONS.match(text):
            announced = unit.heading
            about.add(unit.segment_id)
            continue
        in_list = (headings[unit.heading] and unit.heading not in broken) or announced is not None
        if in_list and text.endswith(":") and action_in(text) is None:
            broken.add(unit.heading)  # "Feedback uit de review:" — what follows are remarks, not actions
            in_list = False
        found: list[ActionEntry]
        if in_list and actions and _sub_item(unit, last_unit):
            # an indented line under an action: a telegraphic line is one more action of the list ("- review door
            # de werkgroep"), a statement ("- We nemen de punten over") only when it says it is one
            about.add(unit.segment_id)
            found = _unit_actions(unit, not statement(text.lstrip("|-–•* ")))
        elif header is not None and unit.kind == "table_row":
            row = _row_action(unit, header)
            found = [row] if row is not None else []
        else:
            found = _unit_actions(unit, in_list)
        if any(a.source != "voortgang" for a in found):
            about.add(unit.segment_id)
            if not _sub_item(unit, last_unit):
                last_unit = unit
        actions.extend(found)
    return _dedupe(actions), about


def _sub_item(unit: Segment, parent: Segment | None) -> bool:
    """True for a line indented under the action line ``parent`` of an action list.

    A deeper list item, or a dash line that the reader took for a table row (a tab-indented "- …" in Markdown).
    """
    if parent is None or parent.kind != "list_item" or unit.heading != parent.heading:
        return False
    if unit.kind == "list_item":
        return unit.list_level > parent.list_level
    text = unit.text.strip().removeprefix("|").strip()
    return unit.kind in ("table_row", TABLE_HEADER) and text.startswith(("- ", "– ")) and "|" not in text


def _dedupe(actions: list[ActionEntry]) -> list[ActionEntry]:
    """One entry per action in a document: a summary list at the end repeats the lines of the text."""
    kept: list[ActionEntry] = []
    for entry in actions:
        words = content_words(entry.description)
        twin = next(
            (
                i
                for i, k in enumerate(kept)
                if k.source != "voortgang"
                and entry.source != "voortgang"
                and words
                and len(words & content_words(k.description))
                >= _DUPLICATE_SHARE * min(len(words), len(content_words(k.description)))
            ),
            None,
        )
        if twin is None:
            kept.append(entry)
        elif entry.status != OPEN and kept[twin].status == OPEN:
            kept[twin] = replace(kept[twin], status=entry.status, status_text=entry.status_text)
    return kept


def _subject(sentence: str) -> str:
    """The part of an inline deferral that names the item, or the whole sentence when none is found.

    "Jaarplan 2025: doorgeschoven" -> "Jaarplan 2025"; "Usecase 1 kan op een later moment worden toegevoegd" ->
    "Usecase 1" (the words before the first finite verb, unless they are a pronoun or the deferral itself).
    """
    text = sentence.strip()
    head = _SUBJECT_SPLIT.split(text, maxsplit=1)[0]
    if head and head != text and 0 < len(content_words(head)) <= 8 and not deferral(head):
        return head
    words = text.split()
    for i, word in enumerate(words[1:9], start=1):
        if fold(word).strip(",.;") in _FINITE_VERBS:
            lead = " ".join(words[:i]).strip(" ,;:")
            # two words at least: "Usecase 1", "Het werkplan"; a lone "Voorstel" or "Vraag" names no item
            if fold(words[0]) not in _PRONOUNS and i >= 2 and 0 < len(content_words(lead)) <= 8 and not deferral(lead):
                return lead
            break
    return sentence


def _numbers(sentence: str) -> list[str]:
    match = _RANGE.search(sentence)
    if match:
        a, b = int(match.group("a")), int(match.group("b"))
        if 0 < b - a < 20:
            return [str(n) for n in range(a, b + 1)]
    match = _LIST.search(sentence)
    if match:
        return re.findall(r"\d{1,2}", match.group("list"))
    return []


class _Items:
    """The items of one document in order, with their status; later statements override earlier ones."""

    def __init__(self, agenda_only: bool) -> None:
        self.entries: dict[str, ItemEntry] = {}
        self.default = SCHEDULED if agenda_only else DISCUSSED

    def add(self, title: str, unit: Segment | None) -> None:
        key = fold(display_title(title))
        if key and key not in self.entries:
            evidence = unit.text if unit is not None else title
            self.entries[key] = ItemEntry(
                display_title(title), numbering(title), self.default, shorten(evidence, 300),
                unit.segment_id if unit is not None else None,
            )

    def mark(self, title: str, unit: Segment, sentence: str, *, deferred: bool, recurring: bool) -> None:
        self.add(title, unit)
        key = fold(display_title(title))
        entry = self.entries[key]
        if deferred:
            entry = replace(entry, status=DEFERRED, evidence=shorten(sentence, 300), segment_id=unit.segment_id)
        if recurring and not entry.recurring:
            entry = replace(entry, recurring=shorten(sentence, 300))
        self.entries[key] = entry

    def decide(self, title: str, unit: Segment, sentence: str) -> None:
        """The item was decided on here (a decision sentence under it)."""
        key = fold(display_title(title))
        entry = self.entries[key]
        if entry.status != DEFERRED:
            self.entries[key] = replace(entry, status=DONE, evidence=shorten(sentence, 300), segment_id=unit.segment_id)

    def by_number(self, number: str) -> str | None:
        return next((e.title for e in self.entries.values() if e.number == number), None)


def parse_items(
    units: Sequence[Segment], document: Document, action_units: set[str]
) -> tuple[list[ItemEntry], list[DecisionEntry]]:
    """The agenda items of a document with their status there, and its decisions."""
    items = _Items(document.doc_type == "agenda")
    decisions: list[DecisionEntry] = []
    grouped = unit_items(units, document)
    for title, unit in grouped:
        if not title or is_standard_item(title):
            continue
        if title == unit.text.strip():  # a heading without text, or a short list item standing for one
            if unit.segment_id not in action_units:
                items.add(title, None)
        else:
            items.add(title, None if unit.segment_id in action_units else unit)
    follow_title: str | None = None  # a sentence announced a list of deferred items: the list items that follow
    for index, (title, unit) in enumerate(grouped):
        if unit.kind == TABLE_HEADER:
            continue
        tracked = bool(title) and fold(display_title(title)) in items.entries
        if title and not tracked and deferral(title) and unit.segment_id not in action_units:
            # a section such as "Doorgeschoven agendapunten": each of its lines names a deferred item
            subject = unit.text.strip().rstrip(".;:")
            if 0 < len(content_words(subject)) <= _MAX_INLINE_WORDS:
                items.mark(subject, unit, unit.text, deferred=True, recurring=bool(recurrence(unit.text)))
                continue
        if follow_title is not None:
            if unit.kind == "list_item" and unit.heading == follow_title:
                subject = unit.text.strip().rstrip(".;:")
                if 0 < len(content_words(subject)) <= _MAX_INLINE_WORDS:
                    items.mark(subject, unit, unit.text, deferred=True, recurring=False)
                continue
            follow_title = None
        if index == 0 or grouped[index - 1][0] != title:
            if title and deferral(title):
                items.mark(title, unit, title, deferred=True, recurring=bool(recurrence(title)))
        last_numbers: list[str] = []  # "Agendapunten 4 t/m 7 … Ze worden doorgeschoven": "ze" are those items
        for sentence in split_sentences(" ".join(unit.text.split())) or [unit.text]:
            said = decision(sentence)
            if said and unit.segment_id not in action_units:
                decisions.append(DecisionEntry(shorten(sentence, 300), display_title(title) if title else "", unit.segment_id))
                if tracked and not deferral(sentence) and document.doc_type != "agenda":
                    items.decide(title, unit, sentence)
            deferred = bool(deferral(sentence)) and not (
                unit.segment_id in action_units and action_in(sentence) is not None
            )
            recurring = recurrence(sentence) is not None
            if not deferred and not recurring:
                continue
            numbers = _numbers(sentence) or (last_numbers if _ANAPHOR.match(sentence) else [])
            last_numbers = numbers
            if numbers:
                for number in numbers:
                    named = items.by_number(number) or f"{number}. Agendapunt {number}"
                    items.mark(named, unit, sentence, deferred=deferred, recurring=recurring)
                continue
            inline = [(n, t.strip(" ,;.")) for n, t in _INLINE_NUMBERED.findall(sentence[sentence.find(":") + 1 :] if deferred else "")]
            if deferred and len(inline) >= 2:
                for number, subject in inline:
                    items.mark(items.by_number(number) or f"{number}. {subject}", unit, sentence, deferred=True, recurring=recurring)
                continue
            if deferred and _LIST_FOLLOWS.search(sentence):
                follow_title = unit.heading
                if not tracked:
                    continue
            if tracked and (not deferred or _WHOLE_ITEM.search(sentence) or len(content_words(sentence)) <= 4):
                items.mark(title, unit, sentence, deferred=deferred, recurring=recurring)
                continue
            subject = _subject(sentence)
            words = content_words(subject)
            if deferred and 0 < len(words) <= _MAX_INLINE_WORDS and subject != sentence:
                items.mark(subject, unit, sentence, deferred=True, recurring=recurring)
            elif tracked:
                items.mark(title, unit, sentence, deferred=deferred and subject == sentence and len(words) <= _MAX_INLINE_WORDS, recurring=recurring)
    return list(items.entries.values()), decisions


def parse_records(documents: Sequence[Document], segments: Sequence[Segment]) -> dict[str, MeetingRecord]:
    """The record of every document of a record type (``RECORD_TYPES``) among ``documents``, by doc id."""
    units: dict[str, list[Segment]] = {d.doc_id: [] for d in documents if d.doc_type in RECORD_TYPES}
    for segment in segments:
        if segment.doc_id in units:
            units[segment.doc_id].append(segment)
    return {d.doc_id: parse_record(d, units[d.doc_id]) for d in documents if d.doc_id in units}


def parse_record(document: Document, units: Sequence[Segment]) -> MeetingRecord:
    """The meeting record of one document from its units (document order)."""
    ordered = sorted(units, key=lambda s: s.position)
    actions, about = parse_actions(ordered)
    items, decisions = parse_items(ordered, document, about)
    return MeetingRecord(document.doc_id, tuple(items), tuple(actions), tuple(decisions))
