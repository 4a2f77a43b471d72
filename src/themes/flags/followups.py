"""Follow-ups: a later meeting reporting on an open action without an action cue.

Minutes often report on an action of the meeting before under a sub-heading that names its subject
("Beveiligingsarchitectuur" with "Er is afstemming geweest binnen de subgroep") or in a plain sentence
("Hiervoor is een enquête opgesteld door [X]"). No action line is there, so the action parser finds nothing; here
such a unit becomes the action's mention in that meeting, with the status its text gives.

A unit names an action when the words they share are rare in the workspace (inverse unit frequency): a heading
whose words are mostly the action's, or a sentence holding most of the action's words (fewer when it names the
action's owner too). A word many units use ("API", "document") never makes a follow-up on its own. Only tracks
still open after the meeting just before are looked for, and each unit follows up at most one action. A sentence
that gives all points of the meeting before a status ("Punten van vorige keer zijn verwerkt") is the mention of
each of its open actions that no unit followed up. A sentence may also name an action by its subject (what
"hierover" points back at, or the line above the action) when it reports that subject done (``_by_subject``). A
heading that repeats the topic one open action was agreed under ("- Beveiligingsarchitectuur" at both meetings) is
that action's mention, with the status its block gives (``_under_subject``); so is a unit opening with the topic
label one open action of the meeting before was stated under ("Geo: <link>." at both meetings). Compound words share
their parts ("geomodule" holds "geo", ``themes.flags.compounds``) when a report is read as done. A new action that
restates every word of the heading an open action was followed up under at the meeting before continues that action
(``_join_restated_topics``), as does a new action of an owner of an open action of the meeting before under a heading
restating the opening sentence of that action's unit, and one sharing two distinctive words and a named person with
it (``_join_namesakes``). So does a new action under a label restating an open action ("<its wording>: [X] maakt …",
``_join_labelled``), and one of the same owner under a heading naming the line an open action stood under
(``_join_under_subject``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from themes.flags.compounds import with_parts
from themes.flags.lexicon import DEFERRED, DROPPED, RESOLVED
from themes.flags.meetings import Meeting
from themes.flags.tracks import BACK_REFERENCE, MEETING_WORDS, PERSON, Mention, Track, action_words, owner_persons
from themes.records import lexicon
from themes.records.entries import DEFERRED as REC_DEFERRED
from themes.records.entries import DONE
from themes.records.entries import DROPPED as REC_DROPPED
from themes.records.status import firm_deferral, status_of
from themes.records.words import content_words
from themes.text.fmt import shorten
from themes.text.fold import fold
from themes.text.sentences import split_sentences
from themes.types import Document, Segment

_STATUS = {REC_DEFERRED: DEFERRED, DONE: RESOLVED, REC_DROPPED: DROPPED}
#: A shared word is distinctive when at most this share of the workspace's units holds it.
_RARE_SHARE = 0.03
#: A word in more than this share of the documents (and more than ``_MIN_COMMON_DOCS``) is boilerplate.
_COMMON_DOC_SHARE = 0.5
_MIN_COMMON_DOCS = 3
_COMMON_FACTOR = 0.25
#: A heading names the action when this weighted share of its words is the action's ...
_HEAD_COVER = 0.6
#: ... and this share of the action's words is in it (less when the block names the owner).
_HEAD_ACTION_COVER = 0.25
#: A sentence names the action when this weighted share of the action's words is in it; when it names the
#: action's owner, two shared words and a smaller share, or one word in a sentence that states a status, will do.
#: A distinctive word shared is required always.
_SENTENCE_COVER = 0.6
_SENTENCE_COVER_OWNER = 0.25
#: A heading is short: a sub-item title, not a paragraph.
_HEAD_MAX_WORDS = 10
#: Units of a heading's block read for its status.
_BLOCK_UNITS = 6
#: "Punten van vorige keer", "de acties uit het vorige overleg": all points of the meeting before at once.
_EARLIER_POINTS = re.compile(
    r"\b(?:punten|acties|actiepunten|opmerkingen|afspraken)\s+(?:van|uit)\s+(?:de\s+|het\s+)?"
    r"(?:vorige|afgelopen)\s+" + MEETING_WORDS
)
#: A sentence that points back at the meeting before: "Het jaarplan is bijgewerkt na de bespreking van vorige
#: keer", "zoals in het vorige overleg afgesproken", "In het laatste stuk hadden we gezegd dat …". It reports on what
#: was agreed there, so a word it shares with an open action of that meeting (or with what that action is about) is
#: enough when it states a status, however common the word; two of the action's words (one distinctive) without.
_BACK_REFERENCE = re.compile(
    BACK_REFERENCE.pattern
    + r"|\b(?:zoals|eerder)\s+(?:\S+\s+){0,4}?afgesproken\b"
    + r"|\b(?:hadden|had)\s+(?:we|wij|jullie|ik)\s+(?:\S+\s+){0,3}?(?:gezegd|afgesproken|besproken|aangegeven)\b"
)
#: A perfect-tense report sharing this many words with an open action of the meeting before (one of them
#: distinctive) reports on it, named owner or not: "Na de reactie van de provincie is de notitie aangepast" for
#: "Er is met de provincie afgesproken om voor 1 mei een schriftelijke reactie te sturen".
_REPORT_SHARED = 2
#: An owner's own report of having done an action follows it up this many meetings later, even when the meetings in
#: between say nothing about it (working-group minutes report a task when it is done, not at every meeting).
_MAX_GAP = 6
#: Words with which a report points back at an earlier meeting: "de eerder gemaakte opzet", "zoals afgesproken".
_POINTS_BACK = re.compile(r"\beerder(?:e)?\b|\bvorige\s+" + MEETING_WORDS + r"|\bzoals\s+afgesproken\b")
#: A topic label before a colon is short: "Archivering:", "Deel 2: Financiën:".
_TOPIC_MAX_WORDS = 4
#: A later sentence names an action by its subject (what the sentences before it in its unit, or the short line or
#: heading above it, are about) when it holds this weighted share of the subject's words, or a distinctive one of
#: them and the owner, and states a status: "De intentieverklaring is aangepast" for "Originele tekst aanvullen met …"
#: under "Blok 3: Intentieverklaring"; "[X] heeft … een lay-out voor een basispresentatie uitgewerkt" for
#: "Ontwikkelen van een basispresentatie. … [X] en [Y] geven aan hierover een voorzet te maken".
_SUBJECT_COVER = 0.6
#: A match by subject counts for less than one by the action's own words.
_SUBJECT_SCORE = 0.2
#: A perfect-tense report: an auxiliary, a past participle, and nothing negated, planned or asked.
_AUXILIARY = re.compile(r"\b(?:is|zijn|heeft|hebben|werd|werden)\b")
_PARTICIPLE = re.compile(r"^(?:\w{0,5}ge\w{2,}(?:d|t|en)|ver\w{3,}(?:d|t)|be\w{3,}(?:d|t))$")
#: A passive agent and its participle: "zoals door [X] opgesteld".
_AGENT = re.compile(r"\bdoor \[persoon_\d+\] (\w+)")
_NOT_DONE = re.compile(
    r"\b(?:niet|nog|geen|zal|zullen|wordt|worden|moet|moeten|gaat|gaan|kan|kunnen|wil|willen|verder|volgende)\b"
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A unit (or one sentence of it) that may report on an action, with the text that says its status."""

    document: Document
    unit: Segment
    words: frozenset[str]
    head: bool
    body: tuple[str, ...]  # the sentences giving the status, in order
    persons: frozenset[str]
    nested: bool = False  # a heading whose block holds headings of its own ("Subwerkgroepen" over "1. Geo", …)


