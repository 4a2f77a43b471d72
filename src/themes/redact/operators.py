"""Overlap resolution, keyed pseudonyms and the operators that replace detected spans.

Pseudonyms are ``[LABEL_n]`` with ``n`` a short stable integer from an HMAC-SHA256 of the normalised value
under the workspace key, so the same e-mail address or phone number gets the same pseudonym in every document
and round, and no value is ever stored. Persons get their number from the person registry
(:mod:`themes.redact.persons`), which starts from the same keyed hash and links lone first names and surnames.
"""

from __future__ import annotations

import hmac
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from themes.types import PLACEHOLDER, Span

OPERATORS = ("pseudonym", "mask", "remove")


def keyed_hash(key: bytes, text: str) -> str:
    """Hex HMAC-SHA256 of ``text`` under ``key``.

    HMAC's one-shot C path: the person registry hashes a hundred keys or so per new full name.
    """
    return hmac.digest(key, text.encode("utf-8"), "sha256").hex()


def pseudonym_number(digest: str) -> int:
    """A short stable integer from a hex digest (collisions possible but rare)."""
    return int(digest[:6], 16) % 10000


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    """``Fatıma Çelik`` -> ``Fatima Celik`` (for matching, never for output)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).replace("ı", "i")


def normalise_value(label: str, value: str) -> str:
    """The form of a value that decides its pseudonym (same person/number -> same form)."""
    if label == "TELEFOON":
        digits = re.sub(r"\D", "", value)
        if value.lstrip().startswith("+") and digits.startswith("31"):
            digits = "0" + digits[2:]
        elif digits.startswith("0031"):
            digits = "0" + digits[4:]
        if "(0)" in value and digits.startswith("00"):
            digits = digits[1:]
        return digits
    if label in ("IBAN", "POSTCODE"):
        return re.sub(r"\s", "", value).upper()
    if label == "BSN":
        return re.sub(r"\D", "", value)
    return " ".join(strip_accents(value).lower().split())


def resolve_overlaps(spans: Sequence[Span]) -> list[Span]:
    """Keep a non-overlapping subset: longest first, then highest score, then earliest, then label."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.length, -s.score, s.start, s.label)):
        if not any(span.overlaps(c) for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: (s.start, s.end))


def drop_placeholders(text: str, spans: Sequence[Span]) -> list[Span]:
    """Remove spans that touch an existing placeholder such as ``[WOO]`` or ``[PERSOON_12]``."""
    if "[" not in text:
        return list(spans)
    blocked = [m.span() for m in PLACEHOLDER.finditer(text)]
    if not blocked:
        return list(spans)
    return [s for s in spans if not any(s.start < b and a < s.end for a, b in blocked)]


def replacement(operator: str, label: str, value: str, number: int) -> str:
    """The text that replaces one span.

    Args:
        operator: ``pseudonym`` (``[LABEL_n]``), ``mask`` (one ``*`` per character) or ``remove`` (nothing).
        label: the span label.
        value: the original value (only its length is used, by ``mask``).
        number: the pseudonym number of the value (for ``pseudonym``).
    """
    if operator == "pseudonym":
        return f"[{label}_{number}]"
    if operator == "mask":
        return "*" * len(value)
    if operator == "remove":
        return ""
    raise ValueError(f"unknown operator {operator!r}")


def apply_spans(
    text: str,
    spans: Sequence[Span],
    operators: Mapping[str, str],
    default_operator: str,
    number_for: Callable[[Span], int],
) -> str:
    """Replace ``spans`` (sorted, non-overlapping) in ``text``; ``number_for`` gives a span's pseudonym number."""
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos:span.start])
        operator = operators.get(span.label, default_operator)
        parts.append(replacement(operator, span.label, text[span.start:span.end], number_for(span)))
        pos = span.end
    parts.append(text[pos:])
    out = "".join(parts)
    if any(operators.get(s.label, default_operator) == "remove" for s in spans):
        out = re.sub(r"[ \u00a0]{2,}", " ", out)
    return out
