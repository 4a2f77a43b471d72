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
# indefinite pronouns the lists miss, and pronominal adverbs ("ervoor", "daarin"): function words too
_PRONOUNS = frozenset({"iedereen", "niemand", "iemand", "niets", "alles", "allemaal", "elkaar", "zelf", "mekaar",
                       "alsof", "omdat", "zodat", "terwijl", "hoewel", "zoals", "indien", "mits", "tenzij"})
_PRONOMINAL = ("er", "daar", "hier", "waar")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, list[tuple[str, str]]], dict[str, frozenset[str]]]:
    root = resources.files("spacy_lookups_data") / "data"

    def load(name: str) -> dict:
        return json.loads(gzip.decompress(root.joinpath(f"nl_lemma_{name}.json.gz").read_bytes()))

    index = {pos: frozenset(words) for pos, words in load("index").items()}
    rules = {pos: [tuple(r) for r in pairs] for pos, pairs in load("rules").items()}
    exc = {pos: frozenset(forms) for pos, forms in load("exc").items()}
    return index, rules, exc


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
    for cut in range(3, len(word) - _MIN_HEAD + 1):  # head-final compound: "prestatie|afspraken"
        if _in_class(word[cut:], "noun") and not _finite_verb(word[cut:]):
            return NOUN
    from wordfreq import zipf_frequency

    # a common Dutch word missing from every list is an adverb or verb form ("helaas", "zeg", "zomaar"); names
    # and technical terms ("oauth", "api") are rare in Dutch at large
    return FUNCTION if zipf_frequency(word, "nl") >= COMMON_UNLISTED_ZIPF else UNKNOWN


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """The lemma used to show a word once: spaCy's lookup lemma, plural nouns to their singular."""
    base = lemma(word)
    if base != word:
        return base
    index, rules, _ = _tables()
    nouns = index["noun"]
    if word in nouns or word in index["verb"]:
        return word
    for suffix, repl in (*_NOUN_EXTRA, *rules["noun"]):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            cand = word[: len(word) - len(suffix)] + repl
            if cand in nouns:
                return cand
    return word


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
        if not is_head(head) or any(word_class(m) not in (NOUN, ADJ, UNKNOWN) for m in mods):
            return False
    return True