def _is_head(unit: Segment, following: Sequence[Segment]) -> bool:
    """A heading, or a short list item with deeper items under it, or a short line ending in a colon."""
    words = len(unit.text.split())
    if words > _HEAD_MAX_WORDS:
        return False
    if unit.kind == "heading" or unit.text.rstrip().endswith(":"):
        return True
    nxt = following[0] if following else None
    return (
        unit.kind == "list_item"
        and nxt is not None
        and (nxt.kind == "paragraph" or (nxt.kind == "list_item" and nxt.list_level > unit.list_level))
    )


def _block(unit: Segment, following: Sequence[Segment]) -> list[Segment]:
    """The units under a heading unit: deeper list items, or the units up to the next heading."""
    out: list[Segment] = []
    for other in following[:_BLOCK_UNITS]:
        if unit.kind == "list_item":
            if other.kind == "heading" or (other.kind == "list_item" and other.list_level <= unit.list_level):
                break
        elif other.kind == "heading" or (other.kind == "list_item" and _is_head(other, ())):
            break
        if other.heading != unit.heading and unit.kind != "heading":
            break
        out.append(other)
    return out


def _sentences(text: str) -> list[str]:
    return split_sentences(" ".join(text.split())) or [text]


def _candidates(meeting: Meeting, used: set[str]) -> list[_Candidate]:
    """Headings with their blocks and the sentences of every unit of a meeting, minus the units of its actions."""
    out: list[_Candidate] = []
    for document, units in zip(meeting.documents, meeting.units, strict=True):
        for i, unit in enumerate(units):
            if unit.segment_id in used:
                continue
            if _is_head(unit, units[i + 1 :]):
                words = content_words(unit.text)
                block = _block(unit, units[i + 1 :])
                body = tuple(s for u in block if u.segment_id not in used for s in _sentences(u.text))
                persons = frozenset(PERSON.findall(" ".join([unit.text, *body])))
                if words and body:
                    nested = any(_is_head(u, block[k + 1 :]) for k, u in enumerate(block))
                    out.append(_Candidate(document, unit, words, True, body, persons, nested))
            sentences = _sentences(unit.text)
            for k, sentence in enumerate(sentences):
                words = content_words(_LINK.sub(" ", sentence))  # a link names no subject
                if words:
                    persons = frozenset(PERSON.findall(sentence))
                    out.append(_Candidate(document, unit, words, False, tuple(sentences[k:]), persons))
    return out


_LINK = re.compile(r"\[URL_\d+\]|\S*(?:https?://|www\.)\S*|\S+\.(?:md|html?|pdf|docx)\b", re.IGNORECASE)
_ALPHA_WORD = re.compile(r"[^\W\d_]{2}")

#: A word pointing back at what was just said: "[X] en [Y] geven aan hierover een voorzet te maken".
_ANTECEDENT = re.compile(r"\b(?:hier|daar)(?:over|voor|mee|aan|bij|in|op|naar)\b|\bhier\b.*\bvoor\b")


