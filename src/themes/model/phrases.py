"""Theme keywords and labels from lemmatised noun phrases: c-TF-IDF over phrase candidates, MMR for diversity.

An analyst names a theme with a noun phrase of its subject ("prestatieafspraken met directies"), not with two
words joined by "en". Candidates are the noun phrases of 1-4 words in the units' own text (``wordclass``:
modifiers then a noun head, optionally a second phrase after "van", "met", "voor", ...; a word next to a subject
pronoun is a verb there, "ik zeg", "zorg je"), counted once per unit under their lemmas ("leidinggevenden" counts
as "leidinggevende", "api's" and "apis" as "api"; the most frequent spelling is shown). No candidate is a noun of
time ("voor de zomer"), a fragment of an abbreviation ("LG's", "commando Ctrl"), the noun of a complex preposition
("met gebruikmaking van"), an adverb read as adjective ("biedt gemakkelijk toegang"), a title cut from its number
("ronde | 2") or a word of code, a path or an address. Each theme's candidates are weighted as BERTopic's c-TF-IDF
weighs words (square root of the L1-normalised count times ``log(1 + average count per theme / count over all
themes)``), so a phrase scores when it is frequent in the theme and rare in its neighbours. Keywords are picked by
maximal marginal relevance: a phrase that occurs in the same units as one already picked adds little; every lemma
is shown once. The label is the best phrase, a longer phrase preferred when it scores nearly as well, is spread
over several units and its modifier is bound to its head.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from themes.model.wordclass import (
    ADJ,
    FUNCTION,
    LINKS,
    NOUN,
    UNKNOWN,
    VERB,
    abbreviation,
    adpositions,
    ambiguous_head,
    dutch_word,
    english_word,
    infinitive,
    lemma_of,
    listed_noun,
    noun_after,
    participle,
    third_person_stem,
    verb_stem,
    word_class,
)

#: Units per theme read for phrases (a deterministic prefix of its members), so big themes stay fast.
MAX_TEXTS = 2_000
MAX_WORDS = 4
#: A longer phrase is the label when its score is at least this share of the best one's.
LONGER_LABEL_SHARE = 0.6
#: A longer label takes at least this share of the theme's units that name its head.
BOUND_SHARE = 1 / 3
MMR_LAMBDA = 0.7
_PIECE = re.compile(r"\[[^\]]*\]|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S")
_WORD = re.compile(r"[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*")
#: A lower-case start then a capital ("aFile", "oDoc"): a variable name of code, which breaks a run.
_IDENTIFIER = re.compile(r"[^\W\d_A-Z]+[A-Z]")
#: A token of a path, web or mail address or file name: a dot, backslash or "@" between letters, "://", or "~/".
_PATH = re.compile(r"(?<!\S)(?=\S*?(?:[^\W_][.\\@][^\W\d_]|://|~/))\S+")
#: Subject pronouns: a word right after "ik" or right before one of these is a finite verb in that sentence
#: ("ik zeg", "zorg je", "luister u"), also where the lists know it as a noun ("zeg", "luister", "zorg").
_SUBJECTS = frozenset({"ik", "je", "jij", "u", "we", "wij", "jullie", "ze", "zij", "hij"})
#: Subject pronouns that are never possessives: at the start of a clause the next word is its finite verb.
_CLAUSE_SUBJECTS = frozenset({"ik", "wij", "we", "jij", "hij", "zij", "ze"})
#: Words before a noun phrase: articles, demonstratives, possessives, quantifiers.
_DETERMINERS = frozenset({"de", "het", "een", "deze", "die", "dit", "dat", "onze", "ons", "mijn", "jouw", "je", "uw",
                          "hun", "haar", "zijn", "geen", "elk", "elke", "ieder", "iedere", "welk", "welke", "veel",
                          "meer", "minder", "weinig", "enkele", "sommige", "alle", "beide", "zo'n", "wat"})
_ADPOSITIONS = adpositions()
#: Nouns of time: seasons, parts of the day and units of time say when, not what; they head no keyword (months,
#: weekdays, "week", "maand" and "jaar" are stop words already, ``vectorizer.DATE_WORDS``).
TIME_NOUNS = frozenset({"lente", "voorjaar", "zomer", "herfst", "najaar", "winter", "ochtend", "middag", "avond",
                        "nacht", "dag", "uur", "minuut", "seconde", "weekend", "eeuw", "decennium", "periode"})


def _runs(text: str) -> Iterable[tuple[list[str], bool]]:
    """Lower-cased word runs of a text, each with whether a number follows it ("ronde 2", "bijlage 3").

    Placeholders, digits and punctuation break a run, and so do a word in capitals after another ("DATUM DAG UUR":
    a list of names or identifiers, not a phrase) and a word in camel case ("aFile", "minBZK"). In a text with an
    assignment ("iCount = Freefile") such words are variables and a run right before or after one is a line of
    code ("Dim iCount As Integer Dim sValue"), no phrase at all; the words of a path, address or file name
    ("~/data.txt", "C:\\Users", "www.example.nl") are none either.
    """
    run: list[str] = []
    capitals = code = False
    program = "=" in text  # an assignment: the camel-case words are variables, not names ("minBZK", "eHerkenning")
    for match in _PIECE.finditer(_PATH.sub(" . ", text)):
        piece = match.group(0)
        identifier = bool(_IDENTIFIER.match(piece))
        if _WORD.fullmatch(piece) and not identifier:
            upper = piece.isupper()
            if upper and capitals and run:
                yield run, False
                run = []
            run.append(piece.lower())
            capitals = upper
            continue
        if run and not (program and (code or identifier)):
            yield run, piece[0].isdigit()
        run = []
        capitals, code = False, identifier
    if run and not (program and code):
        yield run, False


def candidates(text: str, stop: frozenset[str] | set[str]) -> dict[str, str]:
    """The noun-phrase candidates of one text: lemma key -> the spelling found."""
    out: dict[str, str] = {}
    for run, numbered in _runs(text):
        classes = [
            VERB if (i and run[i - 1] == "ik") or (i + 1 < len(run) and run[i + 1] in _SUBJECTS) else word_class(w)
            for i, w in enumerate(run)
        ]
        if len(run) > 1 and run[0] in _CLAUSE_SUBJECTS:  # "Zij namen deel", "We bieden steun": a finite verb
            classes[1] = VERB
        for i in range(1, len(run)):
            if classes[i] == VERB and noun_after(run[i - 1], run[i]):
                classes[i] = NOUN
            elif classes[i] == NOUN and classes[i - 1] in (NOUN, UNKNOWN) and (third_person_stem(run[i])
                                                                          or verb_stem(run[i])):
                classes[i] = VERB  # "het menu bevat", "niveau | voer ... in": a verb, not a second noun
        for i in range(len(run)):
            if classes[i] not in (NOUN, ADJ, UNKNOWN) or run[i] in stop or run[i] in LINKS:
                continue
            if classes[i] == NOUN and verb_stem(run[i]) and not _after_determiner(run, i):
                continue  # an imperative or stem opens no phrase: "kies tabel", "bevat"
            if classes[i] == ADJ and _adverb(run, i):
                continue
            linked = False
            for j in range(i, min(len(run), i + MAX_WORDS)):
                word, cls = run[j], classes[j]
                if word in LINKS and j > i and not linked and classes[j - 1] in (NOUN, UNKNOWN):
                    linked = True
                    continue
                if cls in (FUNCTION, VERB) or word in stop:
                    break
                if cls in (NOUN, UNKNOWN) and len(lemma_of(word)) >= 3:  # "lg's": an abbreviation's fragment
                    if cls == NOUN and ambiguous_head(word) and not _noun_here(run, classes, i, j):
                        continue
                    if not _head(run, i, j, linked) or (numbered and i < j == len(run) - 1):
                        continue  # "medewerkersenquête ronde | 2": the number belongs to the phrase
                    words = run[i : j + 1]
                    if _english(words):
                        continue
                    out.setdefault(" ".join(lemma_of(w) for w in words), " ".join(words))
                if cls == NOUN and _plural(word) and j + 1 < len(run) and run[j + 1] not in LINKS:
                    break  # a plural noun modifies no next noun ("verwante onderwerpen Open-instructie")
    return out


def _head(run: list[str], i: int, j: int, linked: bool) -> bool:
    """Whether ``run[j]`` may end the phrase that starts at ``run[i]``.

    Not a noun of time ("voor de zomer", "elke dag": when, not what), not an abbreviation without a vowel in a
    longer phrase ("commando ctrl"), not the noun of a complex preposition ("met gebruikmaking van", "op basis
    van": a bare noun between a preposition and "van"), and a linked phrase not cut before a further link
    ("distributie met gebruikmaking | van ...": the second phrase is incomplete there).
    """
    word, after = run[j], run[j + 1] if j + 1 < len(run) else ""
    if lemma_of(word) in TIME_NOUNS or (j > i and abbreviation(word)):
        return False
    if after == "van" and j and run[j - 1] in _ADPOSITIONS:
        return False
    return not (linked and after in LINKS)


def _adverb(run: list[str], i: int) -> bool:
    """Whether the adjective ``run[i]`` in its bare form is an adverb here: Dutch inflects an attributive adjective
    ("gemakkelijke toegang") except after an indefinite article or a preposition before a singular neuter noun
    ("een groot deel", "voor nieuw beleid") or at the start; after a verb the bare form modifies the verb ("het
    biedt gemakkelijk toegang"). Forms in -e and -en (participles, materials) are inflected or invariable.
    """
    word = run[i]
    return bool(i) and not word.endswith(("e", "en")) and not _after_determiner(run, i)


def _head_word(key: str) -> str:
    """The head of a phrase key: the last word of its first noun phrase ("opties" in "optie voor autocorrectie")."""
    words = key.split()
    first = next((k for k, w in enumerate(words) if k and w in LINKS), len(words))
    return words[first - 1]


def _bound(key: str, counts: Counter) -> bool:
    """Whether a phrase of several words takes at least ``BOUND_SHARE`` of the units that name its head."""
    head = _head_word(key)
    return head == key or counts[key] >= BOUND_SHARE * counts.get(head, counts[key])


def _plural(word: str) -> bool:
    """A plural noun form ("onderwerpen", "macro's"): it ends in -en or -s and its lemma is another word."""
    if word.endswith("en") and len(word) > 5 and word_class(word[:-2]) == NOUN:  # also a verb: "onderwerpen"
        return True
    return word.endswith(("en", "s")) and lemma_of(word) != word


def _english(words: list[str]) -> bool:
    """An English run of several words ("end sub", "as string": code or quoted English), no Dutch label.

    It opens with an English word and holds no word at least as frequent in Dutch ("libreoffice draw" opens with
    a name).
    """
    return len(words) > 1 and english_word(words[0]) and not any(dutch_word(w) for w in words)


def _after_determiner(run: list[str], i: int) -> bool:
    """Whether ``run[i]`` follows a determiner or preposition ("het werk", "op kantoor")."""
    return bool(i) and (run[i - 1] in _DETERMINERS or run[i - 1] in _ADPOSITIONS)


def _noun_here(run: list[str], classes: list[str], i: int, j: int) -> bool:
    """Whether the phrase ``run[i:j+1]``, ending in a word that the lists give as noun and as adjective or verb,
    is a noun phrase in this sentence: it follows a determiner or preposition ("het werk", "op de kleine",
    "een deel") and no noun or adjective follows it ("de kleine teams": "kleine" is a modifier there).
    """
    if not _after_determiner(run, i):
        return False
    if i == j and participle(run[j]):  # a verb form even after "het": "hoe serieus het genomen wordt"
        return False
    return j + 1 >= len(run) or classes[j + 1] not in (NOUN, ADJ, UNKNOWN)


def theme_phrases(
    texts: Sequence[str], labels: np.ndarray, stop: Iterable[str], *, n_keywords: int = 8,
    max_texts: int = MAX_TEXTS,
) -> dict[int, tuple[str, ...]]:
    """Per label (not -1) its keywords, the label phrase first; empty for a theme without phrases.

    Args:
        texts: unit texts (redacted).
        labels: theme label per text (-1: none; those units count as a neighbour "theme" too).
        stop: words never in a phrase (stop words, domain words).
        n_keywords: keywords per theme.
        max_texts: units read per theme.
    """
    stop = frozenset(stop)
    labels = np.asarray(labels)
    present = sorted(set(labels.tolist()))
    per_unit: dict[int, list[dict[str, str]]] = {}
    for c in present:
        members = np.flatnonzero(labels == c)[:max_texts]
        per_unit[c] = [candidates(texts[i], stop) for i in members.tolist()]
    _merge_plurals(per_unit)
    counts = {c: Counter(k for unit in units for k in unit) for c, units in per_unit.items()}
    total = Counter()
    for counter in counts.values():
        total.update(counter)
    if not total:
        return {c: () for c in present if c != -1}
    average = sum(sum(c.values()) for c in counts.values()) / max(len(counts), 1)
    out: dict[int, tuple[str, ...]] = {}
    for c in present:
        if c == -1:
            continue
        counter, units = counts[c], per_unit[c]
        size = sum(counter.values())
        if not size:
            out[c] = ()
            continue
        support = 2 if len(units) >= 6 else 1
        scored = sorted(
            ((math.sqrt(n / size) * math.log(1 + average / total[k]), k) for k, n in counter.items() if n >= support),
            key=lambda x: (-x[0], x[1]),
        )[: 6 * n_keywords]
        if not scored:
            out[c] = ()
            continue
        spelling = _spellings(units)
        out[c] = tuple(spelling[k] for k in _select(scored, units, n_keywords, counter))
    return out


def _merge_plurals(per_unit: dict[int, list[dict[str, str]]]) -> None:
    """Count a plural that the lists do not lemmatise under its singular when the corpus has that singular too
    ("apis", "rijen", "kolommen", "inhoudsopgaven" beside "api", "rij", "kolom", "inhoudsopgave"), in place.
    """
    surfaces: dict[str, set[str]] = {}
    for units in per_unit.values():
        for unit in units:
            for key, surface in unit.items():
                surfaces.setdefault(key, set()).add(surface)
    rename = {}
    for key in sorted(surfaces):
        rest = key.split()[:-1]
        for surface in sorted(surfaces[key]):
            found = [" ".join([*rest, lemma_of(c)]) for c in _singulars(surface.split()[-1])]
            singular = next((f for f in found if f in surfaces), key)  # the first reading found in the corpus
            if singular != key:
                rename[key] = singular
                break
    if not rename:
        return
    for units in per_unit.values():
        for n, unit in enumerate(units):
            if rename.keys() & unit.keys():
                merged: dict[str, str] = {}
                for key, surface in unit.items():
                    merged.setdefault(rename.get(key, key), surface)
                units[n] = merged


def _singulars(word: str) -> list[str]:
    """The singulars a Dutch plural form may have, most likely first: a doubled consonant single ("kolommen"), an
    open syllable's vowel written double ("architecturen"), -n off ("aanwezigen"), -en off ("kaarten"); -s off
    ("rows", "apis") unless both forms are nouns of the lists ("plaats" and "plaat").
    """
    if word.endswith("en") and len(word) > 4 and not infinitive(word):  # "delen", "voeren": verbs as often
        stem = word[:-2]
        out = []
        if stem[-1] == stem[-2]:
            out.append(stem[:-1])
        elif stem[-2] in "aeou" and stem[-3] not in "aeiou":
            out.append(stem[:-1] + stem[-2] + stem[-1])
        return [w for w in (*out, word[:-1], stem) if len(w) >= 3]
    if word.endswith("s") and len(word) > 3 and not (listed_noun(word) and listed_noun(word[:-1])):
        return [word[:-1]]
    return []


def _spellings(units: list[dict[str, str]]) -> dict[str, str]:
    """The most frequent spelling per lemma key (ties: alphabetical)."""
    seen: dict[str, Counter] = {}
    for unit in units:
        for key, surface in unit.items():
            seen.setdefault(key, Counter())[surface] += 1
    return {k: min(v.items(), key=lambda x: (-x[1], x[0]))[0] for k, v in seen.items()}


def _select(scored: list[tuple[float, str]], units: list[dict[str, str]], n: int, counts: Counter) -> list[str]:
    """The label, then MMR picks; every lemma once.

    The label is the best phrase, or a longer one nearly as good, used by at least three units and a quarter as
    many as the best one (a phrase repeated in two copies of one text is no subject), and bound to its head: it
    takes at least ``BOUND_SHARE`` of the units that name the head ("numerieke expressie" for most units that say
    "expressie"), so its modifier is part of the subject, not a passing word ("aantal pagina's" among "pagina's").
    """
    top, first = scored[0]
    label = max(
        (s for s in scored[:10] if s[0] >= LONGER_LABEL_SHARE * top
         and (s[1] == first or (counts[s[1]] >= max(3, counts[first] / 4) and _bound(s[1], counts)))),
        key=lambda s: (len(s[1].split()) > 1, s[0]),
    )[1]
    where = {k: frozenset(i for i, unit in enumerate(units) if k in unit) for _, k in scored}
    chosen = [label]
    used = set(label.split())
    pool = [(s, k) for s, k in scored if k != label]
    while pool and len(chosen) < n:
        best_value, best_key = -math.inf, None
        for s, k in pool:
            if used & set(k.split()):
                continue
            overlap = max(len(where[k] & where[j]) / max(1, min(len(where[k]), len(where[j]))) for j in chosen)
            value = MMR_LAMBDA * s / top - (1 - MMR_LAMBDA) * overlap
            if value > best_value:
                best_value, best_key = value, k
        if best_key is None:
            break
        chosen.append(best_key)
        used |= set(best_key.split())
        pool = [(s, k) for s, k in pool if k != best_key]
    return chosen
