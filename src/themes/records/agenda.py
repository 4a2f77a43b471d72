"""Agenda items: which item each unit belongs to, how an item is worded, and which headings are action lists.

An item's wording comes from the unit's heading path ("Notulen > 5. Klachtenregeling en vertrouwenspersonen"): the
first numbered part, else the first part that is not the document's own title. Where the heading path names no
item (a PDF whose numbered items came out as list items), a short list item without closing punctuation starts an
item. Standard items (opening, mededelingen, verslag, actielijst, rondvraag, sluiting) are not tracked as items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from themes.records.status import deferral, status_of
from themes.records.words import content_words, dice, is_numbered, strip_numbering
from themes.text.fold import fold
from themes.types import Document, Segment

_STANDARD_WORDS = """
opening openen welkom mededelingen mededeling actualiteiten actualiteit ingekomen stukken post verslag notulen
vorige vaststellen vaststelling actielijst acties rondvraag sluiting afsluiting wvttk w.v.t.t.k verder ter tafel
komt aanwezig aanwezigen afwezig afwezigen afmeldingen afgemeld kennismaking terugblik evaluatie vergadering
introductie voorstelronde welkomstwoord agenda datum tijd locatie genodigden uitgenodigd
""".split()
_MEETING_WORDS = """
notulen verslag besluitenlijst stuurgroep voortgangsoverleg overleg vergadering werkgroep bijeenkomst
januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag
donderdag vrijdag gemeente concept definitief draft agenda
""".split()
_ACTION_HEADING = re.compile(
    r"^(?:genoteerde\s+|openstaande\s+|nieuwe\s+|vervolg)?(?:acties?|actiepunten|actiepunt|actielijst|aktie\w*|"
    r"afspraken|vervolgafspraken|vervolgstappen|to ?do'?s?|besluiten\s+en\s+acties|actie-\s*en\s+besluitenlijst|"
    r"besluiten-?\s*en\s+actielijst)"
    # "Acties voor de werkgroep", "Afspraken & vervolgstappen"; not "Afspraken met directies" (an item's subject)
    r"(?:\s*(?:[:&,]|en|voor|van|uit|n\.a\.v\.)\s*(?:\S+\s*){0,4})?\s*:?$"
)
_MAX_PSEUDO_WORDS = 8
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_DASH_TAIL = re.compile(r"\s+[–—-]\s+(.*)$")


@lru_cache(maxsize=1)
def _standard() -> frozenset[str]:
    return content_words(" ".join(_STANDARD_WORDS)) | frozenset(fold(w) for w in _STANDARD_WORDS)


def is_standard_item(title: str) -> bool:
    """True for the procedural items every meeting has (opening, verslag, actielijst, rondvraag, …)."""
    words = content_words(title)
    return not words or words <= _standard()


#: Words of a heading that announces deferred items rather than naming one ("Resterende punten schuiven door").
_SECTION_WORDS = "overige overig resterende resterend onderstaande openstaande niet nog de het naar een tot".split()


def is_deferral_section(title: str) -> bool:
    """True for a heading that says the items under it are deferred.

    "Doorgeschoven agendapunten", "(Resterende punten schuiven door naar het volgende overleg)"; not a deferred
    item ("4. Jaarplan 2025 (doorgeschoven)").
    """
    return bool(deferral(title)) and not content_words(strip_numbering(title), extra_stop=_SECTION_WORDS)


_NEXT_AGENDA = re.compile(r"^(?:concept\s*)?agenda\s+(?:voor\s+)?(?:de\s+|het\s+|een\s+)?volgend\w*\b")


def _part_matches(pattern: re.Pattern[str], heading: str, strip: str) -> bool:
    """Whether a part of the heading path, folded, unnumbered and stripped of ``strip``, starts with ``pattern``."""
    return any(pattern.match(fold(strip_numbering(part)).strip(strip)) for part in heading.split(" > "))


def is_next_agenda_heading(heading: str) -> bool:
    """True when a part of the heading path is the next meeting's agenda ("Agenda volgende keer").

    What is listed there is planned, not moved on from this meeting.
    """
    return _part_matches(_NEXT_AGENDA, heading, " .*:")


def is_action_heading(heading: str) -> bool:
    """True when a part of the heading path is an action list ("5. Actielijst", "Genoteerde acties").

    A part may join two items with a slash, the action list last: "5 Afsluiten / Afspraken".
    """
    if _part_matches(_ACTION_HEADING, heading, " .*"):
        return True
    joined = [p.rsplit(" / ", 1)[-1] for p in heading.split(" > ") if " / " in p]
    return any(_ACTION_HEADING.match(fold(part).strip(" .*")) for part in joined)


def _is_document_heading(part: str, document: Document) -> bool:
    if not content_words(part, extra_stop=_MEETING_WORDS):
        return True
    return dice(content_words(part), content_words(document.title)) >= 0.6


def item_title(heading: str, document: Document) -> str | None:
    """The agenda item a heading path points at, as written (numbering kept); None when there is none."""
    parts = [p.strip() for p in heading.split(" > ") if p.strip()]
    numbered = [p for p in parts if is_numbered(p)]
    if numbered:
        return numbered[0]
    if parts and _is_document_heading(parts[0], document):
        parts = parts[1:]
    return parts[0] if parts else None


def display_title(title: str) -> str:
    """The wording without numbering and status remarks: "4. Jaarplan 2025 (doorgeschoven)" -> "Jaarplan 2025"."""

    def keep(match: re.Match[str]) -> str:
        inner = match.group(1)
        return "" if status_of(inner) or not content_words(inner) else match.group(0)

    cleaned = _PAREN.sub(keep, strip_numbering(title))
    cleaned = _DASH_TAIL.sub(lambda m: "" if deferral(m.group(1)) else m.group(0), cleaned)
    return cleaned.strip(" .:;–-*") or title.strip()


def _is_pseudo_heading(unit: Segment) -> bool:
    text = unit.text.strip()
    return unit.kind == "list_item" and len(text.split()) <= _MAX_PSEUDO_WORDS and not text.endswith(tuple(".:;?!"))


def unit_items(units: Sequence[Segment], document: Document) -> list[tuple[str, Segment]]:
    """Each unit with the title of the agenda item it belongs to ("" when none), in document order."""
    out: list[tuple[str, Segment]] = []
    pseudo, pseudo_heading = "", None
    titles: dict[str, str | None] = {}
    for unit in units:
        if unit.heading not in titles:
            titles[unit.heading] = item_title(unit.heading, document)
        title = titles[unit.heading]
        if title is None:
            if unit.heading != pseudo_heading:
                pseudo, pseudo_heading = "", unit.heading
            if _is_pseudo_heading(unit):
                pseudo = unit.text.strip()
            title = pseudo
        out.append((title, unit))
    return out
