"""Actor labels in running text: "Actie Jeroen:", "Reactie X:", "Actiehouder: X", "Actie: … (Jeroen)".

The actor is kept as the raw label text (a name or a placeholder); redaction later pseudonymises it.
"""

from __future__ import annotations

import re

_NAME = (
    r"(?:\[[A-Z]+(?:_\d+)?\]|(?:[A-ZÀ-Ý]\.)+|[A-ZÀ-Ý][\w'’-]*|van|de|der|den|ter|ten|het|te|la|le|du|el|al|bin|&|en)"
)
_NAME_SEQ = rf"{_NAME}(?:\s+{_NAME}){{0,4}}"
_LABEL_WITH_NAME = re.compile(
    rf"^\s*(?i:actie(?:punt)?|reactie|vraag|opmerking|toelichting|toezegging|inbreng)\s+(?:(?:van|voor)\s+)?\(?(?P<name>{_NAME_SEQ})\)?\s*:",
)
_OWNER_LABEL = re.compile(
    rf"^\s*(?i:actiehouder|actie\s*houder|eigenaar|trekker|verantwoordelijke|wie|spreker|door)\s*:\s*(?P<name>{_NAME_SEQ})\s*(?:[.,;:)\-–]|$)",
)
_ACTION_COLON = re.compile(r"^\s*actie(?:punt)?\s*:\s*(?P<rest>.+)$", re.I | re.S)
_TRAILING_OWNER = re.compile(
    rf"(?:\((?:actie(?:houder)?\s*:?\s*)?(?P<paren>{_NAME_SEQ})\)|\s[-–→>]+\s*(?P<dash>{_NAME_SEQ}))\s*\.?\s*$"
)
_WHOLE_NAME = re.compile(rf"^{_NAME_SEQ}\.?$")
_PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "het", "te", "la", "le", "du", "el", "al", "bin", "&", "en"}
)


def _valid_name(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0].lower() not in _PARTICLES and words[-1].lower() not in _PARTICLES


def extract_actor(text: str) -> str | None:
    """The actor a line names, or None.

    >>> extract_actor("Actie Jeroen: stuurt de notitie rond")
    'Jeroen'
    >>> extract_actor("Actiehouder: Fatima el Amrani")
    'Fatima el Amrani'
    """
    head = text[:200]
    for pattern in (_LABEL_WITH_NAME, _OWNER_LABEL):
        m = pattern.match(head)
        if m and _valid_name(m.group("name")):
            return m.group("name").strip()
    m = _ACTION_COLON.match(head)
    if m:
        rest = m.group("rest").strip()
        if _WHOLE_NAME.match(rest) and _valid_name(rest.rstrip(".")):
            return rest.rstrip(".")
        t = _TRAILING_OWNER.search(text)
        if t:
            name = (t.group("paren") or t.group("dash") or "").strip()
            if _valid_name(name):
                return name
    return None
