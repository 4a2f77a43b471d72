"""Pattern detectors: a regular expression plus a validation hook (checksums, lengths, context).

Each detector returns ``Span`` records over the original text. Cheap prefilters (``needs``) skip texts that
cannot hold a match, which keeps redaction of short survey answers fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from themes.redact.streets import STREET_ADDRESS, StreetAddressDetector
from themes.types import Span

_SEP = r"[ \u00a0\-./()]{0,3}"
_MONTHS = (r"jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|"
           r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = (rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|"
         rf"\d{{1,2}}\s(?:{_MONTHS})\.?\s(?:19|20)\d{{2}})")
IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "PL": 28, "TR": 26, "PT": 25,
    "LU": 20, "CH": 21, "AT": 20, "MA": 28, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "IE": 22, "GR": 27,
    "RO": 24, "BG": 22, "HU": 28, "CZ": 24, "SK": 24, "HR": 21, "SI": 19, "LT": 20, "LV": 21, "EE": 20,
}
_YEAR_WORDS = frozenset({"HR", "EN", "IN", "OP", "DE", "ID", "OF", "IS", "AL", "ZO", "PO", "OR", "NL", "EU", "VS"})
_SOCIAL = re.compile(
    r"linkedin\.com/in/|facebook\.com/(?!groups/|pages/|events/)|instagram\.com/|twitter\.com/|x\.com/|"
    r"tiktok\.com/@|github\.com/|/~|/users?/|/profiel/|/profile/|/u/|mailto:|@",
    re.IGNORECASE,
)


def bsn_is_valid(digits: str) -> bool:
    """The BSN 11-proef: 9 digits, weights 9..2 and -1, sum divisible by 11, not all zeros."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def iban_is_valid(compact: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN without spaces (upper case)."""
    if len(compact) < 15 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    if compact[:2] in IBAN_LENGTHS and len(compact) != IBAN_LENGTHS[compact[:2]]:
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def phone_digits(raw: str) -> str | None:
    """Normalise a Dutch phone number to its national form (``0`` + 9 digits), or None when invalid."""
    digits = re.sub(r"\D", "", raw)
    if raw.lstrip().startswith("+"):
        if not digits.startswith("31"):
            return None
        digits = digits[2:]
    elif digits.startswith("0031"):
        digits = digits[4:]
    else:
        if not digits.startswith("0") or digits.startswith("00"):
            return None
        digits = digits[1:]
    if "(0)" in raw and digits.startswith("0"):
        digits = digits[1:]
    if len(digits) != 9 or digits[0] == "0":
        return None
    return "0" + digits


@dataclass(frozen=True, slots=True)
class PatternDetector:
    """A regex detector with a validation hook.

    Attributes:
        name: detector name recorded on spans.
        label: the span label.
        pattern: compiled regex; group ``v`` (when present) is the value, else the whole match.
        validate: returns the (possibly trimmed) value end offset relative to the match, or None to reject.
        needs: a prefilter; texts for which it returns False are skipped.
        score: confidence recorded on spans.
    """

    name: str
    label: str
    pattern: re.Pattern[str]
    validate: Callable[[re.Match[str]], tuple[int, int] | None] | None = None
    needs: Callable[[str], bool] | None = None
    score: float = 0.95

    def detect(self, text: str) -> list[Span]:
        """All validated matches in ``text``."""
        if self.needs is not None and not self.needs(text):
            return []
        return self.scan(text)

    def scan(self, text: str) -> list[Span]:
        """All validated matches in ``text``, without the prefilter."""
        spans = []
        for match in self.pattern.finditer(text):
            if self.validate is not None:
                bounds = self.validate(match)
                if bounds is None:
                    continue
                start, end = bounds
            else:
                group = "v" if "v" in self.pattern.groupindex else 0
                start, end = match.span(group)
            if end > start:
                spans.append(Span(start, end, self.label, self.score, self.name))
        return spans


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _validate_bsn(match: re.Match[str]) -> tuple[int, int] | None:
    return match.span() if bsn_is_valid(re.sub(r"\D", "", match.group())) else None


_IBAN_HEAD = re.compile(r"[A-Za-z]{2}\d{2}[ \u00a0]?[A-Za-z]{4}[ \u00a0]?$")


def _validate_phone(match: re.Match[str]) -> tuple[int, int] | None:
    if _IBAN_HEAD.search(match.string, 0, match.start()):
        return None
    return match.span() if phone_digits(match.group()) else None


def _validate_iban(match: re.Match[str]) -> tuple[int, int] | None:
    raw = match.group()
    compact_chars = [(i, ch.upper()) for i, ch in enumerate(raw) if ch.isalnum()]
    country = compact_chars[0][1] + compact_chars[1][1]
    length = IBAN_LENGTHS.get(country, len(compact_chars))
    if len(compact_chars) < length:
        return None
    compact = "".join(ch for _, ch in compact_chars[:length])
    if not iban_is_valid(compact):
        return None
    end = compact_chars[length - 1][0] + 1
    if length < len(compact_chars) and raw[end:end + 1].isalnum():
        return None
    return match.start(), match.start() + end


def _validate_url(match: re.Match[str]) -> tuple[int, int] | None:
    return match.span() if _SOCIAL.search(match.group()) else None


