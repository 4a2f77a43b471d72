"""What a deferral or recurring sentence names (invented minutes in the wording of real ones)."""

from __future__ import annotations

import pytest

from themes.records.subjects import colon_head, deferred_objects, deferred_subject, forum_subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Usecase 2 kan mogelijk op een later moment worden toegevoegd.", "Usecase 2"),
        ("Jaarplan 2025: doorgeschoven", "Jaarplan 2025"),
        ("Dit schuift door naar januari.", ""),
        ("Komt volgende vergadering terug.", ""),
    ],
)
def test_a_deferral_sentence_names_its_own_subject_or_none(sentence: str, subject: str) -> None:
    assert deferred_subject(sentence) == subject


def test_the_subject_moved_to_a_forum_is_what_stands_before_it() -> None:
    assert forum_subject("Subsidieregeling verenigingen: in college bespreken") == "Subsidieregeling verenigingen"
    assert forum_subject("Dit in de stuurgroep bespreken.") == ""


def test_coordinated_subjects_after_not_getting_to_them_are_each_named() -> None:
    assert deferred_objects("We kwamen niet meer toe aan de begroting en het werkplan.") == ["de begroting", "het werkplan"]
    assert deferred_objects("We kwamen niet meer toe aan de begroting.") == []


def test_a_colon_head_is_a_subject_not_a_sentence() -> None:
    assert colon_head("Leertraject directie: vorige keer afgesproken") == "Leertraject directie"
    assert colon_head("De inventarisatie is samengevat: zie bijlage") == ""
    assert colon_head("[PERSOON_1]: zie bijlage") == ""
