"""Dutch word classes from spaCy's lookup tables: noun, adjective, verb form, function word.

No Dutch part-of-speech tagger is installable here, but ``spacy-lookups-data`` ships the word lists behind spaCy's
rule lemmatiser per part of speech (``nl_lemma_index``: nouns, adjectives, verbs, adpositions, determiners) with
its suffix rules and exceptions. A word form is placed by looking it, its lookup lemma (``themes.text.lemma``) and
its suffix-rule bases up in those lists; Dutch compounds are head-final, so an unknown word ending in a known noun
of at least four letters is a noun ("prestatieafspraken"). Own code because no library exposes these lists as word
classes; it is the one reader of them (a candidate for ``themes.text``).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

from themes.text import lemma, spacy_stopwords

NOUN, ADJ, VERB, FUNCTION, UNKNOWN = "noun", "adj", "verb", "function", "unknown"
#: Prepositions that may join two noun phrases in a label ("prestatieafspraken met directies").
LINKS = frozenset({"van", "met", "voor", "over", "bij", "tegen", "tussen", "naar", "zonder", "rond"})
# suffix rules beyond spaCy's: plural -n after -e ("leidinggevenden"), finite -t ("draait") and stems ("draai")
_NOUN_EXTRA = (("n", ""), ("s", ""), ("'s", ""), ("en", "e"))
_MIN_HEAD = 4
#: An unlisted word at least this frequent in Dutch (wordfreq Zipf) counts as a function word.
COMMON_UNLISTED_ZIPF = 3.5
#: A verb stem counts as a possible verb form unless it is this much (Zipf) more frequent than its infinitive.
STEM_MARGIN = 0.2
# indefinite pronouns the lists miss, and pronominal adverbs ("ervoor", "daarin"): function words too
_PRONOUNS = frozenset({"iedereen", "niemand", "iemand", "niets", "alles", "allemaal", "elkaar", "zelf", "mekaar",
                       "alsof", "omdat", "zodat", "terwijl", "hoewel", "zoals", "indien", "mits", "tenzij"})
_PRONOMINAL = ("er", "daar", "hier", "waar")
#: Suffixes of derived Dutch adjectives (ANS 'bijvoeglijke naamwoorden met achtervoegsel'), for unlisted words.
_ADJ_SUFFIXES = ("baar", "bare", "lijk", "lijke", "isch", "ische", "loos", "loze", "zaam", "zame", "achtig",
                 "achtige", "eel", "ele", "ief", "ieve")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, list[tuple[str, str]]], dict[str, frozenset[str]]]:
    root = resources.files("spacy_lookups_data") / "data"

    def load(name: str) -> dict:
        return json.loads(gzip.decompress(root.joinpath(f"nl_lemma_{name}.json.gz").read_bytes()))

    index = {pos: frozenset(words) for pos, words in load("index").items()}
    rules = {pos: [tuple(r) for r in pairs] for pos, pairs in load("rules").items()}
    exc = {pos: frozenset(forms) for pos, forms in load("exc").items()}
    return index, rules, exc


def adpositions() -> frozenset[str]:
    """The Dutch prepositions and postpositions of the lists ("op", "naar", "tijdens")."""
    return _tables()[0]["adp"]


def _in_class(word: str, pos: str) -> bool:
    index, rules, exc = _tables()
    words = index.get(pos, frozenset())
    if word in words or word in exc.get(pos, frozenset()):
        return True
    extra = _NOUN_EXTRA if pos == "noun" else ()
    for suffix, repl in (*rules.get(pos, ()), *extra):
        if word.endswith(suffix) and len(word) > len(suffix) + 1 and word[: len(word) - len(suffix)] + repl in words:
            return True
    return False


def _finite_verb(word: str) -> bool:
    """A conjugated verb form ("draait", "bestaat", "besproken"): its lemma is a verb other than itself."""
    index, _, _ = _tables()
    verbs = index["verb"]
    base = lemma(word)
    if base != word and (base in verbs or (base.endswith("n") and not word.endswith("n"))):
        return True
    if word in verbs or len(word) < 4:
        return False
    if word.endswith("t"):  # "sneeuwt" -> "sneeuwen", "bestaat" -> "bestaan", "maakt" -> "maken"
        stem = word[:-1]
        short = stem[:-2] + stem[-1] if len(stem) > 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" else stem
        return any(c in verbs for c in (stem + "en", stem + "n", short + "en"))
    return False


@lru_cache(maxsize=200_000)
def word_class(word: str) -> str:
    """The class of a lower-case Dutch word form: noun, adj, verb (a conjugated form), function or unknown.

    Conjugated forms and infinitives are verbs ("draait", "melden"), listed nouns are nouns ("melding",
    "leidinggevende"), then adjectives ("scherper"), then nouns by a suffix rule or as a compound's head.
    """
    index, _, _ = _tables()
    if word in spacy_stopwords() or word in index["adp"] or word in index["det"] or word in _PRONOUNS:
        return FUNCTION
    if any(word.startswith(p) and word[len(p):] in index["adp"] for p in _PRONOMINAL):
        return FUNCTION
    _, _, exc = _tables()
    if _finite_verb(word):
        return VERB
    direct_noun = word in index["noun"] or word in exc.get("noun", frozenset())
    if word in index["verb"]:  # an infinitive ("draaien", "melden") is no subject, even where it is a noun too
        return VERB
    if direct_noun:
        return NOUN
    if _in_class(word, "adj"):
        return ADJ
    if _in_class(word, "noun"):
        return NOUN
    from wordfreq import zipf_frequency

    # a common Dutch word missing from every list is an adverb or verb form ("helaas", "zeg", "nergens"), not a
    # compound (so "ner|gens" is no noun); names and technical terms ("oauth", "api") are rare in Dutch at large
    if zipf_frequency(word, "nl") >= COMMON_UNLISTED_ZIPF:
        return FUNCTION
    for cut in range(3, len(word) - _MIN_HEAD + 1):  # head-final compound: "prestatie|afspraken"
        head = word[cut:]
        if head not in _ADJ_SUFFIXES and _in_class(head, "noun") and not _finite_verb(head):
            return NOUN
    if word.endswith(_ADJ_SUFFIXES):  # derived adjectives: "onderhandelbaar", "zichtbare", "structureel"
        return ADJ
    return UNKNOWN


def infinitive(word: str) -> bool:
    """An infinitive of the lists ("delen", "voeren"), also where the word is a plural noun too."""
    return word in _tables()[0]["verb"]


def listed_noun(word: str) -> bool:
    """A noun of the lists as written ("plaats", "keus")."""
    return word in _tables()[0]["noun"]


@lru_cache(maxsize=200_000)
def verb_stem(word: str) -> bool:
    """A verb stem or imperative ("luister", "bied", "neem"): the word plus -en (or -n, or with its long vowel
    written single: "neem" -> "nemen") is an infinitive of the lists, and the stem is not much more frequent than
    that infinitive in Dutch at large (wordfreq), as nouns that look like stems are ("sneeuw", "deel").
    """
    from wordfreq import zipf_frequency

    infinitive = _infinitive_of_stem(word)
    # a stem clearly more frequent than its infinitive is mostly a noun ("sneeuw", "deel", "plan", "besluit")
    return infinitive is not None and zipf_frequency(word, "nl") < zipf_frequency(infinitive, "nl") + STEM_MARGIN


def _infinitive_of_stem(word: str) -> str | None:
    """The infinitive of the lists that ``word`` is the stem of ("neem" -> "nemen", "bevat" -> "bevatten")."""
    verbs = _tables()[0]["verb"]
    if len(word) < 3:
        return None
    single = word[:-2] + word[-1] if len(word) > 3 and word[-2] == word[-3] and word[-2] in "aeou" else word
    voiced = single[:-1] + {"s": "z", "f": "v"}.get(single[-1], single[-1])  # "kies" -> "kiezen", "geef" -> "geven"
    forms = (word + "en", word + "n", single + "en", voiced + "en", word + word[-1] + "en")  # "bevat" -> "bevatten"
    return next((c for c in forms if c in verbs), None)


def third_person_stem(word: str) -> bool:
    """A stem ending in -t, which is also the verb's third person singular ("bevat", "omvat", "zet", "wacht").

    Some are frequent enough to pass :func:`verb_stem` as nouns; right after a noun ("het menu bevat") such a
    word is the subject's finite verb, since Dutch writes a noun-noun compound as one word.
    """
    return word.endswith("t") and _infinitive_of_stem(word) is not None


#: A word this much (Zipf) more frequent in English than in Dutch is an English word in Dutch text.
ENGLISH_MARGIN = 1.0


@lru_cache(maxsize=200_000)
def english_word(word: str) -> bool:
    """Mostly an English word ("end", "as", "draw", "rules"), by its frequency in both languages (wordfreq)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= zipf_frequency(word, "nl") + ENGLISH_MARGIN


