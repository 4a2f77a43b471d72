"""The three real Woo documents in ../shared/corpus, read and segmented end to end."""

from __future__ import annotations

import re

import pytest

from themes.ingest import infer_meta, read_document, segment_document

FORBIDDEN = ("<p>", "</p>", "<li>", "<ul", "&amp;", "~~", "**", "5.1, 2, e", "5.1.2.0", "5.1, 2,", "5.1.2.e")
WOO_LEFTOVER = re.compile(r"5\.1\s*[.,]\s*2")
FILES = ("000_f1cc07efbdaabfc6.txt", "001_d08df982d76bae4f.txt", "003_6f08ac906dfb2d90.txt")


@pytest.fixture(scope="module")
def corpus_segments(shared_corpus):
    from themes.config import IngestConfig
    from themes.types import Document

    result = {}
    for name in FILES:
        path = shared_corpus / name
        raw = read_document(path)
        meta = infer_meta(raw, path)
        document = Document(
            doc_id=raw.content_hash[:12],
            source_path=str(path),
            title=meta.title,
            doc_type=meta.doc_type,
            date=meta.date,
            round=meta.round,
            unit=meta.unit,
            content_hash=raw.content_hash,
        )
        result[name] = (raw, meta, segment_document(raw, document, IngestConfig()))
    return result


@pytest.mark.parametrize("name", FILES)
def test_no_segment_holds_html_strikethrough_emphasis_or_woo_markers(corpus_segments, name):
    _raw, _meta, segments = corpus_segments[name]
    assert len(segments) > 20
    for segment in segments:
        for field in (segment.text, segment.heading, segment.actor or ""):
            assert not any(bad in field for bad in FORBIDDEN), (segment.segment_id, field)
            assert not WOO_LEFTOVER.search(field), (segment.segment_id, field)


@pytest.mark.parametrize("name", FILES)
def test_segments_respect_the_size_limit_and_have_stable_ids(corpus_segments, name):
    raw, _meta, segments = corpus_segments[name]
    assert all(len(s.text) <= 600 for s in segments)
    assert [s.segment_id for s in segments] == [f"{raw.content_hash[:12]}-{i:05d}" for i in range(len(segments))]


def test_struck_through_draft_text_is_gone(corpus_segments):
    _raw, _meta, segments = corpus_segments["003_6f08ac906dfb2d90.txt"]
    text = " ".join(s.text for s in segments)
    assert "overwaait" not in text  # only inside ~~…~~
    assert "Om die cirkel te doorbreken" not in text
    assert "We zien dat de bestaande aanpak om hierop in te spelen" in text


def test_agenda_items_are_headings(corpus_segments):
    _raw, meta, segments = corpus_segments["001_d08df982d76bae4f.txt"]
    headings = {s.heading for s in segments}
    assert "Agenda > 2. Raadsbrief april en vooruitblik Bestuursopdracht I&D" in headings
    assert any(
        h.startswith("Agenda > 3. Laatste update Verwey Jonker en vooruitblik > Stand van zaken") for h in headings
    )
    assert meta.doc_type == "agenda"
    assert not any(s.text.startswith(("1. Opening", "2. Raadsbrief", "3. Laatste")) for s in segments)


def test_markdown_and_bold_headings_in_minutes(corpus_segments):
    raw, meta, segments = corpus_segments["000_f1cc07efbdaabfc6.txt"]
    assert meta.title == "Stuurgroep I&D 9 oktober"
    headings = {s.heading for s in segments}
    assert {"Besproken punten", "Maatwerk", "'Harder optreden'"} <= headings


def test_speaker_column_of_the_remarks_table_gives_actors(corpus_segments):
    _raw, _meta, segments = corpus_segments["000_f1cc07efbdaabfc6.txt"]
    by_actor = {s.actor for s in segments if s.kind == "table_row"}
    assert "Peter" in by_actor and "[WOO]" in by_actor
    peter = next(s for s in segments if s.actor == "Peter")
    assert peter.text.startswith("Uitvoeringsplan: actievare taal.")


def test_html_list_items_in_the_table_are_list_items(corpus_segments):
    _raw, _meta, segments = corpus_segments["000_f1cc07efbdaabfc6.txt"]
    item = next(s for s in segments if s.text.startswith("Welke vrijheid hebben directies"))
    assert item.kind == "list_item" and item.list_level == 1


def test_nested_bullets_keep_their_level(corpus_segments):
    _raw, _meta, segments = corpus_segments["000_f1cc07efbdaabfc6.txt"]
    item = next(s for s in segments if s.text.startswith("Representatie in kleine teams"))
    assert item.list_level == 2 and item.heading == "Maatwerk"


def test_memo_sections_and_numbered_dilemmas(corpus_segments):
    _raw, meta, segments = corpus_segments["003_6f08ac906dfb2d90.txt"]
    assert meta.title == "Verder vormgeven verandertraject met stuurgroep I&D"
    headings = {s.heading for s in segments}
    assert {"Aanleiding/inleiding", "Context/achtergrond", "Coalition of urgency > Sturen", "Vragen"} <= headings
    question = next(s for s in segments if s.text.startswith("Hoe overbrug je dit?"))
    assert question.list_level == 2
