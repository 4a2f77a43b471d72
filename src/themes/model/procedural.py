"""Meeting logistics ("Aanwezig: …", "Datum: …", "De voorzitter opent de vergadering") kept out of theme building.

Such units say who was there and when, not what was discussed; clustered with the rest they became themes like
"datum uur en stadskantoor zaal". A small rule set marks them; ``analyse_workspace`` gives them the fixed,
marked theme ``vergaderorganisatie`` (id ``T00``, not new, outside the taxonomy) and fits the model on the rest.
"""

from __future__ import annotations

import re

from themes.types import PROCEDURAL_THEME_ID, Segment

PROCEDURAL_ID = PROCEDURAL_THEME_ID
PROCEDURAL_LABEL = "vergaderorganisatie"
PROCEDURAL_DESCRIPTION = (
    "Procedureel, geen inhoudelijk thema: aanwezigheid, datum en plaats, opening, sluiting en vaststelling van "
    "het verslag."
)

_FIELD = re.compile(
    r"^\s*(aanwezig|afwezig|afgemeld|uitgenodigd|genodigden|met kennisgeving afwezig|datum( en tijd)?|tijd|tijdstip|"
    r"locatie|plaats|notulist|verslaglegging|gespreksleiding|gespreksleider|opgesteld door|voorzitter|agenda|"
    r"bijlagen?( \d+)?)\s*:",
    re.IGNORECASE,
)
_PHRASES = re.compile(
    r"\b(opent (de|het) (vergadering|bijeenkomst|overleg|stuurgroep)|sluit (de|het) (vergadering|bijeenkomst|overleg)|"
    r"(maakt|doet) het verslag|"
    r"(verslag|notulen) van .{0,40}\bword(t|en) (ongewijzigd )?vastgesteld|"
    r"(volgende|eerstvolgende) (vergadering|overleg|bijeenkomst|stuurgroep|voortgangsoverleg) is op|"
    r"heet iedereen welkom|dankt (iedereen|de aanwezigen) voor)",
    re.IGNORECASE,
)


#: Every ``_PHRASES`` alternative contains one of these (lower-case); ASCII text without any cannot match.
_ANCHORS = ("opent ", "sluit ", "het verslag", "vastgesteld", " is op", "welkom", "dankt ")


def is_procedural(segment: Segment) -> bool:
    """True for a unit of meeting logistics (attendance, date and place, opening, closing, adopting minutes).

    Cheap checks first (about 10x faster on survey answers): the anchored field pattern, then for ASCII text
    (where case-insensitive matching is plain lower-casing) whether any phrase anchor occurs at all, then the
    length, and only then the phrase search.
    """
    text = segment.text
    if _FIELD.match(text):
        return True
    if text.isascii():
        lowered = text.lower()
        if not any(anchor in lowered for anchor in _ANCHORS):
            return False
    return len(text.split()) <= 40 and bool(_PHRASES.search(text))
