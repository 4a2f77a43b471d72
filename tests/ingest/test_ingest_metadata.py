from __future__ import annotations

from pathlib import Path

import pytest

from themes.ingest import MetaOverrides, find_date, infer_meta, normalise_doc_type, parse_date
from themes.types import Block, RawDocument


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("notulen_2024-03-11", "2024-03-11"),
        ("20240311_verslag", "2024-03-11"),
        ("verslag 11-03-2024", "2024-03-11"),
        ("11/3/2024", "2024-03-11"),
        ("Datum: 11 maart 2024", "2024-03-11"),
        ("Stuurgroep I&D 9 oktober 2024", "2024-10-09"),
        ("1 mei 2023", "2023-05-01"),
        ("3 okt. 2022", "2022-10-03"),
        ("9 oktober", None),
        ("2024-13-45", None),
    ],
)
def test_dates_in_dutch_notations(text, iso):
    assert find_date(text) == iso


def test_parse_date_accepts_datetimes():
    import datetime as dt

    assert parse_date(dt.datetime(2024, 3, 11, 10, 0)) == "2024-03-11"
    assert parse_date("") is None


def raw(*texts: str, title: str | None = None) -> RawDocument:
    return RawDocument(path="x", blocks=tuple(Block(t) for t in texts), title=title, content_hash="h")


@pytest.mark.parametrize(
    ("name", "doc_type"),
    [
        ("Notulen stuurgroep.docx", "notulen"),
        ("verslag_sg_2024-03-11.txt", "notulen"),
        ("agenda 25 maart.docx", "agenda"),
        ("groeipanel_ronde2.pdf", "panelverslag"),
        ("Memo verandertraject.docx", "memo"),
        ("notitie.txt", "memo"),
        ("enquete.txt", "enquete"),
        ("antwoorden.xlsx", "enquete"),
        ("antwoorden.csv", "enquete"),
        ("annotaties.txt", "overig"),
    ],
)
def test_type_from_file_name(name, doc_type):
    assert infer_meta(raw("tekst"), Path(name)).doc_type == doc_type


def test_type_from_title_when_the_name_says_nothing():
    assert infer_meta(raw("tekst", title="Verslag groeipanel mei"), Path("x1.txt")).doc_type == "panelverslag"


def test_date_from_the_text_label_and_title_fallback_to_stem():
    meta = infer_meta(raw("Stuurgroep", "Datum: 11 maart 2024", "Tekst over 30 oktober 2023."), Path("sg.txt"))
    assert meta.date == "2024-03-11"
    assert meta.title == "sg"


def test_dates_deep_in_the_text_are_not_the_document_date():
    blocks = ["Titel", "Aanleiding", "Een lange alinea. " * 10 + "Op 30 oktober 2023 verschenen onderzoeken."]
    assert infer_meta(raw(*blocks), Path("memo.txt")).date is None


def test_round_from_the_file_name():
    assert infer_meta(raw("x"), Path("groeipanel_ronde2.pdf")).round == "ronde 2"


def test_given_values_win_over_inferred_ones_and_cli_over_manifest():
    cli = MetaOverrides(doc_type="memo", unit="Directie A")
    manifest = MetaOverrides(doc_type="notulen", date="2024-01-02", round="2024-1", title="Uit manifest")
    meta = infer_meta(raw("Datum: 11 maart 2024"), Path("notulen_2023-05-05.txt"), cli.over(manifest))
    assert (meta.doc_type, meta.date, meta.round, meta.title, meta.unit) == (
        "memo",
        "2024-01-02",
        "2024-1",
        "Uit manifest",
        "Directie A",
    )


def test_document_type_synonyms():
    assert normalise_doc_type("Verslag") == "notulen"
    assert normalise_doc_type("groeipanel") == "panelverslag"
    assert normalise_doc_type("enquête") == "enquete"
    assert normalise_doc_type("onzin") is None