def _topic_label(sentence: str) -> frozenset[str]:
    """The words of a short topic label that opens a unit and says nothing else: "Geo: <link>." (else none)."""
    topic, colon, rest = sentence.partition(":")
    if not colon or len(topic.split()) > _TOPIC_MAX_WORDS or _ALPHA_WORD.search(_LINK.sub(" ", rest)):
        return frozenset()
    return content_words(topic)


def _opening_label(mention: Mention) -> frozenset[str]:
    """The topic label the action's unit opens with when the action is a later sentence of it, else none.

    "Geo: <link>. De feedback uit de consultatie wordt verwerkt.": "geo".
    """
    sentences = _sentences(mention.evidence.text)
    if len(sentences) < 2 or len(content_words(sentences[0]) & mention.stems) * 2 >= len(mention.stems):
        return frozenset()
    return _topic_label(sentences[0]) - mention.stems


def _subject(mention: Mention, meeting: Meeting) -> frozenset[str]:
    """The words of what an action is about (its subject).

    For "hierover", "hiervoor" … the sentences before it in its unit, else the topic label its unit opens with ("Geo:
    <link>. De feedback … wordt verwerkt."), else the line above it.

    The line above is the nearest earlier unit of the document that is a heading or a short line ("Blok 3:
    Intentieverklaring" above a list of to-dos), else the innermost part of the unit's heading path.
    """
    unit = mention.evidence
    sentences = _sentences(unit.text)
    for k, sentence in enumerate(sentences):
        if len(content_words(sentence) & mention.stems) * 2 >= len(mention.stems):
            if k > 0 and _ANTECEDENT.search(fold(mention.title)):
                return frozenset().union(*(content_words(s) for s in sentences[:k])) - mention.stems
            if k > 0:
                topic = _topic_label(sentences[0]) - mention.stems
                if topic:
                    return topic
            break
    try:
        units = meeting.units[meeting.documents.index(mention.document)]
    except ValueError:
        return frozenset()
    at = next((i for i, u in enumerate(units) if u.segment_id == unit.segment_id), None)
    if at is not None:
        for j in range(at - 1, max(0, at - _BLOCK_UNITS) - 1, -1):
            other = units[j]
            if (
                other.kind == "heading"
                or (other.kind == "paragraph" and unit.kind != "paragraph" and len(other.text.split()) <= _HEAD_MAX_WORDS)
                or (
                    other.kind == "list_item"
                    and (unit.kind != "list_item" or other.list_level < unit.list_level)
                    and _is_head(other, units[j + 1 :])
                )
            ):
                return content_words(other.text) - mention.stems
            if other.heading != unit.heading:
                break
    part = unit.heading.rsplit(" > ", 1)[-1] if unit.heading else ""
    return content_words(part) - mention.stems if part else frozenset()


def _unit_weights(meetings: Sequence[Meeting]) -> tuple[dict[str, float], float]:
    """Inverse unit frequency of every content word of the meetings, and the weight of a distinctive word.

    A word in more than half of the documents ("rondvraag", the series' own subject) is boilerplate: its weight is
    cut to ``_COMMON_FACTOR``, whatever its unit frequency.
    """
    df: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    n = n_docs = 0
    for meeting in meetings:
        for units in meeting.units:
            n_docs += 1
            seen: set[str] = set()
            for unit in units:
                n += 1
                words = content_words(unit.text)
                df.update(words)
                seen |= words
            docs.update(seen)
    n = max(n, 1)
    common = max(_MIN_COMMON_DOCS, n_docs * _COMMON_DOC_SHARE)
    weights = {w: math.log(n / k) * (_COMMON_FACTOR if docs[w] > common else 1.0) for w, k in df.items()}
    return weights, math.log(1 / _RARE_SHARE)


def _weight(words: frozenset[str], idf: dict[str, float]) -> float:
    return sum(idf.get(w, 0.0) for w in sorted(words))  # one order: the same sum on every run


def _perfect(sentence: str) -> bool:
    """True when a clause of ``sentence`` reports in the perfect tense (auxiliary and participle, nothing negated).

    Planned ("zal worden uitgewerkt"), negated ("is nog niet opgesteld") and asked ("Is het al verstuurd?") are not.
    """
    folded = fold(sentence)
    if folded.rstrip().endswith("?"):
        return False
    for clause in re.split(r"[,;:]|\s(?:en|maar|dus)\s", folded):
        if _NOT_DONE.search(clause):
            continue
        agent = _AGENT.search(clause)
        if agent and _PARTICIPLE.match(agent.group(1)):
            return True  # "het model zoals door [X] opgesteld": made by the owner
        if _AUXILIARY.search(clause) and any(_PARTICIPLE.match(w) for w in re.findall(r"\w+", clause)):
            return True
    return False


def reported_done(sentence: str, action_words: frozenset[str]) -> bool:
    """True when ``sentence`` reports, in the perfect tense, that the action's own subject was done.

    "Hiervoor is een enquête opgesteld door [X]" for "enquête sturen"; "Er is een indeling gemaakt voor de
    uitwerking" shares no word with "eerste opzet beveiligingsarchitectuur opstellen" and reports progress only.
    """
    return bool(with_parts(content_words(sentence)) & with_parts(action_words)) and _perfect(sentence)


