"""Decoding text files of unknown encoding: UTF-8 (with or without BOM), else cp1252, never a crash."""

from __future__ import annotations

import codecs

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_bytes(data: bytes) -> tuple[str, str]:
    r"""Decode file bytes; return ``(text, encoding)``.

    Tries UTF-16 when a UTF-16 byte-order mark is present, then strict UTF-8 (a BOM is dropped), then cp1252
    (Windows exports), and finally latin-1, which accepts every byte. Newlines are normalised to ``\\n``.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return _newlines(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return _newlines(data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _newlines(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        return _newlines(data.decode("latin-1")), "latin-1"


def _newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
