from __future__ import annotations

from themes.config import IngestConfig
from themes.ingest import segment_document
from themes.types import Block, RawDocument


def raw_of(*blocks: Block, title: str | None = None) -> RawDocument:
    return RawDocument(path="x.txt", blocks=tuple(blocks), title=title, content_hash="abc123")


def test_heading_path_and_inherited_round_date_unit(make_document):
    raw = raw_of(
        Block("Stuurgroep", "heading", 1),
        Block("Agenda", "heading", 2),
        Block("3. Laatste update", "heading", 3),
        Block("Stand van zaken", "heading", 4),
        Block("De vragenlijst is gesloten.", "paragraph"),
        Block("Vragen", "heading", 2),
        Block("Wie doet wat?", "list_item", 1),
        title="Stuurgroep",
    )
    document = make_document(raw, round_="2024-H1", date="2024-03-25", unit="Bureau")
    segments = segment_document(raw, document, IngestConfig())
    assert [(s.heading, s.text) for s in segments] == [
        ("Agenda > 3. Laatste update > Stand van zaken", "De vragenlijst is gesloten."),
        ("Vragen", "Wie doet wat?"),
    ]
    assert {(s.round, s.date, s.unit) for s in segments} == {("2024-H1", "2024-03-25", "Bureau")}
    assert segments[1].kind == "list_item" and segments[1].list_level == 1


def test_long_paragraph_is_split_into_sentence_groups(make_document):
    sentence = "Leidinggevenden spreken collega's aan op grensoverschrijdend gedrag i.v.m. de gedragscode. "
    raw = raw_of(Block(sentence * 12, "paragraph"))
    segments = segment_document(raw, make_document(raw), IngestConfig(max_segment_chars=300))
    assert len(segments) > 1
    assert all(len(s.text) <= 300 for s in segments)
    assert all(s.text.endswith("gedragscode.") for s in segments)


def test_actor_labels_in_text_become_the_actor(make_document):
    raw = raw_of(
        Block("Actie Jeroen: stuurt de notitie rond.", "list_item", 1),
        Block("Actiehouder: Sanne Jansen", "paragraph"),
        Block("Gewone tekst zonder actor.", "paragraph"),
    )
    segments = segment_document(raw, make_document(raw), IngestConfig())
    assert [s.actor for s in segments] == ["Jeroen", "Sanne Jansen", None]
    assert segments[0].text == "Actie Jeroen: stuurt de notitie rond."  # the label stays for flag detection


def test_table_speaker_actor_is_cleaned(make_document):
    raw = raw_of(Block("Meer aandacht voor werving.", "table_row", actor="**5.1, 2, e**"))
    segments = segment_document(raw, make_document(raw), IngestConfig())
    assert segments[0].actor == "[WOO]" and segments[0].kind == "table_row"


def test_blocks_that_are_only_markers_or_too_short_are_dropped(make_document):
    raw = raw_of(
        Block("5.1, 2, e 5.1, 2, e", "paragraph"),
        Block("ok", "paragraph"),
        Block("~~weg~~", "paragraph"),
        Block("Blijft.", "paragraph"),
    )
    segments = segment_document(raw, make_document(raw), IngestConfig())
    assert [s.text for s in segments] == ["Blijft."]


def test_a_document_of_only_headings_keeps_them_as_units(make_document):
    raw = raw_of(Block("Werving en selectie", "heading", 1), Block("Sociale veiligheid", "heading", 2))
    segments = segment_document(raw, make_document(raw), IngestConfig())
    assert [(s.text, s.kind) for s in segments] == [
        ("Werving en selectie", "heading"),
        ("Sociale veiligheid", "heading"),
    ]


def test_segmentation_is_deterministic(make_document):
    raw = raw_of(Block("Kop", "heading", 1), Block("Tekst een.", "paragraph"), Block("Tekst twee.", "list_item", 1))
    document = make_document(raw)
    assert segment_document(raw, document, IngestConfig()) == segment_document(raw, document, IngestConfig())


def test_the_document_heading_is_left_out_of_the_path_even_when_the_title_differs(make_document):
    raw = raw_of(
        Block("Verslag stuurgroep Inclusie & Diversiteit – 11 maart 2024", "heading", 1),
        Block("Aanwezig: de leden.", "paragraph"),
        Block("1. Opening", "heading", 2),
        Block("De voorzitter opent.", "paragraph"),
        title="Verslag stuurgroep I&D 11 maart 2024",
    )
    segments = segment_document(raw, make_document(raw), IngestConfig())
    assert [s.heading for s in segments] == ["", "1. Opening"]