def _collective(meeting: Meeting, used: set[str]) -> tuple[Document, Segment, str, str] | None:
    """The first sentence of the meeting that gives all points of the meeting before a status, with that status.

    "Punten van vorige keer zijn goed in het huidige stuk verwerkt.", "De acties uit het vorige overleg zijn
    afgerond."
    """
    for document, units in zip(meeting.documents, meeting.units, strict=True):
        for unit in units:
            if unit.segment_id in used:
                continue
            for sentence in _sentences(unit.text):
                if not _EARLIER_POINTS.search(fold(sentence)):
                    continue
                said = status_of(sentence)
                status = _STATUS.get(said or "") or (RESOLVED if said is None and _perfect(sentence) else None)
                if status is not None and status != DEFERRED:
                    return document, unit, sentence, status
    return None


def _says_status(sentence: str, action_words: frozenset[str]) -> bool:
    """True when the sentence states a status of its own (a status phrase, or the subject reported done)."""
    return status_of(sentence) is not None or reported_done(sentence, action_words)


def _status(candidate: _Candidate, action_words: frozenset[str]) -> tuple[str | None, str]:
    """The status the candidate's text gives (last signal wins) and the sentence that says it."""
    found: tuple[str | None, str] = (None, "")
    for sentence in candidate.body:
        said = status_of(sentence)
        if said == REC_DEFERRED and firm_deferral(sentence) is None:
            said = None  # "… in het volgend overleg nader toelicht": a new step named, the action not moved
        if said in _STATUS:
            found = (_STATUS[said], sentence)
        elif said is not None:
            found = (None, sentence)
        elif reported_done(sentence, action_words) and found[0] != RESOLVED:
            found = (RESOLVED, sentence)  # the first report of it done is quoted, not a later detail
    return found


def _by_subject(
    candidate: _Candidate, subjects: frozenset[str], wording: frozenset[str], named: bool, idf: dict[str, float],
    rare: float,
) -> bool:
    """True when a sentence names the action by its subject (``_SUBJECT_COVER``) and states a status."""
    shared = subjects & candidate.words
    if candidate.head or not shared or max(idf.get(w, 0.0) for w in shared) < rare:
        return False
    cover = _weight(shared, idf) / max(_weight(subjects, idf), 1e-9)
    sentence = candidate.body[0]
    said = status_of(sentence)
    # done or dropped, not "open" nor moved: "[X] zal contact opnemen … hierover", "voorstel is om een
    # verdiepingssessie te houden in het volgend overleg" name a new step on the subject, no report on this action
    return (cover >= _SUBJECT_COVER or named) and (
        said in (DONE, REC_DROPPED) or (said is None and reported_done(sentence, wording | subjects))
    )


def _under_subject(candidate: _Candidate, subjects: frozenset[str], idf: dict[str, float], rare: float) -> bool:
    """True for a heading (with its block) whose words are mostly the subject an action stood under.

    Minutes ordered by topic report on an action under the topic it was agreed under: "- Beveiligingsarchitectuur"
    with "[X] stelt voor een eerste opzet voor de discussie op te stellen" at one meeting, "- Beveiligingsarchitectuur"
    with "Er is afstemming geweest binnen de subgroep" at the next. A shared word must be distinctive.
    """
    shared = subjects & candidate.words
    if not candidate.head or candidate.nested or not shared or max(idf.get(w, 0.0) for w in shared) < rare:
        return False
    return _weight(shared, idf) / max(_weight(candidate.words, idf), 1e-9) >= _HEAD_COVER


def _topic_status(body: Sequence[str], wording: frozenset[str]) -> bool:
    """True for "<topic>: <status>" whose topic is words of the action.

    "Archivering: de subgroep is sinds de zomer niet meer actief" for "Archivering (trekker [X]) - uitwerking
    afstemmen en daarna de handreiking updaten". The status may be the next sentence when only a link or a
    reference follows the colon ("Archivering: <link>. De subgroep is niet meer actief.").
    """
    topic, colon, rest = body[0].partition(":")
    words = content_words(topic)
    if not colon or not words or len(topic.split()) > _TOPIC_MAX_WORDS or not words <= wording:
        return False
    said = status_of(rest)
    if said is None and len(body) > 1 and not _ALPHA_WORD.search(_LINK.sub(" ", rest)):
        said = status_of(body[1])
    return said in (DONE, REC_DROPPED, REC_DEFERRED)


#: A contribution under its label that is no contribution yet: "Commentaar op de notitie: nog niet ontvangen".
_NOT_GIVEN = re.compile(r"\b(?:niet|geen|nog|volgt|volgen|zal|zullen|graag|vraag\w*)\b")


def _contributions_given(candidate: _Candidate, action_words: frozenset[str]) -> bool:
    """True for a label naming the contribution an action asked for, with the contributions under it.

    "Commentaar op huidige vulling:" and under it "Er is behoefte aan eenduidige eigen definitie (van API) …" at the
    meeting after "Commentaar geven op huidige vulling": the comments are given and recorded. The label ends with a
    colon, its contribution word (``contribution.txt``) is a word of the action, and the first line under it states
    the contribution (nothing negated, planned or asked).
    """
    label = fold(candidate.unit.text).strip()
    if not candidate.head or not label.endswith(":"):
        return False
    hits = lexicon.find(lexicon.CONTRIBUTION, label)
    if not any(content_words(hit.phrase) & action_words for hit in hits):
        return False
    first = fold(candidate.body[0])
    return not first.rstrip().endswith("?") and not _NOT_GIVEN.search(first)


