"""``parse_record``: the meeting record of one document (agenda items, actions, decisions) from its units.

Pure: the (redacted) units of one document in, a ``MeetingRecord`` out; the same units give the same record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from themes.records.actions import (
    ActionLine,
    action_in,
    labelled_action,
    list_statement,
    progress_owner,
    statement,
    todo_heading,
)
from themes.records.agenda import is_action_heading
from themes.records.entries import DEFERRED, DONE, OPEN, ActionEntry, MeetingRecord
from themes.records.items import TABLE_HEADER, parse_items
from themes.records.status import comes_back, deferral, recurrence, status_of
from themes.records.subjects import deferred_subject
from themes.records.tables import CELL_SEPARATOR, Header, header_of, read_row
from themes.records.version import RECORD_TYPES
from themes.records.words import action_words, content_words
from themes.text.fmt import shorten
from themes.text.sentences import split_sentences
from themes.types import Document, Segment

_ANNOUNCES_ACTIONS = re.compile(
    r"^(?:acties?|actiepunten|afspraken|vervolgacties|vervolgstappen)\b[^:.]{0,40}:$", re.IGNORECASE
)
#: A line under an action heading announcing the work its list items name: "…, concreet zal gekeken worden naar:",
#: "We gaan verder kijken naar:"; unlike "Feedback uit de review:" its items are the next steps.
_WORK_ANNOUNCED = re.compile(
    r"\b(?:zal|zullen|wordt|worden|gaan|gaat|willen)\s+(?:\S+\s+){0,4}?"
    r"(?:gekeken|kijken|uitgewerkt|uitwerken|opgepakt|oppakken|uitgezocht|uitzoeken)(?:\s+\S+){0,3}?\s*:$",
    re.IGNORECASE,
)
#: A line introducing what others advised or raised, not what was agreed: "De adviezen en inzichten uit de sessie
#: gingen over:", "Doel: belangrijkste punten die genodigden hebben t.a.v. het concept ophalen.". The list items or
#: table rows after it are their advice and reactions: a to-do line there ("… erkennen en aanpak daarop aanpassen",
#: "Tekst: prominenter opnemen dat …") is what someone suggested, no action of the meeting.
_REMARKS_ANNOUNCED = re.compile(
    r"\b(?:advies|adviezen|aanbevelingen|inzichten|reacties|suggesties|tips)\b[^.:]*:$"
    r"|\b(?:punten|reacties|input|feedback|opmerkingen|suggesties|adviezen)\b[^!?:;]{0,30}?"
    r"\b(?:genodigden|deelnemers|aanwezigen|leden|collega's|medewerkers)\b[^!?:;]{0,80}?\bophalen\b",
    re.IGNORECASE,
)
#: The note-taker's own note among the remarks ("Ik weet niet hoe, maar anders even bij haar checken"): still theirs.
_FIRST_PERSON_NOTE = re.compile(r"\b(?:ik|mij|me)\b", re.IGNORECASE)
#: Two action lines of one document are one action when this share of the shorter one's words is in the other.
_DUPLICATE_SHARE = 0.7


_PERSON = re.compile(r"\[PERSOON_\d+\]")
_ABOUT_ITEM = re.compile(r"\b(?:agenda)?punt(?:en)?\b|\bonderwerp(?:en)?\b", re.IGNORECASE)
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


def _other_subject(sentence: str, description: str) -> bool:
    """Whether a deferral sentence names a subject of its own that shares no word with the action before it."""
    subject = deferred_subject(sentence)
    return bool(subject) and not content_words(subject) & content_words(description)


#: A part of a sentence that leans on the part before it: it opens with a subordinating or linking word ("…, zoals
#: real-time beter definiëren") or points back at it ("…, [X] zal hierbij aansluiten"): no action of its own.
_JOINS_BEFORE = re.compile(
    r"^(?:zoals|waarbij|waarna|waarmee|waarin|omdat|zodat|dat|die|wat|als|maar|want|of|en|ook|bijvoorbeeld|bv|"
    r"bijv|dus|daarna|vervolgens)\b|\b(?:hier|daar|er)(?:bij|aan|voor|over|mee|op|in|na)\b",
    re.IGNORECASE,
)


#: Persons or an organisation opening a part: "[X] en [Y] …", "RvIG …".
_LEADING_OWNER = re.compile(
    r"^(?:\[PERSOON_\d+\]|[A-Z][a-z]?[A-Z][A-Za-z]{0,4})(?:\s*(?:,|en|&|/)\s*(?:\[PERSOON_\d+\]|[A-Z][a-z]?[A-Z][A-Za-z]{0,4}))*\s*"
)
#: A part with no more words than this after its owner names no object of its own ("…, RvIG werkt verder uit"):
#: it carries on the action before it.
_MAX_BARE_WORDS = 3


def _top_level_commas(sentence: str) -> list[str]:
    """The parts of a sentence between its commas and semicolons outside parentheses."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, char in enumerate(sentence):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0 and sentence[i + 1 : i + 2] == " ":
            parts.append(sentence[start:i])
            start = i + 1
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]


