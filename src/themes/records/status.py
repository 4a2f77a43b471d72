"""The status a cell, a tail or a sentence gives an action or an item, from the phrase lists.

Order of precedence in one text: dropped, then resolved (only when stated as a fact, not negated or planned),
then deferred, then an explicit "still open". Across sentences the last one with a signal wins, as minutes tell
events in order.
"""

from __future__ import annotations

import re

from themes.records import lexicon
from themes.records.entries import DEFERRED, DONE, DROPPED, OPEN
from themes.text.fold import fold
from themes.text.sentences import split_sentences

_YES = frozenset({"ja", "x", "v", "✓", "✔", "done", "yes", "gedaan"})  # whole status cells


def _one(sentence: str) -> str | None:
    folded = fold(sentence)
    if lexicon.find(lexicon.DROPPED, folded):
        return DROPPED
    if not folded.rstrip().endswith("?") and any(
        not lexicon.qualified(folded, h) for h in lexicon.find(lexicon.RESOLVED, folded)
    ):  # "Is het al afgerond?" asks, it does not report
        if not lexicon.find(lexicon.OPEN, folded) or folded.strip(" .").startswith(("gesloten", "afgerond", "gereed")):
            return DONE
    if _deferral_in(folded):
        return DEFERRED
    if lexicon.find(lexicon.OPEN, folded):
        return OPEN
    return None


def status_of(text: str) -> str | None:
    """The status ``text`` states (``afgerond``, ``vervallen``, ``uitgesteld``, ``open``), or None."""
    if not text.strip():
        return None
    if fold(text).strip(" .") in _YES:
        return DONE
    last = None
    for sentence in split_sentences(" ".join(text.split())) or [text]:
        found = _one(sentence)
        if found:
            last = found
    return last


#: "Verslag vorig overleg" is the item approving the minutes, not an item that came back.
_MINUTES_OF = re.compile(r"\b(?:verslag|notulen|besluitenlijst|actielijst)\s+(?:van\s+)?(?:de\s+|het\s+)?$")
_DUE_BEFORE = re.compile(r"\b(?:voor|vóór|uiterlijk)\s+(?:het\s+|de\s+)?$")
#: After "niet besproken" a question word: an open question, not an item left undiscussed ("Nog niet besproken wie
#: het oppakt").
_QUESTION_AFTER = re.compile(r"^\s*(?:wie|wat|hoe|wanneer|waar|welke|welk|of)\b")
#: Phrases that only name the next meeting: in a short sentence with a date or time they announce that meeting
#: ("12 maart volgend overleg.", "Volgende bijeenkomst 4 juni 10.00 - 12.00 op het stadhuis.").
_NEXT_MEETING = re.compile(
    r"^(?:een\s+)?volgend[e]?\s+(?:keer|overleg|bijeenkomst|bijenkomst|vergadering|sessie|meeting|stuurgroep)$"
)
_DATE_OR_TIME = re.compile(
    r"\b\d{1,2}\s+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*|\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b|"
    r"\b\d{1,2}[:.]\d{2}\b|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\b"
)
_MAX_LOGISTICS_WORDS = 14
#: Next meeting and a verb of discussing: the item is moved there ("De resterende punten worden in het volgend
#: overleg besproken"), not a due date.
_DISCUSS_VERB = re.compile(r"\b(?:bespr\w*|behandel\w*|terugk\w*|agender\w*|aan bod|aan de orde)\b")
#: Words by which a sentence about the next meeting speaks of an item after all ("Dit bespreken we op 3 maart").
_ITEM_CUE = re.compile(
    r"\b(?:dit|deze|dat|die|hierop|hierover|erop|daarop|punt\w*|agendapunt\w*|onderwerp\w*|bespr\w*|behandel\w*|"
    r"terug\w*|agend\w*|verder|vervolg\w*|presente\w*|toelicht\w*|toe te lichten)\b"
)


#: "<onderwerp> in <forum> bespreken": a preposition (with an article and one word) before a forum of
#: ``forum.txt``, and after it only the infinitive of discussing that ends the clause.
_TO_FORUM_BEFORE = re.compile(r"(?:^|[\s:(])(?:in|tijdens|op|bij|met)\s+(?:(?:de|het|een|'s)\s+)?(?:[\w-]+\s+)?$")
_TO_FORUM_AFTER = re.compile(
    r"^\s+(?:nog\s+)?(?:verder\s+)?(?:te\s+)?(?:bespreken|behandelen|agenderen|voorleggen|terugkomen)\s*[.!;)]?\s*$"
)
_NEGATED = re.compile(r"\b(?:niet|geen|hoeft|hoeven)\b")