def _score(
    candidate: _Candidate, track: Track, idf: dict[str, float], rare: float, subjects: frozenset[str] = frozenset()
) -> float | None:
    """How well the candidate names the track's action (None: it does not); ``subjects``: see ``_subject``."""
    best: float | None = None
    named = bool(owner_persons(track.mentions) & candidate.persons)  # "[X] en [Y]": either person
    own = _weight(candidate.words, idf)
    for wording in {m.stems for m in track.mentions if not m.update_only}:
        shared = wording & candidate.words
        if not shared or max(idf.get(w, 0.0) for w in shared) < rare:
            continue
        common = _weight(shared, idf)
        action_cover = common / max(_weight(wording, idf), 1e-9)
        if candidate.head:
            head_cover = common / max(own, 1e-9)
            ok = head_cover >= _HEAD_COVER and (action_cover >= _HEAD_ACTION_COVER or named)
        else:
            ok = action_cover >= _SENTENCE_COVER or (
                named
                and (
                    (len(shared) >= 2 and action_cover >= _SENTENCE_COVER_OWNER)
                    or _says_status(candidate.body[0], wording)
                )
            )
        if not ok and not candidate.head:
            # the action's words and its subject's: distinctive ones only ("presentaties gegeven … basispresentatie")
            about = [w for w in (wording | subjects) & candidate.words if idf.get(w, 0.0) >= rare]
            ok = (
                (len(shared) >= _REPORT_SHARED and reported_done(candidate.body[0], wording))
                or (len(about) >= _REPORT_SHARED and reported_done(candidate.body[0], wording | subjects))
                or _topic_status(candidate.body, wording)
            )
        if ok:
            score = action_cover + (0.1 if named else 0.0)
            best = score if best is None else max(best, score)
    if best is None and not candidate.head and _BACK_REFERENCE.search(fold(candidate.body[0])):
        wording = action_words(track.mentions)
        shared = wording & candidate.words
        if ((wording | subjects) & candidate.words and _says_status(candidate.body[0], wording | subjects)) or (
            len(shared) >= _REPORT_SHARED and max(idf.get(w, 0.0) for w in shared) >= rare
        ):
            best = _SUBJECT_SCORE + (0.1 if named else 0.0)
    if best is None and subjects:
        wording = action_words(track.mentions)
        if _by_subject(candidate, subjects, wording, named, idf, rare):
            best = _SUBJECT_SCORE + (0.1 if named else 0.0)
    return best


def _follow_up(
    meeting: Meeting, document: Document, unit: Segment, track: Track, status: str | None, said: str
) -> Mention:
    """The update-only mention a follow-up gives the track at ``meeting``: its title and first wording kept."""
    return Mention(
        meeting=meeting, document=document, title=track.title, stems=track.mentions[0].stems, status=status,
        evidence=unit, update_only=True, said=shorten(said, 300),
    )


def _reported_under(mention: Mention) -> str | None:
    """For an action restated as a list line: the sentence of the paragraphs under it reporting its subject done.

    "• Jaarverslag vergelijken met de richtlijnen" at the next meeting, then the paragraphs "Hiervoor is een
    vragenlijst rondgestuurd. … De belangrijkste richtlijnen zijn vergeleken.": the restated action was done. Only
    paragraphs
    directly under the line (up to the next list line or heading) are read.
    """
    meeting, unit = mention.meeting, mention.evidence
    if unit.kind != "list_item" or mention.document not in meeting.documents:
        return None
    units = meeting.units[meeting.documents.index(mention.document)]
    at = next((i for i, u in enumerate(units) if u.segment_id == unit.segment_id), None)
    if at is None:
        return None
    for other in units[at + 1 : at + 1 + _BLOCK_UNITS]:
        if other.kind != "paragraph" or other.heading != unit.heading:
            break
        for sentence in _sentences(other.text):
            if reported_done(sentence, mention.stems):
                return sentence
    return None


def _restated_done(track: Track) -> Track:
    """The track with each restated mention (not its first meeting's) marked done when the lines under it say so."""
    first = track.mentions[0].meeting.order
    changed = False
    mentions = list(track.mentions)
    for k, mention in enumerate(mentions):
        if mention.meeting.order == first or mention.status is not None or mention.update_only:
            continue
        sentence = _reported_under(mention)
        if sentence is not None:
            mentions[k] = replace(mention, status=RESOLVED, said=shorten(sentence, 300))
            changed = True
    return Track(tuple(mentions)) if changed else track


def _reports_own(candidate: _Candidate, track: Track) -> bool:
    """True when the candidate names the owner, points back and reports the action's words done.

    It points back with "eerder" or "vorige keer" and reports in the perfect tense.
    "[X] geeft aan dat de opzet voor de principes op de wiki is geplaatst", meetings after "[X]: toelichtingen bij
    principes zullen worden geplaatst op de wiki" with nothing said about it in between.
    """
    if candidate.head or not owner_persons(track.mentions) & candidate.persons:
        return False
    if not _POINTS_BACK.search(fold(candidate.body[0])):
        return False
    wording = action_words(track.mentions)
    return len(wording & candidate.words) >= _REPORT_SHARED and reported_done(candidate.body[0], wording)


