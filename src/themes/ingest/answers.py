"""Survey answers into segments: one per answer; trivial answers collapsed per question, round and unit with a count."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from themes.config import IngestConfig
from themes.ingest.clean import clean_text, is_only_placeholders
from themes.types import Block, Document, Segment

_NON_WORD = re.compile(r"[\W_]+")
TRIVIAL_MAX_WORDS = 3
# words that do not change what a short answer says ("nee hoor", "geen opmerkingen verder", "niet echt")
FILLER_WORDS = frozenset(
    {
        "hoor",
        "verder",
        "eigenlijk",
        "helaas",
        "nog",
        "echt",
        "even",
        "dus",
        "nu",
        "zo",
        "allemaal",
        "niet",
        "op",
        "dit",
        "moment",
        "hier",
        "over",
        "meer",
        "toe",
        "te",
        "voegen",
        "aan",
        "van",
        "mijn",
        "kant",
        "nope",
        "nah",
    }
)


def normalise_answer(text: str) -> str:
    """Lower case with punctuation and white space removed ("N.v.t." -> "nvt")."""
    return _NON_WORD.sub("", text.casefold())


class TrivialAnswers:
    """Decides whether a short answer says nothing ("Geen.", "nvt", "Weet ik niet", "nee hoor")."""

    def __init__(self, answers: Iterable[str]) -> None:
        answers = list(answers)
        self.keys = frozenset(normalise_answer(a) for a in answers)
        self.max_words = max([TRIVIAL_MAX_WORDS, *(len(a.split()) for a in answers)])

    def __call__(self, text: str, words: Sequence[str] | None = None) -> bool:
        """True when ``text`` is trivial."""
        if words is None:
            words = text.split()
        if len(words) > self.max_words:
            return False
        key = normalise_answer(text)
        if not key or key in self.keys:
            return True
        if len(words) > TRIVIAL_MAX_WORDS:
            return False
        kept = [w for w in (normalise_answer(w) for w in words) if w and w not in FILLER_WORDS]
        return bool(kept) and "".join(kept) in self.keys


def survey_segments(blocks: Sequence[Block], document: Document, config: IngestConfig, start: int = 0) -> list[Segment]:
    """One segment per answer; trivial answers collapsed per (question, round, unit) into one unit with ``count``.

    Every answer that says something is its own unit, identical or not, so each respondent keeps their id, unit and
    date in every breakdown. Trivial answers ("Geen.", "nvt", "Weet ik niet") are marked ``trivial=True`` and
    collapse when their normalised text is equal within one question, round and unit; the collapsed unit keeps every
    respondent id (comma-separated ``source_id``), so counts per unit stay right and nobody is lost.
    """
    is_trivial = TrivialAnswers(config.trivial_answers)
    groups: dict[tuple, list] = {}
    order: list[tuple] = []
    for n, block in enumerate(blocks):
        if block.kind != "answer":
            continue
        text = clean_text(block.text)
        if not text or is_only_placeholders(text):
            continue
        meta = dict(block.meta)
        round_ = meta.get("round") or document.round
        unit = meta.get("unit") or document.unit
        trivial = is_trivial(text, text.split())
        key = (block.question, round_, unit, normalise_answer(text) or text) if trivial else (n,)
        entry = groups.get(key)
        if entry is None:
            groups[key] = [block, text, meta, round_, unit, trivial, [block.source_id]]
            order.append(key)
        else:
            entry[6].append(block.source_id)
    segments = []
    for position, key in enumerate(order, start=start):
        block, text, meta, round_, unit, trivial, ids = groups[key]
        known = list(dict.fromkeys(i for i in ids if i))
        segments.append(
            Segment(
                segment_id=f"{document.doc_id}-{position:05d}",
                doc_id=document.doc_id,
                position=position,
                text=text,
                kind="answer",
                source_id=", ".join(known) if known else block.source_id,
                question=block.question,
                heading=block.question or "",
                round=round_,
                date=meta.get("date") or document.date,
                unit=unit,
                count=len(ids),
                trivial=trivial,
            )
        )
    return segments
