from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from themes.errors import EmptyInputError, MissingColumnError
from themes.ingest import SurveyOptions, read_document, segment_document

LONG_A = "Ik merk dat collega's met een migratieachtergrond minder snel doorgroeien naar leidinggevende functies."
LONG_B = "Er wordt te weinig gesproken over grappen die over de grens gaan; leidinggevenden grijpen niet in."


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def survey_rows() -> list[list[str]]:
    return [
        ["respondent", "ronde", "datum", "afdeling", "Wat gaat goed?", "Wat kan beter?"],
        ["r1", "2024-1", "11-03-2024", "Zuid", LONG_A, "Geen."],
        ["r2", "2024-1", "2024-03-12", "Noord", "Het gesprek met mijn team over inclusie is open.", "nvt"],
        ["r3", "2024-1", "12 maart 2024", "Zuid", LONG_A, "n.v.t"],
        ["r4", "2024-2", "2024-09-01", "West", "", "Weet ik niet"],
        ["r5", "2024-2", "2024-09-02", "West", "Nee hoor", LONG_B],
    ]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiter_is_sniffed_and_answers_tagged_with_question(tmp_path, delimiter):
    raw = read_document(write_csv(tmp_path / "enquete.csv", survey_rows(), delimiter))
    first = raw.blocks[0]
    assert first.kind == "answer"
    assert first.source_id == "r1"
    assert first.question == "Wat gaat goed?"
    assert first.meta == (("round", "2024-1"), ("date", "2024-03-11"), ("unit", "Zuid"))
    assert {b.question for b in raw.blocks} == {"Wat gaat goed?", "Wat kan beter?"}
    assert len(raw.blocks) == 9  # one empty answer skipped


def test_csv_in_cp1252_is_read(tmp_path):
    rows = [
        ["antwoord"],
        ["Ideeën over één op één coaching bij de directie."],
        ["Meer aandacht voor financiële ruimte."],
    ]
    raw = read_document(write_csv(tmp_path / "e.csv", rows, encoding="cp1252"))
    assert raw.blocks[0].text == "Ideeën over één op één coaching bij de directie."


def test_survey_without_id_column_uses_row_numbers(tmp_path):
    rows = [["Toelichting"], ["Meer ruimte voor gesprek in het team."], ["Leidinggevenden moeten vaker ingrijpen."]]
    raw = read_document(write_csv(tmp_path / "e.csv", rows))
    assert [b.source_id for b in raw.blocks] == ["1", "2"]


def test_named_text_column_and_meta_columns(tmp_path):
    options = SurveyOptions(text_columns=("Wat kan beter?",), id_column="respondent", meta_columns=("afdeling",))
    raw = read_document(write_csv(tmp_path / "e.csv", survey_rows()), options)
    assert {b.question for b in raw.blocks} == {"Wat kan beter?"}
    assert ("afdeling", "Zuid") in raw.blocks[0].meta


def test_missing_named_column_lists_existing_columns(tmp_path):
    with pytest.raises(MissingColumnError) as err:
        read_document(write_csv(tmp_path / "e.csv", survey_rows()), SurveyOptions(text_columns=("Opmerkingen",)))
    message = str(err.value)
    assert "Opmerkingen" in message and "Wat gaat goed?" in message and "e.csv" in message


def test_survey_without_free_text_column_is_a_missing_column(tmp_path):
    rows = [["id", "score"], ["1", "7"], ["2", "8"]]
    with pytest.raises(MissingColumnError):
        read_document(write_csv(tmp_path / "e.csv", rows))


def test_survey_without_answers_is_empty(tmp_path):
    rows = [["id", "antwoord"], ["1", ""], ["2", ""]]
    with pytest.raises((EmptyInputError, MissingColumnError)):
        read_document(write_csv(tmp_path / "e.csv", rows), SurveyOptions(text_columns=("antwoord",)))