def add_follow_ups(tracks: Sequence[Track], meetings: Sequence[Meeting]) -> list[Track]:
    """The action tracks, each with a mention in every following meeting whose text reports on it.

    A track still open after meeting k is looked for in meeting k + 1; found there and still open, in k + 2, and
    so on. Deterministic: candidates and tracks are scored in document and track order, ties go to the earlier.
    Last, a new action restating the heading or title its open action stood under at the meeting before joins it
    (``_join_restated_topics``).
    """
    idf, rare = _unit_weights(meetings)
    tracks = [_restated_done(t) for t in tracks]
    mentions = [list(t.mentions) for t in tracks]
    used: dict[str, set[str]] = {}
    for track in tracks:
        for mention in track.mentions:
            used.setdefault(mention.meeting.key, set()).add(mention.evidence.segment_id)
    startable = [not all(m.update_only for m in t.mentions) for t in tracks]
    subjects = [
        frozenset().union(*(_subject(m, m.meeting) for m in t.mentions if not m.update_only)) for t in tracks
    ]
    labels = [frozenset(_opening_label(m) for m in t.mentions if not m.update_only) - {frozenset()} for t in tracks]
    for meeting in meetings:
        if meeting.order == 0:
            continue
        waiting = [
            i
            for i, ms in enumerate(mentions)
            if startable[i]
            and meeting.order - _MAX_GAP <= ms[-1].meeting.order < meeting.order
            and Track(tuple(ms)).latest_status not in (RESOLVED, DROPPED)
        ]
        if not waiting:
            continue
        # every action of the last meetings, open or closed: a heading that more than one stood under names none
        recent = [
            i for i, ms in enumerate(mentions)
            if startable[i] and meeting.order - _MAX_GAP <= ms[-1].meeting.order < meeting.order
        ]
        candidates = _candidates(meeting, used.get(meeting.key, set()))
        open_tracks = {i: Track(tuple(mentions[i])) for i in waiting}
        pairs: list[tuple[float, int, int]] = []
        for c, candidate in enumerate(candidates):
            named = len(pairs)
            for i in waiting:
                score = _score(candidate, open_tracks[i], idf, rare, subjects[i])
                if score is not None and mentions[i][-1].meeting.order < meeting.order - 1 and not _reports_own(
                    candidate, open_tracks[i]
                ):
                    score = None  # a track not mentioned at the meeting before: only its owner's own report
                if score is not None:
                    pairs.append((-score, c, i))
            if not candidate.head and len(pairs) == named and candidate.body[0] == _sentences(candidate.unit.text)[0]:
                # a unit opening with the topic label one action of the last meetings opened with ("Geo: <link>."
                # at both meetings): that action; none when several did
                label = _topic_label(candidate.body[0])
                under = [i for i in recent if label and label in labels[i]]
                if len(under) == 1 and under[0] in waiting and mentions[under[0]][-1].meeting.order == meeting.order - 1:
                    pairs.append((-_SUBJECT_SCORE, c, under[0]))
            if candidate.head and len(pairs) == named:
                # the block under the topic one action of the last meetings stood under, still open (also after a
                # meeting that said nothing of it): that action; none when several stood under it
                under = [i for i in recent if _under_subject(candidate, subjects[i], idf, rare)]
                if len(under) == 1 and under[0] in waiting:
                    pairs.append((-_SUBJECT_SCORE, c, under[0]))
        pairs.sort()
        taken_units: set[str] = set()
        taken_tracks: set[int] = set()
        for _, c, i in pairs:
            candidate = candidates[c]
            if i in taken_tracks or candidate.unit.segment_id in taken_units:
                continue
            taken_tracks.add(i)
            taken_units.add(candidate.unit.segment_id)
            words = action_words(mentions[i]) | subjects[i]
            status, sentence = _status(candidate, words)
            if status is None and _contributions_given(candidate, words):
                status, sentence = RESOLVED, candidate.body[0]
            said = sentence or candidate.body[0]
            quoted = f"{candidate.unit.text} — {said}" if candidate.head else said
            mentions[i].append(_follow_up(meeting, candidate.document, candidate.unit, open_tracks[i], status, quoted))
        # a collective report ("de punten van vorige keer zijn verwerkt") is about the meeting before only
        rest = [i for i in waiting if i not in taken_tracks and mentions[i][-1].meeting.order == meeting.order - 1]
        collective = _collective(meeting, used.get(meeting.key, set()) | taken_units) if rest else None
        if collective is not None:
            document, unit, sentence, status = collective
            for i in rest:
                mentions[i].append(_follow_up(meeting, document, unit, open_tracks[i], status, sentence))
    joined = _join_restated_topics([Track(tuple(ms)) for ms in mentions], idf, rare)
    return _join_under_subject(_join_labelled(_join_namesakes(joined, idf, rare), idf, rare), idf, rare)


#: A heading that a new action restates holds at least this many words.
_TOPIC_MIN_WORDS = 2


def _topic_heading(mention: Mention) -> frozenset[str]:
    """The words of the heading a follow-up stood under ("API Management / API Capability"), else none."""
    text = mention.evidence.text
    if not mention.update_only or len(text.split()) > _HEAD_MAX_WORDS or not mention.said.startswith(text + " — "):
        return frozenset()
    return content_words(text)