EMAIL = PatternDetector(
    "email", "EMAIL", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}"),
    needs=lambda t: "@" in t, score=0.99,
)
PHONE = PatternDetector(
    "phone", "TELEFOON",
    re.compile(rf"(?<![\w+/\-])(?:(?:\+|00)31[ \u00a0\-.]?(?:\(0\)[ \u00a0\-.]?)?|\(?0)(?:{_SEP}\d){{9}}(?!\d)"),
    validate=_validate_phone, needs=_has_digit, score=0.95,
)
BSN = PatternDetector(
    "bsn", "BSN",
    re.compile(r"(?<![\w\-/.+])(?:\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{9})(?![\w\-/]|\.\d)"),
    validate=_validate_bsn, needs=_has_digit, score=0.9,
)
IBAN = PatternDetector(
    "iban", "IBAN",
    re.compile(r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,3})?(?![\w])"),
    validate=_validate_iban, needs=_has_digit, score=0.99,
)
POSTCODE = PatternDetector(
    "postcode", "POSTCODE",
    re.compile(r"(?<![\w\-])(?P<n>[1-9]\d{3})(?: ?(?P<l>[A-Z]{2})|(?P<lx>[a-z]{2}))(?![\w])"),
    validate=lambda m: _validate_postcode(m), needs=_has_digit, score=0.9,
)
_STREET_SUFFIX = (r"straat|laan|weg|plein|gracht|kade|dijk|singel|plantsoen|hof|pad|dreef|steeg|markt|park|baan|"
                  r"burgwal|boulevard|kanaal|haven|plaats|wal|ring|kwartier|erf|dam|dwarsstraat|zijde|water|"
                  r"straatweg|pleintje|hoek|veld|akker|buurt")
ADDRESS = PatternDetector(
    "address", "ADRES",
    re.compile(
        rf"(?<![\w])(?:[A-Z][\w'\-]*\.?[ \u00a0](?:(?:van|de|der|den|het|'t|op|aan|in)[ \u00a0])*){{0,3}}"
        rf"[A-Z][\w'\-]*(?:{_STREET_SUFFIX})[ \u00a0]\d{{1,4}}(?:[ \u00a0]?[a-zA-Z](?![\w])|-\d{{1,3}}|"
        rf"[ \u00a0\-]?(?:hs|bis|huis|[IV]{{1,3}})(?![\w]))?"
    ),
    needs=_has_digit, score=0.85,
)
URL = PatternDetector(
    "url", "URL", re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]"),
    validate=_validate_url, needs=lambda t: "http" in t or "www." in t, score=0.9,
)
BIRTH_DATE = PatternDetector(
    "birth_date", "GEBOORTEDATUM",
    re.compile(
        rf"(?:geboren|geb\.|geboortedatum|geboortedag|geb\.datum|geb\. datum|born|\bben van|\bjarig op)"
        rf"(?:\s+(?:op|in|:|d\.d\.))?"
        rf"[\s:]{{0,3}}(?P<v>{_DATE})",
        re.IGNORECASE,
    ),
    needs=lambda t: _has_birth_cue(t.lower()), score=0.9,
)


def _has_birth_cue(lower: str) -> bool:
    return "geb" in lower or "born" in lower or "ben van" in lower or "jarig" in lower


def _validate_postcode(match: re.Match[str]) -> tuple[int, int] | None:
    letters = match.group("l") or match.group("lx") or ""
    number = match.group("n")
    if letters.upper() in {"SA", "SD", "SS"}:
        return None
    if match.group("l") and number[:2] in {"19", "20"} and letters in _YEAR_WORDS:
        return None
    return match.span()


PATTERN_DETECTORS: tuple[PatternDetector | StreetAddressDetector, ...] = (
    EMAIL, URL, IBAN, PHONE, BSN, POSTCODE, ADDRESS, STREET_ADDRESS, BIRTH_DATE,
)


#: The fewest digits a match of each digit-needing detector holds (phone and BSN numbers have nine).
_MIN_DIGITS = {"phone": 9, "bsn": 9, "postcode": 4, "iban": 2, "address": 1, "street": 1, "birth_date": 4}


def find_patterns(text: str) -> list[Span]:
    """``[s for d in PATTERN_DETECTORS for s in d.detect(text)]``, with the prefilters checked once per text.

    A text without a digit, ``@``, ``http`` or ``www.`` holds no pattern (every detector but e-mail and URL
    needs digits, the birth date too: its date has digits); a detector is skipped for a text with fewer digits
    than any of its matches holds. Street addresses from the BAG list: :mod:`themes.redact.streets`.
    """
    digits = len(_DIGIT.findall(text))
    web = "http" in text or "www." in text
    if not digits and not web and "@" not in text:
        return []
    spans: list[Span] = []
    for detector in PATTERN_DETECTORS:
        least = _MIN_DIGITS.get(detector.name)
        if least is not None:
            if digits >= least:
                spans += detector.detect(text) if detector is BIRTH_DATE else detector.scan(text)

        elif detector is URL:
            if web:
                spans += detector.scan(text)
        else:
            spans += detector.detect(text)
    return spans