def test_xlsx_survey_is_read(tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Respondent", "Datum", "Wat kan beter?"])
    sheet.append([101, dt.datetime(2024, 3, 11), LONG_A])
    sheet.append([102, dt.datetime(2024, 3, 12), LONG_B])
    path = tmp_path / "enquete.xlsx"
    workbook.save(path)
    raw = read_document(path)
    assert [(b.source_id, b.meta_value("date"), b.question) for b in raw.blocks] == [
        ("101", "2024-03-11", "Wat kan beter?"),
        ("102", "2024-03-12", "Wat kan beter?"),
    ]


def test_corrupt_xlsx_is_an_input_file_error(tmp_path):
    from themes.errors import InputFileError

    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 kapot")
    with pytest.raises(InputFileError):
        read_document(path)


def test_survey_segments_keep_every_answer_and_collapse_only_trivial_ones(tmp_path, make_document, ingest_config):
    raw = read_document(write_csv(tmp_path / "enquete.csv", survey_rows()))
    segments = segment_document(raw, make_document(raw, doc_type="enquete"), ingest_config)
    by_text = {(s.question, s.round, s.text, s.source_id): s for s in segments}
    long_a = by_text[("Wat gaat goed?", "2024-1", LONG_A, "r1")]
    assert long_a.count == 1 and not long_a.trivial
    assert long_a.unit == "Zuid" and long_a.date == "2024-03-11"
    long_a3 = by_text[("Wat gaat goed?", "2024-1", LONG_A, "r3")]  # the same answer from another respondent
    assert long_a3.count == 1 and long_a3.unit == "Zuid" and long_a3.date == "2024-03-12"
    trivial_r1 = by_text[("Wat kan beter?", "2024-1", "Geen.", "r1")]
    assert trivial_r1.trivial and trivial_r1.count == 1
    nvt = by_text[("Wat kan beter?", "2024-1", "nvt", "r2")]
    assert nvt.trivial and nvt.count == 1 and nvt.unit == "Noord"  # r3's "n.v.t" is in another unit (Zuid)
    assert by_text[("Wat kan beter?", "2024-1", "n.v.t", "r3")].unit == "Zuid"
    assert by_text[("Wat kan beter?", "2024-2", "Weet ik niet", "r4")].trivial
    assert by_text[("Wat gaat goed?", "2024-2", "Nee hoor", "r5")].trivial
    assert not by_text[("Wat kan beter?", "2024-2", LONG_B, "r5")].trivial
    assert sum(s.count for s in segments) == 9
    assert [s.segment_id for s in segments] == [f"{raw.content_hash[:12]}-{i:05d}" for i in range(len(segments))]
    assert all(s.kind == "answer" for s in segments)


def test_survey_answers_fall_back_to_document_round_and_unit(tmp_path, make_document, ingest_config):
    rows = [["antwoord"], [LONG_A], [LONG_B]]
    raw = read_document(write_csv(tmp_path / "e.csv", rows))
    document = make_document(raw, doc_type="enquete", round_="ronde 3", date="2024-05-01", unit="Directie X")
    segments = segment_document(raw, document, ingest_config)
    assert {(s.round, s.date, s.unit) for s in segments} == {("ronde 3", "2024-05-01", "Directie X")}


def test_survey_answers_are_cleaned(tmp_path, make_document, ingest_config):
    rows = [["antwoord"], ["Mijn leidinggevende 5.1, 2, e zegt **nooit** iets &amp; dat is lastig voor mij."], [LONG_B]]
    raw = read_document(write_csv(tmp_path / "e.csv", rows))
    segments = segment_document(raw, make_document(raw), ingest_config)
    assert segments[0].text == "Mijn leidinggevende [WOO] zegt nooit iets & dat is lastig voor mij."


def test_many_answers_ingest_with_trivial_ones_collapsed(tmp_path, make_document, ingest_config):
    rows = [["id", "ronde", "antwoord"]]
    rows += [
        [str(i), f"r{i % 3}", f"Antwoord {i}: meer aandacht voor werving en selectie in team {i % 50}."]
        for i in range(30_000)
    ]
    rows += [[f"x{i}", "r0", "n.v.t."] for i in range(1000)]
    raw = read_document(write_csv(tmp_path / "groot.csv", rows))
    segments = segment_document(raw, make_document(raw), ingest_config)
    assert len(segments) == 30_001
    assert segments[-1].count == 1000 and segments[-1].trivial


DIRECTIES = ("Wonen", "Zorg", "Onderwijs", "Verkeer", "Cultuur")


def test_identical_answers_of_ten_respondents_in_five_directies_stay_countable(tmp_path, make_document,
                                                                               ingest_config):
    same = "Er is te weinig aandacht voor diversiteit bij het werven van nieuwe leidinggevenden."
    rows = [["respondent", "directie", "Wat kan beter?", "Wat gaat goed?"]]
    rows += [[f"R-{i:03d}", DIRECTIES[i % 5], same, "Geen."] for i in range(10)]
    survey = SurveyOptions(text_columns=("Wat kan beter?", "Wat gaat goed?"), id_column="respondent",
                           unit_column="directie")
    raw = read_document(write_csv(tmp_path / "enquete.csv", rows), survey)
    segments = segment_document(raw, make_document(raw, doc_type="enquete"), ingest_config)
    answers = [s for s in segments if s.text == same]
    assert len(answers) == 10 and all(s.count == 1 and not s.trivial for s in answers)
    assert sorted(s.source_id for s in answers) == [f"R-{i:03d}" for i in range(10)]
    assert Counter(s.unit for s in answers) == {d: 2 for d in DIRECTIES}
    trivial = [s for s in segments if s.trivial]
    assert len(trivial) == 5 and all(s.count == 2 for s in trivial)  # collapsed per directie, no one lost
    assert {s.unit: s.source_id for s in trivial} == {
        d: f"R-{n:03d}, R-{n + 5:03d}" for n, d in enumerate(DIRECTIES)}
    assert sum(s.count for s in segments) == 20


def test_password_protected_xlsx_is_encrypted_input(tmp_path):
    from themes.errors import EncryptedInputError

    path = tmp_path / "geheim.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(EncryptedInputError):
        read_document(path)


def test_quoted_multiline_answers_are_one_answer(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text(
        'id;antwoord\n1;"Eerste regel van het antwoord\nen de tweede regel; met puntkomma."\n2;"Nog een antwoord dat lang genoeg is."\n',
        encoding="utf-8",
    )
    raw = read_document(path)
    assert [b.text for b in raw.blocks][0] == "Eerste regel van het antwoord\nen de tweede regel; met puntkomma."


def test_title_row_above_the_header_is_skipped(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Medewerkersenquête inclusie 2024"])
    sheet.append([])
    sheet.append(["nr", "Toelichting"])
    sheet.append([1, LONG_A])
    sheet.append([2, LONG_B])
    path = tmp_path / "e.xlsx"
    workbook.save(path)
    raw = read_document(path)
    assert [(b.source_id, b.question) for b in raw.blocks] == [("1", "Toelichting"), ("2", "Toelichting")]


def test_identifying_columns_are_never_auto_detected_as_answers(tmp_path):
    rows = [
        ["Naam", "Adres", "Opmerking"],
        ["Jan de Vries van der Berg", "Populierenweg 112, 1092 KX Voorbeeldstad", LONG_A],
        ["Fatima El Idrissi-Bouzid", "Lindenlaan 3, 1000 AA Voorbeeldstad", LONG_B],
    ]
    raw = read_document(write_csv(tmp_path / "e.csv", rows))
    assert {b.question for b in raw.blocks} == {"Opmerking"}