#: A numbered label before a title: "Blok 1:", "Deel 2:", "Thema 3:".
_NUMBERED_LABEL = re.compile(r"^\s*\w+\s+\d{1,2}[a-z]?\s*:\s*")
#: A title after the label is short.
_TITLE_MAX_WORDS = 5
#: A title ending in a bracketed qualifier, its next line joined on without a full stop: "Verbinding met beleid (EU
#: en NL) Europese deel in footnote …". The title is the words before the bracket.
_BRACKETED_TITLE = re.compile(r"^(?P<title>[^()]+?)\s*\([^()]{1,40}\)\s+(?=[A-Z])")


def _opening_title(mention: Mention) -> frozenset[str]:
    """The words of the numbered title the action's unit opens with, when the action is a later sentence of it.

    "Blok 1: Nut van API's. Voordeel van API's t.o.v. huidige oplossingen benadrukken …": "nut", "api".
    """
    sentences = _sentences(mention.evidence.text)
    label = _NUMBERED_LABEL.match(sentences[0])
    if label is None:
        return frozenset()
    title = sentences[0][label.end() :]
    joined = _BRACKETED_TITLE.match(title)
    if joined is not None and len(joined.group("title").split()) <= _TITLE_MAX_WORDS:
        title = joined.group("title")  # "Verbinding met beleid (EU en NL) Europese deel …": its own line once
    elif len(sentences) < 2 or len(title.split()) > _TITLE_MAX_WORDS:
        return frozenset()
    words = content_words(title)
    if len(words & mention.stems) * 2 >= len(mention.stems):
        return frozenset()
    return words


def _section(mention: Mention) -> frozenset[str]:
    """The words of the innermost heading the action stands under, else none; a long one is no title.

    "Verslag > Testbaarheid modules": "testbaarheid", "module".
    """
    heading = (mention.evidence.heading or "").split(" > ")[-1]
    if len(heading.split()) > _HEAD_MAX_WORDS:
        return frozenset()
    return content_words(heading)


def _join_one_open_before(tracks: Sequence[Track], continues: Callable[[Mention], Callable[[Track], bool] | None]) -> list[Track]:
    """The tracks, each new action that ``continues`` exactly one open action of the meeting before joined to it.

    ``continues(first)`` gives, for a track's first mention, the test an open track must pass (None: the mention
    continues none). Candidates are open (not done or dropped), hold more than update-only mentions, were last
    mentioned at the meeting just before and share no document with the new track. Tracks are taken in order and
    joined at once, so a later track sees the joins before it.
    """
    out = list(tracks)
    for t, track in enumerate(out):
        if not track.mentions or track.mentions[0].update_only:
            continue
        first = track.mentions[0]
        test = continues(first)
        if test is None:
            continue
        found = []
        for o, other in enumerate(out):
            if o == t or not other.mentions or other.mentions[-1].meeting.order != first.meeting.order - 1:
                continue
            if other.latest_status in (RESOLVED, DROPPED) or all(m.update_only for m in other.mentions):
                continue
            if any(m.document.doc_id in {n.document.doc_id for n in track.mentions} for m in other.mentions):
                continue
            if test(other):
                found.append(o)
        if len(found) == 1:
            o = found[0]
            out[o] = Track(tuple(sorted(out[o].mentions + track.mentions, key=lambda m: m.meeting.order)))
            out[t] = Track(())
    return [t for t in out if t.mentions]


def _join_restated_topics(tracks: Sequence[Track], idf: dict[str, float], rare: float) -> list[Track]:
    """The tracks, each new action that restates the heading its open action was followed up under joined to it.

    Or one whose unit opens with a numbered title ("Blok 1: Nut van API's. Voordeel van API's … benadrukken") that
    the first sentence of one open action of the meeting before holds ("Autonome nut van een API moet de kern
    vormen: …"): a review carried to the next meeting under titles of its own. Or one of an owner of an open action
    of the meeting before that stands under a heading restating the opening sentence of that action's unit:
    "Testbaarheid modules transport security. [X], [Y] en [Z] doen graag mee met schrijven van testen" at one
    meeting, "[Z] gaat de tests toevoegen in de werkversie van de modules" under the heading "Testbaarheid modules
    transport security" at the next.

    "Kaders … integreren met het kader API management" is followed up under the heading "API Management / API
    Capability" at one meeting; "[X] en [Y] zullen nog een afstemming doen van onderdeel API-Management en
    API-Capability model" at the next is the same action, now with owners. Every word of the heading (at least two,
    one distinctive) must be in the new wording, the track must be open and not in the new action's document, and
    only one track may qualify.
    """
    def continues(first: Mention) -> Callable[[Track], bool]:
        title = _opening_title(first)

        def test(other: Track) -> bool:
            last = other.mentions[-1]
            heading, wording = _topic_heading(last), first.stems
            if not heading and title and not last.update_only:
                heading, wording = title, with_parts(content_words(_sentences(last.evidence.text)[0]))
            if not heading and not last.update_only and owner_persons([first]) & owner_persons(other.mentions):
                heading = _section(first)
                wording = with_parts(content_words(_sentences(last.evidence.text)[0]))
            return (
                len(heading) >= _TOPIC_MIN_WORDS
                and heading <= wording
                and max(idf.get(w, 0.0) for w in heading) >= rare
            )

        return test

    return _join_one_open_before(tracks, continues)


#: A new wording sharing this many distinctive words with an open action of the meeting before, and naming a person
#: that action's unit names, is that action.
_NAMESAKE_SHARED = 2


