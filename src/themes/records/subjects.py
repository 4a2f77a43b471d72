"""What a deferral or recurring sentence names: its subject, the subjects it lists, or the line it hangs under.

Pure functions on the text of one sentence (and, for a sub-bullet, the units before it); ``items`` decides what
to do with the subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from themes.records.status import deferral, moved_to_forum
from themes.records.words import content_words, strip_numbering
from themes.text.fold import fold
from themes.types import Segment

FINITE_VERBS = frozenset(
    "is zijn wordt worden kan kunnen zal zullen komt komen gaat gaan schuift schuiven staat staan blijft blijven moet "
    "moeten wil willen zetten zet laten laat heeft hebben was werd ligt".split()
)
PRONOUNS = frozenset("we wij ze zij hij het dit deze dat die er ik jullie men iedereen".split())
SUBJECT_SPLIT = re.compile(r"\s*(?::|\s[–—-]\s|\()\s*")
MAX_INLINE_WORDS = 10


def forum_subject(sentence: str) -> str:
    """The subject of "<onderwerp> in <forum> bespreken" ("Issue tokens in de middag bespreken" -> "Issue tokens"), or ""."""
    text = sentence.strip()
    folded = fold(text)
    at = moved_to_forum(folded)
    if not at or len(folded) != len(text):
        return ""
    head = text[:at].strip(" ,;:-–")
    if not head or fold(head.split()[0]) in PRONOUNS or not 0 < len(content_words(head)) <= MAX_INLINE_WORDS:
        return ""
    return head


def sentence_subject(sentence: str) -> str:
    """The part of an inline deferral that names the item, or the whole sentence when none is found.

    "Jaarplan 2025: doorgeschoven" -> "Jaarplan 2025"; "Usecase 1 kan op een later moment worden toegevoegd" ->
    "Usecase 1" (the words before the first finite verb, unless they are a pronoun or the deferral itself).
    """
    text = sentence.strip()
    head = SUBJECT_SPLIT.split(text, maxsplit=1)[0]
    tail = text[len(head) :]
    if head and head != text and 0 < len(content_words(head)) <= 8 and not deferral(head) and len(tail.split()) <= 12:
        return head  # "Jaarplan 2025: doorgeschoven"; not "Voorstel: <a discussion of 60 words> … volgende keer"
    words = text.split()
    for i, word in enumerate(words[1:9], start=1):
        if fold(word).strip(",.;") in FINITE_VERBS:
            lead = " ".join(words[:i]).strip(" ,;:")
            # two words at least: "Usecase 1", "Het werkplan"; a lone "Voorstel" or "Vraag" names no item
            if fold(words[0]) not in PRONOUNS and i >= 2 and 0 < len(content_words(lead)) <= 8 and not deferral(lead):
                return lead
            break
    return sentence


#: A deferral phrase whose object follows it: "niet (meer) toe aan …", "niet toegekomen aan …", "aan toe gekomen aan …".
_OBJECT_AFTER = re.compile(r"\b(?:niet\s+(?:meer\s+)?toe\s+aan|niet\s+(?:meer\s+)?toegekomen\s+aan|niet\s+aan\s+toe\s+gekomen\s+aan)\s+(?P<rest>.+)$",
                           re.IGNORECASE)
#: "het bespreken van de samenhang …": the verbal noun before the subject.
_VERBAL_NOUN = re.compile(r"^(?:het\s+)?(?:bespreken|behandelen|bespreking|behandeling|doornemen)\s+van\s+", re.IGNORECASE)
_CONJUNCT = re.compile(r"\s*,\s*(?=(?:het|de|een)\s)|\s+(?:en|of)\s+(?=(?:het|de|een)\s)", re.IGNORECASE)


def deferred_objects(sentence: str) -> list[str]:
    """Two or more coordinated subjects after "niet (meer) toe aan", or [].

    "… toe aan het bespreken van de samenhang met de strategie en het nader invullen van het werkplan": two subjects.
    """
    match = _OBJECT_AFTER.search(sentence.strip().rstrip("."))
    if match is None:
        return []
    parts = [_VERBAL_NOUN.sub("", p.strip(" ,;")) for p in _CONJUNCT.split(_VERBAL_NOUN.sub("", match.group("rest")))]
    if len(parts) < 2 or not all(0 < len(content_words(p)) <= MAX_INLINE_WORDS for p in parts):
        return []
    return parts


def deferred_subject(sentence: str) -> str:
    """The subject a deferral sentence names itself ("Usecase 1 kan later worden toegevoegd" -> "Usecase 1"), or ""."""
    subject = forum_subject(sentence) or sentence_subject(sentence)
    return "" if subject == sentence or not content_words(subject) else subject


def parent_subject(grouped: Sequence[tuple[str, Segment]], index: int) -> str:
    """The subject of the list line a sub-bullet hangs under ("Archief (trekker [X]) - …" -> "Archief"), or "".

    Only for a list item one level or more below the nearest earlier list item of the same heading.
    """
    unit = grouped[index][1]
    if unit.kind != "list_item" or not unit.list_level:
        return ""
    for _, earlier in reversed(grouped[max(0, index - 30) : index]):
        if earlier.heading != unit.heading or earlier.kind != "list_item":
            return ""
        if (earlier.list_level or 0) < unit.list_level:
            head = SUBJECT_SPLIT.split(strip_numbering(earlier.text.strip()), maxsplit=1)[0].strip(" .;:")
            words = content_words(head)
            return head if 0 < len(words) <= 6 and not deferral(head) else ""
    return ""


def colon_head(sentence: str) -> str:
    """The subject a sentence opens with before a colon ("Leertraject stuurgroep: …"), 1-6 content words, or ""."""
    head, colon, _ = sentence.partition(":")
    head = head.strip()
    if not colon or "[" in head or not 0 < len(content_words(head)) <= 6 or len(head.split()) > 8:
        return ""
    if any(fold(word) in FINITE_VERBS for word in head.split()):
        return ""  # "De eerdere inventarisatie is samengevat: …" is a sentence, not a subject
    return head
