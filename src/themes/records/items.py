"""``parse_items``: the agenda items of one document with their status there (deferred, decided), and its decisions.

An item is a heading of the agenda (``agenda.unit_items``); the sentences under it say whether it was deferred
("niet besproken", "schuift door", …) or came back ("stond al eerder op de agenda"), read with ``status``. A
sentence may defer the whole item, a part of it (an entry of its own), items by number ("Agendapunten 4 t/m 7"),
an announced list of items, or, under no item, the subject the sentence before it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from themes.records.actions import action_in
from themes.records.agenda import (
    display_title,
    is_action_heading,
    is_deferral_section,
    is_next_agenda_heading,
    is_standard_item,
    unit_items,
)
from themes.records.entries import DEFERRED, DISCUSSED, DONE, SCHEDULED, DecisionEntry, ItemEntry
from themes.records.status import decision, deferral, deferral_quote, firm_deferral, recurrence
from themes.records.subjects import (
    MAX_INLINE_WORDS,
    SUBJECT_SPLIT,
    colon_head,
    deferred_objects,
    forum_subject,
    parent_subject,
    sentence_subject,
)
from themes.records.words import content_words, numbering, strip_numbering
from themes.text.fmt import shorten
from themes.text.fold import fold
from themes.text.sentences import split_sentences
from themes.types import Document, Segment

TABLE_HEADER = "table_header"
_CELL_SPLIT = re.compile(r"\s*\|\s*")
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
_THIS_ITEM = re.compile(r"\b(?:dit|dat|het)\s+(?:agenda)?(?:punt|onderwerp|item|thema)\b", re.IGNORECASE)
_ANAPHOR_START = re.compile(r"^\s*(?:dit|deze|dat|die|hier\w*|daar\w*|het)\b", re.IGNORECASE)
_LIST_FOLLOWS = re.compile(r"\b(?:onderstaande|volgende|de volgende|deze|overige|resterende)\s+(?:agenda)?(?:punten|onderwerpen|items)\b|:\s*$", re.IGNORECASE)
_BARE_LIST = re.compile(r"(?<![\w/.,-])(?P<list>\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})+)(?![\w/.,-])")
_INLINE_NUMBERED = re.compile(r"(?:^|\s)(\d{1,2})\.?\s+([A-Z][^\d]{2,80}?)(?=\s+\d{1,2}\.?\s+[A-Z]|\s*$)")


def _joined(evidence: str, sentence: str, limit: int = 300) -> str:
    """Evidence with one more deferral sentence of the same unit, as long as it fits."""
    joined = f"{evidence} {deferral_quote(sentence)}"
    return joined if len(joined) <= limit else evidence


def _with_context(before: str, sentence: str, limit: int = 300) -> str:
    """The sentence with as much of the one before it as fits in ``limit`` characters (its end kept)."""
    room = limit - len(sentence) - 2
    if room <= 20:
        return deferral_quote(sentence, limit)
    if len(before) > room:
        before = "…" + before[-room + 1 :].split(" ", 1)[-1]
    return f"{before} {sentence}"


def _sub_heading(heading: str, title: str) -> str:
    """The last part of a unit's heading path when it is a sub-heading of the item ``title`` ("" otherwise)."""
    parts = [p.strip() for p in heading.split(" > ") if p.strip()]
    if len(parts) < 2 or title.strip() not in parts[:-1]:
        return ""
    return display_title(parts[-1])


def _gist(sentence: str, words: int = 8) -> str:
    """The first words of a sentence, to tell a deferred part of an item from the item itself."""
    parts = sentence.split()
    return " ".join(parts[:words]).rstrip(" ,;:.") + ("…" if len(parts) > words else "")