def _action_clauses(sentence: str, actor: str | None, list_level: int) -> list[str]:
    """One sentence holding several to-dos, cut into one part per to-do; else the sentence alone.

    "[X] levert concept tekst aan, [Y] doet een redactieslag", "Diagrammen opnemen ([X]), tekst aanleveren
    ([Y])": two actions, each with its own owner. A part that is no action ("… , waarna iedereen reageert") stays
    with the action before it (or the first one after it).
    """
    parts = _top_level_commas(sentence)
    if len(parts) < 2:
        return [sentence]
    acting = [
        not _JOINS_BEFORE.search(p)
        and len(_LEADING_OWNER.sub("", p).split()) > _MAX_BARE_WORDS
        and action_in(p, actor=actor, list_level=list_level) is not None
        for p in parts
    ]
    if sum(acting) < 2:
        return [sentence]
    out: list[str] = []
    pending = ""  # non-action parts before the first action part
    for part, acts in zip(parts, acting):
        if acts:
            out.append(f"{pending}, {part}" if pending else part)
            pending = ""
        elif out:
            out[-1] = f"{out[-1]}, {part}"
        else:
            pending = f"{pending}, {part}" if pending else part
    return out


def _unit_actions(unit: Segment, in_action_list: bool, loose: set[str] | None = None) -> list[ActionEntry]:
    """The actions of one unit of running text; sentences after an action line are its status.

    ``loose`` gets the unit's id when a later sentence of the unit defers another subject than its action: the
    unit then stays an agenda item too, so that the deferral is the item's.
    """
    out: list[ActionEntry] = []
    sentences = split_sentences(" ".join(unit.text.split())) or [unit.text]
    if unit.kind == "table_row" and CELL_SEPARATOR in unit.text:
        sentences = [" ".join(_cells(unit.text))] if in_action_list else sentences
    sentences = [part for sentence in sentences for part in _action_clauses(sentence, unit.actor, unit.list_level)]
    current: ActionEntry | None = None
    labelled = False  # the latest action of the unit carries an action label
    named: list[str] = []  # the persons named so far in the unit, for "hij" and "zij"
    since = 0  # sentences since the latest action of the unit
    for sentence in sentences:
        since += 1
        earlier = list(named)
        named += _PERSON.findall(sentence)
        line = action_in(
            sentence, in_action_list=in_action_list and current is None, actor=unit.actor, list_level=unit.list_level
        )
        if line is not None and labelled and line.source == "actieregel" and not labelled_action(sentence):
            line = None  # "Actie [X]: sectie 4 aanvullen. Daarbij de motivatie toevoegen.": the same action, worded on
        if line is not None:
            labelled = labelled_action(sentence)
            if line.owner is not None and line.owner.lower() in ("hij", "zij"):
                # "[X] heeft het werkdocument aangepast. Hij stuurt het rond.": the person named before in the unit
                line = replace(line, owner=earlier[-1] if earlier else None)
            current = _action(line, unit)
            out.append(current)
            since = 0
            if loose is not None and line.source == "toezegging" and deferral(sentence):
                # "[X] presenteert in volgende bijeenkomst de bevindingen": an action, and the subject moves on to
                # the next meeting: the unit stays an agenda item too, so that the item is deferred
                loose.add(unit.segment_id)
            continue
        if current is not None:
            said = status_of(sentence)
            if said == DEFERRED and (_ABOUT_ITEM.search(sentence) or _other_subject(sentence, current.description)):
                # "… schuift dit agendapunt door", "Usecase 1 kan op een later moment worden toegevoegd": the item
                # or the subject the sentence names moves on, not the action before it
                said = None
            elif said == DEFERRED and comes_back(sentence):
                said = None  # "[X] maakt een voorzet. Komt volgende vergadering terug.": due then, not postponed
            elif said == DEFERRED and since > 1 and not content_words(sentence) & content_words(current.description):
                # "De opmerkingen worden verwerkt. Dat duurt tot de zomer. … Na afronding volgt een module voor
                # bewaartermijnen.": sentences later, about another subject
                said = None
                if loose is not None:
                    loose.add(unit.segment_id)
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
    if loose is not None and any(a.source != "voortgang" for a in out) and recurrence(unit.text):
        loose.add(unit.segment_id)  # "Vorige stuurgroep hebben we afgesproken …": the item's own history
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
    remarks: str | None = None  # "De adviezen … gingen over:": the list items or table rows after it are remarks
    last_unit: Segment | None = None  # the unit of the latest action that is not an indented sub-item
    loose: set[str] = set()  # units whose later sentence defers another subject (``_unit_actions``)
    for unit in units:
        if (
            actions
            and (headings.get(unit.heading) or announced is not None)
            and _sub_item(unit, last_unit)
            and (said := status_of(unit.text.lstrip("|-–•* ")))
            and not (said == DEFERRED and _ABOUT_ITEM.search(unit.text))
        ):
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
            headings[unit.heading] = is_action_heading(unit.heading) or todo_heading(unit.heading)
        text = unit.text.strip()
        if announced is not None and (unit.kind != "list_item" or unit.heading != announced):
            announced = None
        if remarks is not None and (unit.kind not in ("list_item", "table_row") or unit.heading != remarks):
            remarks = None
        if _REMARKS_ANNOUNCED.search(text):
            remarks = unit.heading
        if _ANNOUNCES_ACTIONS.match(text):
            announced = unit.heading
            about.add(unit.segment_id)
            continue
        in_list = (headings[unit.heading] and unit.heading not in broken) or announced is not None
        if in_list and text.endswith(":") and _WORK_ANNOUNCED.search(text):
            # "Dit onderwerp zal … op de agenda worden geplaatst, concreet zal gekeken worden naar:": its list items
            # are the actions; the line itself stays an agenda item, which it may defer
            continue
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
            found = _unit_actions(unit, in_list, loose)
        if remarks is not None and not in_list and not _FIRST_PERSON_NOTE.search(text):
            # a to-do line among the advice or reactions announced above is a suggestion, not an agreed action; a
            # label ("Actie [X]: …") or a person taking it on still makes one
            found = [a for a in found if a.source != "actieregel" or a.owner is not None or labelled_action(text)]
        if in_list and not found and list_statement(text.lstrip("|-–•* ")):
            about.add(unit.segment_id)  # a remark written into the action list: no agenda item of its own
        if any(a.source != "voortgang" for a in found) and unit.segment_id not in loose:
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
        words = action_words(entry.description)
        twin = next(
            (
                i
                for i, k in enumerate(kept)
                if k.source != "voortgang"
                and entry.source != "voortgang"
                and words
                and len(words & action_words(k.description))
                >= max(_DUPLICATE_SHARE * min(len(words), len(action_words(k.description))), 1)
            ),
            None,
        )
        if twin is None:
            kept.append(entry)
        elif entry.status != OPEN and kept[twin].status == OPEN:
            kept[twin] = replace(kept[twin], status=entry.status, status_text=entry.status_text)
    return kept


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
