"""Pure text-cleaning functions for what readers find in real exported documents.

Every function takes and returns plain strings (or lists of them); regular expressions are compiled once at
import. ``clean_text`` is the one-stop function the segmenter calls on every block; the others are exported
for readers and tests.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence

WOO_PLACEHOLDER = "[WOO]"

# --- Woo redaction markers ("5.1, 2, e" and friends) -------------------------------------------------------
# comma form: "5.1, 2, e", "5.1, 2,", "5.1,2,e"; dot form (needs the letter): "5.1.2.e", "5.1.2.0", "5.1.2e".
_WOO_COMMA = r"5\.\s?[12]\s*,\s*[12]\s*(?:,\s*(?:[a-i](?![\w]))?)?"
_WOO_DOT = r"5\.\s?[12]\s*\.?\s*[12]\s*\.?\s*[a-i0](?![\w])"
_WOO_MARKER = re.compile(
    rf"(?:\*\*|__)?\s*\[?\s*(?:{_WOO_COMMA}|{_WOO_DOT})\s*\]?\s*(?:\*\*|__)?(?!\d)",
)
# a marker followed by more markers, stray emphasis, commas or a lone letter "e" (as in "5.1, 2, e e")
_WOO_RUN = re.compile(r"\[WOO\](?:(?:[\s,;*]|\be\b)*\[WOO\]|\s+e\b(?![\w&]))+")

# --- HTML remnants ----------------------------------------------------------------------------------------
_HTML_TAG = re.compile(
    r"</?(?:p|ul|ol|li|i|b|em|strong|u|s|span|div|br|font|sup|sub|a|table|tr|td|th|tbody|thead|h[1-6])\b[^>]*/?>", re.I
)
_HTML_HINT = re.compile(r"</?(?:p|ul|ol|li|br|div|i|b|em|strong|span)\b", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")

# --- strike-through and emphasis --------------------------------------------------------------------------
_STRIKE = re.compile(r"~~.*?~~", re.S)
_STRIKE_HTML = re.compile(r"<(s|strike|del)\b[^>]*>.*?</\1>", re.I | re.S)
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
# a bold label of capitalised words at the start of a line, then the text without a colon ("**Willemijn** vindt …"):
# a speaker; the colon keeps the end of the name once the bold is gone
_LABEL_WORD = r"(?:[A-ZÀ-Ý][\w'’.\-]*|van|de|der|den|ter|ten|het|en|&)"
_BOLD_LABEL = re.compile(rf"(?m)^([ \t]*(?:[-*+•][ \t]+)?)(\*\*|__)([A-ZÀ-Ý][\w'’.\-]*(?:[ \t]+{_LABEL_WORD}){{0,3}})\2(?=[ \t]+[^\W_])")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_ITALIC_US = re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\((?:https?://|mailto:|www\.|/|\.)[^)\s]*\)")
_STRAY_STARS = re.compile(r"(?<!\s)\*+|\*+(?!\s)")

# --- whitespace and bullets -------------------------------------------------------------------------------
_INVISIBLE_TABLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_BEFORE_PUNCT = tuple(f" {c}" for c in ",.;:!?)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)])")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<glyph>[•➤▪◦‣⁃●○■□►▶➢✓✔·–]|[-*+](?=\s)|o(?=\s))\s*")
_NUMBERED = re.compile(r"^(?P<indent>[ \t]*)(?P<marks>(?:\[?\(?\d{1,2}(?:[.)]|(?:\.\d)+\.?)\]?)+)(?:\s+|$)")
_NUMBER_IN_MARK = re.compile(r"\d{1,2}")

# --- repeated page furniture ------------------------------------------------------------------------------
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}\s*(?:(?:van|/|of|uit)\s*\d{1,4})?\s*$", re.I)
_DIGITS = re.compile(r"\d+")


def replace_woo_markers(text: str) -> str:
    """Replace every Woo redaction marker (``5.1, 2, e`` and variants) by one ``[WOO]`` token.

    Repeated markers (``5.1, 2, e 5.1, 2, e``), bold markers (``**5.1, 2, e**``) and a stray letter after a
    marker (``5.1, 2, e e``) collapse into a single placeholder.
    """
    if "5." not in text and WOO_PLACEHOLDER not in text:
        return text
    text = _WOO_MARKER.sub(f" {WOO_PLACEHOLDER} ", text)
    return _WOO_RUN.sub(WOO_PLACEHOLDER, text)


def has_html(text: str) -> bool:
    """True when the text holds HTML tags or entities left over from an export."""
    return ("<" in text and _HTML_HINT.search(text) is not None) or ("&" in text and _ENTITY.search(text) is not None)


def strip_html(text: str) -> str:
    """Turn HTML remnants into plain text: tags dropped (``<br>`` and block tags become spaces), entities decoded."""
    if "<" in text:
        text = _STRIKE_HTML.sub(" ", text)
        text = _HTML_TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def drop_strikethrough(text: str) -> str:
    """Drop struck-through (deleted draft) text ``~~…~~``; a stray unmatched ``~~`` is removed."""
    if "~~" not in text:
        return text
    return _STRIKE.sub(" ", text).replace("~~", " ")


def strip_markdown_links(text: str) -> str:
    """``[tekst](https://…)`` becomes ``tekst``; ``![afbeelding](…)`` is dropped."""
    if "](" not in text:
        return text
    return _MD_LINK.sub(lambda m: "" if m.group(1) else m.group(2), text)


def strip_emphasis(text: str) -> str:
    """Remove markdown emphasis (``**bold**``, ``*italic*``, ``__bold__``) and stray asterisks.

    A bold label of one to four capitalised words (particles and "en" between them) that opens a line and is
    followed by text without a colon ("**Willemijn** vindt het goed") is a speaker's name: it keeps a colon after it
    ("Willemijn: vindt het goed"), so the name's end is still seen once the bold is gone.
    """
    if "*" not in text and "_" not in text:
        return text
    text = _BOLD_LABEL.sub(r"\1\3:", text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(r"\1", text)
    if "_" in text:
        text = _ITALIC_US.sub(r"\1", text)
    if "*" in text:
        text = _STRAY_STARS.sub("", text)
    return text


def normalise_whitespace(text: str) -> str:
    """Collapse all whitespace (tabs, newlines, no-break spaces) to single spaces; drop invisible characters."""
    if not text.isascii():
        text = text.translate(_INVISIBLE_TABLE)
    return " ".join(text.split())


def split_list_marker(line: str) -> tuple[str | None, int, str]:
    """Split a leading bullet glyph or list number off a line.

    Returns:
        ``(marker, indent, rest)``: marker is ``"bullet"``, the item number as a string (``"3"``) or None;
        indent is the number of leading spaces (a tab counts as four).
    """
    m = _BULLET.match(line)
    if m:
        indent = len(m.group("indent").expandtabs(4))
        return "bullet", indent, line[m.end() :]
    m = _NUMBERED.match(line)
    if m and not _WOO_MARKER.match(line.lstrip()):
        indent = len(m.group("indent").expandtabs(4))
        numbers = _NUMBER_IN_MARK.findall(m.group("marks"))
        return numbers[-1].lstrip("0") or "0", indent, line[m.end() :]
    return None, 0, line


def clean_text(text: str) -> str:
    """The full cleaning chain for one block of text (order matters).

    Strike-through is dropped first (deleted text may hold markers), then HTML remnants, Woo markers,
    emphasis and whitespace. Returns "" when nothing is left.
    """
    text = drop_strikethrough(text)
    text = strip_html(text)
    text = replace_woo_markers(text)
    text = strip_markdown_links(text)
    text = strip_emphasis(text)
    text = normalise_whitespace(text)
    if "(" in text or "[" in text:
        text = _SPACE_AFTER_OPEN.sub(r"\1", _EMPTY_BRACKETS.sub("", text))
        if WOO_PLACEHOLDER in text:
            text = _WOO_RUN.sub(WOO_PLACEHOLDER, text)
    if any(pair in text for pair in _BEFORE_PUNCT):
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text.strip()


def is_only_placeholders(text: str) -> bool:
    """True when a cleaned text holds nothing but ``[WOO]`` markers and punctuation."""
    rest = text.replace(WOO_PLACEHOLDER, "")
    return not any(ch.isalnum() for ch in rest)


def _line_key(line: str) -> str:
    return _DIGITS.sub("#", normalise_whitespace(line).lower())


def is_page_number(line: str) -> bool:
    """True for page-number lines: ``3``, ``Pagina 3 van 12``, ``3/12``, ``blz. 4``."""
    return bool(_PAGE_NUMBER.match(line))


def strip_repeated_lines(pages: Sequence[Sequence[str]], *, edge: int = 3, min_share: float = 0.6) -> list[list[str]]:
    """Remove running headers and footers from the pages of a document.

    A line among the first or last ``edge`` lines of a page is furniture when (digits ignored) it recurs at the
    edges of at least ``min_share`` of the pages (and on at least two). Page-number lines are always dropped.
    """
    n_pages = len(pages)
    counts: Counter[str] = Counter()

    def reach(page: Sequence[str]) -> int:  # short pages: only the outermost lines can be furniture
        return min(edge, max(1, len(page) // 4))

    if n_pages >= 2:
        for page in pages:
            k = reach(page)
            keys = {_line_key(line) for line in (*page[:k], *page[-k:]) if line.strip() and len(line) <= 100}
            counts.update(keys)
    threshold = max(2, int(min_share * n_pages + 0.999))
    repeated = {key for key, n in counts.items() if n >= threshold}
    cleaned: list[list[str]] = []
    for page in pages:
        size = len(page)
        k = reach(page)
        kept = []
        for i, line in enumerate(page):
            at_edge = i < k or i >= size - k
            if at_edge and (is_page_number(line) or _line_key(line) in repeated):
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned
