"""Normalised content words and wording similarity."""

from __future__ import annotations

import pytest

from themes.flags.text import content_stems, dice, dutch_stop_words, fold, is_numbered, shorten, stem, strip_numbering


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("gesprekken", "gesprek"),
        ("vertrouwenspersonen", "vertrouwenspersoon"),
        ("moeilijke", "moeilijk"),
        ("leidinggevenden", "leidinggevende"),
        ("directies", "directie"),
        ("streefcijfers", "streefcijfer"),
        ("uitnodigingen", "uitnodiging"),
    ],
)
def test_plural_and_inflected_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("3. Laatste update Verwey Jonker", "Laatste update Verwey Jonker"),
        ("[1.] Opening", "Opening"),
        ("4.2 Stand van zaken", "Stand van zaken"),
        ("Agendapunt 5: Klachtenregeling", "Klachtenregeling"),
        ("b) Jaarplan", "Jaarplan"),
        ("Klachtenregeling", "Klachtenregeling"),
        ("2025 jaarplan", "2025 jaarplan"),
    ],
)
def test_agenda_numbering_is_stripped(title: str, expected: str) -> None:
    assert strip_numbering(title) == expected


def test_numbered_titles_are_recognised() -> None:
    assert is_numbered("3. Laatste update")
    assert not is_numbered("Klachtenregeling")


def test_wording_variants_of_one_item_are_similar() -> None:
    a = content_stems("Klachtenregeling en vertrouwenspersonen")
    b = content_stems("klachtenregeling vertrouwenspersonen (doorgeschoven)")
    assert a == b
    assert dice(content_stems("Jaarplan Groeipanel 2025"), content_stems("Jaarplan groeipanel")) >= 0.55


def test_different_items_are_not_similar() -> None:
    assert dice(content_stems("Jaarplan Groeipanel 2025"), content_stems("Klachtenregeling")) == 0.0
    assert dice(content_stems("Groeipanel"), content_stems("Jaarplan Groeipanel 2025")) < 0.55


def test_stop_words_placeholders_and_status_words_are_not_content() -> None:
    stems = content_stems("Actie [PERSOON_12]: de raadsbrief is nog niet afgerond")
    assert stems == {stem("raadsbrief")}
    assert "niet" in dutch_stop_words()


def test_shorten_cuts_at_a_word_with_an_ellipsis() -> None:
    text = "woord " * 100
    short = shorten(text, 50)
    assert len(short) <= 50 and short.endswith("…")
    assert shorten("kort", 50) == "kort"


def test_fold_matches_full_unicode_decomposition():
    import unicodedata

    def reference(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.lower())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")

    samples = ["Ideeën over Één café", "naïve coöperatie ’s avonds", "plain ascii TEXT 123", "ﬁnanciën Ǆ K İ",
               "", "Σ ΣΑΣ", "".join(chr(i) for i in range(0x80, 0x500))]
    for text in samples:
        assert fold(text) == reference(text)
