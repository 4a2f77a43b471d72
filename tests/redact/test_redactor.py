"""The Redactor: propagation, known hashes, pseudonyms, operators, allow/denylist, spaCy hook, sample corpus."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

from themes.config import RedactConfig
from themes.redact import RedactionResult, Redactor
from themes.redact.spacy_ner import SpacyNameDetector
from themes.types import Span

ROOT = Path(__file__).resolve().parents[2]
KEY = b"test-key-0123456789abcdef0123456"


def test_name_found_in_one_text_is_redacted_in_every_text_of_the_batch(make_redactor):
    texts = ["Aanwezig: Dawit Tesfamichael, Fatima El Amrani", "dawit had het al eerder gezegd",
             "Het voorstel van Tesfamichael wordt overgenomen."]
    results = make_redactor().redact_batch(texts)
    assert all("awit" not in r.redacted and "Tesfamichael" not in r.redacted for r in results)


def test_known_name_hashes_redact_names_from_earlier_batches(make_redactor):
    first = make_redactor()
    first.redact_batch(["Aanwezig: Dawit Tesfamichael"])
    hashes = first.new_name_hashes()
    assert hashes and not any("dawit" in h.lower() for h in hashes)
    later = make_redactor(known=hashes).redact_batch(["daarna belde tesfamichael nog"])[0]
    assert "tesfamichael" not in later.redacted
    alone = make_redactor().redact_batch(["daarna belde tesfamichael nog"])[0]
    assert alone.redacted.endswith("tesfamichael nog")


def test_pseudonyms_are_consistent_and_link_first_name_and_surname_to_the_full_name(make_redactor):
    texts = ["Fatima El Amrani opent.", "Volgens mevr. El Amrani klopt het.", "Fatima zei later iets anders.",
             "Bel 06-12345678, +31 6 1234 5678 of 06-87654321."]
    results = make_redactor().redact_batch(texts)
    tags = [re.findall(r"\[PERSOON_\d+\]", r.redacted) for r in results[:3]]
    assert tags[0] == tags[1] == tags[2] and len(tags[0]) == 1
    phones = re.findall(r"\[TELEFOON_\d+\]", results[3].redacted)
    assert len(phones) == 3 and phones[0] == phones[1] != phones[2]  # same number in two formats, one other
    again = make_redactor().redact_batch(["Fatima El Amrani opent."])[0]
    assert again.redacted == results[0].redacted


def test_single_name_is_linked_to_its_full_name_across_batches(make_redactor):
    first = make_redactor()
    full = first.redact_batch(["Aanwezig: Fatima El Amrani"])[0].redacted
    later = Redactor(RedactConfig(), KEY, first.new_name_hashes(), first.persons).load()  # the workspace's registry
    alone = later.redact_batch(["Fatima gaf aan dat het goed ging."])[0]
    assert re.findall(r"\[PERSOON_\d+\]", full) == re.findall(r"\[PERSOON_\d+\]", alone.redacted)


def test_pseudonym_reveals_nothing_and_depends_on_the_key(make_redactor):
    text = "Aanwezig: Fatima El Amrani, mail fatima@example.nl"
    one = make_redactor(key=b"a" * 32).redact_batch([text])[0].redacted
    two = make_redactor(key=b"b" * 32).redact_batch([text])[0].redacted
    assert one != two
    for redacted in (one, two):
        assert "atima" not in redacted.lower() and "amrani" not in redacted.lower() and "example" not in redacted
        assert re.fullmatch(r"Aanwezig: \[PERSOON_\d{1,4}\], mail \[EMAIL_\d{1,4}\]", redacted)


def test_operators_mask_and_remove(make_redactor):
    text = "Kofi Mensah belt 06-12345678."
    masked = make_redactor(operators={"TELEFOON": "mask"}).redact_batch([text])[0].redacted
    assert masked.endswith("belt ***********.") and masked.startswith("[PERSOON_")
    removed = make_redactor(default_operator="remove").redact_batch([text])[0].redacted
    assert removed == " belt ."


def test_allowlist_and_denylist(make_redactor):
    allowed = make_redactor(allowlist=["Kofi"]).redact_batch(["Kofi belde."])[0]
    assert allowed.spans == ()
    denied = make_redactor(denylist=["Bureau Zwaluw"]).redact_batch(["Het Bureau Zwaluw belde."])[0]
    assert [denied.text[s.start:s.end] for s in denied.spans] == ["Bureau Zwaluw"]


def test_counts_per_label_never_values(redact):
    result = redact("Kofi Mensah en Yaw Boateng: 06-12345678")
    assert result.counts() == {"PERSOON": 2, "TELEFOON": 1}


def test_result_rejects_overlapping_spans():
    try:
        RedactionResult("abcdef", "x", (Span(0, 3, "PERSOON"), Span(2, 4, "EMAIL")))
    except ValueError:
        return
    raise AssertionError("overlapping spans accepted")


def test_spacy_detector_adds_person_entities_from_an_injected_pipeline(make_redactor):
    class FakeNlp:
        def pipe(self, texts):
            for text in texts:
                start = text.find("Zwaluw")
                ents = [SimpleNamespace(start_char=start, end_char=start + 6, label_="PER")] if start >= 0 else []
                yield SimpleNamespace(ents=ents)

    redactor = make_redactor()
    redactor.set_spacy_detector(SpacyNameDetector(nlp=FakeNlp()))
    result = redactor.redact_batch(["De melding kwam van Zwaluw gisteren."])[0]
    assert [result.text[s.start:s.end] for s in result.spans] == ["Zwaluw"]


def _readable_paragraphs(path: Path) -> list[str] | None:
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8").split("\n")
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        out = [p.text for p in document.paragraphs]
        out += [p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
        return out
    if path.suffix == ".csv":
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        return [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    if path.suffix == ".xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(path).worksheets[0]
        return [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    return None


def test_every_planted_value_in_the_sample_corpus_is_redacted(sample_data, make_redactor):
    planted = json.loads((sample_data / "personal_data.json").read_text(encoding="utf-8"))
    files = sorted({f for item in planted for f in item["files"]})
    checked = 0
    for name in files:
        paragraphs = _readable_paragraphs(sample_data / name)
        if paragraphs is None:
            continue
        redacted = "\n".join(r.redacted for r in make_redactor().redact_batch(paragraphs))
        for item in planted:
            if name in item["files"]:
                body = r"\s+".join(re.escape(part) for part in item["value"].split())
                assert not re.search(rf"(?<!\w){body}(?!\w)", redacted, re.IGNORECASE), (name, item["label"])
                checked += 1
    assert checked >= 50
