"""Redaction measured on real minutes: person recall and content words lost, against the hashed gold.

The gold (``bench/gold/real-<series>.jsonl``, ``corpus.jsonl`` for the Woo documents) lists per document every person's surface forms as salted hashes
and the capitalised words that must stay (``not_names``). Each series is read and segmented as ``themes ingest``
does and its texts (units, headings, actors, titles) are redacted as one batch. Gold mentions are found back by
hashing word n-grams (1–5 words, longest first) of every text.

- PERSOON recall: share of gold mention occurrences whose letters and digits all fall inside redaction spans.
- Persons with one pseudonym (strict): of the gold persons (ids across the series' documents) with a redacted
  mention, the share whose every redacted mention got the same single pseudonym (spelling variants the gold counts
  as one person, "Michel"/"Michiel", count as inconsistent).
- Persons with one pseudonym (as specified): issue 12 specifies that an ambiguous mention (a first name alone where
  two known people have that first name) gets a pseudonym of its own. So a person counts here when every redacted
  mention of his apart from those that got such a registry *ambiguous* pseudonym
  (``PersonRegistry.ambiguous_numbers()``) shares one pseudonym, and none of his ambiguous pseudonyms is a pseudonym
  that another gold person got from a mention that was not ambiguous. Everything else is as in the strict count
  (which is kept beside it).
- A surface form the gold gives to two persons of one document (a word of two persons' names joined by a hyphen,
  "Kees-Jan-Willem", or a first name alone the annotator could not tell apart) counts for both: a pseudonym over it
  that one of them got from his own mentions is his, one that neither got elsewhere counts for each of them
  (``_attribute_shared``). Before, such a form counted only for the person listed last.
- Content words replaced: words inside a redaction span (every label but the pattern ones: e-mail, URL, phone,
  IBAN, BSN, postcode and address, which the gold does not annotate) that are not part of a gold mention occurrence, per 10,000 words.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from themes.config import PipelineConfig
from themes.ingest import MetaOverrides, SurveyOptions
from themes.pipeline import _read, absent_texts
from themes.redact import Redactor

GOLD = Path(__file__).with_name("gold")
_spec = importlib.util.spec_from_file_location("goldhash", GOLD / "goldhash.py")
goldhash = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(goldhash)  # type: ignore[union-attr]
WORD = goldhash.WORD
STRUCTURED = frozenset({"EMAIL", "URL", "TELEFOON", "IBAN", "BSN", "POSTCODE", "ADRES"})  # gold has no addresses
MAX_N = 5


@dataclass
class SeriesResult:
    """Numbers of one series."""

    series: str
    documents: int = 0
    words: int = 0
    mentions: int = 0
    found: int = 0
    wrong_words: int = 0
    not_name_hits: int = 0
    missed: Counter = field(default_factory=Counter)  # never names: only counts per document and n-gram length
    wrong: Counter = field(default_factory=Counter)  # replaced content words (lower case), shown with --show-misses
    pseudonyms: dict = field(default_factory=dict)  # gold person id -> the pseudonyms its found mentions got
    ambiguous: set = field(default_factory=set)  # pseudonyms the registry gave names shared by several persons
    #: with ``details``: (kind, file, context, redacted context) per miss and per replaced content word. Holds real
    #: names: for the terminal only, never for a file in the repository.
    details: list = field(default_factory=list)
    #: with ``details``: gold person id -> (pseudonym, file, context, redacted context) per found mention (real names:
    #: terminal only).
    mentions_of: dict = field(default_factory=dict)
    #: found occurrences of a surface form the gold gives to several persons of one document ("Kees-Jan-Willem", a
    #: word of two persons' names): (those persons, the pseudonyms over it); see :func:`_attribute_shared`.
    shared: list = field(default_factory=list)

    @property
    def persons(self) -> int:
        return len(self.pseudonyms)

    @property
    def one_pseudonym(self) -> int:
        """Persons whose every found mention got the same single pseudonym."""
        return sum(1 for names in self.pseudonyms.values() if len(names) == 1)

    @property
    def one_pseudonym_spec(self) -> int:
        """Persons consistent as issue 12 specifies (ambiguous-name pseudonyms apart; see the module docstring)."""
        own = {person: names - self.ambiguous for person, names in self.pseudonyms.items()}
        count = 0
        for person, names in self.pseudonyms.items():
            others = set().union(*(o for p, o in own.items() if p != person))
            if len(own[person]) <= 1 and not (names & self.ambiguous & others):
                count += 1
        return count

    @property
    def recall(self) -> float:
        return self.found / self.mentions if self.mentions else 1.0

    @property
    def wrong_per_10k(self) -> float:
        return 10_000 * self.wrong_words / self.words if self.words else 0.0


def _texts(item) -> list[str]:
    """The texts of one prepared document that the pipeline redacts (without folder names)."""
    out = [item.document.title]
    for seg in item.segments:
        out += [seg.text, seg.heading, seg.actor]
    return [t for t in dict.fromkeys(out) if t]


def _gold_occurrences(text: str, hashes: set[str]) -> list[tuple[int, int]]:
    """Character ranges of gold mentions in ``text`` (longest n-gram first, no overlaps)."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    taken = [False] * len(words)
    out = []
    for n in range(MAX_N, 0, -1):
        for i in range(len(words) - n + 1):
            if any(taken[i:i + n]):
                continue
            surface = " ".join(w for _, _, w in words[i:i + n])
            if goldhash.name_hash(surface) in hashes:
                out.append((words[i][0], words[i + n - 1][1]))
                for k in range(i, i + n):
                    taken[k] = True
    return out