def _known_numbers(sentence: str, items: _Items) -> list[str]:
    """A bare list of agenda numbers in a deferral sentence ("ivm tijd 3,4,5 niet aan orde gekomen").

    Only when every number is an item of this document (so "12 maart, 15.00" never counts).
    """
    for match in _BARE_LIST.finditer(sentence):
        numbers = re.findall(r"\d{1,2}", match.group("list"))
        if len(set(numbers)) >= 2 and all(items.by_number(n) for n in numbers):
            return numbers
    return []


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
        self.deferred_under: dict[str, str] = {}  # entry key -> the heading of the unit that deferred it

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
            entry = replace(entry, status=DEFERRED, evidence=deferral_quote(sentence), segment_id=unit.segment_id)
            self.deferred_under[key] = unit.heading
        if recurring and not entry.recurring:
            entry = replace(entry, recurring=shorten(sentence, 300))
        self.entries[key] = entry

    def note(self, title: str, unit: Segment, sentence: str) -> None:
        """A sentence under the item says something came back: the item's note, or the note of its part.

        A second one under a sub-heading of the item (an item "Uitgebreide notulen" with parts "Blok 1 Visie",
        "Blok 3 Intentieverklaring") notes that part.
        """
        key = fold(display_title(title))
        sub = _sub_heading(unit.heading, title)
        if not self.entries[key].recurring or not sub:
            self.mark(title, unit, sentence, deferred=False, recurring=True)
            return
        part = f"{display_title(title)} – {sub}"
        self.add(part, unit)
        self.mark(part, unit, sentence, deferred=False, recurring=True)

    def decide(self, title: str, unit: Segment, sentence: str) -> None:
        """The item was decided on here (a decision sentence under it)."""
        key = fold(display_title(title))
        entry = self.entries[key]
        if entry.status != DEFERRED:
            self.entries[key] = replace(entry, status=DONE, evidence=shorten(sentence, 300), segment_id=unit.segment_id)

    def part(self, title: str, unit: Segment, sentence: str, *, recurring: bool) -> None:
        """A part of the item deferred by a sentence that does not name the item as a whole: an entry of its own.

        Its title is the item's followed by the start of the sentence, so that it is a track of its own; further
        deferral sentences of the same unit add to its evidence (one paragraph, one deferred subject).
        """
        key = f"{fold(display_title(title))}#{unit.segment_id}"
        entry = self.entries.get(key)
        if entry is not None:
            if sentence not in entry.evidence:
                self.entries[key] = replace(entry, evidence=_joined(entry.evidence, sentence))
            return
        name = f"{display_title(title)} – {_sub_heading(unit.heading, title) or _gist(sentence)}"
        if any(e.title == name for e in self.entries.values()):  # two parts under one sub-heading
            name = f"{name}: {_gist(sentence)}"
        self.entries[key] = ItemEntry(
            name, None, DEFERRED,
            deferral_quote(sentence), unit.segment_id,
            shorten(sentence, 300) if recurring else "",
        )

    def loose(self, subject: str, unit: Segment, evidence: str, *, recurring: bool | str) -> str:
        """A deferral under no tracked item (no heading, or a standard item such as Mededelingen).

        An entry named after its subject sentence; returns its key. ``recurring``: the sentence of the unit that
        says the subject came back (True: the evidence says so).
        """
        key = f"#{unit.segment_id}"
        if key not in self.entries:
            note = recurring if isinstance(recurring, str) else evidence if recurring else ""
            self.entries[key] = ItemEntry(
                _gist(subject), None, DEFERRED, shorten(evidence, 300), unit.segment_id, shorten(note, 300),
            )
        return key

    def extend(self, key: str, sentence: str) -> None:
        """Another deferral sentence of a unit that deferred this entry already: added to its evidence."""
        entry = self.entries[key]
        if sentence not in entry.evidence:
            self.entries[key] = replace(entry, evidence=_joined(entry.evidence, sentence))

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
        if not title or is_standard_item(title) or is_deferral_section(title):
            continue
        if title == unit.text.strip():  # a heading without text, or a short list item standing for one
            if unit.segment_id not in action_units:
                items.add(title, None)
        else:
            items.add(title, None if unit.segment_id in action_units else unit)
    follow_title: str | None = None  # a sentence announced a list of deferred items: the list items that follow
    section_kind: dict[str, str] = {}  # a section of deferred items: the kind of unit its first line is
    next_agenda: dict[str, bool] = {}  # headings of the next meeting's agenda: nothing under them is deferred
    for index, (title, unit) in enumerate(grouped):
        if unit.kind == TABLE_HEADER:
            continue
        if unit.heading not in next_agenda:
            next_agenda[unit.heading] = is_next_agenda_heading(unit.heading)
        if next_agenda[unit.heading]:
            continue
        key = fold(display_title(title)) if title else ""
        tracked = bool(title) and key in items.entries
        if title and not tracked and deferral(title) and unit.segment_id not in action_units:
            # a section such as "Doorgeschoven agendapunten": each of its lines names a deferred item; lines of
            # another kind than the first (sub-items listed under an item) belong to the item above them
            if section_kind.setdefault(title, unit.kind) != unit.kind:
                continue
            line = _CELL_SPLIT.sub(" ", unit.text.strip().lstrip("#")).strip()
            subject = SUBJECT_SPLIT.split(strip_numbering(line), maxsplit=1)[0].rstrip(".;:")
            if is_standard_item(subject) or is_action_heading(subject):
                section_kind[title] = ""  # "7 | Rondvraag": the next agenda item, the list ended
                continue
            if 0 < len(content_words(subject)) <= MAX_INLINE_WORDS:
                items.mark(subject, unit, unit.text, deferred=True, recurring=bool(recurrence(unit.text)))
                continue
        if follow_title is not None:
            if unit.kind == "list_item" and unit.heading == follow_title:
                subject = unit.text.strip().rstrip(".;:")
                if 0 < len(content_words(subject)) <= MAX_INLINE_WORDS:
                    items.mark(subject, unit, unit.text, deferred=True, recurring=False)
                continue
            follow_title = None
        if index == 0 or grouped[index - 1][0] != title:
            if title and deferral(title):
                items.mark(title, unit, title, deferred=True, recurring=bool(recurrence(title)))
            elif tracked and recurrence(title):  # "Eerdere inventarisatie" as an item's heading
                items.mark(title, unit, title, deferred=False, recurring=True)
        if tracked and (index == 0 or grouped[index - 1][1].heading != unit.heading):
            sub = _sub_heading(unit.heading, title)
            if sub and recurrence(sub):  # "Onderwerpen komende periode > Eerder genoemd": its lines came back
                items.mark(title, unit, sub, deferred=False, recurring=True)
        last_numbers: list[str] = []  # "Agendapunten 4 t/m 7 … Ze worden doorgeschoven": "ze" are those items
        unit_key: str | None = None  # the entry a deferral sentence of this unit deferred: the next ones add to it
        earlier: list[str] = []  # the sentences of this unit before this one
        for sentence in split_sentences(" ".join(unit.text.split())) or [unit.text]:
            before = next((e for e in reversed(earlier) if not _ANAPHOR_START.match(e)), "")
            said_before = next((e for e in earlier if recurrence(e)), "")
            earlier.append(sentence)
            said = decision(sentence)
            if said and unit.segment_id not in action_units:
                decisions.append(DecisionEntry(shorten(sentence, 300), display_title(title) if title else "", unit.segment_id))
                if tracked and not deferral(sentence) and document.doc_type != "agenda":
                    items.decide(title, unit, sentence)
            # an action line that names the next meeting sets a due date ("[X] stuurt het stuk voor de volgende
            # bijeenkomst rond"); one that also says the item comes back defers it ("… en in de volgende
            # bijeenkomst komen wij hierop terug")
            deferred = bool(deferral(sentence)) and not (
                unit.segment_id in action_units and action_in(sentence) is not None and not firm_deferral(sentence)
            )
            recurring = recurrence(sentence) is not None
            if not deferred and not recurring:
                continue
            numbers = (
                _numbers(sentence)
                or (_known_numbers(sentence, items) if deferred else [])
                or (last_numbers if _ANAPHOR.match(sentence) else [])
            )
            last_numbers = numbers
            if numbers:
                for number in numbers:
                    named = items.by_number(number) or f"{number}. Agendapunt {number}"
                    items.mark(named, unit, sentence, deferred=deferred, recurring=recurring)
                continue
            inline = [(n, t.strip(" ,;.")) for n, t in _INLINE_NUMBERED.findall(sentence[sentence.find(":") + 1 :] if deferred else "")]
            if deferred and len(inline) >= 2 and not (_LIST_FOLLOWS.search(sentence) or ":" in sentence):
                # the next agenda items that a PDF ran into the sentence ("Volgende keer komt dit terug 4 Planning
                # 5 Begroting"): the sentence ends where they start
                first = _INLINE_NUMBERED.search(sentence)
                if first is not None and first.start() > 0:
                    sentence = sentence[: first.start()].strip()
                inline = []
            if deferred and len(inline) >= 2:
                # "… onderstaande punten niet aan bod gekomen 5 Begroting 6 Huisvesting'
                for number, subject in inline:
                    items.mark(items.by_number(number) or f"{number}. {subject}", unit, sentence, deferred=True, recurring=recurring)
                continue
            if deferred and _LIST_FOLLOWS.search(sentence) and not (tracked and _THIS_ITEM.search(sentence)):
                # "Dit onderwerp komt in een volgend overleg terug, met daarbij de volgende vragen:" defers the
                # item; the list that follows says what about it. "Voor volgende keer:" only announces the list.
                follow_title = unit.heading
                if not tracked or (sentence.rstrip().endswith(":") and len(content_words(sentence)) <= 4):
                    continue
            objects = deferred_objects(sentence) if deferred else []
            if len(objects) >= 2:  # "… niet meer toe aan het bespreken van A en het invullen van B": A and B
                for subject in objects:
                    items.mark(subject, unit, sentence, deferred=True, recurring=recurring)
                continue
            whole = bool(_WHOLE_ITEM.search(sentence))
            named = forum_subject(sentence) if deferred and not whole else ""
            if named:  # "Issue tokens in de middag bespreken" under an item: that subject moves, not the item
                items.mark(named, unit, sentence, deferred=True, recurring=recurring)
                continue
            parent = (
                parent_subject(grouped, index)
                if tracked and deferred and not whole and not earlier[:-1] and sentence_subject(sentence) == sentence
                else ""
            )
            if parent and fold(parent) != key:  # a sub-bullet "Geen update deze keer" under "- Archief (trekker [X])"
                items.mark(parent, unit, sentence, deferred=True, recurring=recurring)
                continue
            if tracked and (not deferred or whole or len(content_words(sentence)) <= 4):
                if not deferred:
                    items.note(title, unit, sentence)
                else:
                    unit_key = _defer(items, title, unit, sentence, unit_key, whole=whole, recurring=recurring)
                continue
            subject = sentence_subject(sentence)
            words = content_words(subject)
            if deferred and 0 < len(words) <= MAX_INLINE_WORDS and subject != sentence:
                items.mark(subject, unit, sentence, deferred=True, recurring=recurring)
            elif tracked and deferred and subject == sentence and len(words) <= MAX_INLINE_WORDS:
                unit_key = _defer(items, title, unit, sentence, unit_key, whole=False, recurring=recurring)
            elif tracked and deferred:
                # a long sentence deferring a part of the item ("… komen we er niet aan toe om alle voorgestelde
                # acties te bespreken"): an entry of its own, unless this unit deferred something already
                if unit_key is not None:
                    items.extend(unit_key, sentence)
                else:
                    items.part(title, unit, sentence, recurring=recurring)
                    unit_key = f"{key}#{unit.segment_id}"
                if recurring:
                    items.mark(title, unit, sentence, deferred=False, recurring=True)
            elif tracked:
                items.note(title, unit, sentence)
            elif not deferred and len(earlier) == 1 and unit.segment_id not in action_units and colon_head(sentence):
                # "Leertraject: Vorige stuurgroep hebben we afgesproken …" under Mededelingen: that subject came back
                items.add(colon_head(sentence), unit)
                items.mark(colon_head(sentence), unit, sentence, deferred=False, recurring=True)
            elif deferred and unit.segment_id not in action_units:
                # "Voorstel is de regeling te verruimen. Dit bespreken we in een volgend overleg." under no item: the
                # sentence before an anaphoric deferral names what is deferred
                if unit_key is not None:
                    items.extend(unit_key, sentence)
                elif not earlier[:-1] and (parent := parent_subject(grouped, index)):
                    # "- Archief (trekker [X])" with under it "- Geen update gehad tijdens dit overleg": that subject
                    unit_key = items.loose(parent, unit, sentence, recurring=recurring or said_before)
                elif before and _ANAPHOR_START.match(sentence):
                    context = " ".join(earlier[earlier.index(before) : -1])
                    unit_key = items.loose(before, unit, _with_context(context, sentence), recurring=recurring or said_before)
                else:
                    unit_key = items.loose(sentence, unit, sentence, recurring=recurring or said_before)
    return list(items.entries.values()), decisions


