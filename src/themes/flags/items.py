"""Agenda items: which item each unit belongs to, and what each meeting says about it.

An item's wording comes from the unit's heading path ("Notulen > 5. Klachtenregeling en vertrouwenspersonen"): the
first numbered part, else the first part that is not the document's own title. Standard items (opening,
mededelingen, verslag, actielijst, rondvraag, sluiting) are not tracked as items, but a deferral said inside them
("Agendapunt klachtenregeling wordt doorgeschoven") is read as an inline mention of the item it names; so are the
entries of a section such as "Doorgeschoven agendapunten".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from themes.flags.lexicon import Signal, classify, deferral_phrase, resolution_phrase
from themes.flags.meetings import Meeting
from themes.flags.text import content_stems, dice, fold, is_numbered, shorten, stem, strip_numbering
from themes.flags.tracks import Mention
from themes.types import Document, Segment

_STANDARD_WORDS = """
opening openen welkom mededelingen mededeling actualiteiten actualiteit ingekomen stukken post verslag notulen
vorige vaststellen vaststelling actielijst acties rondvraag sluiting afsluiting wvttk verder ter tafel komt
aanwezig aanwezigen afwezig afwezigen afmeldingen kennismaking terugblik evaluatie vergadering
""".split()
_MEETING_WORDS = """
notulen verslag besluitenlijst inclusie diversiteit i&d id bi stuurgroep voortgangsoverleg overleg vergadering
januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag
donderdag vrijdag gemeente concept definitief
""".split()
_YEAR = re.compile(r"^\d{4}$")
_SUBJECT_SPLIT = re.compile(r"\s*(?::|\s[–—-]\s|\()\s*")
_MAX_INLINE_STEMS = 10
_MAX_PSEUDO_WORDS = 8
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_DASH_TAIL = re.compile(r"\s+[–—-]\s+(.*)$")


def _stems_without(text: str, words: Sequence[str]) -> frozenset[str]:
    return frozenset(s for s in content_stems(text, extra_stop=words) if not _YEAR.match(s))


@lru_cache(maxsize=1)
def _standard_stems() -> frozenset[str]:
    return frozenset(stem(fold(w)) for w in _STANDARD_WORDS)


def is_standard_item(title: str) -> bool:
    """True for the procedural items every meeting has (opening, verslag, actielijst, rondvraag, …)."""
    stems = content_stems(title)
    return not stems or stems <= _standard_stems()


def _is_document_heading(part: str, document: Document) -> bool:
    if not _stems_without(part, _MEETING_WORDS):
        return True
    return dice(content_stems(part), content_stems(document.title)) >= 0.6


def item_title(heading: str, document: Document) -> str | None:
    """The agenda item a heading path points at, numbering stripped; None when there is none."""
    parts = [p.strip() for p in heading.split(" > ") if p.strip()]
    numbered = [p for p in parts if is_numbered(p)]
    if numbered:
        return strip_numbering(numbered[0])
    if parts and _is_document_heading(parts[0], document):
        parts = parts[1:]
    return strip_numbering(parts[0]) if parts else None


def display_title(title: str) -> str:
    """The wording without status remarks: "Jaarplan groeipanel 2025 (doorgeschoven)" -> "Jaarplan groeipanel 2025"."""

    def keep(match: re.Match[str]) -> str:
        inner = match.group(1)
        return "" if deferral_phrase(inner) or resolution_phrase(inner) or not content_stems(inner) else match.group(0)

    cleaned = _PAREN.sub(keep, title)
    cleaned = _DASH_TAIL.sub(lambda m: "" if deferral_phrase(m.group(1)) else m.group(0), cleaned)
    return cleaned.strip(" .:;–-") or title.strip()


def _is_pseudo_heading(unit: Segment) -> bool:
    """A short list item without closing punctuation: an agenda item a reader could not mark as a heading."""
    text = unit.text.strip()
    return unit.kind == "list_item" and len(text.split()) <= _MAX_PSEUDO_WORDS and not text.endswith(tuple(".:;?!"))


def unit_items(units: Sequence[Segment], document: Document) -> list[tuple[str, Segment]]:
    """Each unit with the agenda item it belongs to ("" when none).

    The heading path decides. Where it names no item (a PDF whose numbered items came out as list items), a short
    list item starts an item and the units after it belong to it, until the next one or a new heading.
    """
    out: list[tuple[str, Segment]] = []
    pseudo, pseudo_heading = "", None
    titles: dict[str, str | None] = {}  # units share their headings
    for unit in units:
        if unit.heading not in titles:
            titles[unit.heading] = item_title(unit.heading, document)
        title = titles[unit.heading]
        if title is None:
            if unit.heading != pseudo_heading:
                pseudo, pseudo_heading = "", unit.heading
            if _is_pseudo_heading(unit):
                pseudo = strip_numbering(unit.text.strip())
            title = pseudo
        out.append((title, unit))
    return out


def _subject(text: str) -> str:
    """The part of an inline deferral that names the item ("Jaarplan Groeipanel 2025: doorgeschoven")."""
    head = _SUBJECT_SPLIT.split(text.strip(), maxsplit=1)[0]
    if head and head != text.strip() and 0 < len(content_stems(head)) <= 8 and not deferral_phrase(head):
        return head
    return text


def _mention(
    meeting: Meeting, document: Document, title: str, units: list[Segment], stems: frozenset[str], context: str = ""
) -> Mention:
    allow = document.doc_type == "notulen"
    # What the context, the title and the units say, read in that order: the last signal wins. Each part is read
    # once (sentences never run across parts), and the first unit saying the winning status is the evidence.
    said = [classify(part, allow_resolution=allow) for part in (context, title, *(u.text for u in units))]
    signal = next((s for s in reversed(said) if s.status), Signal(None))
    evidence = units[0]
    if signal.status:
        evidence = next((u for u, s in zip(units, said[2:], strict=True) if s.status == signal.status), evidence)
    return Mention(meeting, document, shorten(display_title(title), 160), stems, signal.status, evidence)


def _inline(meeting: Meeting, document: Document, unit: Segment, section: str) -> Mention | None:
    """An item named inside a unit; ``section`` is the heading when it is a list of deferred items."""
    subject = strip_numbering(unit.text if section else _subject(unit.text))
    stems = content_stems(subject)
    if not stems or len(stems) > _MAX_INLINE_STEMS:
        return None
    return _mention(meeting, document, subject.rstrip(" .:;"), [unit], stems, context=section)


def item_mentions(meetings: Sequence[Meeting], skip_units: set[str]) -> list[Mention]:
    """What every meeting document says about every agenda item.

    Args:
        meetings: meetings in time order.
        skip_units: ids of units that are about actions (their status words are about the action).
    """
    mentions: list[Mention] = []
    for meeting in meetings:
        for document, units in zip(meeting.documents, meeting.units, strict=True):
            groups: dict[str, list[Segment]] = {}
            for title, unit in unit_items(units, document):
                if unit.segment_id not in skip_units:
                    groups.setdefault(title, []).append(unit)
            for title, group in groups.items():
                stems = content_stems(title)
                if title and stems and not is_standard_item(title):
                    mentions.append(_mention(meeting, document, title, group, stems))
                    continue
                deferral_section = bool(title) and not stems and deferral_phrase(title) is not None
                for unit in group:
                    if deferral_section or deferral_phrase(unit.text):
                        inline = _inline(meeting, document, unit, title if deferral_section else "")
                        if inline is not None:
                            mentions.append(inline)
    return mentions