def _join_namesakes(tracks: Sequence[Track], idf: dict[str, float], rare: float) -> list[Track]:
    """The tracks, each new action sharing distinctive words and a named person with one open action joined to it.

    "[X]: Semantic versioning willen we ook opnemen in de structuur" at one meeting, "Feature: Uitwerking Semantic
    versioning voor het normatieve deel ([X]) Redelijk gevorderd" at the next: two words few units of the
    workspace use, and the person both name, make them one action when the rest of the wording differs. The open
    track must be last mentioned at the meeting just before, not in the new action's document, and the only one
    that qualifies.
    """
    def continues(first: Mention) -> Callable[[Track], bool] | None:
        words = frozenset(w for w in first.stems if idf.get(w, 0.0) >= rare)
        persons = frozenset(PERSON.findall(first.evidence.text))
        if len(words) < _NAMESAKE_SHARED or not persons:
            return None

        def test(other: Track) -> bool:
            said = [m for m in other.mentions if not m.update_only]
            return len(words & action_words(said)) >= _NAMESAKE_SHARED and any(
                persons & frozenset(PERSON.findall(m.evidence.text)) for m in said
            )

        return test

    return _join_one_open_before(tracks, continues)


#: A label restating an action is short: at most this many words before the colon.
_LABEL_MAX_WORDS = 10


def _restating_label(mention: Mention) -> frozenset[str]:
    """The words of the label the action's unit opens with ("<label>: …"), when the action is a later part of it.

    "Plaatje en uitleg van de extra flow toevoegen: [X] blijkt de auteur. Hij maakt in draw.io een nieuw plaatje":
    "plaatje", "uitleg", "extra", "flow", "toevoegen". None when the label is the action's own wording, long or a
    single word.
    """
    label, colon, _ = _sentences(mention.evidence.text)[0].partition(":")
    if not colon or len(label.split()) > _LABEL_MAX_WORDS:
        return frozenset()
    words = content_words(label)
    if len(words) < _TOPIC_MIN_WORDS or len(words & mention.stems) * 2 >= len(mention.stems):
        return frozenset()
    return words


def _join_labelled(tracks: Sequence[Track], idf: dict[str, float], rare: float) -> list[Track]:
    """The tracks, each new action under a label restating one open action of the meeting before joined to it.

    "Plaatje en uitleg van de extra flow toevoegen ([X] vraagt [Y] of hij dit kan maken)" at one meeting,
    "Plaatje en uitleg van de extra flow toevoegen: [Z] blijkt oorspronkelijke auteur. Hij maakt … een nieuw
    plaatje" at the next: the minutes report on the action under its own wording. Every word of the label (at least
    two, one distinctive) must be in a wording of the open action, which is last mentioned at the meeting just
    before, not in the new action's document, and the only one that qualifies.
    """
    def continues(first: Mention) -> Callable[[Track], bool] | None:
        label = _restating_label(first)
        if not label or max(idf.get(w, 0.0) for w in label) < rare:
            return None
        return lambda other: label <= with_parts(action_words(other.mentions))

    return _join_one_open_before(tracks, continues)


def _join_under_subject(tracks: Sequence[Track], idf: dict[str, float], rare: float) -> list[Track]:
    """The tracks, each new action under a heading naming the subject of an open action of the meeting before joined.

    "- Event Driven processen & Notificaties" with "Hier is nog weinig invulling aan gegeven, voorstel is om een
    verdiepingssessie te houden in het volgend overleg" under it at one meeting, "Afspraak is dat er een sessie komt
    over 3/4 weken" under the heading "2 Event Driven processen & Notificaties" at the next: the session agreed on
    that subject. Every word of the subject (the line the open action stands under, ``_subject``; at least two, one
    distinctive) is in one part of the new action's heading path, and both have the same owner (or none): "[X]
    geeft aan dat hij in een volgende sessie een presentatie kan geven" under that heading is X's own action. The
    open action is last mentioned at the meeting just before, not in the new action's document; one open action and
    one new action must qualify, else none is joined.
    """
    subjects: dict[int, frozenset[str]] = {}
    for o, other in enumerate(tracks):
        said = [m for m in other.mentions if not m.update_only]
        if said and other.latest_status not in (RESOLVED, DROPPED):
            subject = _subject(said[-1], said[-1].meeting)
            if len(subject) >= _TOPIC_MIN_WORDS and max(idf.get(w, 0.0) for w in subject) >= rare:
                subjects[o] = subject
    found: dict[int, list[int]] = {}
    for t, track in enumerate(tracks):
        if not track.mentions or track.mentions[0].update_only:
            continue
        first = track.mentions[0]
        parts = [with_parts(content_words(p)) for p in (first.evidence.heading or "").split(" > ")]
        documents = {n.document.doc_id for n in track.mentions}
        under = [
            o for o, subject in subjects.items()
            if o != t
            and tracks[o].mentions[-1].meeting.order == first.meeting.order - 1
            and not any(m.document.doc_id in documents for m in tracks[o].mentions)
            and any(subject <= part for part in parts)
            and [m.owner for m in tracks[o].mentions if not m.update_only][-1] == first.owner
        ]
        if len(under) == 1:
            found.setdefault(under[0], []).append(t)
    out = list(tracks)
    for o, new in found.items():
        if len(new) == 1:
            t = new[0]
            out[o] = Track(tuple(sorted(out[o].mentions + out[t].mentions, key=lambda m: m.meeting.order)))
            out[t] = Track(())
    return [t for t in out if t.mentions]