def _defer(
    items: _Items, title: str, unit: Segment, sentence: str, unit_key: str | None, *, whole: bool, recurring: bool
) -> str:
    """Defer the item ``title`` by ``sentence``; returns the key of the entry this unit deferred.

    The first deferral of an item defers the item. A later one in the same unit, or one that names the item
    ("dit punt schuift door"), adds to that evidence; a short one in another unit that does not name the item
    ("Komt volgende vergadering terug.") defers a part of it, an entry of its own.
    """
    key = fold(display_title(title))
    under = items.deferred_under.get(key)
    if unit_key is None and under is not None and under != unit.heading and _sub_heading(unit.heading, title):
        # "Jaarplan > Begroting: niet verder besproken", then "Jaarplan > Personeel: … niet verder besproken"
        items.part(title, unit, sentence, recurring=recurring)
        return f"{key}#{unit.segment_id}"
    if unit_key is not None:
        items.extend(unit_key, sentence)
        if recurring:
            items.mark(title, unit, sentence, deferred=False, recurring=True)
        return unit_key
    if items.entries[key].status != DEFERRED or whole:
        if items.entries[key].status == DEFERRED:
            items.extend(key, sentence)
            if recurring:
                items.mark(title, unit, sentence, deferred=False, recurring=True)
        else:
            items.mark(title, unit, sentence, deferred=True, recurring=recurring)
        return key
    items.part(title, unit, sentence, recurring=recurring)
    return f"{key}#{unit.segment_id}"
