"""Two public labelled Dutch sets from the Debian archive, fetched and cached, never stored in the repository.

* ``appstream``: the Dutch descriptions of desktop applications in Debian 12's AppStream metadata (DEP-11,
  ``dists/bookworm/main/dep11/Components-amd64.yml.gz``), labelled by the first freedesktop.org main category of
  the application. The texts are the upstreams' AppStream metainfo, whose licence the AppStream specification asks
  to be a permissive one (``metadata_license``: mostly CC0-1.0 or FSFAP); Debian's DEP-11 output does not carry
  it per component, so the set is fetched at run time and never stored here.
* ``lohelp``: the Dutch LibreOffice 7.4 help pages of Debian 12's ``libreoffice-help-nl`` (MPL-2.0), labelled by
  the module a page belongs to (Writer, Calc, Impress, Draw, Math, Base, Chart, Basic); the cross-module
  ``shared`` pages are left out (their folder is no subject). The debug footer of every page is removed.

Both are read from deb.debian.org (one of the registries these machines reach) into ``CACHE/debian`` the first
time; the selection is deterministic (sorted by identifier, duplicates dropped). Own code because no library
reads DEP-11 or LibreOffice help into labelled rows; parsing uses PyYAML and the standard library's HTML parser.
"""

from __future__ import annotations

import gzip
import html
import lzma
import re
import subprocess
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

MIRROR = "http://deb.debian.org/debian"
DEP11 = "dists/bookworm/main/dep11/Components-amd64.yml.gz"
PACKAGES = "dists/bookworm/main/binary-amd64/Packages.xz"
MAIN_CATEGORIES = ("AudioVideo", "Development", "Education", "Game", "Graphics", "Network", "Office", "Science",
                   "Settings", "System", "Utility")
MIN_PER_LABEL = 20
LO_MODULES = ("swriter", "scalc", "simpress", "sdraw", "smath", "sdatabase", "schart", "sbasic")
MIN_WORDS = 8


def _fetch(url: str, target: Path) -> Path:
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        print(f"ophalen: {url}", file=sys.stderr)
        part = target.with_suffix(target.suffix + ".part")
        with urllib.request.urlopen(url, timeout=120) as response, part.open("wb") as out:
            out.write(response.read())
        part.replace(target)
    return target


class _Text(HTMLParser):
    """The visible text of an HTML fragment, a space at every block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "footer", "header", "aside", "noscript"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "footer", "header", "aside", "noscript") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _plain(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    return re.sub(r"\s+", " ", html.unescape("".join(parser.parts))).strip()


def appstream_rows(cache: Path) -> tuple[list[str], list[str]]:
    import yaml

    path = _fetch(f"{MIRROR}/{DEP11}", cache / "debian" / "Components-amd64.yml.gz")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    rows: dict[str, tuple[str, str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for doc in yaml.load_all(handle, Loader=loader):
            if not isinstance(doc, dict) or doc.get("Type") != "desktop-application":
                continue
            description = (doc.get("Description") or {}).get("nl")
            summary = (doc.get("Summary") or {}).get("nl", "")
            category = next((c for c in doc.get("Categories") or () if c in MAIN_CATEGORIES), None)
            if not description or not category:
                continue
            text = f"{summary}. {_plain(description)}".strip(". ")
            if len(text.split()) >= MIN_WORDS:
                rows.setdefault(str(doc.get("ID")), (text, category))
    return _keep(sorted(rows.items()))


def lohelp_rows(cache: Path) -> tuple[list[str], list[str]]:
    folder = cache / "debian" / "lohelp"
    if not folder.is_dir():
        packages = _fetch(f"{MIRROR}/{PACKAGES}", cache / "debian" / "Packages.xz")
        entry = lzma.decompress(packages.read_bytes()).decode("utf-8").split("\nPackage: libreoffice-help-nl\n", 1)[1]
        filename = re.search(r"^Filename: (\S+)$", entry.split("\n\n", 1)[0], re.M).group(1)
        deb = _fetch(f"{MIRROR}/{filename}", cache / "debian" / Path(filename).name)
        part = folder.with_name("lohelp.part")
        subprocess.run(["dpkg-deb", "-x", str(deb), str(part)], check=True)
        part.replace(folder)
    root = folder / "usr" / "share" / "libreoffice" / "help" / "nl" / "text"
    rows: dict[str, tuple[str, str]] = {}
    for module in LO_MODULES:
        for page in sorted((root / module).rglob("*.html")):
            body = page.read_text(encoding="utf-8", errors="replace")
            area = body.split('id="DisplayArea"', 1)[-1].split("<footer", 1)[0]
            text = _plain("<div " + area)
            text = re.sub(r"^itemprop=\S+ itemscope=\S+ itemtype=\S+ ?", "", text)
            if "D'oh" in text or len(text.split()) < MIN_WORDS:  # placeholder pages ("D'oh! You found a bug")
                continue
            rows.setdefault(text, (text, module))
    return _keep(sorted((k, v) for k, v in rows.items()))


def _keep(items: list[tuple[str, tuple[str, str]]]) -> tuple[list[str], list[str]]:
    """Texts and labels, each text once, labels with at least ``MIN_PER_LABEL`` members."""
    seen: set[str] = set()
    texts, labels = [], []
    for _, (text, label) in items:
        if text not in seen:
            seen.add(text)
            texts.append(text)
            labels.append(label)
    counts = {label: labels.count(label) for label in set(labels)}
    kept = [(t, g) for t, g in zip(texts, labels, strict=True) if counts[g] >= MIN_PER_LABEL]
    return [t for t, _ in kept], [g for _, g in kept]


if __name__ == "__main__":  # print the sizes: python bench/data/debian_sets.py [CACHE]
    from collections import Counter

    where = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/themes-bench")
    for name, reader in (("appstream", appstream_rows), ("lohelp", lohelp_rows)):
        t, g = reader(where)
        print(name, len(t), dict(sorted(Counter(g).items())))
