"""Text decoding: UTF-16/32 without BOM by NUL pattern, UTF-8 (BOM), cp1252; binary files refused (issue 12)."""

from __future__ import annotations

import random

import pytest

from themes.config import PipelineConfig
from themes.errors import InputFileError
from themes.ingest import read_document
from themes.ingest.textcodec import NotTextError, decode_bytes
from themes.pipeline import ingest_paths
from themes.store import Workspace

TEXT = "Notulen overleg\n\nGesprek met mevrouw Fatma Yilmaz over de planning.\nZij is bereikbaar op 06-12345678.\n"
WIDE = {"utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be"}
JUNK = random.Random(7).randbytes(4000)


@pytest.mark.parametrize("encoding", sorted(WIDE))
def test_wide_encodings_without_bom_are_recognised(encoding):
    assert decode_bytes(TEXT.encode(encoding)) == (TEXT, WIDE[encoding])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_bom_and_utf8_texts_still_decode(encoding):
    text, _ = decode_bytes(("Één café, ğ en ç: " + TEXT).encode(encoding))
    assert text == "Één café, ğ en ç: " + TEXT


def test_cp1252_export_still_reads():
    data = "Overleg met wethouder € 5 – café “goed”\r\n".encode("cp1252")
    assert decode_bytes(data) == ("Overleg met wethouder € 5 – café “goed”\n", "cp1252")


def test_random_bytes_are_not_text():
    with pytest.raises(NotTextError):
        decode_bytes(JUNK)
    with pytest.raises(NotTextError):  # NUL-padded binary that decodes as UTF-8
        decode_bytes(b"PK\x03\x04\x00\x00\x00\x00" * 50)


def test_utf16_file_without_bom_is_read_and_its_personal_data_never_stored(tmp_path):
    inputs = tmp_path / "invoer"
    inputs.mkdir()
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le"):
        (inputs / f"notulen-{encoding}.txt").write_bytes(TEXT.replace("planning", f"planning {encoding}").encode(encoding))
    (inputs / "ruis.txt").write_bytes(JUNK)
    with Workspace.create(tmp_path / "werkmap") as ws:
        report = ingest_paths(ws, [inputs], PipelineConfig())
        stored = "\n".join(s.text for s in ws.segments())
    failed = {name.rsplit("/", 1)[-1]: reason for name, reason in dict(report.failed).items()}
    assert list(failed) == ["ruis.txt"]
    assert "\n" not in failed["ruis.txt"] and "geen tekstbestand" in failed["ruis.txt"]
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le"):
        assert f"planning {encoding}" in stored
    assert "\x00" not in stored and "Yilmaz" not in stored and "Fatma" not in stored
    assert "12345678" not in stored and "[PERSOON_" in stored


def test_read_document_refuses_random_bytes_with_a_dutch_line_naming_the_file(tmp_path):
    path = tmp_path / "ruis.txt"
    path.write_bytes(JUNK)
    with pytest.raises(InputFileError) as info:
        read_document(path)
    message = str(info.value)
    assert message.startswith(str(path)) and "geen tekstbestand" in message and "\n" not in message


def test_read_document_reads_a_cp1252_text_file(tmp_path):
    path = tmp_path / "notulen.txt"
    path.write_bytes("Overleg over het café en de begroting van € 5 miljoen.\r\n".encode("cp1252"))
    raw = read_document(path)
    assert "café" in raw.blocks[0].text and "€ 5" in raw.blocks[0].text
