"""Meeting logistics ("Aanwezig: …", "Datum: …", "De voorzitter opent de vergadering") kept out of theme building.

Such units say who was there and when, not what was discussed; clustered with the rest they became themes like
"datum uur en stadskantoor zaal". A small rule set marks them; ``analyse_workspace`` gives them the fixed,
marked theme ``vergaderorganisatie`` (id ``T00``, not new, outside the taxonomy) and fits the model on the rest.
"""

from __future__ import annotations

import re

from themes.records.roles import ACTION, DEFERRED, LOGISTICS, line_role
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


# Contact lines ("ik ben bereikbaar via [EMAIL]") say who to reach, not what an item is about. Deferral, planning
# and action lines ("niet besproken i.v.m. tijdgebrek", "Actie [PERSOON_1]: …") are recognised by the
# meeting-record parser (``themes.records.line_role``), which reads them for flags and the meeting records.
_CONTACT = re.compile(
    r"\b((ben|is|zijn|blijf|blijft) (telefonisch |per mail )?(bereikbaar|te bereiken) (via|op)|"
    r"neem (gerust )?contact (met mij |met ons )?op)",
    re.IGNORECASE,
)
_KEPT_OUT = frozenset({ACTION, DEFERRED, LOGISTICS})
ROLE_MAX_WORDS = 30


#: Every ``_PHRASES`` alternative contains one of these (lower-case); ASCII text without any cannot match.
_ANCHORS = ("opent ", "sluit ", "het verslag", "vastgesteld", " is op", "welkom", "dankt ")


def is_procedural(segment: Segment) -> bool:
    """True for a unit of meeting logistics (attendance, date and place, opening, closing, adopting minutes).

    Also true for contact lines and for the action, deferral and logistics lines of ``themes.records.line_role``:
    kept out of content themes.

    Cheap checks first (about 10x faster on survey answers): the anchored field pattern, then for ASCII text
    (where case-insensitive matching is plain lower-casing) whether any phrase anchor occurs at all, then the
    length, and only then the phrase search.
    """
    text = segment.text
    if _FIELD.match(text) or (len(text.split()) <= ROLE_MAX_WORDS and _CONTACT.search(text)):
        return True
    if getattr(segment, "kind", "") != "answer" and line_role(text) in _KEPT_OUT:
        return True  # minutes only: "ik wacht op een reactie" in a survey answer is an experience, not a deferral
    if text.isascii():
        lowered = text.lower()
        if not any(anchor in lowered for anchor in _ANCHORS):
            return False
    return len(text.split()) <= 40 and bool(_PHRASES.search(text))