_PLACEHOLDER = re.compile(r"\[[A-Z]+(?:_\d+)?\]")


def _replacements(red) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every span over the original text, read from the redacted text."""
    out = []
    delta = 0
    for span in red.spans:
        at = span.start + delta
        match = _PLACEHOLDER.match(red.redacted, at)
        replacement = match.group(0) if match else ""
        out.append((span.start, span.end, replacement))
        delta += len(replacement) - (span.end - span.start)
    return out


def _not_name_re(not_names: list[str]) -> re.Pattern[str] | None:
    if not not_names:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(not_names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _context(text: str, red, a: int, b: int, width: int = 60) -> tuple[str, str]:
    """``text`` around ``[a, b)`` with the range marked, and the same stretch as redacted (one line each)."""
    lo, hi = max(0, a - width), min(len(text), b + width)
    plain = (text[lo:a] + "⟦" + text[a:b] + "⟧" + text[b:hi]).replace("\n", " ⏎ ")
    delta_lo = delta_hi = 0
    for s0, e0, rep in _replacements(red):
        shift = len(rep) - (e0 - s0)
        if e0 <= lo:
            delta_lo += shift
        if e0 <= hi:
            delta_hi += shift
    redacted = red.redacted[max(0, lo + delta_lo):max(0, hi + delta_hi)].replace("\n", " ⏎ ")
    return plain, redacted


def evaluate_series(series: str, shared: Path, key: bytes, details: bool = False) -> SeriesResult:
    """Read, redact and score every gold document of one series (``details``: keep each miss's context)."""
    path = GOLD / ("corpus.jsonl" if series == "corpus" else f"real-{series}.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    config = PipelineConfig()
    result = SeriesResult(series)
    docs = []
    items = []
    for row in rows:
        done = _read(shared / row["file"], None, SurveyOptions(), MetaOverrides(), config)
        if done.item is None:
            print(f"warning: {row['file']} not read: {done.failure}", file=sys.stderr)
            continue
        docs.append((row, _texts(done.item), done.item.document.date))
        items.append(done.item)
    docs_of: dict[str, set[int]] = {}  # as ingest passes them: the documents of every text
    for k, (_, texts, _) in enumerate(docs):
        for t in texts:
            docs_of.setdefault(t, set()).add(k)
    all_texts = list(docs_of)
    redactor = Redactor(config.redact, key).load()
    dates = {k: item_date for k, (_, _, item_date) in enumerate(docs)}
    by_text = dict(zip(all_texts, redactor.redact_batch(all_texts, [docs_of[t] for t in all_texts], dates,
                                                        absent_texts(items)), strict=True))
    result.ambiguous = {f"[PERSOON_{n}]" for n in redactor.persons.ambiguous_numbers()}
    for row, texts, _ in docs:
        result.documents += 1
        hashes = {h for p in row["persons"] for h in p["mentions"]}
        persons_of: dict[str, set[str]] = {}
        for p in row["persons"]:
            for h in p["mentions"]:
                persons_of.setdefault(h, set()).add(p["person"])
        keep = _not_name_re(row.get("not_names", []))
        for text in texts:
            red = by_text[text]
            covered = [False] * len(text)
            content = [False] * len(text)
            for s in red.spans:
                for i in range(s.start, s.end):
                    covered[i] = True
                    content[i] = s.label not in STRUCTURED
            gold = _gold_occurrences(text, hashes)
            replaced = _replacements(red)
            in_gold = [False] * len(text)
            for a, b in gold:
                result.mentions += 1
                chars = [i for i in range(a, b) if text[i].isalnum()]
                if all(covered[i] for i in chars):
                    result.found += 1
                    persons = persons_of.get(goldhash.name_hash(text[a:b]), set())
                    names = {r for s0, e0, r in replaced if s0 < b and e0 > a and r.startswith("[PERSOON")}
                    if len(persons) > 1 and names:
                        result.shared.append((frozenset(persons), frozenset(names)))
                    for person in persons if names else ():
                        if len(persons) == 1:
                            result.pseudonyms.setdefault(person, set()).update(names)
                        if details:
                            result.mentions_of.setdefault(person, []).append(
                                (" ".join(sorted(names)), row["file"], *_context(text, red, a, b, 40)))
                else:
                    result.missed[(row["file"], len(text[a:b].split()))] += 1
                    if details:
                        result.details.append(("miss", row["file"], *_context(text, red, a, b)))
                for i in range(a, b):
                    in_gold[i] = True
            keep_chars = set()
            if keep is not None:
                for m in keep.finditer(text):
                    keep_chars.update(range(m.start(), m.end()))
            for m in WORD.finditer(text):
                result.words += 1
                if any(content[i] for i in range(m.start(), m.end())) and not any(
                        in_gold[i] for i in range(m.start(), m.end())):
                    result.wrong_words += 1
                    result.wrong[m.group().lower()] += 1
                    if details:
                        result.details.append(("wrong", row["file"], *_context(text, red, m.start(), m.end())))
                    if m.start() in keep_chars:
                        result.not_name_hits += 1
    _attribute_shared(result)
    return result


def _attribute_shared(result: SeriesResult) -> None:
    """Give each person of a shared surface form ("Kees-Jan-Willem") the pseudonyms over it that are his.

    A pseudonym over the word that one of its persons got from his own mentions is his; one that none of them got
    elsewhere counts for each of them (so one pseudonym over the whole word makes both inconsistent, and a word cut
    into each person's own pseudonym makes neither).
    """
    own = {person: set(names) for person, names in result.pseudonyms.items()}
    for persons, names in result.shared:
        claimed = set().union(*(own.get(p, set()) for p in persons)) & names
        for person in persons:
            his = (names & own.get(person, set())) | (names - claimed)
            if his:
                result.pseudonyms.setdefault(person, set()).update(his)


def pseudonym_breakdown(result: SeriesResult) -> dict[str, int]:
    """Counts (never names) of how the gold persons of a series got their pseudonyms.

    ``one``/``two``/``more``: persons with one, two, three or more pseudonyms; ``merged``: pseudonyms that mentions of
    two or more gold persons got, not counting ``ambiguous_shared``: the registry's own pseudonyms for a name that
    several known persons share (a first name alone of two Peters), which stand for several persons by design.
    """
    sizes = Counter(min(len(p), 3) for p in result.pseudonyms.values())
    holders: dict[str, set[str]] = {}
    for person, names in result.pseudonyms.items():
        for name in names:
            holders.setdefault(name, set()).add(person)
    shared = [name for name, persons in holders.items() if len(persons) > 1]
    return {"one": sizes[1], "two": sizes[2], "more": sizes[3],
            "merged": sum(1 for name in shared if name not in result.ambiguous),
            "ambiguous_shared": sum(1 for name in shared if name in result.ambiguous)}


def real_series() -> list[str]:
    """The series with gold, in name order; ``corpus`` (the Woo documents) last when its gold is there."""
    series = sorted(p.stem[len("real-"):] for p in GOLD.glob("real-*.jsonl"))
    return series + (["corpus"] if (GOLD / "corpus.jsonl").exists() else [])