@lru_cache(maxsize=200_000)
def dutch_word(word: str) -> bool:
    """At least as frequent in Dutch as in English (wordfreq)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl") >= zipf_frequency(word, "en")


def participle(word: str) -> bool:
    """A past participle the lists give as adjective ("genomen", "gemaakt"); "gedrag", "gezin" are none."""
    return word.startswith(("ge", "be", "ver", "ont")) and word.endswith(("en", "d", "t")) and word in _tables()[0]["adj"]


def noun_after(modifier: str, word: str) -> bool:
    """Whether ``word``, a verb form of the lists, is a noun after ``modifier``: an inflected attributive adjective
    ("kleine groepen", "goede gesprekken") comes only before a noun; "interactief ontwerpen" stays a verb.
    """
    return modifier.endswith("e") and _in_class(modifier, "adj") and _in_class(word, "noun")


@lru_cache(maxsize=200_000)
def ambiguous_head(word: str) -> bool:
    """A noun of the lists that is also an adjective, participle or verb stem there ("kleine", "extra", "genomen",
    "luister", "deel", "werk"): spaCy's noun list is broad, so such a word heads a phrase only where its context
    makes it a noun (:func:`themes.model.phrases.candidates`).
    """
    if word_class(word) != NOUN:
        return False
    index, _, exc = _tables()
    adjective = word in index["adj"] or word in exc.get("adj", frozenset()) or word.endswith(_ADJ_SUFFIXES)
    return adjective or verb_stem(word)


_VOWELS = frozenset("aeiouyáéíóúàèëïöü")


def abbreviation(word: str) -> bool:
    """A word without a vowel before its apostrophe: an abbreviation or key name ("lg's", "ctrl", "smb")."""
    return not _VOWELS & set(word.split("'")[0].split("’")[0])


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """The lemma used to show a word once: spaCy's lookup lemma, plural nouns to their singular.

    A plural or genitive with an apostrophe is its stem ("api's", "url’s" -> "api", "url"); a hyphenated or a
    closed compound ends in its head's lemma ("pagina-opmaakprofielen" -> "pagina-opmaakprofiel", "voetteksten"
    -> "voettekst"), since Dutch compounds are head-final.
    """
    for apostrophe in ("'s", "’s"):
        if word.endswith(apostrophe) and len(word) > len(apostrophe) + 1:
            return word[: -len(apostrophe)]
    if "-" in word.strip("-"):
        first, _, last = word.rpartition("-")
        return f"{first}-{lemma_of(last)}"
    base = lemma(word)
    if base != word:
        return base
    index, _, _ = _tables()
    if word in index["noun"] or word in index["verb"]:
        return word
    single = _singular(word)
    if single is not None:
        return single
    for cut in range(3, len(word) - _MIN_HEAD + 1):  # head-final compound: "voet|teksten"
        head = word[cut:]
        if head in index["noun"]:
            return word
        single = _singular(head)
        if single is not None:
            return word[:cut] + single
    return word


def _singular(word: str) -> str | None:
    """The singular of the noun list that a plural form ``word`` comes from, by the suffix rules ("teksten" ->
    "tekst", "notities" -> "notitie") or with the long vowel of an open syllable written double ("afspraken" ->
    "afspraak", "wijzen" -> "wijs").
    """
    index, rules, _ = _tables()
    nouns = index["noun"]
    for suffix, repl in (*_NOUN_EXTRA, *rules["noun"]):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            cand = word[: len(word) - len(suffix)] + repl
            if cand in nouns:
                return cand
    if word.endswith("en") and len(word) > 5:
        stem = word[:-2]
        stem = stem[:-1] + {"z": "s", "v": "f"}.get(stem[-1], stem[-1])
        if stem[-1] not in _VOWELS and stem[-2] in "aeou" and stem[-3] not in _VOWELS:
            cand = stem[:-1] + stem[-2] + stem[-1]
            if cand in nouns:
                return cand
        if stem in nouns:
            return stem
    return None


def is_head(word: str) -> bool:
    """Whether a word can end a noun phrase: a noun or an unknown word (names, English terms such as "API")."""
    return word_class(word) in (NOUN, UNKNOWN)


def is_noun_phrase(phrase: str) -> bool:
    """A noun phrase of 1-4 words: modifiers (adjectives, nouns) then a noun head, optionally a linked phrase.

    "veilige meldcultuur", "prestatieafspraken met directies", "API design rules" pass; "ervoor en directieniveau",
    "draait iedereen", "via" do not.
    """
    words = phrase.lower().split()
    if not 1 <= len(words) <= 4 or "en" in words or "of" in words:
        return False
    parts: list[list[str]] = [[]]
    for w in words:
        if w in LINKS and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(w)
    if any(not p for p in parts) or len(parts) > 2:
        return False
    for part in parts:
        *mods, head = part
        if not (is_head(head) or (mods and noun_after(mods[-1], head))):
            return False
        if any(word_class(m) not in (NOUN, ADJ, UNKNOWN) for m in mods):
            return False
    return True
