"""Actions in running text: action lines, commitments, and progress sentences about earlier actions.

Recognised, per sentence of a unit (owners are pseudonyms such as ``[PERSOON_3]`` after redaction):

- an action label, with or without a colon: "Actie [X]: …", "Actiepunt voor [X]: …", "Actie: overleg met …",
  "Actie [X] pakt dit op met [Y]", "Vervolgactie …", "AP: …", "AP3 [X]: …";
- an action marker inside or after the sentence: "… (Actie [X])", "… (aktie: [X])", "… → actie [X]";
- a commitment: a person (or "iedereen", "de werkgroep") as subject of a verb of ``phrases/commitment.txt``
  ("[X] zegt toe …", "[X] plant een afspraak …", "[X] zal …", "[X] stuurt …"); "Afgesproken is dat …";
- under an action heading ("Actiepunten", "Actielijst", "Acties", "Genoteerde acties"), every line is an action;
  "[X]: …" names the owner;
- a progress sentence: a person or the thing itself in the perfect tense ("[X] heeft … uitgewerkt", "Lijst
  deelnemers is geactualiseerd"): it reports on an action of an earlier meeting and never starts one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from themes.records import lexicon
from themes.records.status import deferral, next_meeting_only, status_of
from themes.records.words import is_numbered
from themes.text import tokens
from themes.text.dates import MONTHS, WEEKDAYS
from themes.text.fold import fold

_OWNER = r"(?-i:(?:\[[A-Z]+_\d+\]|[A-Z][\w&.-]+)(?:\s*(?:,|en|&|/|\+)\s*(?:\[[A-Z]+_\d+\]|[A-Z][\w&.-]+))*)"
#: Persons with "," "en" "&" "/" between them, or none ("[X] [Y] en [Z]": a first and last name redacted apart)
_PERSONS = r"\[PERSOON_\d+\](?:\s*(?:(?:,|en|&|/|\+)\s*)?\[PERSOON_\d+\])*"
_BULLET = r"^\s*(?:[-•*▪➤→>]+\s*)?"
_LABEL = re.compile(
    _BULLET + r"(?P<label>(?:vervolg)?(?:actie|aktie)(?:punt)?(?:s|en)?|ap\s*\d*|to ?do|vervolgafspra(?:ak|ken))\b"
    r"(?P<owner>[^:\n]{0,80}?)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LABEL_NO_COLON = re.compile(
    _BULLET + r"(?:vervolg)?(?:actie|aktie)(?:punt)?\s+(?:voor\s+)?(?P<owner>" + _OWNER + r")\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LABEL_ALONE = re.compile(_BULLET + r"(?:vervolg)?(?:actie|aktie)(?:punt)?\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
_MARKER = re.compile(
    r"\(\s*(?:actie|aktie|actiehouder|ap(?=\s*:?\s*[^\s)]))\b\s*:?\s*(?P<owner>[^()]{0,80}?)\s*\)"
    r"|(?:→|->|=>)\s*(?:actie|aktie)\b\s*:?\s*(?P<owner2>[^.;]{0,80}?)\s*[.;]?\s*$",
    re.IGNORECASE,
)
#: "(trekker [X])", "(trekkers [X] en [Y])": who leads the subject of a to-do line.
_LEAD_BY = re.compile(r"\(\s*(?:trekker|trekkers|trekt)\s*:?\s*(?P<owner>" + _PERSONS + r")\s*\)", re.IGNORECASE)
#: A person proposing to draft something new themselves: "stelt voor een eerste opzet … op te stellen".
_PROPOSES_TO_DRAFT = re.compile(
    r"(?P<lead>(?:stelt|stellen)\s+voor\s+(?:om\s+)?)(?=(?:een|zelf\s+een)\s+(?:[^\s,;:]+\s+){1,10}?"
    r"(?:op\s+te\s+stellen|uit\s+te\s+werken|te\s+schrijven|te\s+maken|voor\s+te\s+bereiden)\b)",
    re.IGNORECASE,
)
#: The object first, then the group's auxiliary and "we": "Intentieverklaring willen we op enkele punten aanpassen".
_INVERTED_PLAN = re.compile(
    r"^(?:\[persoon_\d+\]\s*:\s*)?(?P<object>(?:[^\s,;:?]|(?<=\d):(?=\d))+(?:\s+(?:[^\s,;:?]|(?<=\d):(?=\d))+){0,14}?)"
    r"\s+(?:willen|zullen|gaan)\s+(?:we|wij)\s+"
    r"(?P<rest>\S.*)$"
)
_UNSPECIFIC = frozenset("dingen zaken iets".split())
_COMPLEMENT_START = frozenset("in op naar met aan bij voor binnen".split())
#: Persons before a colon opening the line: "[X] : …", "[X] en [Y]: …".
_SPEAKER_PREFIX = re.compile(_BULLET + r"(?P<owner>" + _PERSONS + r")\s*:\s*\S")
_ASIDE = re.compile(r"\((?P<inner>\[PERSOON_\d+\][^()]{3,100})\)")
#: An organisation written as an acronym ("VNG", "KvK", "RvIG"): in minutes it takes on actions as a person does.
_ORGANISATION = r"(?-i:[A-Z][a-z]?[A-Z][A-Za-z]{0,4})"
#: "[X]: …", and in an action list also "[X] — …" / "[X] - …" (a dash only after persons or an organisation: a
#: capitalised topic before a dash, "Tijdreizen - uitwerken", is no owner).
_OWNER_PREFIX = re.compile(
    _BULLET + r"(?:(?P<owner>" + _OWNER + r")\s*:|(?P<dashed>" + _PERSONS + r"|" + _ORGANISATION
    + r")\s+[\u2014\u2013-]\s+)\s*(?P<rest>\S.*)$", re.DOTALL)
_SUBJECT = re.compile(
    _BULLET + r"(?P<owner>" + _PERSONS + r"|" + _ORGANISATION + r"|iedereen|allen|de werkgroep|(?:de\s+)?stuurgroep|"
    r"het bureau|wij|we|hij|zij)(?:\s*\([^)]{0,40}\))?\s*:?\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_AGREED_LEAD = re.compile(r"^\s*(?:afgesproken\s+(?:is|wordt)|afspraak\s+is|afgesproken:)\s*:?\s*(?:dat|om)?\s*", re.IGNORECASE)
#: A person reporting that they take something on: "geeft aan … te maken", "geeft aan dat hij … zal delen".
_OFFER = re.compile(
    r"^(?:geeft|geven|gaf|gaven)\s+aan(?=\s+(?!dat\b|om\b)(?:\S+\s+){0,8}?te\s+(?:willen\s+)?(?!(?:vinden|zijn|hebben|weten|begrijpen|zien|missen|herkennen|kennen|denken|"
    r"steunen|waarderen|twijfelen|verwachten|hopen)\b)\w+)"
    r"|^(?:geeft|geven|gaf|gaven)\s+aan\s+dat\s+(?:hij|zij|ze)\b(?=(?:\s+\S+){0,14}?\s+(?:zal|zullen|gaat|gaan|wil|willen)\s)"
    # "geeft aan dat hij dit kan realiseren door …": an offer; not "dat hij zich erin kan vinden" (an opinion)
    r"|^(?:geeft|geven|gaf|gaven)\s+aan\s+dat\s+(?:hij|zij|ze)\b(?=(?:\s+\S+){0,12}?\s+(?:kan|kunnen)\s+(?!(?:vinden|leven|"
    r"zijn|worden|hebben|begrijpen|voorstellen|zien|missen|ontstaan|gebeuren|helpen)\b)\w{3,}en\b)",
    re.IGNORECASE,
)
#: "ik ga", "ik zal", or the inverted order after an object or a time ("Die ga ik …", "Vrijdag stuur ik …").
_FIRST_PERSON = re.compile(
    r"\bik\s+(?:ga|zal)\b|\b(?:ga|zal|stuur|neem|pak|maak|regel|plan|zoek|lever|schrijf)\s+ik\b(?!\s+(?:denk|vind)\b)"
)
#: The object first, then the verb and "hij" or "zij": "Deze zal hij nasturen", "Dat pakt zij op".
_INVERTED_PROMISE = re.compile(r"^\s*(?:deze|die|dit|dat|het)\s+(?:zal|gaat|stuurt|pakt|neemt|zoekt)\s+(?P<who>hij|zij)\b")
#: What a speaker does in the meeting itself: "ik zal kort toelichten", "ik ga even laten zien".
_IN_MEETING = re.compile(r"\b(?:toelichten|vertellen|laten zien|samenvatten|herhalen|beginnen|uitleggen|presenteren)\b")
_BY_PERSON = re.compile(r"\bdoor\s+(\[persoon_\d+\])")
_PERSON_INSIDE = re.compile(r"\[PERSOON_\d+\]")
#: Words after which a person is no subject of a new clause ("op verzoek van [X]", "vraagt of [X] …").
_NOT_BEFORE_SUBJECT = frozenset(
    "van met door aan voor bij naar op om over tot uit onder tussen tegen zonder via dan of dat als wanneer zodat "
    "omdat die wie waar welke hoe wat ook samen".split()
)
_NEGATED = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]")
_ONGOING = re.compile(r"\b(?:nu|momenteel|inmiddels|al|reeds|op dit moment)\b")
_DESCRIBING = re.compile(r"\b(?:of|dat|als|wanneer|zodat|waarom|hoe|welke|wat|zoals|die|waar\w*|omdat)\b")
_NOT_IN_LIST = re.compile(r"\?\s*$|(?:^|\s)(?:ik|mijn|me|mij)\s|->|=|^\W*[\"“']")
_MAX_LIST_WORDS = 40
_MAX_STATUS_LINE_WORDS = 15
_MAX_INSTRUCTION_WORDS = 20
#: A line opening with a to-do verb and a clause ("Toevoegen dat, als je ondertekent, je …") may run longer: the
#: opening verb says it is a to-do however long the clause it introduces.
_MAX_OPENING_WORDS = 40
#: Markdown blockquote marks opening a line ("> [X]: …", ">> …"): quoting, not content.
_QUOTE_MARK = re.compile(r"^\s*(?:>\s*)+")
_MAX_HEADING_WORDS = 8
#: The deepest list level at which a line opening with a to-do verb, or with one before its complement, is a to-do.
_MAX_TODO_LEVEL = 2
_LAST_WORD = re.compile(r"([a-z]+)\W*$")
#: Where the first clause of a telegraphic line may end: an aside, a comma, or a word starting a complement.
_CLAUSE_CUT = re.compile(r"\s*\(|\s(?=(?:door|waar(?:in|bij|mee|op|voor)?|zoals|naar|zodat|dat)\s)")
#: A preposition after the to-do verb starts its complement: "Sectie 4 herschrijven met … als uitgangspunt",
#: "Fieldlabs organiseren om …", "Het onderwerp agenderen binnen de beleidsoverleggen", "Tekst aanleveren voor token
#: authenticatie ([X])".
_PREPOSITION_CUT = re.compile(r"\s(?=(?:met|om|binnen|voor)\s)")
#: What may follow a to-do verb that opens the line: "Toevoegen dat …", "Afbakenen wat …"; not a preposition
#: ("Toevoegen van module encryptie" names an agenda item, "Toevoegen aan de voetnoot" comments on a text).
_AFTER_OPENING_VERB = frozenset("dat wat of hoe welke waar wie waarom".split())
#: To-do verbs that are also plural nouns ("Vragen over de planning", "Plannen voor 2025", "Delen van de tekst"):
#: they open or end a to-do only before a subordinate clause.
_ARTICLES = frozenset("het de dit deze".split())
_NOUN_LIKE = frozenset("vragen plannen delen lezen onderzoeken".split())
#: Finite verbs that make a sentence a statement, not a telegraphic to-do ("Het is lastig om dit op te nemen").
_FINITE = frozenset(
    "is zijn was waren wordt worden werd heeft hebben had kan kunnen kon moet moeten mag mogen wil willen "
    "zal zullen gaat gaan komt komen ga ben bent vindt vinden geeft geven zegt zeggen lijkt staat blijkt kun kunt "
    "wilt leven leeft geldt gelden".split()
)
#: The finite verbs of ``_FINITE`` that are no infinitive: "Commentaar geven op …" is a to-do, "geeft" a statement.
_SINGULAR_FINITE = _FINITE - frozenset(
    "zijn worden hebben kunnen moeten mogen willen zullen gaan komen vinden geven zeggen leven gelden".split()
)
#: "Opmerkingen worden … verwerkt", "… zal door de auteurs … worden verwerkt": a to-do in the passive.
_LIST_PASSIVE = re.compile(
    r"\b(?:wordt|worden|zal|zullen)\b(?:\s+\S+){0,10}?\s+(?:worden\s+)?"
    r"(?!(?:besproken|behandeld|beoordeeld|gesproken|bekeken|toegelicht|gepresenteerd)\b)"
    r"(?:\w*ge\w{2,}(?:d|t|en)|\w+eerd)\b",
    re.IGNORECASE,
)
#: Adverbs that name no object: a to-do verb after only these has nothing to act on.
_ADVERBS_ONLY = frozenset("al ook nog even wel dan nu dus eerst zelf maar toch verder daarna straks".split())
_SUBJECT_PRONOUNS = frozenset("we wij er zij ze hij jullie men je u".split())
_STATEMENT_START = _SUBJECT_PRONOUNS | frozenset("ik het dit dat deze die daar dus".split())
#: Opening words of a suggestion, not a to-do ("Mogelijk extra laag toevoegen om dit zichtbaar te maken").
_HEDGES = frozenset("mogelijk wellicht misschien voorstel suggestie idee".split())
_PARTICIPLE = r"(?:\w*ge\w{2,}(?:d|t|en)|\w+eerd|\w*gedaan)"
_PERFECT = re.compile(r"^(?:heeft|hebben)\b(?:\s+\S+){0,8}?\s+" + _PARTICIPLE + r"\b", re.IGNORECASE)
#: "… is geactualiseerd", "Hiervoor is een enquete opgesteld door [X]": done, reported in the passive.
_PASSIVE_DONE = re.compile(
    r"\b(?:is|zijn)\s+(?:(?:nu|inmiddels|al|ook)\s+)?(?:(?:een|de|het|deze|dit)\s+(?:[^\s,;:]+\s+){1,3}?)?"
    r"(?:\w*ge\w{3,}(?:d|t|en)|\w+eerd)(?:\s+door\s+\S+)?"
    # "… is aangepast naar aanleiding van commentaar vorige keer": the reason after the participle
    r"(?:\s+(?:naar\s+aanleiding\s+van|n\.a\.v\.)\s+[^,;:]{1,60})?\s*[.!:]?$"
    # "Voor github is per email een toelichting verstuurd": how, then what, before the participle
    r"|\b(?:is|zijn)\s+(?:per|via|met)\s+\S+\s+(?:een|de|het)\s+(?:[^\s,;:]+\s+){1,3}?(?:\w*ge\w{3,}(?:d|t|en)|\w+eerd|"
    r"(?:ver|be|ont|her)\w{3,}(?:d|t))"
    r"\s*[.!:]?$"
)
#: "Voor het eerste deel heeft VNG wijzigingen ingebracht": done, with the doer after the verb.
_INVERTED_PERFECT = re.compile(
    r"\b(?:heeft|hebben)\s+(?P<owner>" + _PERSONS + r"|" + _ORGANISATION + r")\s+(?:\S+\s+){0,6}?" + _PARTICIPLE
    + r"\b"
)
# "… zal worden geactualiseerd": a to-do without an owner; "zal worden besproken" is a plan for a meeting; "moet
# (nog) worden …" is left out: a rule ("moet worden beveiligd") or a sub-line of an action already listed
_SUBORDINATE = re.compile(r"\b(?:of|dat|als|wanneer|zodat|waarom|hoe|welke|wat)\b", re.IGNORECASE)
_DONE_IN_LINE = re.compile(r"\b(?:is|zijn|heeft|hebben)\s+(?:\S+\s+){0,2}?(?:ge[a-z]{3,}(?:d|t)|[a-z]+eerd)\b", re.IGNORECASE)
_FUTURE_PASSIVE = re.compile(
    r"\b(?:zal|zullen)\s+(?:nog\s+)?(?:\S+\s+){0,6}?worden\s+"
    r"(?!(?:besproken|behandeld|beoordeeld|gesproken|bekeken|toegelicht|gepresenteerd)\b)"
    r"(?:\w*ge\w{2,}(?:d|t|en)|\w+eerd|\w*gegaan)\b",
    re.IGNORECASE,
)
#: A past participle: "ge…d/t", "…eerd", or with an unstressed prefix and no "ge" ("verwerkt", "besteld", "herschreven").
_PASSIVE_PARTICIPLE = r"(?:\w*ge\w{2,}(?:d|t)|\w+eerd|(?:ver|be|ont|her|er)\w{3,}(?:d|t|en))"
#: What a meeting itself does with a subject: discussing or deciding it is no to-do.
_NOT_MEETING_BUSINESS = (
    r"(?!(?:besproken|behandeld|beoordeeld|bekeken|toegelicht|gepresenteerd|vastgesteld|ondertekend|goedgekeurd)\b)"
)
#: "… zal ook toegevoegd moeten worden", "… moeten we nog verwerken": still to be done; not "zal er … worden" (an
#: event that takes place) nor a decision or a meeting's own business ("zal … vastgesteld worden").
_STILL_TO_DO = re.compile(
    r"\b(?:zal|zullen)\s+(?!er\b)(?:\S+\s+){0,8}?(?!(?:besproken|behandeld|beoordeeld|bekeken|toegelicht|"
    r"gepresenteerd|vastgesteld|ondertekend|goedgekeurd)\b)(?:\w*ge\w{2,}(?:d|t)|\w+eerd)\s+(?:moeten\s+)?worden\b"
    r"|\b(?:moet|moeten)\s+(?:(?:we|wij|ik|hij|zij|ze|jullie)\s+)?nog\s+(?:\S+\s+){0,6}?\w{3,}en\s*[.;]?\s*$"
    # "Kaders moeten nog worden geintegreerd met …": "nog" says it is pending, not a rule ("moet worden beveiligd")
    r"|\b(?:moet|moeten)\s+nog\s+(?:\S+\s+){0,3}?worden\s+" + _NOT_MEETING_BUSINESS + _PASSIVE_PARTICIPLE + r"\b"
)
#: "Feedback zal vrijdag verwerkt zijn.": done by a named day or date, so still to do now; a weekday, "morgen",
#: "volgende week" or a due date (``_DUE``) must say by when ("Dat zal wel verkeerd zijn" is an opinion).
_DONE_BY = re.compile(
    r"\b(?:zal|zullen)\s+(?!er\b)(?P<when>(?:\S+\s+){1,4}?)(?:ge\w{3,}(?:d|t)|(?:ver|be|ont|her)\w{3,}(?:d|t))"
    r"\s+zijn\s*[.;]?\s*$"
)
_BY_WHEN = re.compile(
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|volgende\s+week|"
    r"deze\s+week|eind|begin|medio|uiterlijk|voor|na)\b"
)
#: "… en zal deze delen", "… die hij zal delen": the subject takes it on later in the sentence; "… dat het … gaat"
#: (no pronoun for the subject) is an opinion, not a promise.
_LATER_PROMISE = re.compile(
    r"\ben\s+(?:hij\s+|zij\s+|ze\s+)?(?:\S+\s+){0,2}?(?:zal|zullen|gaat)\s+\S+"
    r"|\b(?:die|dat)\s+(?:hij|zij|ze)\s+(?:\S+\s+){0,5}?(?:zal|zullen|gaat)\s+\S+",
    re.IGNORECASE,
)
#: Verbs that say who acts only with a named person or organisation as subject: "we maken …", "we willen …" are
#: plans or wishes of the group, not actions.
_GENERIC_VERBS = frozenset(
    "zal zullen gaat gaan stuurt regelt maakt maken wil willen doet plant plannen zoekt deelt voegt organiseert "
    "verwerkt bekijkt kijkt informeert werkt past leveren geeft koppelt prikt nodigt komt".split()
)
_NOT_ACTION_VERBS = re.compile(
    r"^(?:geeft(?!\s+(?:\S+\s+){0,4}?door\b|\s+(?:een\s+)?(?:eerste\s+)?(?:aanzet|voorzet)\b)|gaf|vertelt|legt uit|licht|ligt|vraagt of|vraagt zich|meldt|merkt|zegt dat|zegt:|geeft aan|"
    r"gaat (?:eruit|weg|uit dienst|met pensioen)|gaan (?:eruit|weg)|"
    r"is van mening|vindt|denkt|heeft het|had|was|presenteert(?!\s+(?:\S+\s+){0,3}?volgend)|toont|schetst|noemt|benadrukt|herkent|mist|"
    r"maakt (?:deel|gebruik|duidelijk|zich|kenbaar|bezwaar|onderscheid|(?:een )?opmerking)|doet (?:de|een) suggestie|"
    r"wil (?:graag |nog |even )*(?:weten|horen|benadrukken|aangeven|opmerken|meegeven|dat)|deelt (?:de|het|zijn|haar) "
    r"(?:mening|zorg|beeld|gevoel)|informeert naar|ziet|constateert|stelt (?:dat|voor)|verwacht|hoopt|vreest|twijfelt|voegt (?:hier|daar)\s*aan toe|voegt toe dat|geeft door dat|kijkt (?:terug|anders|vooral)|werkt bij|zoekt naar de)\b",
    re.IGNORECASE,
)
_DUE = re.compile(
    r"\b(?:voor|uiterlijk|deadline|gereed|klaar|eind|begin|medio|v[oó]{1,2}r)\s*:?\s*"
    r"(?P<due>\d{1,2}[-/ ]\d{1,2}(?:[-/ ]\d{2,4})?|\d{1,2}\s+[a-z]{3,9}(?:\s+\d{4})?|[a-z]{3,9}\s+\d{4}|"
    r"(?:de|het)?\s*(?:zomer|kerst|volgende (?:vergadering|stuurgroep|keer|overleg|bijeenkomst)|week \d{1,2}|"
    + "|".join(MONTHS)
    + r"))\b",
    re.IGNORECASE,
)
_STATUS_TAIL = re.compile(r"\s+[–—-]\s+(?P<tail>[^–—-]{1,60})$|\s*\((?P<paren>[^()]{1,60})\)\s*$|\s*\b(?:status|stand)\s*:\s*(?P<field>.+)$", re.IGNORECASE)
_TRAILING_STATUS = re.compile(r"\s+(?P<word>gesloten|afgerond|gereed|vervallen|afgevoerd|open|loopt)\s*\.?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ActionLine:
    """An action read from one sentence: what, who, when, its status there and how it was recognised."""

    description: str
    owner: str | None
    due: str | None
    status: str
    status_text: str
    source: str


def clean_owner(raw: str | None) -> str | None:
    """The owner as written, without "voor", "van", "door" and punctuation; None when there is none."""
    if raw is None:
        return None
    owner = raw.strip(" :-–,.()")
    owner = re.sub(r"^(?:voor|van|door|is)\s+", "", owner, flags=re.IGNORECASE).strip()
    if not owner or owner.isdigit() or len(owner.split()) > 6 or fold(owner) in {"voor", "volgende keer"}:
        return None
    return owner


def _due(text: str) -> str | None:
    match = _DUE.search(text)
    return match.group("due").strip() if match else None


def _split_tail(text: str) -> tuple[str, str]:
    """The description and a status tail ("… – gereed", "… (afgerond)", "… status: loopt")."""
    match = _STATUS_TAIL.search(text)
    if match:
        tail = next(g for g in match.groupdict().values() if g)
        if status_of(tail):
            return text[: match.start()].strip(" .;:"), tail.strip()
    match = _TRAILING_STATUS.search(text)
    if match:
        return text[: match.start()].strip(" .;:"), match.group("word")
    return text.strip(" .;:"), ""


def _line(description: str, owner: str | None, source: str, whole: str) -> ActionLine | None:
    description, tail = _split_tail(description)
    if len(description) < 3 or not re.search(r"[^\W\d_]{2}", description):
        return None
    status = status_of(tail) if tail else None
    done = _DONE_IN_LINE.search(description) if status is None and source == "actieregel" else None
    if done and not _SUBORDINATE.search(description[: done.start()]) and not lexicon.find(
        lexicon.MODAL, fold(description)
    ):
        status, tail = "afgerond", description  # "De voorzet is gecombineerd met het stuk (aktie: [X])"
    return ActionLine(description, clean_owner(owner), _due(whole), status or "open", tail, source)


def _commitment(sentence: str) -> ActionLine | None:
    sentence = sentence.strip().removeprefix("(").removesuffix(")")
    match = _SUBJECT.match(sentence)
    if not match:
        return None
    rest = match.group("rest")
    if ":" in sentence[match.end("owner") : match.start("rest")] and (inner := _commitment(rest)) is not None:
        return inner  # "[X]: De stuurgroep gaat het jaarplan vaststellen": the speaker quotes what another takes on
    offer = _OFFER.match(rest)
    if offer and not _NEGATED.search(rest) and re.fullmatch(_PERSONS, match.group("owner")):
        # "[X] geeft aan hierover een voorzet te maken", "[X] geeft aan dat hij dit zal delen"
        return _line(rest[offer.end() :].strip() or rest, match.group("owner"), "toezegging", sentence)
    drafts = _PROPOSES_TO_DRAFT.match(rest)
    if drafts and not _NEGATED.search(rest) and re.fullmatch(_PERSONS, match.group("owner")):
        # "[X] stelt voor een eerste opzet voor de discussie op te stellen": the person offers to draft a new text,
        # not a change of wording ("stelt voor om 'publiek' te vervangen door 'extern'")
        return _line(rest[drafts.end("lead") :].strip(), match.group("owner"), "toezegging", sentence)
    if _NOT_ACTION_VERBS.match(rest) or _PERFECT.match(rest):
        return None
    hit = lexicon.first(lexicon.COMMITMENT, rest[:60])
    if hit is None or hit.start > 2:
        # "[X] suggereerde voorbeelden en zal deze nog delen", "[X] stuurde links die hij zal delen": the person
        # takes the action on later in the sentence
        if not match.group("owner").startswith("[") or not _LATER_PROMISE.search(rest):
            return None
        if lexicon.find(lexicon.ROLE, fold(rest)):
            return None  # "[X] vervangt [Y] in deze groep en zal de werkgroep voorzitten": a role, not a task
    if _NEGATED.search(" ".join(rest.split()[:4])):
        return None  # "[X] zal dit niet oppakken"
    # a steering group is another body than the group whose minutes these are: "Stuurgroep gaat het jaarplan vaststellen"
    named = bool(
        re.fullmatch(_PERSONS + "|" + _ORGANISATION + r"|(?i:hij|zij|(?:de\s+)?stuurgroep)", match.group("owner"))
    )
    if hit is not None and hit.phrase in ("wil", "willen") and ":" in sentence[: match.start("rest")]:
        return None  # "[X]: wil de punten samenvoegen" in a verbatim discussion is a wish, not an action
    scheduling = hit is not None and hit.phrase.split()[0] in ("plannen", "plant") and hit.phrase.endswith(" in")
    if hit is not None and hit.phrase.split()[0] in _GENERIC_VERBS and not named and not scheduling:
        return None  # "we gaan …" is a plan of the group, not an action with an owner; "we plannen … in" schedules
    owner = match.group("owner") if named else match.group("owner").lower()
    return _line(rest, owner, "toezegging", sentence)


#: A commitment with the verb first, as telegraphic minutes write it: "Komt [X] op terug", "Pakt [X] op".
_VERB_FIRST = re.compile(r"^\s*(?P<verb>[a-z]+)\s+(?P<owner>" + _PERSONS + r")\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
_VERB_FIRST_VERBS = frozenset("komt komen pakt pakken neemt nemen zoekt zoeken stuurt sturen levert leveren".split())


#: A time first, then the auxiliary and who does it: "De komende weken gaat Kadaster de data analyseren".
_TIME_FIRST = re.compile(
    r"^\s*(?P<when>(?:[^\s,]+\s+){1,5}?)(?:gaat|gaan|zal|zullen)\s+(?P<owner>" + _PERSONS
    + r"|(?-i:[A-Z][\w&-]+))\s+(?P<rest>(?:[^\s,;:]+\s+){1,10}?(?P<verb>\w{3,}en))\s*[.;]?$",
    re.IGNORECASE,
)
_TIME_WORDS = re.compile(
    r"\b(?:komende|volgende|deze|binnenkort|morgen|"
    + "|".join(WEEKDAYS[:5])  # the working days
    + r"|week|weken|maand|maanden|kwartaal|jaar|zomer|najaar|voorjaar|"
    + "|".join(MONTHS)
    + r")\b",
    re.IGNORECASE,
)
_BEFORE_A_NOUN = frozenset("de het een deze die dit dat op in aan van met voor naar over bij om".split())
_NOT_A_DEED = frozenset("hebben zijn worden kunnen willen moeten mogen weten vinden denken hopen zien".split())


def _time_first_commitment(sentence: str) -> ActionLine | None:
    """ "De komende weken gaat Kadaster de data analyseren": a time, the auxiliary, the doer and the task."""
    match = _TIME_FIRST.match(sentence)
    if match is None or sentence.rstrip().endswith("?") or _NEGATED.search(sentence):
        return None
    if not _TIME_WORDS.search(match.group("when")) or match.group("verb").lower() in _NOT_A_DEED:
        return None
    before = match.group("rest").split()[-2:-1]
    if before and before[0].lower() in _BEFORE_A_NOUN:
        return None  # "Volgende keer gaat Anna in op de resultaten": a noun ends the sentence, not the task's verb
    return _line(sentence.strip(" .;"), match.group("owner"), "toezegging", sentence)


def _verb_first_commitment(sentence: str) -> ActionLine | None:
    """ "Komt [X] op terug": the person after the verb takes it on; not a question."""
    match = _VERB_FIRST.match(sentence)
    if match is None or match.group("verb").lower() not in _VERB_FIRST_VERBS or sentence.rstrip().endswith("?"):
        return None
    line = _commitment(f"{match.group('owner')} {match.group('verb').lower()} {match.group('rest')}")
    return replace(line, description=sentence.strip(" .;")) if line is not None else None


def _first_person(sentence: str, actor: str | None) -> ActionLine | None:
    """A speaker taking something on in the first person: "Die ga ik eruit halen.", "Vrijdag stuur ik … rond".

    Verbatim minutes quote the speaker; the owner is the unit's speaker when the reader found one. Not negated ("ik
    ga dat niet doen"), not a question, and not about what the speaker does in the meeting ("ik zal kort toelichten").
    """
    folded = fold(sentence)
    inverted = _INVERTED_PROMISE.match(folded)
    if inverted is not None and not _NEGATED.search(folded) and not folded.rstrip().endswith("?"):
        return _line(sentence, inverted.group("who"), "toezegging", sentence)  # the person named before, in parse
    match = _FIRST_PERSON.search(folded)
    if match is None or folded.rstrip().endswith("?"):
        return None
    after = folded[match.end() :].split()
    if _NEGATED.search(" ".join(after[:4])) or _IN_MEETING.search(folded):
        return None
    return _line(sentence, actor, "toezegging", sentence)


#: "… gaan we een schrijfmiddag houden": the group holding a session is its plan. Not a to-do verb of its own: a
#: telegraphic line ending in it mostly describes ("silo's die gegevens in sync houden").
_HELD = frozenset({"houden"})


def _group_plan(sentence: str) -> ActionLine | None:
    """The group's own plan with its object first: "Semantic versioning willen we ook opnemen in de structuur".

    The object before "willen/zullen/gaan we" and a to-do verb of ``instruction.txt`` closing the main clause; not a
    question ("Gaan we hier een extensie voor maken?", the verb first) nor negated. "We willen …" with the subject
    first stays a wish (``_GENERIC_VERBS``): the object put first is what the group agrees to work on.
    """
    folded = fold(sentence.strip())
    match = _INVERTED_PLAN.match(folded)
    if match is None or folded.rstrip().endswith("?") or _NEGATED.search(folded):
        return None
    clause = re.split(r"[,;:(]|\s(?:zodat|omdat|waarbij|maar)\s", match.group("rest"))[0]
    words = tokens.words(clause, 1)
    if _UNSPECIFIC.intersection(words) or _UNSPECIFIC.intersection(tokens.words(match.group("object"), 1)):
        return None  # "… gaan we een aantal dingen organiseren": no action named
    # the verb closes the clause or comes before a complement: "… opnemen in de beheerstructuur"
    ends = [k for k, w in enumerate(words) if (_infinitive(w) or w in _HELD) and k > 0 and words[k - 1] != "te"
            and (k == len(words) - 1 or words[k + 1] in _COMPLEMENT_START)]
    if not ends:
        return None
    return _line(sentence, None, "toezegging", sentence)


#: A time or ground first, then a to-do verb in the present plural and "we": "Op basis hiervan actualiseren we …".
_INVERTED_PRESENT = re.compile(r"^(?P<lead>(?:\S+\s+){1,8}?)(?P<verb>\w+en)\s+(?:we|wij)\s+(?P<rest>\S.*)$")
#: Words opening a question or a condition, not the ground of a plan: "Hoe actualiseren we …", "Als we … delen".
#: "Meestal delen we …", "In het verleden organiseren we dat altijd": a habit described, not a plan.
_HABITUAL = re.compile(r"\b(?:altijd|meestal|vaak|steeds|gewoonlijk|doorgaans|verleden|normaal\w*)\b")
_NOT_A_GROUND = frozenset("hoe wat waarom welke wanneer waar als of indien zodra wie moeten kunnen".split())


def _group_present(sentence: str) -> ActionLine | None:
    """The group's plan in the present tense after a ground or a time: "Op basis van dit uitgangspunt actualiseren we
    de Bestuursopdracht I&D."; the verb one of ``instruction.txt``; not a question, a condition, or negated.
    """
    folded = fold(sentence.strip())
    match = _INVERTED_PRESENT.match(folded)
    if match is None or folded.rstrip().endswith("?") or _NEGATED.search(folded) or _HABITUAL.search(folded):
        return None
    lead = tokens.words(match.group("lead"), 1)
    if not lead or lead[0] in _NOT_A_GROUND or not _infinitive(match.group("verb")):
        return None
    if len(tokens.words(match.group("rest"), 1)) < 2:
        return None
    return _line(sentence, None, "toezegging", sentence)


def _infinitive(word: str) -> bool:
    """A to-do verb of ``instruction.txt``.

    A closed list: taking any infinitive at the end halved the precision on real minutes, as descriptions and
    opinions end in one too.
    """
    return word in lexicon.words(lexicon.INSTRUCTION)


def _instruction(sentence: str, *, nested: bool = False) -> ActionLine | None:
    """A telegraphic to-do line ending in an infinitive, without a finite verb: "Dit helder opschrijven.".

    Or opening with one ("Afbakenen wat binnen de scope valt"), or with the infinitive before a complement ("Sectie 4
    herschrijven met … als uitgangspunt"): those two only when the line is not ``nested`` deep in a list of notes.
    """
    if sentence.rstrip().endswith("?"):
        return None  # "Stukken nalezen: wie spreken we eigenlijk aan?": a question raised, not a to-do
    folded = fold(sentence)
    head, colon, _ = folded.partition(":")
    if colon and len(head.split()) <= 4 and not head.rstrip().endswith("?"):  # "In tekst opnemen: een strakke …"
        lead = _LAST_WORD.search(head)
        if lead and lead.group(1) in lexicon.words(lexicon.INSTRUCTION) and not _FINITE.intersection(head.split()):
            return _line(sentence, None, "actieregel", sentence)
    if not nested and _opening_instruction(folded):
        return _line(sentence, None, "actieregel", sentence)
    # the to-do may end its first clause: "Titel aanpassen naar …", "Andere domeinen benoemen waar …",
    # "Recente voorbeelden toevoegen (niet in blok 1)", "Sectie 4 herschrijven met …"
    # a complement after the verb only in a short line: in a long one the verb is mostly part of a remark
    short = not nested and len(folded.split()) <= _MAX_INSTRUCTION_WORDS
    cuts = [*_CLAUSE_CUT.finditer(folded), *(_PREPOSITION_CUT.finditer(folded) if short else ())]
    heads = [folded] + [folded[: m.start()] for m in cuts if m.start() > 0]
    for head in heads:
        words = tokens.words(head, 1)
        # "… te verwerken" depends on another verb; "Het opstellen van …" is a noun
        if len(words) < 2 or not _infinitive(words[-1]) or words[-2] in ("te", "het", "de"):
            continue
        if _ADVERBS_ONLY.issuperset(words[:-1]):
            continue  # "Al benoemen", "Ook nog toevoegen": a remark on a line above, naming nothing to do
        if head is not folded and words[-1] in _NOUN_LIKE:
            continue  # "Open vragen over de planning", "Analyse en maatregelen onderzoeken (vertrouwelijk)"
        if len(words) > _MAX_INSTRUCTION_WORDS or _FINITE.intersection(words) or words[0] in _SUBJECT_PRONOUNS:
            continue  # "Er ontstaat een platform waarop we … organiseren": a statement
        # "Het onderwerp agenderen binnen …": an article opening a to-do is no pronoun subject
        said = _FINITE.intersection(words) if words[0] in _ARTICLES else statement(head)
        if words[0] in _HEDGES:
            continue  # "Mogelijk extra laag toevoegen om …", "Suggestie: een namespace aanmaken": not agreed
        if head is not folded and (said or head.lstrip().startswith("[")):
            continue  # "Er leven nog vragen bij …", "Mogelijk extra laag toevoegen om …", "[X]: kennis delen en …"
        return _line(sentence, None, "actieregel", sentence)
    return None


#: "Duidelijk maken dat …", "Inzichtelijk maken hoe …": an adjective and "maken" open a to-do as one verb does.
_MADE_CLEAR = frozenset("duidelijk helder inzichtelijk expliciet zichtbaar".split())


def _opening_instruction(folded: str) -> bool:
    """True for a line opening with a to-do verb and a clause: "Toevoegen dat de focus ligt op …", "Afbakenen wat …"."""
    words = tokens.words(folded, 1)
    if len(words) >= 4 and words[0] in _MADE_CLEAR and words[1] == "maken":
        words = words[1:]  # "Duidelijk maken dat de afspraken … in de werkgroepen besproken worden"
        return len(words) <= _MAX_OPENING_WORDS and words[1] in _AFTER_OPENING_VERB
    if len(words) < 3 or len(words) > _MAX_OPENING_WORDS or not _infinitive(words[0]):
        return False
    return words[1] in _AFTER_OPENING_VERB


def _with_status(sentence: str) -> ActionLine | None:
    """A short line carrying a status tail: an action listed with its progress.

    "Voorstel herformulering authenticatie - is gedaan" is that action, afgerond.
    """
    if len(sentence.split()) > _MAX_STATUS_LINE_WORDS:
        return None
    description, tail = _split_tail(sentence)
    if not tail or description == sentence.strip(" .;:") or status_of(tail) in (None, "open"):
        return None
    if {"is", "zijn", "was", "waren", "wordt", "worden"}.intersection(fold(description).split()):
        # "De activiteiten van deze werkgroep zijn afgerond.", "Op maandag is de vragenlijst gesloten.": a report on
        # progress in the passive, not an action listed with its status
        return None
    if status_of(sentence) != status_of(tail) or lexicon.first(lexicon.MODAL, description):
        return None  # "Verwachting is dat het onderzoek dit jaar is afgerond": planned, not done
    return _line(sentence, None, "actieregel", sentence)


def _planned_passive_qualified(folded: str, hit: lexicon.Hit) -> bool:
    """True when a planned passive ("wordt … rondgestuurd") is negated or describes ("zoals nu wordt uitgewerkt")."""
    if not hit.phrase.startswith(("wordt ", "worden ")):
        return False
    clause = _CLAUSE_BREAK.split(folded[: hit.start])[-1]
    if folded.rstrip().endswith("?"):
        return True  # "Kan dit door de beide expertgroepen worden uitgewerkt?"
    inside = folded[hit.start : hit.end]
    if _ONGOING.search(inside) or _ONGOING.search(clause):
        return True  # "Wordt nu uitgewerkt met de stakeholders": work going on, reported
    if _NEGATED.search(inside) or _NEGATED.search(clause):
        return True
    describing = list(_DESCRIBING.finditer(clause))
    if not describing:
        return False
    # "De opmerkingen die ingediend zijn tijdens de review worden verwerkt": the relative clause closed with its own
    # verb before the planned passive, which is the main clause's
    return not _FINITE.intersection(clause[describing[-1].end() :].split())


def statement(text: str) -> bool:
    """True for a sentence with a finite verb or a pronoun subject, not a telegraphic line ("We nemen … over")."""
    words = tokens.words(fold(text), 1)
    return bool(words) and (words[0] in _STATEMENT_START or bool(_FINITE.intersection(words)))


def list_statement(text: str) -> bool:
    """True for a line of an action list that is a statement, not a to-do.

    A pronoun or "het"/"dit" opening, a singular finite verb ("[X] geeft aan dat …", "Volgende bijeenkomst zal …"),
    "zijn", or a pronoun subject with a plural verb or a negation ("… waarin we de tekst gereviewed hebben", "Er
    dienden zich geen vrijwilligers aan"); an infinitive alone
    ("Commentaar geven op …") is the to-do. A passive to-do ("Opmerkingen worden verwerkt door de auteurs", "… zal
    door de auteurs worden verwerkt") stays an action.
    """
    words = tokens.words(fold(text), 1)
    if not words or (_LIST_PASSIVE.search(text) and not _NEGATED.search(text)):
        return False
    if words[0] in _STATEMENT_START or "zijn" in words or _SINGULAR_FINITE.intersection(words):
        return True
    return bool(_SUBJECT_PRONOUNS.intersection(words) and (_FINITE.intersection(words) or _NEGATED.search(text)))


def progress(sentence: str) -> bool:
    """True for a sentence reporting that something was done ("[X] heeft … uitgewerkt", "… is geactualiseerd")."""
    return progress_owner(sentence) is not None


#: A person reporting in a "dat" clause: "[X] geeft aan dat dit is afgerond".
_REPORTED = re.compile(r"^(?P<owner>" + _PERSONS + r")\s+(?:geeft|gaf|geven|gaven|meldt|melden)\s+(?:aan\s+)?dat\s+(?P<clause>.+)$")
_DONE_PARTICIPLE = r"(?:\w*ge\w{3,}(?:d|t|en)|\w+eerd|(?:ver|be|ont|her|aan)\w{3,}(?:d|t))"
#: The clause reports work done: "… is afgerond", "… aan de stuurgroep is aangeboden", "… afgerond is".
_REPORTED_DONE = re.compile(
    r"\b(?:is|zijn)\s+" + _DONE_PARTICIPLE + r"\b|\b" + _DONE_PARTICIPLE + r"\s+(?:is|zijn)\b", re.IGNORECASE
)
_MODAL_IN_CLAUSE = re.compile(r"\b(?:kan|kunnen|moet|moeten|zal|zullen|wordt|worden|mag|mogen|als|wanneer|of)\b", re.IGNORECASE)


def progress_owner(sentence: str) -> str | None:
    """For a sentence reporting that something was done: who did it ("" when it does not say), else None.

    Negated reports ("is nog niet aangepast") are no progress.
    """
    if _NEGATED.search(sentence):
        return None
    match = _SUBJECT.match(sentence)
    if match and _PERFECT.match(match.group("rest")):
        owner = match.group("owner")
        return owner if re.fullmatch(_PERSONS + "|" + _ORGANISATION, owner) else ""
    inverted = _INVERTED_PERFECT.search(sentence)
    if inverted:
        return inverted.group("owner")
    reported = _REPORTED.match(sentence.strip())
    if reported and _REPORTED_DONE.search(reported.group("clause")) and not _MODAL_IN_CLAUSE.search(reported.group("clause")):
        # "[X] geeft aan dat de geomodule aan de stuurgroep is aangeboden": the speaker reports it, whoever did it (taking
        # the speaker for the doer tied the report to the speaker's own open action)
        return ""
    return "" if _PASSIVE_DONE.search(sentence.strip()) else None


def todo_heading(heading: str) -> bool:
    """True for a heading that is itself a to-do, its lines the objects: "Toevoegen aan de tekst", "Leden uitbreiden".

    Only the innermost part of the heading path, short, not numbered (a numbered heading is an agenda item such as
    "4. Uitwerken hoofdstuk"), opening or ending with a to-do verb of ``instruction.txt``.
    """
    part = heading.rsplit(" > ", 1)[-1].strip().rstrip(":")
    if not part or is_numbered(part) or part.endswith("?"):
        return False
    words = tokens.words(fold(part), 1)
    if not 2 <= len(words) <= _MAX_HEADING_WORDS or _FINITE.intersection(words) or words[0] in _STATEMENT_START:
        return False
    return (_infinitive(words[0]) and words[0] not in _NOUN_LIKE) or (
        _infinitive(words[-1]) and words[-1] not in _NOUN_LIKE and words[-2] not in ("te", "het", "de")
    )


def labelled_action(text: str) -> bool:
    """True when ``text`` carries an action label or marker ("Actie [X]: …", "AP: …", "… (actie [Y])")."""
    stripped = text.strip()
    if _MARKER.search(stripped):
        return True
    match = _LABEL.match(stripped)
    if match and not re.match(r"\s*(?:lijst|overzicht|plan)\b", match.group("owner"), re.IGNORECASE):
        return True
    return bool(_LABEL_NO_COLON.match(stripped))


def action_in(
    sentence: str, *, in_action_list: bool = False, actor: str | None = None, list_level: int = 0
) -> ActionLine | None:
    """The action one sentence states, or None.

    Args:
        sentence: one sentence (or a short unit) of running text.
        in_action_list: the sentence stands under an action heading, where every line is an action.
        actor: the unit's speaker or owner label, when the reader found one.
        list_level: the list depth of the sentence's unit (0 outside a list); a telegraphic to-do line deep in a
            list of notes ("- - - Agenderen dat dit een uitdaging is") records the discussion, not an action.
    """
    text = _QUOTE_MARK.sub("", sentence).strip()
    if not text:
        return None
    # meeting logistics ("Volgende bijeenkomst is …") are no action, unless a label or a person takes them on
    procedural = lexicon.says(lexicon.PROCEDURAL, text) is not None
    folded = fold(text)
    if "act" in folded or "akt" in folded or folded.lstrip(" -•*").startswith(("ap", "to", "vervolgafspra")):
        match = _LABEL.match(text)
        if match and not re.match(r"\s*(?:lijst|overzicht|plan)\b", match.group("owner"), re.IGNORECASE):
            owner = match.group("owner") or actor
            return _line(match.group("rest"), owner, "actieregel", text)
        match = _LABEL_NO_COLON.match(text)
        if match:
            return _line(match.group("rest"), match.group("owner"), "actieregel", text)
        match = _LABEL_ALONE.match(text)
        if match and not re.match(r"(?:lijst|plan|overzicht|punten)\b", match.group("rest"), re.IGNORECASE):
            return _line(match.group("rest"), actor, "actieregel", text)
    aside = _ASIDE.search(text)
    if aside and (inner := _commitment(aside.group("inner"))) is not None:
        # "Usecase beschrijving in de introductie ([X] zoekt een usecase op)": the aside names who does it
        lead = text[: aside.start()].strip(" -–•*")
        description = f"{lead}: {inner.description}" if lead else inner.description
        return _line(description, inner.owner, "toezegging", text)
    marker = _MARKER.search(text)
    if marker:
        owner = marker.group("owner") or marker.group("owner2")
        description = (text[: marker.start()] + " " + text[marker.end() :]).strip()
        return _line(description, owner, "actieregel", text)
    if in_action_list and not procedural and not _NOT_IN_LIST.search(text) and len(text.split()) <= _MAX_LIST_WORDS:
        # a statement under an action heading ("[X] geeft aan dat …", "Bij … zijn de bijlagen nog niet toegevoegd",
        # "[X]: Het is beter …") is discussion written into the list: only the rules below can make it an action
        match = _OWNER_PREFIX.match(text)
        if not list_statement(match.group("rest") if match else text):
            if match:
                return _line(match.group("rest"), match.group("owner") or match.group("dashed"), "actieregel", text)
            return _line(text, actor, "actieregel", text)
    line = _commitment(text) or _verb_first_commitment(text) or _time_first_commitment(text)
    if line is not None:
        return line
    if procedural:
        return None
    if deferral(text):
        if next_meeting_only(text) and _FUTURE_PASSIVE.search(text) and not lexicon.first(lexicon.DECISION, text):
            # "In een volgende sessie zal specifiek worden ingegaan op API ketens": work planned for a later meeting;
            # parse keeps the unit an agenda item too, so the item is deferred as well
            return _line(text, None, "toezegging", text)
        agreed = lexicon.first(lexicon.AGREEMENT, text)
        if next_meeting_only(text) and agreed is not None and not _planned_passive_qualified(folded, agreed):
            # "…, voorstel is om een verdiepingssessie te houden in het volgend overleg": work agreed for the next
            # meeting; parse keeps the unit an agenda item, deferred, too
            return _line(text, None, "toezegging", text)
        if next_meeting_only(text) and (promise := _first_person(text, actor)) is not None:
            # "Ik zal dit eerst grof schetsen en daarna kunnen jullie er in de volgende sessie op reageren": the
            # speaker takes on work for the next session; parse keeps the unit an agenda item, deferred, too
            return promise
        return None  # "… zullen volgende keer besproken worden": an item moved on, not an action
    line = _first_person(text, actor)  # after the deferral: "Ik zal dit schetsen en jullie reageren volgende sessie"
    if line is not None:
        return line
    line = _group_plan(text) or _group_present(text)
    if line is not None:
        return line
    agreed = lexicon.first(lexicon.AGREEMENT, text)
    if agreed is not None and not _planned_passive_qualified(folded, agreed):
        doer = _BY_PERSON.search(folded[agreed.start :])  # "Het voorstel wordt uitgewerkt door [X]"
        return _line(_AGREED_LEAD.sub("", text) or text, doer.group(1).upper() if doer else None, "toezegging", text)
    line = _instruction(text, nested=list_level > _MAX_TODO_LEVEL) or _with_status(text)
    if line is not None:
        lead = _LEAD_BY.search(text)
        if line.owner is None and lead is not None:
            line = replace(line, owner=lead.group("owner"))  # "Archivering (trekker [X]) - … updaten"
        return line
    done_by = _DONE_BY.search(folded)
    if done_by and not (_BY_WHEN.search(done_by.group("when")) or _DUE.search(folded)):
        done_by = None
    if (_FUTURE_PASSIVE.search(text) or _STILL_TO_DO.search(folded) or done_by) and not lexicon.first(
        lexicon.DECISION, text
    ):
        # "[X] : toelichtingen zullen worden geplaatst op de wiki": the person before the colon says what they do
        speaker = _SPEAKER_PREFIX.match(text)
        return _line(text, speaker.group("owner") if speaker else None, "toezegging", text)
    return _embedded_commitment(text)


def _embedded_commitment(text: str) -> ActionLine | None:
    """A commitment in a later clause: "Dit wordt geaccepteerd en [X] maakt een pull request", "…; [X] stuurt …".

    Not after a preposition or a subordinating word ("op verzoek van [X] …", "vraagt of [X] …"), nor in a question.
    """
    if text.rstrip().endswith("?"):
        return None
    for person in _PERSON_INSIDE.finditer(text):
        before = fold(text[: person.start()]).split()
        if not before or before[-1].strip(",;:") in _NOT_BEFORE_SUBJECT:
            continue
        line = _commitment(text[person.start() :])
        if line is not None:
            return line
    return None
