"""Decoding text files of unknown encoding: BOMs, UTF-16/32 without BOM, UTF-8, cp1252; binary files are refused.

The UTF-16/32 check on NUL-byte positions is our own: charset-normalizer does not reliably spot BOM-less UTF-16/32
in short files; charset-normalizer is used only as the last guess, when neither UTF-8 nor cp1252 fits.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from themes.errors import InputFileError

_BOMS = (  # UTF-32 first: the UTF-32LE BOM starts with the UTF-16LE BOM
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 8192  # bytes inspected for the NUL pattern (a multiple of 4)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f")
_MAX_CONTROL_SHARE = 0.01


class NotTextError(ValueError):
    """The bytes are not text; ``reason`` is a Dutch phrase for the analyst."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def decode_bytes(data: bytes) -> tuple[str, str]:
    r"""Decode file bytes; return ``(text, encoding)``.

    Order: a byte-order mark (UTF-32, UTF-8, UTF-16); UTF-16/32 LE/BE without BOM, recognised by NUL bytes at
    fixed positions; strict UTF-8; cp1252 (Windows exports); else charset-normalizer's best guess. Newlines are
    normalised to ``\\n``.

    Raises:
        NotTextError: no encoding fits, or the decoded text is mostly control characters (a binary file).
    """
    text, encoding = _decode(data)
    _check_text(text)
    return _newlines(text), encoding


def decode_file_bytes(path: Path | str, data: bytes) -> tuple[str, str]:
    """:func:`decode_bytes` for the bytes of file ``path``; a binary file raises ``InputFileError`` naming it."""
    try:
        return decode_bytes(data)
    except NotTextError as exc:
        raise InputFileError(path, exc.reason) from exc


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                break
    wide = _wide_encoding(data)
    if wide is not None:
        unit = 4 if wide.startswith("utf-32") else 2
        try:  # a stray last byte (a truncated copy) is dropped
            return data[: len(data) // unit * unit].decode(wide), wide
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise NotTextError("geen tekstbestand: de tekstcodering is niet te herkennen (binair bestand?)")
    return str(best), best.encoding


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32/16 LE/BE from the share of NUL bytes per position (Latin text has a NUL in every high byte)."""
    sample = data[: min(len(data), _SAMPLE) // 4 * 4]
    if len(sample) < 4:
        sample = data[: len(data) // 2 * 2]
        if len(sample) < 2:
            return None
    if len(sample) % 4 == 0:
        quarter = len(sample) // 4
        share = [sample[i::4].count(0) / quarter for i in range(4)]
        if share[2] > 0.95 and share[3] > 0.95 and share[0] < 0.2:
            return "utf-32-le"
        if share[0] > 0.95 and share[1] > 0.95 and share[3] < 0.2:
            return "utf-32-be"
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd > 0.5 and even < 0.05:
        return "utf-16-le"
    if even > 0.5 and odd < 0.05:
        return "utf-16-be"
    return None


def _check_text(text: str) -> None:
    controls = sum(1 for ch in text if (ch < " " or "\x7f" <= ch <= "\x9f") and ch not in _ALLOWED_CONTROLS)
    if controls > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise NotTextError("geen tekstbestand: bevat binaire gegevens (te veel stuurtekens)")


def _newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
