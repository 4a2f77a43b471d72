"""Where the report says which documents it covers: the period line names undated documents, quotes a real title."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from themes.report.reporttables import period_line


def test_period_unknown_says_which_documents_lack_a_date():
    report = SimpleNamespace(year_guessed=(), period=None, undated=("brief_raad.docx", "verslag.pdf"))
    assert period_line(report) == "Periode: onbekend: documenten zonder datum: 'brief_raad.docx' en 'verslag.pdf'."


def test_a_known_period_names_the_documents_outside_it():
    report = SimpleNamespace(year_guessed=(), period=("2024-03-11", "2024-11-18"), undated=("memo.docx",))
    line = period_line(report)
    assert line.startswith("Periode: 11 maart 2024 tot en met 18 november 2024")
    assert line.endswith("(document zonder datum: 'memo.docx').")
    many = SimpleNamespace(year_guessed=(), period=None, undated=tuple(f"d{i}.txt" for i in range(8)))
    assert period_line(many).endswith("'d3.txt', 'd4.txt' en 3 andere.")
    assert period_line(SimpleNamespace(year_guessed=(), period=None, undated=())) == "Periode: onbekend."


def test_the_period_names_the_documents_whose_year_was_guessed():
    report = SimpleNamespace(period=("2018-02-12", "2018-04-09"), undated=("memo.docx",),
                             year_guessed=("verslag 13 maart",))
    assert period_line(report) == ("Periode: 12 februari 2018 tot en met 9 april 2018 (document zonder datum: "
                                   "'memo.docx'; document met jaar geschat: 'verslag 13 maart').")


def test_build_report_lists_the_documents_without_a_date(state, comparison, flags, config):
    from themes.report.build import build_report

    undated = dataclasses.replace(state.documents[0], date=None)
    state = dataclasses.replace(state, documents=(undated, *state.documents[1:]))
    report = build_report(state, comparison, flags, config)
    assert report.undated == (undated.source_path.rsplit("/", 1)[-1],)
    assert "zonder datum" in period_line(report)
