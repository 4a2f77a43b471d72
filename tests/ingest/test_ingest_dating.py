"""Dates without a year ("Datum: 13 maart"): the year from the file name, the document's other dates or its
neighbours in the series, always marked as guessed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from themes.config import PipelineConfig
from themes.ingest import MetaOverrides, infer_meta
from themes.ingest.dating import Dated, date_series, year_from_series
from themes.pipeline import ingest_paths
from themes.store import DB_NAME, Workspace
from themes.text.dates import DayMonth
from themes.types import Block, RawDocument


def raw(*texts: str, title: str | None = None) -> RawDocument:
    return RawDocument(path="x", blocks=tuple(Block(t) for t in texts), title=title, content_hash="h")


def test_a_labelled_day_and_month_comes_before_a_full_date_at_the_top():
    meta = infer_meta(raw("Datum: 5 februari", "Overleg van 8-1-2019"), Path("notulen 2019/v.md"))
    assert (meta.date, meta.date_guessed) == ("2019-02-05", True)


def test_a_full_date_is_not_a_guess():
    meta = infer_meta(raw("Datum: 13 maart 2018", "Aanwezig: allen"), Path("verslag.md"))
    assert (meta.date, meta.date_guessed, meta.day_month) == ("2018-03-13", False, None)


def test_the_year_of_a_day_and_month_from_the_folder_name_is_a_guess():
    meta = infer_meta(raw("Aanwezig: allen"), Path("notulen 2018/verslag 13 maart.md"))
    assert (meta.date, meta.date_guessed) == ("2018-03-13", True)


def test_the_year_from_the_documents_other_dates():
    meta = infer_meta(raw("Datum: 5 februari", "Actie uit het overleg van 8-1-2019 is afgerond."), Path("v.md"))
    assert (meta.date, meta.date_guessed) == ("2019-02-05", True)


def test_without_any_year_the_day_and_month_wait_for_the_series():
    meta = infer_meta(raw("Datum: 5 februari", "Aanwezig: allen"), Path("v.md"))
    assert (meta.date, meta.date_guessed, meta.day_month) == (None, False, "--02-05")


def test_a_given_date_wins_and_is_not_a_guess():
    meta = infer_meta(raw("Datum: 5 februari"), Path("v.md"), MetaOverrides(date="2020-02-05"))
    assert (meta.date, meta.date_guessed) == ("2020-02-05", False)


def test_the_year_nearest_to_the_dated_neighbours():
    neighbours = [dt.date(2018, 2, 12), dt.date(2018, 4, 9)]
    assert year_from_series(DayMonth(13, 3), neighbours) == 2018
    assert year_from_series(DayMonth(8, 1), [dt.date(2017, 12, 11)]) == 2018  # just after new year
    assert year_from_series(DayMonth(13, 3), []) is None


def test_only_neighbours_in_the_same_folder_count():
    found = date_series([
        Dated("reeks-a/verslag 12 februari 2018.md", "2018-02-12"),
        Dated("reeks-b/verslag 2011-03-01.md", "2011-03-01"),
        Dated("reeks-a/verslag 13 maart.md", None, "--03-13"),
        Dated("reeks-c/verslag 13 maart.md", None, "--03-13"),
    ])
    assert found == {2: "2018-03-13"}


def test_a_real_minute_without_a_year_gets_the_year_of_its_neighbours(tmp_path):
    folder = tmp_path / "stuurgroep"
    folder.mkdir()
    (folder / "verslag 2018-02-12.md").write_text("# Verslag\n\nDe planning van het project is besproken.\n")
    (folder / "verslag 2018-04-09.md").write_text("# Verslag\n\nDe begroting voor het project is vastgesteld.\n")
    (folder / "verslag 13 maart.md").write_text("# Verslag 13 maart\n\nDe risico's van de planning zijn besproken.\n")
    with Workspace.create(tmp_path / "werkmap") as ws:
        ingest_paths(ws, [folder], PipelineConfig())
        documents = {Path(d.source_path).name: d for d in ws.documents()}
        guessed = documents["verslag 13 maart.md"]
        assert (guessed.date, guessed.date_guessed) == ("2018-03-13", True)
        assert not documents["verslag 2018-02-12.md"].date_guessed
        assert {s.date for s in ws.segments(doc_ids=[guessed.doc_id])} == {"2018-03-13"}
    with Workspace.open(tmp_path / "werkmap") as ws:  # stored, read back
        assert [d.date_guessed for d in ws.documents() if d.date == "2018-03-13"] == [True]


def test_a_workspace_made_before_guessed_dates_opens_with_none_guessed(tmp_path):
    with Workspace.create(tmp_path / "oud") as ws:
        pass
    conn = sqlite3.connect(tmp_path / "oud" / DB_NAME)
    conn.execute("DROP TABLE documents")
    conn.execute("CREATE TABLE documents (doc_id TEXT PRIMARY KEY, source_path TEXT NOT NULL, title TEXT NOT NULL, "
                 "doc_type TEXT NOT NULL, date TEXT, round TEXT, unit TEXT, content_hash TEXT NOT NULL UNIQUE, "
                 "seq INTEGER NOT NULL)")
    conn.execute("INSERT INTO documents VALUES ('d1', 'a.md', 'a', 'notulen', '2018-02-12', NULL, NULL, 'h1', 1)")
    conn.commit()
    conn.close()
    with Workspace.open(tmp_path / "oud") as ws:
        assert [(d.date, d.date_guessed) for d in ws.documents()] == [("2018-02-12", False)]
