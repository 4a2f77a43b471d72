"""Rule-based detection of person names in Dutch text, without a trained NER model.

Tokens are scored from lookup lists (first names, surnames, Dutch words, places, organisation words), their
shape (capitalised, ALL CAPS, lower case) and position (sentence start), then boosted by context (titles,
roles, cues such as ``volgens X`` or ``X zei``, ``Aanwezig:`` lists). Tokens that pass ``min_score`` seed
name chunks, which grow over initials, particles (van der, El, Ben) and surnames.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from themes.redact.frequency import is_frequent_lower, is_frequent_word
from themes.redact.operators import strip_accents
from themes.redact.wordlists import Lexicon
from themes.types import PLACEHOLDER as _PLACEHOLDER

# a word: letters joined by hyphens or apostrophes (O'Brien, D’Agostino), but a genitive 's ends it (Peter's voorstel:
# the name is "Peter", so it is looked up and redacted as a name)
_WORD = r"[^\W\d_]+(?:(?:-|['’](?![sS](?![^\W\d_])))[^\W\d_]+)*"
TOKEN_RE = re.compile(rf"(?P<ini>(?:[A-Z]\.[ \u00a0]?){{1,4}}(?=[ \u00a0]*[A-Za-z]))|(?P<w>{_WORD})")
WORD_RE = re.compile(_WORD)  # TOKEN_RE's word branch: its tokens in a text without initials
_INITIALS_HINT = re.compile(r"[A-Z]\.")  # TOKEN_RE's initials branch cannot match in a text without this
_BREAK_CHARS = frozenset(".!?:;\n\t•●▪➤►-–—*\"'“”‘(>|[")
_STRONG_GAP = re.compile(r"^[ \u00a0]*\.?[ \u00a0]*[:(,]?[ \u00a0]*$")
_CUE_GAP = re.compile(r"^[ \u00a0]*:?[ \u00a0]*$")
_CHAIN_GAP = re.compile(r"^[ \u00a0]*$|^-$")
_LIST_LINE = re.compile(r"(?im)^[ \t•●▪➤*\-]*(?P<opener>[A-Za-zé]+)[ \t]*:(?P<rest>[^\n]*)")
_UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER_RE = re.compile(r"[a-zß-öø-ÿ]")
_ACRONYM = re.compile(r"^[A-Z]{2,}['’]?[a-z]{0,2}$|^[A-Z][a-z]?[A-Z]|[a-z][A-Z]$")
_ACRONYM_PART = re.compile(r"(?:^|-)[A-Z]{2,}['’]?[a-z]{0,2}(?:-|$)")  # Client-IDs, API-Key: an acronym in a compound
_WEBLIKE = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w@.])[\w-]+(?:\.[\w-]+)*\.(?:com|nl|org|io|net|eu|gov|edu|be|de)\b(?:/\S*)?",
    re.IGNORECASE,
)  # web addresses and domain names: their words are never names (a profile URL is the URL detector's)
#: The score of a capitalised word on no name list and no word: a candidate that needs evidence (a title, role,
#: cue or a first name before it); below any sensible ``min_score`` on its own.
_CANDIDATE = 0.3
_WORD_COMPOUND = re.compile(r"(?<=-)([a-z]{3,})(?![\w])")
_PRONOUNS = frozenset({"ik", "je", "jij", "we", "wij", "hij", "zij", "ze", "u"})  # heb ik X gemaild
#: A subject before the verb: the word after it is an object (we hebben X als plek), not the subject slot.
_SUBJECT_PRONOUNS = _PRONOUNS | {"jullie", "men"}
#: Small words inside the title-case name of a programme or unit (Programma Data bij de Bron).
_NAME_LINKS = frozenset("bij de het op van in der met voor en".split())
#: Subordinating conjunctions: the subject follows them whatever stands before (Wil je dat Mark het doet?).
_CONJUNCTIONS = frozenset("dat omdat toen nadat zodra terwijl wanneer sinds totdat zodat voordat hoewel".split())
_COPULAS = frozenset({"is", "was", "werd", "wordt", "blijft", "bleef", "geworden"})
_AFFILIATION = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)[ \u00a0]+[a-z]")
_SPEAKER_QUOTE = re.compile(r"[ \u00a0]*:[ \u00a0]*['\"“‘„]")
_NAME_CELL = re.compile(r"[^\W\d_][\w .'’\-\u00a0]*")
_CELL = re.compile(r"(?:^|(?<=[|\t]))[ \u00a0]*(?P<c>[^|\t\n]*?)[ \u00a0.]*(?=[|\t]|$)", re.MULTILINE)
#: Words before a noun, never before a person's name: "het Kader", "een Mark", "deze Roos".
_CODE_BEFORE_BRACKET = re.compile(r"(?<![\w-])(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+[ \u00a0]*\($")
"""A code of letters and digits and an opening bracket right before a word (``N3610 (``, ``RFC8705 (``)."""
_DETERMINERS = frozenset("het een dit deze elk elke ieder iedere welk welke".split())  # not "dat", "die": conjunctions
_FUNCTION_WORDS = frozenset(
    "de het een en of maar want dus dat die dit deze wat wie waar wanneer hoe ik jij je u hij zij ze wij we "
    "jullie zij mijn jouw zijn haar ons onze hun er hier daar niet geen wel ook nog al om op in aan van voor "
    "met bij naar uit over tot door als dan te is was zijn heeft had wordt werd kan kon zal zou moet mag".split()
)


#: ``NameMention.detector`` of a name found only by where it stands (``dat X contact opneemt``, an owner cell):
#: weak evidence, propagated to the batch's other texts only when the word is not used more often without it.
POSITIONAL = "names-position"


@dataclass(frozen=True, slots=True)
class NameMention:
    """A detected name: offsets, score and its lower-case core tokens (without particles or initials)."""

    start: int
    end: int
    score: float
    tokens: tuple[str, ...]
    detector: str = "names"


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    lower: str
    initials: bool
    cap: bool
    upper: bool
    low: bool
    sent_start: bool
    score: float = 0.0
    org: bool = False
    positional: bool = False  # lifted only by where it stands (subject slot, owner cell)
    lower_first: bool = False  # a first name that is no word, written in lower case (kofi, fatima)
    known: bool = False  # a name of the batch (``extra``)


@lru_cache(maxsize=200_000)
def _shape(raw: str) -> tuple[str, str, bool, bool, bool, bool]:
    """A matched token's word (initials without the trailing space), lower case, initials, cap, upper, low."""
    initials = "." in raw  # only the initials branch of TOKEN_RE matches a dot
    word = raw.rstrip() if initials else raw
    upper = len(word) >= 2 and word.isupper()
    return word, word.lower(), initials, word[0].isupper() and not upper, upper, word.islower()


def _tokenize(text: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    append = tokens.append
    for match in (TOKEN_RE if _INITIALS_HINT.search(text) else WORD_RE).finditer(text):
        start = match.start()
        word, lower, initials, cap, upper, low = _shape(match.group())
        k = start - 1
        while k >= 0 and text[k] in " \u00a0":
            k -= 1
        # a token after ".", ":", a bullet, a line break … or after "3." (a numbered item) starts a sentence
        sent_start = k < 0 or text[k] in _BREAK_CHARS or (text[k].isdigit() and k > 0 and text[k - 1] == ".")
        append(_Tok(start, start + len(word), word, lower, initials, cap, upper, low, sent_start))
    return tokens


def _inside(tokens: list[_Tok], intervals: list[tuple[int, int]]) -> list[_Tok]:
    """Tokens starting inside any of the sorted, non-overlapping ``intervals`` (one linear pass)."""
    out, j = [], 0
    for tok in tokens:
        while j < len(intervals) and intervals[j][1] <= tok.start:
            j += 1
        if j < len(intervals) and intervals[j][0] <= tok.start:
            out.append(tok)
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping intervals covering ``spans``."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _fold_caps(text: str) -> str:
    """Title-case a text written (almost) all in capitals, so names and words look as usual; same offsets."""
    uppers = len(_UPPER_RE.findall(text))
    if uppers < 10 or len(_LOWER_RE.findall(text)) > 0.25 * uppers:
        return text
    folded = text.title()
    return folded if len(folded) == len(text) else text


def domain_words(texts: Iterable[str], lexicon: Lexicon) -> frozenset[str]:
    """Labels of web and mail domains in ``texts`` (logius.nl, digilab.overheid.nl): organisations, not persons.

    Only labels of three letters or more on no name list (a domain such as jansen.nl never hides a person
    Jansen), never an e-mail address's local part (jan.jansen@…), never the top-level domain.
    """
    out: set[str] = set()
    for text in texts:
        if "." not in text:
            continue
        for web in _WEBLIKE.finditer(text):
            out.update(_labels(web.group()))
        for at in re.finditer(r"@(?P<host>[\w-]+(?:\.[\w-]+)+)", text):
            out.update(_labels(at.group("host")))
    return frozenset(w for w in out if w not in lexicon.first_names and w not in lexicon.surnames)


#: Words before a lower-case word that make it a noun where it stands (de geo, op geo): articles and prepositions
#: that stand before things, not before persons (not met, van, over, naar: a name can follow those).
_NOUN_BEFORE = frozenset("de het een op in uit".split())


def batch_words(texts: Iterable[str], lexicon: Lexicon) -> frozenset[str]:
    """Name-list words that a batch writes as words: in lower case as a noun, or in capitals as an acronym.

    Only words on a name list that are no Dutch or English word (those are in the word lists already), counted
    in texts not written in capitals, and only words the batch never gives a name's strong evidence (a title,
    role or strong cue before, a strong cue after, a listed name beside: ``mijn manager ahmed``, ``Ahmed Yilmaz``).
    Uses count only in texts that write a first name with a capital (their writer capitalises names). A word
    that stands twice or more there in lower case right after an article or a preposition before things
    (``de geo``, ``op geo``), and more often so than beside a weak cue (``met fatima``, ``fatima gaat``), is a
    noun of this batch; a word written two or more times there in capitals, not after a role (``manager
    FATIMA``), and twice as often as with one capital (``NORA``), is an acronym. Both are then no names anywhere
    in the batch.
    """
    lex = lexicon
    strong_before = lex.titles | lex.roles | lex.cues_before | lex.cues_contact
    weak_before = lex.cues_before_weak | lex.cues_subject | lex.cues_slot | _PRONOUNS
    weak_after = (lex.cues_after_weak - _FUNCTION_WORDS) | lex.cues_after  # not 'en'
    nouns: dict[str, int] = {}
    weak: dict[str, int] = {}
    caps: dict[str, int] = {}
    titled: dict[str, int] = {}
    strong: set[str] = set()
    for text in texts:
        if _fold_caps(text) is not text:
            continue
        tokens = _tokenize(text)
        # a writer who capitalises a first name here types names with capitals: a lower-case word is no name slip
        capitalises = any(t.cap and t.lower in lex.first_names and t.lower not in lex.common
                          and t.lower not in lex.vocab for t in tokens)
        for i, tok in enumerate(tokens):
            lw = tok.lower
            if tok.initials or len(lw) < 3 or lw in lex.vocab or lw in lex.common or lw in _FUNCTION_WORDS or not (
                    lw in lex.first_names or lw in lex.surnames):
                continue
            prev = tokens[i - 1].lower if i > 0 else ""
            before = tokens[i - 2].lower if i > 1 else ""
            after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            if tok.upper and capitalises and prev not in strong_before and after not in lex.cues_after:
                caps[lw] = caps.get(lw, 0) + 1
            elif tok.upper:
                continue
            elif prev in strong_before or after in lex.cues_after or any(
                    w in lex.first_names or w in lex.surnames for w in (prev, before, after)
                    if w and w != lw and w not in lex.particles and w not in lex.vocab and w not in lex.common):
                strong.add(lw)
            elif not tok.low:
                titled[lw] = titled.get(lw, 0) + 1
            elif prev in weak_before or after in weak_after:
                weak[lw] = weak.get(lw, 0) + 1
            elif capitalises and prev in _NOUN_BEFORE and _CHAIN_GAP.match(text[tokens[i - 1].end:tok.start]):
                nouns[lw] = nouns.get(lw, 0) + 1
    out = {w for w, n in nouns.items() if n >= 2 and n > weak.get(w, 0)}
    out |= {w for w, n in caps.items() if n >= 2 and n >= 2 * titled.get(w, 0)}
    return frozenset(out - strong)


_THING_CONTEXT = re.compile(
    r"(?<![\w-])(?i:in|via|vanuit|binnen)[ \u00a0]+(?P<a>[A-Z][^\W\d_]{2,})(?![\w-])"
    r"|(?<![\w-])[A-Z][^\W\d_]+[ \u00a0]+[A-Z][^\W\d_]+[ \u00a0]*\((?P<c>[A-Z][^\W\d_]{2,})\)"
    r"|(?<![\w-])(?P<b>[A-Z][^\W\d_]{2,})-(?P<tail>[a-z]{3,})(?![\w-])"
)


def thing_words(texts: Iterable[str], lexicon: Lexicon) -> frozenset[str]:
    """Capitalised words that a batch uses as a system, place or organisation somewhere: never a positional name.

    ``in Topdesk``, ``via Jira``, ``vanuit Geonovum``, ``binnen Mendix``, a unit in brackets after a full name
    (``Sanne Mulder (Justid)``), or the head of a compound with a Dutch
    word (``Topdesk-melding``). Only words on no name list; they veto names found by position alone
    (:data:`POSITIONAL`), never a name with a cue, title or list.
    """
    out: set[str] = set()
    for text in texts:
        for match in _THING_CONTEXT.finditer(text):
            word = match.group("a") or match.group("b") or match.group("c")
            if match.group("tail") and not lexicon.is_word(match.group("tail")):
                continue  # Jan-Willem, Ben-Ali: a name's hyphen
            out.add(word.lower())
    return frozenset(w for w in out if w not in lexicon.first_names and w not in lexicon.surnames)


def without_things(mentions: list[NameMention], things: Collection[str]) -> list[NameMention]:
    """``mentions`` less those found by position alone whose words the batch uses as things (``thing_words``)."""
    if not things:
        return mentions
    return [m for m in mentions if m.detector != POSITIONAL or not all(t in things for t in m.tokens)]


def _labels(address: str) -> list[str]:
    """The alphabetic host labels of a web address or domain, without ``www`` and the top-level domain."""
    host = re.sub(r"^(?:https?://)?", "", address, flags=re.IGNORECASE).split("/", 1)[0].split("@")[-1]
    parts = host.lower().split(".")[:-1]
    words = [w for part in parts for w in part.split("-")]
    return [w for w in words if len(w) >= 3 and w.isalpha() and w != "www"]


#: One item of a list of people: separators before it, a name part, an optional unit in brackets.
_ITEM_SPLIT = re.compile(r"[,;:\n•\t]|(?<=\))[ \u00a0]+")
_ITEM_WORD = r"[^\W\d_](?:[^\W\d]|['’-])*"
_ITEM = re.compile(rf"[ \u00a0]*(?P<name>{_ITEM_WORD}(?:(?:[ \u00a0]+[-–][ \u00a0]+|[ \u00a0]+|\.[ \u00a0]*){_ITEM_WORD})"
                   r"{0,5})[ \u00a0]*(?:\((?P<unit>[^()\n]{1,60})\))?[ \u00a0.]*")
_SENTENCE_END = frozenset(".!?\n")


def _casual(tokens: list[_Tok], text: str) -> bool:
    """The text does not capitalise its sentences (an informal survey answer, where names are in lower case too).

    Its first word, or most words after ``.``, ``!``, ``?`` or a line break, are in lower case.
    """
    starts = []
    for tok in tokens:
        k = tok.start - 1
        while k >= 0 and text[k] in " \u00a0\t\r":
            k -= 1
        if k < 0 or text[k] in _SENTENCE_END:
            starts.append(tok.low)
    return bool(starts) and (starts[0] or 2 * sum(starts) > len(starts))


def _no_name(_lower: str) -> bool:
    return False


class NameDetector:
    """Find person names with lookup lists, shape, position and context cues.

    Args:
        lexicon: the loaded word lists.
        min_score: tokens scoring at least this seed a name.
    """

    name = "names"

    def __init__(self, lexicon: Lexicon, min_score: float = 0.5) -> None:
        self.lexicon = lexicon
        self.min_score = min_score
        self._word_cache: dict[str, bool] = {}
        self._score_cache: dict[str, int] = {}  # word -> can_score when not a known name
        self._institutions: re.Pattern[str] | None = None

    # ------------------------------------------------------------------ scoring
    def _is_word(self, lower: str) -> bool:
        cached = self._word_cache.get(lower)
        if cached is None:
            cached = self._word_cache[lower] = self._compute_is_word(lower)
            if len(self._word_cache) > 200_000:
                self._word_cache.clear()
        return cached

    def _compute_is_word(self, lower: str) -> bool:
        plain = strip_accents(lower)
        if plain != lower and (plain in _FUNCTION_WORDS or self.lexicon.is_word(plain)):
            return True  # één, eén, hé
        if "-" in lower or "'" in lower or "’" in lower:
            parts = [p for p in re.split(r"['’\-]", lower) if p]
            if all(self.lexicon.is_word(p) or p in self.lexicon.particles for p in parts):
                return True
            last, first = parts[-1], parts[0]
            return len(parts) > 1 and len(last) >= 4 and self.lexicon.is_word(last) and \
                first not in self.lexicon.first_names and first not in self.lexicon.surnames
        if self.lexicon.is_word(lower):
            return True
        lex = self.lexicon
        return lower not in lex.first_names and lower not in lex.surnames and is_frequent_word(lower)

    def _lists(self, lower: str) -> tuple[bool, bool]:
        lex = self.lexicon
        if "-" in lower:
            parts = [p for p in lower.split("-") if p and p not in lex.particles]
            return any(p in lex.first_names for p in parts), any(p in lex.surnames for p in parts)
        first, sur = lower in lex.first_names, lower in lex.surnames
        if not (first or sur) and not lower.isascii():
            plain = strip_accents(lower)  # Jürgen, Gülçin, Yıldırım written with or without their diacritics
            return plain in lex.first_names, plain in lex.surnames
        return first, sur

    def _base_score(self, tok: _Tok, extra: Callable[[str], bool]) -> float:
        lex, lw = self.lexicon, tok.lower
        if tok.initials or len(lw) < 2 or _ACRONYM.search(tok.text) or (
                "-" in lw and not tok.upper and _ACRONYM_PART.search(tok.text)):
            return 0.0
        if _WORD_COMPOUND.search(tok.text) and any(is_frequent_lower(p) for p in _WORD_COMPOUND.findall(tok.text)):
            return 0.0  # Kick-off, Bottom-line: a hyphen then a frequent lower-case word
        if lw in lex.titles or lw in lex.roles or lw in lex.particles or lw in _FUNCTION_WORDS:
            return 0.0
        if lw in lex.org_words:
            tok.org = True
            return 0.0
        if lw in lex.places and not extra(lw):
            return 0.0
        common = lw in lex.common
        is_extra = tok.known = extra(lw)
        if tok.low:
            if len(lw) < 3 or common:
                return 0.0
            if is_extra and lw not in lex.vocab and not is_frequent_lower(lw) and (
                    lw in lex.first_names or not self._is_word(lw)):
                return 0.8  # a propagated name, but not an ordinary word (kook, kader, line) in lower case
            if is_extra and lw not in lex.vocab and lw in lex.first_names and not self._is_word(lw):
                return 0.45  # a propagated first name frequent in text (william): after a cue or in the subject slot
            if lw in lex.first_names and lw not in lex.vocab and not is_frequent_lower(lw) and not self._is_word(lw):
                tok.lower_first = True  # a name in a text written in lower case (_casual); else a cue lifts it
                return 0.45
            return 0.0  # else lower case is no evidence: only a cue or title lifts it (_boost)
        if is_extra:
            if common:
                return 0.45 if tok.sent_start else 0.8
            if self._is_word(lw) and not any(self._lists(lw)):
                return 0.45  # a propagated word (Kadaster) needs evidence here too
            return 0.85 if tok.sent_start else 0.9
        in_first, in_sur = self._lists(lw)
        if tok.upper:
            if in_first and not common and not self._is_word(lw):
                return 0.8
            if in_sur and not common and not self._is_word(lw):
                return 0.6
            return 0.0
        word = common or self._is_word(lw)
        if tok.sent_start:
            if in_first and not common:
                return 0.85 if not word else 0.6
            if in_sur and not word:
                return 0.55
            if in_first or in_sur:
                return 0.25
            return _CANDIDATE if not word and len(lw) >= 3 and not lex.is_typo(lw) else 0.0
        if in_first:
            return 0.9 if not common else 0.55
        if in_sur:
            return 0.75 if not word else 0.45
        return _CANDIDATE if not word and len(lw) >= 3 and not lex.is_typo(lw) else 0.0

    def _lower_first_names(self, tokens: list[_Tok], text: str) -> None:
        """A first name in lower case that is no word (kofi, fatima) is a name, unless the text writes names with capitals.

        A text that capitalises its sentences and holds a confidently scored capitalised name (``Anne Marie: … zoals
        UMA en indy Auth``) shows its writer capitalises names: there a lower-case first name needs a cue, or
        ``en``/a comma joining it to that name. Otherwise (``Ik vind kofi een fijne collega``) it is a name.
        """
        capitalised = [i for i, t in enumerate(tokens) if (t.cap or t.upper) and t.score >= 0.8]
        if _casual(tokens, text) or not capitalised:
            for tok in tokens:
                if tok.lower_first:
                    tok.score = max(tok.score, 0.7)
            return
        for i in capitalised:
            for a, b, c in ((i, i + 1, i + 2), (i - 2, i - 1, i)):
                if a < 0 or c >= len(tokens):
                    continue
                other = tokens[c] if a == i else tokens[a]
                left, right = tokens[a], tokens[c]
                joined = tokens[b].lower == "en" and _CHAIN_GAP.match(text[left.end:tokens[b].start]) \
                    and _CHAIN_GAP.match(text[tokens[b].end:right.start])
                if joined and other.lower_first:
                    other.score = max(other.score, 0.7)
            for j in (i - 1, i + 1):
                if 0 <= j < len(tokens) and tokens[j].lower_first:
                    left, right = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
                    if re.fullmatch(r"[ \u00a0]*,[ \u00a0]*", text[left.end:right.start]):
                        tokens[j].score = max(tokens[j].score, 0.7)

    def _determined(self, tokens: list[_Tok], text: str) -> None:
        """A word right after an article or determiner (het Kader, een Github) is a noun, not a name."""
        for i in range(1, len(tokens)):
            prev, tok = tokens[i - 1], tokens[i]
            lex = self.lexicon
            particle_name = i > 1 and tokens[i - 2].lower in lex.particles and tok.lower in lex.surnames \
                and tok.lower not in lex.vocab  # van het Hul
            if prev.low and prev.lower in _DETERMINERS and not particle_name \
                    and _CHAIN_GAP.match(text[prev.end:tok.start]):
                tok.score = 0.0
                tok.org = True

    @staticmethod
    def _glosses(tokens: list[_Tok], text: str) -> None:
        """A word alone in brackets right after a code of letters and digits ("B2750 (Lina)") glosses it: no name.

        Unless the batch names it elsewhere (a propagated or registered name token): "RFC8705 (Mila)".
        """
        for tok in tokens:
            if not tok.known and text[tok.end:tok.end + 1] == ")" and text[tok.start - 1:tok.start] == "(" \
                    and _CODE_BEFORE_BRACKET.search(text, max(0, tok.start - 40), tok.start):
                tok.score = 0.0
                tok.org = True

    def _boost(self, tokens: list[_Tok], text: str) -> None:
        lex = self.lexicon
        for i, tok in enumerate(tokens):
            after_particle = i > 0 and tokens[i - 1].lower in lex.particles and tok.cap
            if tok.initials or tok.org or (tok.lower in _FUNCTION_WORDS and not after_particle) or len(tok.text) < 2:
                continue
            lw = tok.lower
            if lw in lex.roles or lw in lex.titles or lw in lex.particles:
                continue
            k = i
            while k > 0 and tokens[k - 1].lower in lex.particles and not tokens[k - 1].upper and \
                    _CHAIN_GAP.match(text[tokens[k - 1].end:tokens[k].start]):
                k -= 1
            prev = tokens[k - 1] if k > 0 else None
            if prev is not None:
                gap = text[prev.end:tokens[k].start]
                strong = (prev.lower in lex.titles or prev.lower in lex.roles or prev.initials) and \
                    _STRONG_GAP.match(gap) and (k == i or tok.cap)
                cue = prev.lower in lex.cues_before and _CUE_GAP.match(gap)
                # a weak cue (met, door, bij …) comes before organisations as often: only for name-list hits
                lifts = 0.2 if cue else 0.4
                cue = cue or (prev.lower in lex.cues_before_weak and _CUE_GAP.match(gap))
                if strong:
                    acronym = _ACRONYM.search(tok.text) is not None
                    if (tok.cap or tok.upper) and (prev.lower in lex.titles or prev.initials or any(self._lists(lw))
                                                   or (k < i and tokens[k].cap)  # Wethouder Ter Haar
                                                   or (not acronym and not self._is_word(lw))):
                        tok.score = max(tok.score, 0.8)
                    elif tok.low and len(lw) >= 3 and lw not in lex.common \
                            and (lw in lex.first_names or not self._is_word(lw)):
                        tok.score = max(tok.score, 0.7)
                elif cue and tok.low and lw in lex.first_names and lw not in lex.common and len(lw) >= 3 \
                        and (lifts < 0.4 or lw not in lex.vocab):
                    tok.score = max(tok.score, 0.6)
                elif prev.lower in lex.cues_subject and tok.low and lw not in lex.common and len(lw) >= 3 \
                        and _CHAIN_GAP.match(gap) and (lw in lex.first_names or not self._is_word(lw)):
                    tok.score = max(tok.score, 0.55)
                elif cue and tok.cap and not tok.sent_start and tok.score >= lifts:
                    tok.score = max(tok.score, 0.7)
                elif cue and tok.cap and tok.score >= lifts:
                    tok.score = max(tok.score, 0.6)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            after_cue = prev is not None and (prev.lower in lex.cues_before_weak or prev.lower in _PRONOUNS)
            after = 0.2 if nxt is not None and nxt.lower in lex.cues_after else 0.4
            if nxt is not None and (nxt.lower in lex.cues_after or nxt.lower in lex.cues_after_weak) and tok.cap \
                    and tok.score >= after:
                if _CUE_GAP.match(text[tok.end:nxt.start]) and nxt.low:
                    tok.score = max(tok.score, 0.65)
            elif nxt is not None and nxt.lower in lex.cues_after and tok.low and len(lw) >= 3 \
                    and _CHAIN_GAP.match(text[tok.end:nxt.start]) and (
                        lw in lex.first_names and (lw not in lex.common or after_cue)
                        or after_cue and not self._is_word(lw) and not is_frequent_lower(lw)):
                tok.score = max(tok.score, 0.6)  # heb ik jan gemaild; met ama besproken

    def _neighbours(self, tokens: list[_Tok], text: str) -> None:
        """Candidates (unknown capitalised words) next to a name or each other, or coordinated with a name.

        Evidence for a word on no list: two unknown capitalised words in a row (``Curtley Domacassé``), one right
        before a name-list name (``Dewanand Kalpoe``: a following surname) or joined to a name by ``en`` or a comma
        (``Dewanand en Esther``); the last also lifts a name-list word that is a common word (``Kim en Bas``).
        """
        n = len(tokens)

        def candidate(t: _Tok) -> bool:  # an unknown capitalised word, on no name list
            return t.cap and not t.org and _CANDIDATE <= t.score < self.min_score and not any(self._lists(t.lower))

        def named(t: _Tok) -> bool:
            return (t.cap or t.upper) and not t.org and t.score >= self.min_score and any(self._lists(t.lower))

        lex = self.lexicon
        lifted = []
        for i, tok in enumerate(tokens):
            if not (tok.cap and not tok.org and 0.2 <= tok.score < self.min_score):
                continue
            nxt = tokens[i + 1] if i + 1 < n else None
            prev = tokens[i - 1] if i > 0 else None
            if nxt is not None and self._pair(tok, nxt, text):
                lifted += [t for t in (tok, nxt) if t.score < self.min_score]
                continue
            if candidate(tok) and tok.sent_start and nxt is not None and nxt.low and self._finite_verb(nxt.lower) \
                    and _CHAIN_GAP.match(text[tok.end:nxt.start]):
                lifted.append(tok)  # Nilza wacht nog op antwoord: a sentence's subject before its verb
                tok.positional = True
                continue
            if candidate(tok) and _SPEAKER_QUOTE.match(text, tok.end):
                lifted.append(tok)  # Keila: 'Ik word nooit gevraagd …' — a speaker quoted
                continue
            if candidate(tok) and _AFFILIATION.match(text, tok.end) and (prev is None or not prev.cap):
                lifted.append(tok)  # Rybak (P&O) zoekt uit …: a person, the unit in brackets, a verb
                continue
            if candidate(tok) and prev is not None and prev.lower in lex.cues_owner \
                    and _CUE_GAP.match(text[prev.end:tok.start]) and text[tok.end:tok.end + 1] == ":":
                lifted.append(tok)  # Actie Sharlon: …
                continue
            if (candidate(tok) or tok.score >= 0.2) and i + 2 < n and nxt is not None and nxt.lower in lex.roles \
                    and tokens[i + 2].lower in _COPULAS and _CHAIN_GAP.match(text[tok.end:nxt.start]):
                lifted.append(tok)  # sinds Ekow teamleider is: a person in a role
                continue
            if candidate(tok) and prev is not None and prev.lower == "met" and i > 1 \
                    and tokens[i - 2].lower in lex.cues_contact and _CUE_GAP.match(text[prev.end:tok.start]):
                lifted.append(tok)  # samen met Gosia, gesproken met Othmane
                continue
            if (candidate(tok) or tok.lower in lex.first_names) and not tok.sent_start and prev is not None \
                    and prev.low and prev.lower in lex.cues_slot and _CHAIN_GAP.match(text[prev.end:tok.start]) \
                    and not (i > 1 and tokens[i - 2].lower in _SUBJECT_PRONOUNS and prev.lower not in _CONJUNCTIONS) \
                    and nxt is not None and nxt.low and nxt.lower != "en" \
                    and _CHAIN_GAP.match(text[tok.end:nxt.start]):
                lifted.append(tok)  # had Ruthline het punt ingebracht, dat Edilson contact opneemt: the subject
                tok.positional = True
                continue
            for a, b, c in ((tok, nxt, tokens[i + 2] if i + 2 < n else None),
                            (tokens[i - 2] if i > 1 else None, prev, tok)):
                if a is None or b is None or c is None:
                    continue
                other = c if a is tok else a
                joined = b.lower == "en" and _CHAIN_GAP.match(text[a.end:b.start]) \
                    and _CHAIN_GAP.match(text[b.end:c.start])
                if joined and (other.cap or other.upper) and not other.org and other.score >= self.min_score:
                    lifted.append(tok)
        for i, tok in enumerate(tokens[:-1]):  # kofi mensah: a lower-case first name, then its surname
            nxt = tokens[i + 1]
            if tok.lower_first and tok.score < self.min_score and nxt.low and _CHAIN_GAP.match(text[tok.end:nxt.start]) \
                    and nxt.lower not in lex.common and self._rare_surname(nxt.lower) \
                    and (nxt.lower in lex.surnames or not self._is_word(nxt.lower)):
                lifted.append(tok)
        for i, tok in enumerate(tokens[:-1]):
            nxt = tokens[i + 1]
            if not tok.low or not tok.known or not _CHAIN_GAP.match(text[tok.end:nxt.start]):
                continue
            if nxt.low and nxt.known and (tok.lower in lex.first_names or nxt.lower in lex.first_names) \
                    and tok.lower not in lex.particles and nxt.lower not in lex.particles:
                lifted += [tok, nxt]  # via anne marie: two names of the batch in a row, in lower case
        for i, tok in enumerate(tokens[1:], 1):
            prev = tokens[i - 1]
            if tok.low and tok.known and tok.lower in lex.first_names and prev.lower in lex.cues_slot \
                    and _CHAIN_GAP.match(text[prev.end:tok.start]):
                lifted.append(tok)  # Komt william op terug: a name of the batch in the subject slot
        lifted += self._coordinated(tokens, text, {id(t) for t in lifted})
        lex = self.lexicon
        for i, tok in enumerate(tokens):  # particles then a capitalised word: Jan van Gool, van der Meer:
            if tok.lower not in lex.particles or not tok.low or (i > 0 and tokens[i - 1].lower in lex.particles):
                continue
            k = i
            while k + 1 < n and tokens[k + 1].lower in lex.particles and _CHAIN_GAP.match(
                    text[tokens[k].end:tokens[k + 1].start]):
                k += 1
            if k + 1 >= n or not _CHAIN_GAP.match(text[tokens[k].end:tokens[k + 1].start]):
                continue
            sur, prev = tokens[k + 1], tokens[i - 1] if i > 0 else None
            if sur.low and prev is not None and prev.low and prev.lower in lex.first_names and len(prev.lower) >= 3 \
                    and sur.lower in lex.surnames and sur.lower not in lex.common and sur.lower not in _FUNCTION_WORDS \
                    and _CHAIN_GAP.match(text[prev.end:tok.start]):
                lifted.append(prev)  # sinds jan de vries: a lower-case first name with its surname
                continue
            if not sur.cap or sur.org or sur.lower in lex.roles or sur.lower in lex.titles:
                continue
            if prev is not None and not prev.org and _CHAIN_GAP.match(text[prev.end:tok.start]) and (
                    prev.low and prev.lower in lex.first_names and len(prev.lower) >= 3
                    and (prev.known or prev.lower not in lex.common)  # kees van Os, joris van der Meer
                    and (sur.known or sur.score >= self.min_score)
                    or candidate(prev) and any(self._lists(sur.lower)) and sur.score >= 0.2):  # Zelindra van Dijk
                lifted += [prev, sur]
                continue
            first = prev is not None and prev.cap and not prev.org and prev.lower in lex.first_names \
                and prev.score >= 0.2 and _CHAIN_GAP.match(text[prev.end:tok.start])
            if first and (candidate(sur) or sur.lower in lex.surnames or not is_frequent_lower(sur.lower)) \
                    and not self._org_phrase(tokens, k + 1, text):
                lifted += [prev, sur]
            elif (k > i or tok.lower in ("te", "ter", "ten", "vd")) and sur.lower in lex.surnames and sur.score >= 0.2 and (
                    tok.sent_start or prev.lower in lex.cues_before or prev.lower in lex.cues_before_weak):
                lifted.append(sur)  # a surname with two particles (or ter, ten) at a line start or after a cue
            elif tok.lower == "van" and k == i and prev is not None and prev.low and prev.lower not in _FUNCTION_WORDS \
                    and sur.lower in lex.surnames and sur.score >= 0.2 and not sur.sent_start \
                    and not (k + 2 < n and tokens[k + 2].cap) and not self._org_phrase(tokens, k + 1, text):
                lifted.append(sur)  # voorstel van Visser: a capitalised surname after a noun and 'van'
        for tok in lifted:
            tok.score = max(tok.score, 0.6)

    def _name_items(self, tokens: list[_Tok], text: str) -> None:
        """Items of a list of people without an opener: ``Jan Jansen (Kadaster), Hiske Bos (SVB), …``.

        A text that lists three or more items shaped like names (capitalised words and particles, each with an
        optional unit in brackets), two thirds of which hold a name already, names its other items too: their
        capitalised words are lifted (an item of one word only when that word is a listed first name).
        """
        if text.count(",") + text.count("(") + text.count("\n") < 3:
            return
        lex = self.lexicon
        starts = [t.start for t in tokens]
        items = []
        pos = 0
        for sep in [*_ITEM_SPLIT.finditer(text), None]:
            end = sep.start() if sep is not None else len(text)
            match = _ITEM.fullmatch(text, pos, end)
            if match is not None:
                lo, hi = match.span("name")
                inside = tokens[bisect_left(starts, lo):bisect_left(starts, hi)]
                core = [t for t in inside if not t.initials and t.lower not in lex.particles]
                if core and all(t.cap or t.upper or t.initials or t.lower in lex.particles for t in inside) \
                        and inside[0].lower not in lex.particles and not any(t.org for t in core) \
                        and (len(core) > 1 or core[0].lower in lex.first_names):
                    items.append(core)
            pos = sep.end() if sep is not None else end
        named = sum(any(t.score >= self.min_score for t in core) for core in items)
        if len(items) < 3 or 3 * named < 2 * len(items):
            return
        for core in items:
            for t in core:
                lw = t.lower
                # a place (Ede) only beside a listed name of the same item
                place = lw in lex.places and not any(any(self._lists(o.lower)) for o in core if o is not t)
                if t.cap and lw not in lex.roles and lw not in lex.titles and lw not in lex.org_words \
                        and not place and lw not in _FUNCTION_WORDS:
                    t.score = max(t.score, 0.6)

    def _enumerated(self, tokens: list[_Tok], text: str) -> None:
        """A first name that is a common word, listed beside a capitalised ordinary word, is a word too.

        ``Bijvoorbeeld: OIN/overheid, Burger, Bedrijf``: in an enumeration (commas, ``en``, ``of``, ``/``) whose
        neighbour is a capitalised word on no name list, ``Burger`` is one of the things listed, not a person.
        Only a name's base score from the lists (below 0.6) is taken back; a cue or title has lifted it higher.
        """
        lex = self.lexicon
        for i, tok in enumerate(tokens):
            if not (tok.cap and tok.lower in lex.common and self.min_score <= tok.score < 0.6):
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(tokens):
                    continue
                other = tokens[j]
                a, b = (other, tok) if j < i else (tok, other)
                gap = text[a.end:b.start]
                if other.cap and not other.initials and other.score < 0.2 and not any(self._lists(other.lower)) \
                        and self._is_word(other.lower) and re.fullmatch(r"[ \u00a0]*[,/][ \u00a0]*", gap):
                    tok.score = 0.45
                    break

    def _finite_verb(self, lw: str) -> bool:
        """``lw`` is a present-tense singular verb form with its infinitive in the word list.

        wacht (wachten), zit (zitten), komt (komen), werkt (werken), blijft (blijven), neemt (nemen); not heeft, is,
        gaat (weak cues: they lift only a listed name).
        """
        vocab = self.lexicon.vocab
        if not (lw.endswith("t") and len(lw) >= 4 and lw in vocab and lw not in _FUNCTION_WORDS):
            return False
        stem = lw[:-1]
        stems = {stem, stem[:-1] + "v" if stem.endswith("f") else stem}  # blijft (blijven)
        stems |= {st[:-2] + st[-1] for st in stems if len(st) >= 3 and st[-3] == st[-2] and st[-2] in "aeou"}  # neemt
        return any(inf in vocab for inf in (lw + "en", lw + "ten", lw[:-2] + "en", *(st + "en" for st in stems)))

    def _surname_before_verb(self, tokens: list[_Tok], k: int, text: str) -> bool:
        """``tokens[k]`` (after a first name, in a text written in capitals) stands before the sentence's verb.

        The word is no verb form, no function word, role or organisation word itself, and a present-tense verb
        form follows it directly (``_finite_verb``): then it is the first name's surname, not the verb's object.
        """
        lex, tok = self.lexicon, tokens[k]
        if k + 1 >= len(tokens) or tok.org or tok.initials or len(tok.lower) < 2:
            return False
        lw, nxt = tok.lower, tokens[k + 1]
        if lw in _FUNCTION_WORDS or lw in lex.roles or lw in lex.titles or lw in lex.particles or self._finite_verb(lw):
            return False
        return _CHAIN_GAP.match(text[tok.end:nxt.start]) is not None and self._finite_verb(nxt.lower)

    def _coordinated(self, tokens: list[_Tok], text: str, lifted: set[int]) -> list[_Tok]:
        """Candidates joined by ``en`` to a name that was itself just lifted (Jurmen Isidora en Feven Zemichael)."""
        out = []
        for i in range(len(tokens) - 2):
            a, b, c = tokens[i], tokens[i + 1], tokens[i + 2]
            if b.lower != "en" or not (_CHAIN_GAP.match(text[a.end:b.start]) and _CHAIN_GAP.match(text[b.end:c.start])):
                continue
            for tok, other in ((a, c), (c, a)):
                if id(other) in lifted and id(tok) not in lifted and tok.cap and not tok.org \
                        and _CANDIDATE <= tok.score < self.min_score and not any(self._lists(tok.lower)):
                    out.append(tok)
        return out

    def _cells(self, tokens: list[_Tok], text: str) -> None:
        """A text or table cell that is only a name (an action owner ``Jan``, a speaker field) is one.

        The text (or a cell between ``|`` or tabs) holds one to three words: a capitalised first name, then
        surnames, particles or initials; even a first name that is a common word (Jan, Kim) counts there.
        """
        lex = self.lexicon
        if len(tokens) > 4 and "|" not in text and "\t" not in text:
            return
        for cell in _CELL.finditer(text):
            lo, hi = cell.span("c")
            if not _NAME_CELL.fullmatch(text, lo, hi):
                continue  # brackets, commas, colons: more than a name (Jan Jansen (Kadaster))
            inside = [t for t in tokens if lo <= t.start < hi]
            if not inside or len(inside) > 4 or not inside[0].cap or inside[0].org:
                continue
            if len(inside) == 1 and self._owner_cell(inside[0], text, lo):
                inside[0].score = max(inside[0].score, 0.7)
                inside[0].positional = True
                continue
            if inside[0].lower not in lex.first_names or inside[0].lower in lex.roles:
                continue
            rest = [t for t in inside[1:] if not t.initials and t.lower not in lex.particles]
            # after the first name: listed names, or one unknown word as its surname (not "Jan Jansen Kadaster")
            if all(t.cap and not t.org and (any(self._lists(t.lower)) or (
                    len(rest) == 1 and not is_frequent_lower(t.lower))) for t in rest):
                for t in inside:
                    if not t.initials and t.lower not in lex.particles:
                        t.score = max(t.score, 0.7)

    def _owner_cell(self, tok: _Tok, text: str, lo: int) -> bool:
        """``tok`` is the only word of a middle cell in a table row of three or more cells (``| Taak | X | open |``).

        Only an unknown capitalised word (a candidate: on no list, no word, not frequent) counts here.
        """
        if not (tok.cap and not tok.org and _CANDIDATE <= tok.score < self.min_score) or is_frequent_lower(tok.lower):
            return False
        line_start = text.rfind("\n", 0, lo) + 1
        line_end = text.find("\n", lo)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        sep = "|" if "|" in line else "\t"
        cells = [c.strip() for c in line.strip().strip("|").split(sep)]
        pos = text[line_start:lo].lstrip().removeprefix("|").count(sep)
        return sep in line and len([c for c in cells if c]) >= 3 and 0 < pos < len(cells) - 1

    def _pair(self, a: _Tok, b: _Tok, text: str) -> bool:
        """``a b`` reads as first name + surname.

        Both unknown, a listed first name + a listed name (Anne Marie, Kees Haas), or one listed in its place and the
        other unknown (not ``Smitsma Logius``: a surname, then an unknown word).
        """
        if not (b.cap and not b.org and b.score >= 0.2 and _CHAIN_GAP.match(text[a.end:b.start])):
            return False
        lex = self.lexicon
        a_lists, b_lists = any(self._lists(a.lower)), any(self._lists(b.lower))
        a_first = self._lists(a.lower)[0]
        b_sur = self._lists(b.lower)[1]
        if not a_lists and a.score < _CANDIDATE or not b_lists and b.score < _CANDIDATE:
            return False
        if a.lower in lex.common and b.lower in lex.common:
            return False  # Roos Bas: two common words
        b_first = self._lists(b.lower)[0] and b.lower not in lex.common and not b.sent_start
        return (not a_lists and not b_lists) or a_first or (not a_lists and (b_sur or b_first))

    def _list_cues(self, tokens: list[_Tok], text: str) -> None:
        lex = self.lexicon
        if ":" not in text:
            return
        starts = [t.start for t in tokens]
        for match in _LIST_LINE.finditer(text):
            if match.group("opener").lower() not in lex.list_openers:
                continue
            lo, hi = match.start("rest"), match.end("rest")
            item_start = True
            depth = 0  # inside brackets: the person's organisation or role ("Jan Jansen (Kadaster)"), never a name
            for idx in range(bisect_left(starts, lo), bisect_left(starts, hi)):
                tok = tokens[idx]
                gap_start = max(lo, tokens[idx - 1].end) if idx > 0 else lo
                gap = text[gap_start:tok.start]
                depth = max(0, depth + gap.count("(") - gap.count(")"))
                if depth or "(" in gap:
                    item_start = False
                    if tok.score < 0.85:
                        tok.score = 0.0
                        tok.org = True
                    continue
                if any(ch in ",;/)\t" for ch in gap) or tok.lower == "en":
                    item_start = True
                if tok.lower == "en":
                    continue
                lw = tok.lower
                if item_start and not tok.initials and not tok.org and lw not in lex.roles and lw not in lex.titles \
                        and lw not in lex.particles and lw not in _FUNCTION_WORDS:
                    if (tok.cap or tok.upper) and tok.score >= 0.2 or (tok.cap and not self._is_word(lw)):
                        tok.score = max(tok.score, 0.75)
                    elif tok.low and lw not in lex.common and not self._is_word(lw):
                        tok.score = max(tok.score, 0.7)
                    item_start = False

    def _suppress_orgs(self, tokens: list[_Tok], text: str) -> None:
        """Capitalised runs containing an organisation word are not names (unless strongly scored)."""
        n = len(tokens)
        i = 0
        while i < n:
            if not (tokens[i].cap or tokens[i].upper):
                i += 1
                continue
            j = i
            while j + 1 < n and (tokens[j + 1].cap or tokens[j + 1].upper or tokens[j + 1].lower in ("en", "voor")) \
                    and re.fullmatch(r"[ \u00a0]*&?[ \u00a0]*|-", text[tokens[j].end:tokens[j + 1].start]):
                j += 1
            run = tokens[i:j + 1]
            before = tokens[i - 1] if i > 0 else None
            named_unit = before is not None and before.low and before.lower in self.lexicon.org_words \
                and re.fullmatch(r"[ \u00a0]*:?[ \u00a0]*", text[before.end:run[0].start]) is not None
            if named_unit or (len(run) > 1 and any(t.org or t.lower in self.lexicon.org_words for t in run)):
                # "directie Grond en Ontwikkeling", "afdeling Wonen": the unit's name; "Programma Data bij de Bron",
                # "Regie op Gegevens": a name's small words, then capitalised words again
                while True:
                    k = j + 1
                    while k < n and tokens[k].low and tokens[k].lower in _NAME_LINKS \
                            and _CHAIN_GAP.match(text[tokens[k - 1].end:tokens[k].start]):
                        k += 1
                    if k == j + 1 or k >= n or not tokens[k].cap or tokens[k].lower in self.lexicon.first_names \
                            or not _CHAIN_GAP.match(text[tokens[k - 1].end:tokens[k].start]):
                        break
                    j = k
                    run = tokens[i:j + 1]
                for t in run:
                    if t.score < 0.85:
                        t.score = 0.0
                    t.org = True
            for a, b in zip(run, run[1:], strict=False):
                # a firm's name (Voskamp & Terlingen): "&" before a word that is no first name; not Jan & Piet
                if "&" in text[a.end:b.start] and b.lower not in self.lexicon.first_names:
                    for t in (a, b):
                        if t.score < 0.85:
                            t.score = 0.0
                        t.org = True
            i = j + 1

    def _mark_institutions(self, tokens: list[_Tok], text: str) -> None:
        if self._institutions is None:
            alternation = "|".join(re.escape(p) for p in self.lexicon.institutions) or r"(?!x)x"
            self._institutions = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
        spans = [m.span() for m in self._institutions.finditer(text)]
        if spans:
            for tok in tokens:
                if any(a <= tok.start < b for a, b in spans):
                    tok.score = 0.0
                    tok.org = True

    def can_score(self, word: str, extra: Callable[[str], bool]) -> int:
        """Where the token ``word`` can get a score above 0 in a text without titles, initials or list lines.

        Returns:
            0: nowhere (a particle or role; or: base score 0 at a sentence start and elsewhere, and in lower case
            a common word or shorter than three letters or a Dutch word that is not a first name, and otherwise
            in no name list and a Dutch word or an acronym); 1: only right after a role (``collega Jansen``);
            2: anywhere. Used by :func:`themes.redact.name_batch.detect_names` to skip texts.
        """
        lw = word.lower()
        if extra(lw):
            return 2
        known = self._score_cache.get(word)
        if known is None:
            known = self._score_cache[word] = self._can_score(word, lw)
            if len(self._score_cache) > 200_000:
                self._score_cache.clear()
        return known

    def _can_score(self, word: str, lw: str) -> int:
        """``can_score`` for a token that is not a known name (``extra`` says no): the same in every batch."""
        lex = self.lexicon
        if lw in lex.titles or lw in lex.cues_after or lw in lex.cues_before:
            return 2  # a strong cue can lift a lower-case or unknown word beside it
        if lw in lex.particles:
            return 1 if word[0].isupper() else 0  # Wethouder Ter Haar: a surname that is a word, after a role
        if lw in lex.roles:
            return 0
        if word.islower():
            return 2 if len(lw) >= 3 and lw not in lex.common and (
                lw in lex.first_names or lw in lex.surnames or not self._is_word(lw)
            ) else 0  # a lower-case surname can follow a first name and particles (jan de vries)
        upper = len(word) >= 2 and word.isupper()
        cap = word[0].isupper() and not upper
        if any(self._base_score(_Tok(0, len(word), word, lw, False, cap, upper, False, sent), _no_name) > 0
               for sent in (False, True)):
            return 2
        return 1 if any(self._lists(lw)) or (not _ACRONYM.search(word) and not self._is_word(lw)) else 0

    # ------------------------------------------------------------------ chunking
    def _full(self, chunk: list[_Tok]) -> bool:
        """The chunk holds a first name and a word after it that is no first name only (first name + surname)."""
        core = [t for t in chunk if not t.initials and t.lower not in self.lexicon.particles]
        first = self.lexicon.first_names
        return len(core) >= 2 and any(t.lower in first for t in core) and not all(
            t.lower in first and t.lower not in self.lexicon.surnames for t in core)  # Anne Marie: not yet

    def _rare_surname(self, lw: str) -> bool:
        """A lower-case word that can be a surname after a first name: on a list or no word, and not frequent."""
        lex = self.lexicon
        if len(lw) < 2 or lw in _FUNCTION_WORDS:
            return False
        if lw in lex.surnames or lw in lex.first_names:  # frequent as a name (vries) is fine; as a word (dam) not
            return lw not in lex.vocab or not is_frequent_lower(lw)
        return not self._is_word(lw) and not is_frequent_lower(lw)

    def _misspelt_particle(self, tokens: list[_Tok], k: int, text: str) -> bool:
        """``tokens[k]`` is one letter off a particle and stands before ``der`` or ``den`` (Kees dan der Meer).

        ``der`` and ``den`` stand in no modern Dutch sentence outside a name, so the word before them is a
        misspelt particle (van), not the word it happens to spell.
        """
        tok = tokens[k]
        if not tok.low or len(tok.lower) != 3 or k + 1 >= len(tokens):
            return False
        nxt = tokens[k + 1]
        if nxt.lower not in ("der", "den") or not _CHAIN_GAP.match(text[tok.end:nxt.start]):
            return False
        return any(len(p) == 3 and sum(a != b for a, b in zip(p, tok.lower, strict=True)) == 1
                   for p in self.lexicon.particles)

    def _starts_name(self, tokens: list[_Tok], k: int, text: str) -> bool:
        """``tokens[k]`` is a capitalised listed first name followed by particles or a capitalised word."""
        tok = tokens[k]
        if not tok.cap or tok.org or tok.lower not in self.lexicon.first_names or tok.lower in self.lexicon.common \
                or k + 1 >= len(tokens):
            return False
        nxt = tokens[k + 1]
        return _CHAIN_GAP.match(text[tok.end:nxt.start]) is not None and not nxt.org and (
            nxt.lower in self.lexicon.particles or nxt.cap and nxt.lower not in self.lexicon.roles)

    def _org_phrase(self, tokens: list[_Tok], k: int, text: str) -> bool:
        """``tokens[k]`` after ``van``/``de`` opens a capitalised phrase of common words (Forum Standaardisatie)."""
        tok = tokens[k]
        lex = self.lexicon
        if tok.lower in lex.surnames or not self._is_word(tok.lower) or not is_frequent_lower(tok.lower):
            return False
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return nxt is not None and nxt.cap and _CHAIN_GAP.match(text[tok.end:nxt.start]) is not None \
            and self._is_word(nxt.lower) and not any(self._lists(nxt.lower))

    def _can_extend(self, tok: _Tok, lowercase_chunk: bool, after_first: bool, folded: bool = False) -> bool:
        lex, lw = self.lexicon, tok.lower
        if len(tok.text) == 1 and tok.text.isupper() and after_first and not lowercase_chunk and not folded:
            return True  # Kees K: a surname cut to its letter
        if tok.org or lw in lex.roles or lw in lex.titles or lw in _FUNCTION_WORDS or tok.initials or len(lw) < 2:
            return False
        if (lw in lex.cues_before or lw in lex.cues_after) and lw not in lex.surnames:
            return False  # Paul Volgens mij …: a cue word is no part of a name
        if tok.low and not lowercase_chunk and after_first and not folded:
            return self._rare_surname(lw) or tok.known  # Kees schaar, Anouk visser: names typed without capitals
        if (folded or not after_first) and not lowercase_chunk and tok.score < 0.5 and lw not in lex.surnames \
                and self._is_word(lw):
            return False
        if lowercase_chunk:
            return tok.low and lw not in lex.common and (
                lw in lex.surnames or tok.score >= 0.5 or not self._is_word(lw)
            )
        if tok.upper:
            return tok.score >= 0.5 or lw in lex.surnames or (after_first and not self._is_word(lw))
        return tok.cap and not tok.sent_start

    def detect(
        self,
        text: str,
        extra: Callable[[str], bool] | None = None,
        allow: Collection[str] = (),
    ) -> list[NameMention]:
        """Name mentions in ``text``.

        Args:
            text: the original text.
            extra: says whether a lower-case token is a known name (propagated, known hash, denylist).
            allow: lower-case words never part of a name.
        """
        return self.detect_with_rest(text, extra, allow)[0]

    def detect_with_rest(
        self,
        text: str,
        extra: Callable[[str], bool] | None = None,
        allow: Collection[str] = (),
    ) -> tuple[list[NameMention], frozenset[str]]:
        """Name mentions in ``text`` and the lower-case word tokens outside them (for propagation)."""
        is_extra = extra or (lambda _w: False)
        folded_text = _fold_caps(text)
        folded = folded_text is not text
        text = folded_text
        tokens = _tokenize(text)
        if not tokens:
            return [], frozenset()
        blocked = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)] if "[" in text else []
        if "." in text:
            blocked = _merge(blocked + [m.span() for m in _WEBLIKE.finditer(text)])
        for tok in tokens:
            tok.score = self._base_score(tok, is_extra)
        if any(t.lower_first for t in tokens):
            self._lower_first_names(tokens, text)
        if "_" in text:  # client_ids, user_name: parts of an identifier
            for tok in tokens:
                if text[tok.start - 1:tok.start] == "_" or text[tok.end:tok.end + 1] == "_":
                    tok.score = 0.0
                    tok.org = True
        self._determined(tokens, text)
        if "(" in text:
            self._glosses(tokens, text)
        self._boost(tokens, text)
        self._list_cues(tokens, text)
        self._neighbours(tokens, text)
        self._cells(tokens, text)
        self._name_items(tokens, text)
        self._enumerated(tokens, text)
        self._suppress_orgs(tokens, text)
        lex = self.lexicon
        self._mark_institutions(tokens, text)
        phrases = [a for a in allow if " " in a]
        for tok in tokens:
            if tok.lower in allow:
                tok.score = 0.0
                tok.org = True
        if phrases:  # multi-word entries: organisation, directie and programme names
            lowered = text.lower()
            spans = [(m.start(), m.start() + len(p)) for p in phrases for m in re.finditer(
                rf"(?<!\w){re.escape(p)}(?!\w)", lowered)]
            for tok in _inside(tokens, _merge(spans)):
                tok.score = 0.0
                tok.org = True
        if blocked:
            for tok in _inside(tokens, blocked):
                tok.score = 0.0
                tok.org = True
        mentions: list[NameMention] = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            if tok.score < self.min_score:
                i += 1
                continue
            lo = i
            # left: initials, then capitalised particles or particles after a title/role/initials
            while lo > 0 and _CHAIN_GAP.match(text[tokens[lo - 1].end:tokens[lo].start]):
                prev = tokens[lo - 1]
                if prev.initials:
                    lo -= 1
                    continue
                if prev.lower in lex.particles and not prev.org:
                    k = lo - 1
                    while k > 0 and tokens[k - 1].lower in lex.particles and \
                            _CHAIN_GAP.match(text[tokens[k - 1].end:tokens[k].start]):
                        k -= 1
                    before = tokens[k - 1] if k > 0 else None
                    anchored = before is not None and (
                        before.initials or before.lower in lex.titles or before.lower in lex.roles
                    ) and re.fullmatch(r"[ \u00a0.]*", text[before.end:tokens[k].start])
                    opener = tokens[k].sent_start and k == lo - 1 and tok.lower not in lex.surnames  # De Geo werkgroep
                    if (tokens[k].cap and not opener) or anchored or (
                            tokens[k].sent_start and tok.cap and tok.lower in lex.surnames):
                        lo = k
                        continue
                break
            hi = i
            lowercase_chunk = tok.low
            while hi + 1 < n:
                nxt = tokens[hi + 1]
                gap = text[tokens[hi].end:nxt.start]
                if not _CHAIN_GAP.match(gap):
                    break
                if nxt.lower in lex.particles or self._misspelt_particle(tokens, hi + 1, text):
                    k = hi + 1
                    while k + 1 < n and tokens[k + 1].lower in lex.particles and \
                            _CHAIN_GAP.match(text[tokens[k].end:tokens[k + 1].start]):
                        k += 1
                    if k + 1 < n and _CHAIN_GAP.match(text[tokens[k].end:tokens[k + 1].start]):
                        sur = tokens[k + 1]
                        if self._full(tokens[lo:hi + 1]) and not any(self._lists(sur.lower)):
                            break  # Kees van de Berg van Geonovum: a full name does not run on into an unknown word
                        after_first = any(t.lower in lex.first_names or t.score >= 0.8 for t in tokens[lo:hi + 1])
                        # Anouk van den brink: a lower-case surname after a capitalised first name and particles
                        low_sur = sur.low and not lowercase_chunk and after_first and self._rare_surname(sur.lower)
                        # kees van Os: a lower-case first name, then a capitalised name; Joris vd M: a letter
                        letter = len(sur.text) == 1 and sur.text.isupper() and after_first and not lowercase_chunk
                        ok_shape = (sur.low or (sur.cap and (sur.known or sur.score >= self.min_score)) if lowercase_chunk
                                    else (sur.cap or sur.upper or low_sur)) \
                            and (len(sur.text) >= 2 or letter) and text[sur.end:sur.end + 1] != "&"
                        if ok_shape and not sur.org and sur.lower not in lex.roles and sur.lower not in lex.titles \
                                and sur.lower not in lex.particles \
                                and (sur.lower not in _FUNCTION_WORDS or sur.cap) \
                                and (not (lowercase_chunk or folded) or sur.lower in lex.surnames or sur.known
                                                                          or not self._is_word(sur.lower)) \
                                and not self._org_phrase(tokens, k + 1, text):
                            hi = k + 1
                            continue
                    break
                after_first = any(t.lower in lex.first_names or t.score >= 0.8 for t in tokens[lo:hi + 1])
                if self._full(tokens[lo:hi + 1]) and self._starts_name(tokens, hi + 1, text):
                    break  # Anouk Smit Kees van Os: a list of names without commas; the next one starts here
                if self._full(tokens[lo:hi + 1]) and not any(self._lists(nxt.lower)) and "-" not in gap \
                        and not (len(nxt.text) == 1 and nxt.text.isupper()):
                    break  # Anouk Smit Kadaster: after a first name and a surname only listed names follow
                if folded and hi == lo and after_first and self._surname_before_verb(tokens, hi + 1, text) \
                        and nxt.lower not in allow:
                    hi += 1  # LISETTE KOOK OPENT …: in capitals, a word between a first name and the verb
                    continue
                if self._can_extend(nxt, lowercase_chunk, after_first, folded) and nxt.lower not in allow:
                    hi += 1
                    continue
                break
            chunk = tokens[lo:hi + 1]
            core = tuple(t.lower for t in chunk if not t.initials and t.lower not in lex.particles)
            if core:
                score = max(t.score for t in chunk)
                positional = all(t.positional for t in chunk if t.score >= self.min_score)
                mentions.append(NameMention(chunk[0].start, chunk[-1].end, min(score, 1.0), core,
                                            POSITIONAL if positional else "names"))
            i = hi + 1
        inside = {id(t) for t in _inside(tokens, [(m.start, m.end) for m in mentions])} if mentions else set()
        rest = frozenset(t.lower for t in tokens if not t.initials and id(t) not in inside)
        return mentions, rest
