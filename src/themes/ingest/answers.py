"""Survey answers into segments: one per answer, duplicates and trivial answers collapsed with a count."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from themes.config import IngestConfig
from themes.ingest.clean import clean_text, is_only_placeholders
from themes.types import Block, Document, Segment

_NON_WORD = re.compile(r"[\W_]+")
SHORT_ANSWER_WORDS = 5
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
    """One segment per answer; duplicates per (question, round) collapsed into one unit with ``count``.

    Short answers (at most five words) collapse when their normalised text is equal; longer answers when the
    text is equal ignoring case and spacing. Trivial answers are marked ``trivial=True``.
    """
    is_trivial = TrivialAnswers(config.trivial_answers)
    groups: dict[tuple, list] = {}
    order: list[tuple] = []
    for block in blocks:
        if block.kind != "answer":
            continue
        text = clean_text(block.text)
        if not text or is_only_placeholders(text):
            continue
        meta = dict(block.meta)
        round_ = meta.get("round") or document.round
        words = text.split()
        trivial = is_trivial(text, words)
        if trivial or len(words) <= SHORT_ANSWER_WORDS:
            key = (block.question, round_, 0, normalise_answer(text) or text)
        else:
            key = (block.question, round_, 1, text.casefold())  # clean_text already normalised the spacing
        entry = groups.get(key)
        if entry is None:
            groups[key] = [block, text, meta, round_, trivial, 1]
            order.append(key)
        else:
            entry[5] += 1
    segments = []
    for position, key in enumerate(order, start=start):
        block, text, meta, round_, trivial, count = groups[key]
        segments.append(
            Segment(
                segment_id=f"{document.doc_id}-{position:05d}",
                doc_id=document.doc_id,
                position=position,
                text=text,
                kind="answer",
                source_id=block.source_id,
                question=block.question,
                heading=block.question or "",
                round=round_,
                date=meta.get("date") or document.date,
                unit=meta.get("unit") or document.unit,
                count=count,
                trivial=trivial,
            )
        )
    return segments
