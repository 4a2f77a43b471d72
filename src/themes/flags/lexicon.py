"""Dutch phrase lexicons: deferral, resolution and problem language, with negation handled.

All matching runs on folded text (lower case, accents removed). A resolution word preceded by a negation or a
future marker ("nog niet afgerond", "niet gereed", "wordt voor de zomer afgerond") is not a resolution.
Within one sentence deferral beats resolution ("Besluit: doorgeschoven naar volgend overleg"); across sentences the
last signal wins, as minutes tell events in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from themes.text.fold import fold

DEFERRED = "uitgesteld"
RESOLVED = "afgerond"
DROPPED = "vervallen"

_DEFERRAL = re.compile(
    r"""
    \b(?:uitgesteld|uitstellen|uitstel|aangehouden|aanhouden|geparkeerd|parkeren|on\ hold|wachtstand|in\ de\ wacht)\b
    | \b(?:doorgeschoven|doorschuiven|door\ te\ schuiven|schuift\ door|schuiven\ door|verschoven|verschuiven)\b
    | \bniet\ (?:meer\ )?(?:besproken|behandeld|aan\ (?:bod|de\ orde)\ gekomen|aan\ toe\ gekomen)\b
    | \bniet\ aan\ (?:toe\ )?gekomen\b | \bniet\ aan\ toegekomen\b
    | \btijdgebrek\b | \bgeen\ tijd\b | \bte\ weinig\ tijd\b
    | \bnaar\ (?:het\ |de\ )?volgende?\ (?:keer|overleg|vergadering|stuurgroep|bijeenkomst)\b
    | \bvolgende\ keer\ (?:opnieuw|verder|bespreken|agenderen|terug)\b
    | \bkom(?:t|en)\ (?:we\ |wij\ |ze\ |zij\ |hij\ )?(?:er|hier|daar)?\ ?(?:later\ )?op\ terug\b
    | \b(?:er|hier|daar)\ ?(?:later\ |nog\ )?op\ terug\b | \bkom(?:t|en)?\ (?:[a-z]+\ ){0,3}?op\ terug\b
    | \bterug\ (?:op|naar)\ de\ agenda\b | \bvan\ de\ agenda\ (?:gehaald|af)\b
    | \b(?:later|opnieuw|nogmaals)\ (?:te\ )?(?:agenderen|geagendeerd|op\ de\ agenda)\b
    | \bnog\ geen\ (?:besluit|beslissing|akkoord)\b | \bgeen\ besluit\b | \bnog\ niet\ (?:besloten|beslist)\b
    | \bvervalt\b
    """,
    re.VERBOSE,
)

_RESOLUTION = re.compile(
    r"""
    \b(?:besloten|beslist|akkoord|ingestemd|vastgesteld|goedgekeurd|afgerond|gereed|afgehandeld|opgelost|gedaan
       |opgeleverd|verstuurd|verzonden|uitgevoerd|afgesloten|klaar)\b
    | \bbesluit\s*: | \bstem(?:t|men)\ (?:in\b|[a-z ]{0,40}?\bin\ met\b)
    | \bkan\ van\ de\ (?:actie)?lijst\b | \bvan\ de\ actielijst\b
    """,
    re.VERBOSE,
)

_PROBLEM = re.compile(
    r"""
    \b(?:knelpunt(?:en)?|knelt|probleem|problemen|problematisch|problematiek|onvoldoende|moeizaam|stagneert
       |stagneren|stagnatie|stokt|ontbreekt|ontbreken|signaal|signalen|zorgpunt(?:en)?|zorgelijk\w*|bezorgd\w*
       |achterstand\w*|achterblijv\w*)\b
    | \bzorg\b(?!\ (?:voor|ervoor|dat|er)\b) | \bzorgen\b(?!\ (?:voor|ervoor|dat|we|wij|ze|zij|jullie)\b)
    | \blukt\ (?:het\ )?(?:nog\ )?niet\b | \bblijf(?:t|en)\ (?:[a-z]+\ ){0,3}?achter\b | \bgebrek\ aan\b
    | \bloopt\ vast\b | \bzit(?:ten)?\ vast\b | \bniet\ (?:of\ te\ laat\ )?opgevolgd\b | \bte\ laat\ (?:opgevolgd|afgehandeld|opgepakt|gemeld|geholpen)\b
    | \bdur(?:f|ft|ven)\ (?:[a-z]+\ ){0,2}?niet\b | \bniet\ (?:te\ )?durven\b
    """,
    re.VERBOSE,
)

_DROPPED = re.compile(r"\b(?:vervalt|vervallen|geschrapt|komt te vervallen)\b")
_TOKEN = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=\S)|\s+\|\s+|\n+")
_NEGATION = frozenset(
    "niet geen nog bijna nooit wordt worden moet moeten zal zullen verwacht verwachting voordat zodra wanneer indien "
    "mits als tot zou zouden graag".split()
)
_FUTURE_AFTER = frozenset("eind medio begin uiterlijk verwacht".split())
_PROBLEM_NEGATION = frozenset({"geen"})


@dataclass(frozen=True, slots=True)
class Signal:
    """What one text says about its item: deferred, resolved, dropped, or nothing (``None``)."""

    status: str | None
    phrase: str = ""


def _preceding(folded: str, start: int, n: int) -> list[str]:
    return _TOKEN.findall(folded[max(0, start - 60) : start])[-n:]


def _following(folded: str, end: int, n: int) -> list[str]:
    return _TOKEN.findall(folded[end : end + 40])[:n]


def _resolution_in(folded: str) -> str | None:
    for match in _RESOLUTION.finditer(folded):
        phrase = match.group(0)
        if phrase.startswith(("besluit", "kan van", "van de")):
            return phrase
        if _NEGATION.intersection(_preceding(folded, match.start(), 4)):
            continue
        after = _following(folded, match.end(), 1)
        if folded[match.end() : match.end() + 1] == "?" or (after and after[0] in _FUTURE_AFTER):
            continue
        return phrase
    return None


def sentences(text: str) -> list[str]:
    """Split a unit into sentences and table cells (good enough for signal scoping)."""
    return [part for part in _SENTENCE.split(text) if part.strip()]


@lru_cache(maxsize=1 << 16)
def deferral_phrase(text: str) -> str | None:
    """The first deferral phrase in ``text`` ("doorgeschoven", "niet besproken", …) or None.

    Remembered per text: the units of a meeting are asked about more than once (items, themes, ``classify``).
    """
    match = _DEFERRAL.search(fold(text))
    return match.group(0) if match else None


def resolution_phrase(text: str) -> str | None:
    """The first resolution phrase in ``text`` that is not negated, or None."""
    return _resolution_in(fold(text))


def classify(text: str, *, allow_resolution: bool = True) -> Signal:
    """What ``text`` says about its item: the last signal wins, as minutes tell events in order.

    Within one sentence deferral beats resolution ("Besluit: doorgeschoven naar volgend overleg"). Across
    sentences the later one counts: "Vorige keer doorgeschoven. Besloten: akkoord." is resolved; "De OR heeft
    ingestemd. Het punt staat nog in de wachtstand." is deferred.

    Args:
        text: one unit (or several joined); split into sentences internally.
        allow_resolution: False for agendas, which announce decisions but never record them.

    Returns:
        ``Signal(DEFERRED | RESOLVED, phrase)`` of the last sentence with a signal, else ``Signal(None)``.
    """
    last = Signal(None)
    folded = fold(text)
    # A phrase found in one sentence is also found in the whole text (sentences are split at spaces, bars and
    # line breaks, which are word boundaries either way): text without any phrase needs no sentence split.
    if deferral_phrase(text) is None and not (allow_resolution and _RESOLUTION.search(folded)):
        return last
    for sentence in sentences(folded):
        deferral = _DEFERRAL.search(sentence)
        if deferral:
            last = Signal(DEFERRED, deferral.group(0))
            continue
        resolution = _resolution_in(sentence) if allow_resolution else None
        if resolution:
            last = Signal(RESOLVED, resolution)
    return last


def is_dropped(text: str) -> bool:
    """True when ``text`` says the item or action is cancelled ("vervalt", "geschrapt")."""
    return bool(_DROPPED.search(fold(text)))


def problem_phrase(text: str) -> str | None:
    """The first problem phrase in ``text`` (knelpunt, zorg, lukt niet, blijft achter, …) not negated by "geen"."""
    folded = fold(text)
    for match in _PROBLEM.finditer(folded):
        if _PROBLEM_NEGATION.intersection(_preceding(folded, match.start(), 2)):
            continue
        return match.group(0)
    return None
