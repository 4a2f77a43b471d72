"""A document's title is a title: not the sender's letterhead, not a first line broken off after "of"."""

from __future__ import annotations

import pytest

from themes.ingest import infer_meta, read_document

BODY = "\n\nDear members of the council, we write to inform you about the progress of the inclusion programme.\n"


@pytest.mark.parametrize("head, title", [
    ("City of\nAmsterdam\n\nLetter to the council", "Letter to the council"),  # the next heading is a real title
    ("City of", "brief_2024"),  # nothing else: the file name
    ("Gemeente Utrecht", "brief_2024"),
    ("Municipality of The Hague", "brief_2024"),
    ("Verslag van de", "brief_2024"),
    ("Notulen stuurgroep 11 maart 2024", "Notulen stuurgroep 11 maart 2024"),
    ("Gemeentelijk jaarplan inclusie", "Gemeentelijk jaarplan inclusie"),
])
def test_letterheads_and_broken_first_lines_are_not_titles(tmp_path, head, title):
    path = tmp_path / "brief_2024.txt"
    path.write_text(head + BODY, encoding="utf-8")
    raw = read_document(path)
    assert infer_meta(raw, path).title == title


def test_the_quote_source_is_the_real_title_not_the_letterhead(tmp_path):
    from themes.config import PipelineConfig
    from themes.pipeline import ingest_paths
    from themes.report.build import document_label
    from themes.store import Workspace

    path = tmp_path / "raadsbrief.txt"
    path.write_text("City of\nAmsterdam" + BODY, encoding="utf-8")
    with Workspace.create(tmp_path / "werkmap") as ws:
        ingest_paths(ws, [path], PipelineConfig())
        (doc,) = ws.documents()
    assert document_label(doc) == "raadsbrief"
