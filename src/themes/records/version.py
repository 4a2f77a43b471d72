"""Which documents get a meeting record, and the version of the parser that a stored record was made with."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

#: Document types that may record a meeting; an ``overig`` document counts when its record shows a meeting.
RECORD_TYPES: tuple[str, ...] = ("notulen", "agenda", "overig")


@lru_cache(maxsize=1)
def parser_version() -> str:
    """A hash of the parser's code, its phrase lists and the text-layer modules it reads with.

    A stored record made by another version is parsed again.
    """
    digest = hashlib.sha256()
    package = resources.files("themes.records")
    names = sorted(p.name for p in package.iterdir() if p.name.endswith(".py"))
    for name in names:
        digest.update(name.encode() + b"\0" + package.joinpath(name).read_bytes())
    text = resources.files("themes.text")  # the splitter, folding and lemmas the parser reads with
    for name in ("sentences.py", "fold.py", "lemmas.py"):
        digest.update(name.encode() + b"\0" + text.joinpath(name).read_bytes())
    phrases = package.joinpath("phrases")
    for name in sorted(p.name for p in phrases.iterdir() if p.name.endswith(".txt")):
        digest.update(name.encode() + b"\0" + phrases.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]