def moved_to_forum(folded: str) -> int | None:
    """Where the forum starts in "<onderwerp> in <forum> bespreken" (a subject moved to another meeting), or None.

    "Registratie van herkomst: in college bespreken", "Dit punt tijdens de bila behandelen", "Het issue in de
    middag bespreken"; not "Dit hoeft niet in de stuurgroep besproken te worden", not "in detail bespreken".
    """
    for hit in lexicon.find(lexicon.FORUM, folded):
        after = folded[hit.end :]
        if not _TO_FORUM_AFTER.match(after):
            continue
        before = folded[: hit.start]
        lead = _TO_FORUM_BEFORE.search(before)
        if lead is None and hit.phrase != "bilateraal":
            continue
        if _NEGATED.search(before[-60:]):
            return None
        return lead.start() if lead is not None else hit.start
    return None


def _deferral_in(folded: str) -> str | None:
    """The first deferral phrase of folded text that defers something.

    A sentence about meeting logistics ("Volgende bijeenkomst is gepland op 14 mei", "12 maart volgend
    overleg.") defers nothing, and "voor het volgende overleg" is a due date ("stuurt de notitie voor het volgende
    overleg rond"), unless a list follows ("Voor volgende keer: …"). "Niet besproken wie …" leaves a question
    open, not an item.
    """
    if lexicon.find(lexicon.PROCEDURAL, folded):
        return None
    hits = lexicon.find(lexicon.DEFERRED, folded)
    if not hits and (at := moved_to_forum(folded)) is not None:
        return folded[at:].strip(" :(").rstrip(" .!;)")
    if (
        hits
        and all(_NEXT_MEETING.match(hit.phrase) for hit in hits)
        and _DATE_OR_TIME.search(folded)
        and len(folded.split()) <= _MAX_LOGISTICS_WORDS
        and not _ITEM_CUE.search(folded)
    ):
        return None  # the date of the next meeting, nothing moved to it
    for hit in hits:
        due = _DUE_BEFORE.search(folded[max(0, hit.start - 12) : hit.start])
        if due and not folded[hit.end :].lstrip().startswith(":"):
            continue
        if hit.phrase.startswith("niet") and _QUESTION_AFTER.match(folded[hit.end :]):
            continue
        return hit.phrase
    return None


def deferral_quote(sentence: str, limit: int = 300) -> str:
    """The sentence, or for a long one the ``limit`` characters around its deferral phrase.

    PDF text and quoted discussions run many sentences into one.
    """
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    folded = fold(text)
    phrase = _deferral_in(folded)
    at = folded.find(phrase) if phrase else -1
    if at < 0:
        return text[: limit - 1] + "…"
    at = round(at * len(text) / max(1, len(folded)))  # folding may shorten non-ASCII text a little
    start = max(0, min(at - limit // 2, len(text) - limit + 2))
    window = text[start : start + limit - 2]
    return ("…" if start else "") + window + ("…" if start + limit - 2 < len(text) else "")


def firm_deferral(text: str) -> str | None:
    """A deferral phrase of ``text`` that does more than name the next meeting, or None.

    "komen … hierop terug", "schuift door", or the next meeting with a verb of discussing; "volgende bijeenkomst"
    alone may be a due date.
    """
    folded = fold(text)
    first = _deferral_in(folded)
    if first is None:
        return None
    firm = next((h.phrase for h in lexicon.find(lexicon.DEFERRED, folded) if not _NEXT_MEETING.match(h.phrase)), None)
    return firm or (first if _DISCUSS_VERB.search(folded) else None)


def comes_back(text: str) -> bool:
    """Whether the only deferral of ``text`` is that it comes back next time ("Komt volgende vergadering terug.").

    No postponement ("uitgesteld", "doorgeschoven", "niet besproken", …): after an action line that is when the
    work is due, not a postponement of it.
    """
    folded = fold(text)
    if _deferral_in(folded) is None:
        return False
    hits = lexicon.find(lexicon.DEFERRED, folded)
    return bool(hits) and all(_NEXT_MEETING.match(h.phrase) or "terug" in h.phrase for h in hits)


def next_meeting_only(text: str) -> bool:
    """Whether every deferral phrase of ``text`` only names a later meeting ("in een volgende sessie") and no verb of
    discussing stands beside it: "In een volgende sessie zal … worden ingegaan op API ketens" plans work for it.
    """
    folded = fold(text)
    hits = lexicon.find(lexicon.DEFERRED, folded)
    return bool(hits) and all("volgend" in h.phrase for h in hits) and not _DISCUSS_VERB.search(folded)


def deferral(text: str) -> str | None:
    """The deferral phrase in ``text`` ("niet besproken", "doorgeschoven", …), or None (see ``_deferral_in``)."""
    return _deferral_in(fold(text))


def recurrence(text: str) -> str | None:
    """The sentence of ``text`` that says its item came back, was deferred before or has waited a while."""
    for sentence in split_sentences(" ".join(text.split())) or [text]:
        folded = fold(sentence)
        if any(not _MINUTES_OF.search(folded[max(0, h.start - 16) : h.start]) for h in lexicon.find(lexicon.RECURRING, folded)):
            return sentence
    return None


def decision(text: str) -> str | None:
    """The decision phrase in ``text`` ("besloten is", "stemt in met", …), or None."""
    return lexicon.says(lexicon.DECISION, text, factual=True)  # "niet akkoord", "zal worden vastgesteld": none
