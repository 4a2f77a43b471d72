"""Which files to read: supported files under the given paths, and reasons for the rest."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".docx", ".pdf", ".txt", ".md", ".mdown", ".markdown", ".html", ".htm", ".csv", ".xlsx"}
)
HOUSEKEEPING_STEMS = frozenset({"readme", "license", "licence", "licentie", "changelog", "manifest", "leesmij"})
_HINTS = {
    ".doc": "oud Word-formaat (.doc) wordt niet gelezen; sla het op als .docx",
    ".xls": "oud Excel-formaat (.xls) wordt niet gelezen; sla het op als .xlsx",
    ".odt": "OpenDocument-tekst wordt niet gelezen; sla het op als .docx",
    ".ods": "OpenDocument-rekenblad wordt niet gelezen; sla het op als .xlsx",
    ".pptx": "PowerPoint wordt niet gelezen; exporteer als PDF",
    ".ppt": "PowerPoint wordt niet gelezen; exporteer als PDF",
    ".rtf": "RTF wordt niet gelezen; sla het op als .docx",
    ".msg": "e-mailbestanden worden niet gelezen; sla de tekst op als .txt",
    ".eml": "e-mailbestanden worden niet gelezen; sla de tekst op als .txt",
}


def unsupported_reason(path: Path) -> str:
    """A one-line Dutch reason why ``path`` is not read."""
    suffix = path.suffix.lower()
    if suffix in _HINTS:
        return _HINTS[suffix]
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    kind = f"bestandstype {suffix}" if suffix else "bestand zonder extensie"
    return f"{kind} wordt niet ondersteund (wel: {supported})"


def _skipped(path: Path, root: Path) -> bool:
    name = path.name
    if name.startswith(("~$", ".~lock")) or name.endswith("~"):
        return True
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files to read under ``paths`` and the files that will not be read.

    Folders are searched recursively in sorted order; hidden files and folders and Office lock files (``~$…``)
    are skipped silently, and so are README, LICENSE and manifest files inside folders (they describe the corpus,
    they are not part of it). A file named explicitly is always listed: to read or with its reason.

    Returns:
        ``(files, rejected)``: supported files (each once, in order) and ``(path, reason)`` for unsupported or
        missing ones.
    """
    files: list[Path] = []
    rejected: list[tuple[Path, str]] = []
    seen: set[Path] = set()

    def take(path: Path, *, explicit: bool) -> None:
        key = path.resolve()
        if key in seen:
            return
        seen.add(key)
        if not explicit and path.stem.casefold() in HOUSEKEEPING_STEMS:
            return  # a README or manifest beside the corpus describes it; it is not part of it
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            files.append(path)
        else:
            rejected.append((path, unsupported_reason(path)))

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _skipped(child, path):
                    take(child, explicit=False)
        elif path.is_file():
            take(path, explicit=True)
        else:
            rejected.append((path, "bestaat niet"))
    return files, rejected
