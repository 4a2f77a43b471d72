"""HTML files: headings, paragraphs, (nested) list items, tables; script, style and page furniture dropped.

Page furniture is dropped the way readability tools decide it (Mozilla Readability's "unlikely candidates"):
navigation, asides, footers, page banners, cookie and consent notices, and elements whose role, class or id name
such a part. readability-lxml and trafilatura do this too but rebuild the page as one article and lose the list
levels and tables the segmenter needs, so the rule is applied here on the parsed tree.
"""

from __future__ import annotations

import re
from pathlib import Path

from themes.ingest.clean import clean_text
from themes.ingest.readers.text import text_to_blocks
from themes.ingest.structure import Item, items_to_blocks
from themes.ingest.textcodec import decode_file_bytes
from themes.types import Block

_HEADING = re.compile(r"^h([1-6])$")
_DROP = frozenset({"script", "style", "noscript", "template", "head", "nav", "svg", "iframe", "form", "button"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "li",
        "table",
        "ul",
        "ol",
        "div",
        "section",
        "article",
        "main",
        "body",
        "blockquote",
        "header",
        "footer",
        "aside",
        "dl",
        "dd",
        "dt",
        "pre",
        "figure",
        "figcaption",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "hr",
    }
)
_STRIKE = frozenset({"s", "strike", "del"})
_FURNITURE_TAGS = ("aside", "footer", "nav")
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "alertdialog", "dialog"})
# Readability's unlikely-candidate names, with its "maybe content" names that keep an element
_UNLIKELY = re.compile(
    r"-ad-|banner|breadcrumb|cookie|consent|gdpr|combx|comment|community|disqus|footer|header|menu|navbar|"
    r"related|remark|replies|rss|share|shoutbox|sidebar|skip|social|sponsor|pagination|pager|popup|newsletter",
    re.I,
)
_MAYBE_CONTENT = re.compile(r"and|article|body|column|content|main|shadow|verslag|notulen", re.I)
_CONTENT_TAGS = ("article", "main")
# a site's fine print: "© Gemeente Amsterdam · Privacy · Cookies", "Copyright 2024 | Disclaimer | Toegankelijkheid"
_FINE_PRINT = re.compile(r"^\s*(©|copyright\s*(©|\d{4}))", re.I)
_FINE_PRINT_WORDS = re.compile(
    r"\b(privacy(verklaring|beleid)?|cookies?(verklaring|beleid|instellingen)?|disclaimer|proclaimer|"
    r"toegankelijkheid(sverklaring)?|sitemap|colofon|contact)\b",
    re.I,
)


def read_html(path: Path, data: bytes) -> tuple[list[Block], str | None]:
    """Blocks and title of an HTML file."""
    from bs4 import BeautifulSoup  # one module imports bs4

    text, _enc = decode_file_bytes(path, data)
    soup = BeautifulSoup(text, "lxml")
    title_tag = soup.find("title")
    title = clean_text(title_tag.get_text(" ")) if title_tag else ""
    for tag in soup.find_all(list(_DROP | _STRIKE)):
        tag.decompose()
    root = soup.body or soup
    _drop_furniture(root)
    items: list[Item] = []
    _walk(root, items, depth=0, counter=[0])
    if not items:  # a fragment without block tags
        return text_to_blocks(root.get_text("\n"))
    blocks, inferred = items_to_blocks(items, agenda_hint="agenda" in path.stem.casefold())
    return blocks, title or inferred


def _drop_furniture(root) -> None:
    """Remove navigation, asides, footers, banners, cookie notices and the site's fine print from the tree."""
    doomed = []
    for tag in root.find_all(True):
        if tag.name in _FURNITURE_TAGS:
            doomed.append(tag)
        elif tag.name == "header" and tag.find_parent(_CONTENT_TAGS) is None:  # a page banner, not an article's head
            doomed.append(tag)
        elif str(tag.get("role", "")).casefold() in _FURNITURE_ROLES:
            doomed.append(tag)
        elif tag.name not in ("body", *_CONTENT_TAGS):
            names = " ".join([*(tag.get("class") or ()), str(tag.get("id") or "")])
            if names.strip() and _UNLIKELY.search(names) and not _MAYBE_CONTENT.search(names):
                doomed.append(tag)
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()
    for tag in root.find_all(["p", "div", "small", "li", "span"]):
        if tag.decomposed or tag.find(["p", "div", "li", "table", "ul", "ol"]):
            continue
        text = " ".join(tag.get_text(" ").split())
        if text and len(text) <= 200 and _is_fine_print(text):
            tag.decompose()


def _is_fine_print(text: str) -> bool:
    """A copyright line, or a short line of site links ("Privacy · Cookies · Contact")."""
    if _FINE_PRINT.match(text):
        return True
    parts = [p for p in re.split(r"\s*[·|•]\s*", text) if p]
    return len(parts) >= 2 and sum(1 for p in parts if _FINE_PRINT_WORDS.fullmatch(p.strip(" .").casefold())) >= 2


def _inline_text(node, *, keep_lists: bool = False) -> str:
    """Text of a node; nested lists are left to the list walker unless ``keep_lists`` (inside table cells)."""
    parts = []
    for child in node.children:
        name = getattr(child, "name", None)
        if name is None:
            parts.append(str(child))
        elif name == "br":
            parts.append(" ")
        elif name in ("ul", "ol", "table") and not keep_lists:
            continue
        elif name == "li":
            parts.append(" " + _inline_text(child, keep_lists=keep_lists).strip() + "; ")
        elif name in _BLOCK_TAGS:
            parts.append(" " + _inline_text(child, keep_lists=keep_lists) + " ")
        else:
            parts.append(_inline_text(child, keep_lists=keep_lists))
    return "".join(parts)


def _walk(node, items: list[Item], depth: int, counter: list[int]) -> None:
    loose: list[str] = []

    def flush() -> None:
        chunk = " ".join(loose).strip()
        loose.clear()
        if chunk:
            items.append(Item("para", chunk))

    for child in node.children:
        name = getattr(child, "name", None)
        if name is None:
            if str(child).strip():
                loose.append(str(child).strip())
            continue
        m = _HEADING.match(name)
        if m:
            flush()
            items.append(Item("heading", _inline_text(child).strip(), level=int(m.group(1))))
        elif name == "p":
            flush()
            text = _inline_text(child).strip()
            if text:
                items.append(Item("para", text))
        elif name in ("ul", "ol"):
            flush()
            _walk_list(child, items, depth)
        elif name == "table":
            flush()
            _table(child, items, counter)
        elif name in _BLOCK_TAGS:
            flush()
            _walk(child, items, depth, counter)
        else:
            loose.append(_inline_text(child).strip())
    flush()


def _walk_list(lst, items: list[Item], depth: int) -> None:
    for n, li in enumerate(lst.find_all("li", recursive=False), start=1):
        text = _inline_text(li).strip()
        if text:
            items.append(Item("list", text, level=depth + 1, number=str(n) if lst.name == "ol" else None))
        for sub in li.find_all(["ul", "ol"], recursive=False):
            _walk_list(sub, items, depth + 1)


def _table(table, items: list[Item], counter: list[int]) -> None:
    rows = table.find_all("tr")
    table_id = counter[0]
    counter[0] += 1
    for r, tr in enumerate(rows):
        cells = tr.find_all(["td", "th"], recursive=False)
        texts = [_inline_text(c, keep_lists=True).strip().rstrip(";") for c in cells]
        if any(texts):
            is_header = all(c.name == "th" for c in cells) or (r == 0 and tr.find_parent("thead") is not None)
            items.append(Item("row", cells=texts, table=table_id, header=is_header))
