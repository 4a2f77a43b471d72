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


# Deferral and planning lines, contact lines and action lines of minutes ("niet besproken i.v.m. tijdgebrek",
# "bespreken tijdens bila", "ik ben bereikbaar via [EMAIL]", "Actie [PERSOON_1] en [PERSOON_2]: ..."): they say
# what happens to an item or who to reach, not what it is about; clustered with the content they made keywords
# of content themes and a theme of their own. Flags and the meeting records read them from the segments.
_ROLE = re.compile(
    r"\b((nog )?niet (besproken|behandeld|aan bod gekomen|aan de orde geweest)|"
    r"(i\.?\s?v\.?\s?m\.?|wegens) tijdgebrek|"
    r"(door|ver)geschoven naar|agendapunt(en)? (is |zijn |wordt |worden )?(door|ver)geschoven|"
    r"bespreken (we )?(tijdens|in|bij) (de |het |een )?(bila|bilateraal|volgende)|"
    r"komt terug (op de agenda|in de volgende)|"
    r"(ben|is|zijn|blijf|blijft) (telefonisch |per mail )?(bereikbaar|te bereiken) (via|op)|"
    r"neem (gerust )?contact (met mij |met ons )?op)",
    re.IGNORECASE,
)
_ACTION = re.compile(r"^\s*(actie(punt)?|todo|to do)\b[^:\n]{0,80}:", re.IGNORECASE)
ROLE_MAX_WORDS = 30


#: Every ``_PHRASES`` alternative contains one of these (lower-case); ASCII text without any cannot match.
_ANCHORS = ("opent ", "sluit ", "het verslag", "vastgesteld", " is op", "welkom", "dankt ")


def is_procedural(segment: Segment) -> bool:
    """True for a unit of meeting logistics (attendance, date and place, opening, closing, adopting minutes).

    Also true for deferral, planning, contact and action lines (``_ROLE``, ``_ACTION``): kept out of content themes.

    Cheap checks first (about 10x faster on survey answers): the anchored field pattern, then for ASCII text
    (where case-insensitive matching is plain lower-casing) whether any phrase anchor occurs at all, then the
    length, and only then the phrase search.
    """
    text = segment.text
    if _FIELD.match(text) or _ACTION.match(text) or (len(text.split()) <= ROLE_MAX_WORDS and _ROLE.search(text)):
        return True
    if text.isascii():
        lowered = text.lower()
        if not any(anchor in lowered for anchor in _ANCHORS):
            return False
    return len(text.split()) <= 40 and bool(_PHRASES.search(text))
