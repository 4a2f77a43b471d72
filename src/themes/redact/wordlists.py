"""Lookup lists for name detection, loaded lazily once from data files.

The Dutch first names and surnames come from the installed ``deduce`` package (read at run time from its
data folder); our own lists in ``data/`` add names common among Amsterdam's populations, a stoplist of
Dutch words that are also names, a Dutch word list, roles, titles, particles, organisation words and cues.
"""

from __future__ import annotations

import gzip
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")
_INFLECTIONS = ("en", "e", "ne", "de", "te", "t")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All word lists the name detector uses; every entry lower case.

    Attributes:
        first_names: first names of every origin (some are also common words: check ``common``).
        surnames: surnames (without particles).
        common: Dutch words that are names only with context.
        vocab: Dutch word forms (to tell words from unknown capitalised tokens).
        places: Dutch place names, provinces and regions.
        roles: roles and functions (kept; a capitalised word after one is a name).
        titles: forms of address (kept).
        particles: name particles (van, de, el, ben …).
        org_words: words that mark an organisation or unit.
        cues_before: words right before a name.
        cues_before_weak: words right before a name or an organisation (lift only name-list hits).
        cues_after: words right after a name.
        cues_after_weak: words right after a name or an organisation (lift only name-list hits).
        cues_contact: words before ``met`` that make it a cue for any name (samen met, gesproken met).
        cues_owner: words before ``X:`` that make X an action owner (Actie X:).
        list_openers: line openers followed by a list of people (``Aanwezig:``).
        present_openers, absent_openers: openers of a list of the people present or absent at a meeting.
        institutions: lower-case phrases naming institutes and bodies that look like person names.
        cues_subject: conjunctions after which a lower-case unknown word in subject position is read as a name.
        cues_slot: finite verbs and conjunctions after which the subject stands (had X, dat X): an unknown
            capitalised word there, before a lower-case word, is read as a name.
        group_first: origin group per first name from our own lists (for the benchmark).
        group_surname: origin group per surname from our own lists.
    """

    first_names: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    vocab: frozenset[str]
    places: frozenset[str]
    roles: frozenset[str]
    titles: frozenset[str]
    particles: frozenset[str]
    org_words: frozenset[str]
    cues_before: frozenset[str]
    cues_before_weak: frozenset[str]
    cues_after: frozenset[str]
    cues_after_weak: frozenset[str]
    cues_contact: frozenset[str]
    cues_owner: frozenset[str]
    list_openers: frozenset[str]
    present_openers: frozenset[str]
    absent_openers: frozenset[str]
    cues_subject: frozenset[str]
    cues_slot: frozenset[str]
    institutions: tuple[str, ...]
    group_first: dict[str, str]
    group_surname: dict[str, str]

    def is_word(self, lower: str) -> bool:
        """True when ``lower`` is a Dutch word form or a compound of two Dutch words."""
        if lower in self.vocab or lower in self.common:
            return True
        for suffix in _INFLECTIONS:
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 4 and lower[: -len(suffix)] in self.vocab:
                return True
        if lower.endswith("s") and len(lower) >= 6 and lower[:-1] in self.vocab \
                and lower[:-1] not in self.first_names and lower not in self.surnames:
            return True  # plural in -s: melders, managers
        n = len(lower)
        if n >= 10 and any(lower[:i] in self.vocab for i in range(n - 1, max(n - 5, 7), -1)):
            return True  # a long word plus a stray ending: leidinggevendenden, uitvoeringsplann
        return self.is_compound(lower)

    def is_typo(self, lower: str) -> bool:
        """True when a long unknown word is one inserted or dropped letter away from a Dutch word."""
        if len(lower) < 8:
            return False
        vocab = self.vocab
        for i in range(len(lower)):
            if lower[:i] + lower[i + 1:] in vocab:
                return True
        letters = "abcdefghijklmnopqrstuvwxyz"
        return any(lower[:i] + ch + lower[i:] in vocab for i in range(1, len(lower)) for ch in letters)

    def is_compound(self, lower: str) -> bool:
        """True when ``lower`` splits into two Dutch words (optionally with a linking s/e/en).

        The tail may itself be such a compound (rijks|huis|stijl, informatie|beveiligings|beleid).
        """
        n = len(lower)
        if n < 8:
            return False
        vocab = self.vocab
        for i in range(3, n - 3):
            head, tail = lower[:i], lower[i:]
            if (tail in vocab and len(tail) >= 4 or len(tail) >= 8 and self.is_compound(tail)) and (
                head in vocab or (head[-1] in "se" and head[:-1] in vocab and len(head) > 4)
                or (head.endswith("en") and head[:-2] in vocab)
            ):
                return True
        return False


def _read_lines(path: Path) -> list[str]:
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            raw = fh.read()
    else:
        raw = path.read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _lower_set(lines: list[str]) -> set[str]:
    return {line.lower() for line in lines}


def _deduce_dir() -> Path | None:
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"
    return folder if folder.is_dir() else None


def _deduce_list(folder: Path | None, rel: str) -> set[str]:
    if folder is None:
        return set()
    items = folder / rel / "items.txt"
    if not items.exists():
        return set()
    words = _lower_set(_read_lines(items))
    exceptions = folder / rel / "exceptions.txt"
    if exceptions.exists():
        words -= _lower_set(_read_lines(exceptions))
    return words


def _groups(folder: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        for name in _read_lines(path):
            out.setdefault(name.lower(), path.stem)
    return out


def _sections(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    current = ""
    for line in _read_lines(path):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, set())
        else:
            out.setdefault(current, set()).add(line.lower())
    return out


def _world_places(path: Path) -> set[str]:
    """Places and languages, their single words, and adjective forms (Frans -> Franse, Chinees -> Chinese)."""
    out: set[str] = set()
    for entry in _read_lines(path):
        lower = entry.lower()
        out.add(lower)
        words = lower.split()
        if len(words) > 1:
            out.update(w for w in words if len(w) >= 4)
    for word in list(out):
        if word.endswith("ees"):
            out.add(word[:-3] + "ese")
        elif word.endswith("isch"):
            out.add(word + "e")
        elif word.endswith("s"):
            out.add(word + "e")
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load every list once (about half a second); later calls return the same object."""
    deduce = _deduce_dir()
    group_first = _groups(DATA_DIR / "first_names")
    group_surname = _groups(DATA_DIR / "surnames")
    common = _lower_set(_read_lines(DATA_DIR / "common_words.txt"))
    first = _deduce_list(deduce, "names/lst_first_name") | set(group_first)
    surnames = _deduce_list(deduce, "names/lst_surname") | set(group_surname)
    places: set[str] = set()
    for rel in ("locations/lst_placename/lst_residence", "locations/lst_placename/lst_municipality",
                "locations/lst_placename/lst_province", "locations/lst_placename/lst_region"):
        places |= _deduce_list(deduce, rel)
    places |= _world_places(DATA_DIR / "world_places.txt")
    places -= first
    cues = _sections(DATA_DIR / "cues.txt")
    return Lexicon(
        first_names=frozenset(first),
        surnames=frozenset(surnames),
        common=frozenset(common),
        vocab=frozenset(_lower_set(_read_lines(DATA_DIR / "dutch_words.txt.gz"))
                        | _lower_set(_read_lines(DATA_DIR / "english_words.txt.gz"))),
        places=frozenset(places),
        roles=frozenset(_lower_set(_read_lines(DATA_DIR / "roles.txt"))),
        titles=frozenset(_lower_set(_read_lines(DATA_DIR / "titles.txt"))),
        particles=frozenset(_lower_set(_read_lines(DATA_DIR / "particles.txt"))),
        org_words=frozenset(_lower_set(_read_lines(DATA_DIR / "org_words.txt"))),
        cues_before=frozenset(cues.get("before", set())),
        cues_before_weak=frozenset(cues.get("before_weak", set())),
        cues_after=frozenset(cues.get("after", set())),
        cues_after_weak=frozenset(cues.get("after_weak", set())),
        cues_contact=frozenset(cues.get("contact", set())),
        cues_owner=frozenset(cues.get("owner", set())),
        list_openers=frozenset(cues.get("list", set())),
        present_openers=frozenset(cues.get("present", set())),
        absent_openers=frozenset(cues.get("absent", set())),
        cues_subject=frozenset(cues.get("subject", set())),
        cues_slot=frozenset(cues.get("slot", set())),
        institutions=tuple(sorted(_lower_set(_read_lines(DATA_DIR / "institutions.txt")), key=len, reverse=True)),
        group_first=group_first,
        group_surname=group_surname,
    )
