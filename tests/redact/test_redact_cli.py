"""``themes redact`` on .txt, .docx, .csv, .xlsx and .jsonl via the CLI runner."""

from __future__ import annotations

import csv
import json
import re

import docx
import openpyxl
from typer.testing import CliRunner

from themes.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_redact_txt_with_workspace_key_matches_workspace_pseudonyms(tmp_path, workspace, make_redactor):
    source = tmp_path / "in.txt"
    source.write_text("Aanwezig: Kofi Mensah\nKofi belt 06-12345678.\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    result = run("redact", source, "--output", out, "--workspace", workspace.path)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Kofi" not in text and "06-12345678" not in text
    expected = make_redactor(key=workspace.key).redact_batch(["Aanwezig: Kofi Mensah"])[0].redacted
    assert text.splitlines()[0] == expected
    assert "PERSOON" in result.output


def test_redact_docx_replaces_names_in_paragraphs_and_tables(tmp_path):
    document = docx.Document()
    document.add_paragraph("Volgens mevr. El Amrani is de planning krap.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Kofi Mensah"
    table.cell(0, 1).text = "Actie: agenda rondsturen"
    source, out = tmp_path / "in.docx", tmp_path / "out.docx"
    document.save(str(source))
    assert run("redact", source, "-o", out).exit_code == 0
    redacted = docx.Document(str(out))
    texts = [p.text for p in redacted.paragraphs] + [c.text for c in redacted.tables[0].rows[0].cells]
    assert not any("Amrani" in t or "Kofi" in t for t in texts)
    assert texts[0].startswith("Volgens mevr. [PERSOON_")


def test_redact_csv_only_chosen_columns_and_copies_the_rest(tmp_path):
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["id", "naam_intern", "antwoord"])
        writer.writerow(["R1", "Kofi Mensah", "Mijn collega Kofi Mensah werd gepasseerd."])
    assert run("redact", source, "-o", out, "--text-column", "antwoord").exit_code == 0
    rows = list(csv.reader(out.open(encoding="utf-8"), delimiter=";"))
    assert rows[1][0] == "R1" and rows[1][1] == "Kofi Mensah"
    assert "Kofi" not in rows[1][2] and "[PERSOON_" in rows[1][2]


def test_redact_xlsx_chosen_column(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "antwoord"])
    sheet.append([1, "ik sprak met fatima, bel 06-12345678"])
    source, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    book.save(source)
    assert run("redact", source, "-o", out, "-t", "antwoord").exit_code == 0
    value = openpyxl.load_workbook(out).active["B2"].value
    assert "fatima" not in value and "06-" not in value and openpyxl.load_workbook(out).active["A2"].value == 1


def test_redact_jsonl_adds_redacted_and_spans_over_the_original(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": "a1", "text": "Mail kofi@example.nl of bel Yaw Boateng."}) + "\n",
                      encoding="utf-8")
    assert run("redact", source, "-o", out).exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["id"] == "a1" and record["text"].startswith("Mail kofi@")
    assert [record["text"][s:e] for s, e, _ in record["spans"]] == ["kofi@example.nl", "Yaw Boateng"]
    assert [label for *_, label in record["spans"]] == ["EMAIL", "PERSOON"]
    assert re.fullmatch(r"Mail \[EMAIL_\d+\] of bel \[PERSOON_\d+\]\.", record["redacted"])


def test_bad_input_gives_one_line_error_naming_the_file(tmp_path):
    bad = tmp_path / "kapot.jsonl"
    bad.write_text("{niet json\n", encoding="utf-8")
    result = run("redact", bad, "-o", tmp_path / "uit.jsonl")
    assert result.exit_code == 1 and "kapot.jsonl" in result.output and len(result.output.strip().splitlines()) == 1
    missing = run("redact", tmp_path / "weg.csv", "-o", tmp_path / "uit.csv")
    assert missing.exit_code == 1 and "weg.csv" in missing.output
    odd = tmp_path / "x.pdf"
    odd.write_bytes(b"%PDF")
    assert "niet ondersteund" in run("redact", odd, "-o", tmp_path / "y.pdf").output
    source = tmp_path / "in.csv"
    source.write_text("id,antwoord\n1,hallo\n", encoding="utf-8")
    assert "kolom 'tekst' ontbreekt" in run("redact", source, "-o", tmp_path / "u.csv", "-t", "tekst").output
    assert not (tmp_path / "uit.jsonl").exists()


def test_redact_txt_in_utf16_and_utf32_without_bom(tmp_path):
    text = "Gesprek met mevrouw Fatma Yilmaz over de planning.\nZij is bereikbaar op 06-12345678.\n"
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le"):
        source, out = tmp_path / f"{encoding}.txt", tmp_path / f"{encoding}-uit.txt"
        source.write_bytes(text.encode(encoding))
        result = run("redact", source, "-o", out)
        assert result.exit_code == 0, result.output
        redacted = out.read_text(encoding="utf-8")
        assert "over de planning" in redacted and "\x00" not in redacted
        assert "Yilmaz" not in redacted and "Fatma" not in redacted and "12345678" not in redacted
        assert "[PERSOON_" in redacted and " 0 vervangingen" not in result.output


def test_redact_refuses_random_bytes_with_one_dutch_line(tmp_path):
    import random

    source, out = tmp_path / "ruis.txt", tmp_path / "uit.txt"
    source.write_bytes(random.Random(7).randbytes(4000))
    result = run("redact", source, "-o", out)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "ruis.txt" in lines[0] and "geen tekstbestand" in lines[0]
    assert not out.exists()
