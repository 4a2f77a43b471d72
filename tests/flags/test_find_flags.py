"""find_flags on constructed minutes with a known truth."""

from __future__ import annotations

from dataclasses import replace

from flags_corpus import T_MELDEN, T_OTHER, Corpus, sample_minutes

from themes.config import FlagsConfig
from themes.flags import find_flags
from themes.types import Flag


def _by_text(flags: list[Flag], words: str, kind: str | None = None) -> Flag | None:
    for flag in flags:
        if words.lower() in flag.description.lower() and (kind is None or flag.kind == kind):
            return flag
    return None


def test_item_deferred_in_five_meetings_is_flagged_with_first_and_last_seen() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    flag = _by_text(flags, "Klachtenregeling", "uitgesteld")
    assert flag is not None
    assert (flag.first_seen, flag.last_seen, flag.times_raised) == ("2024-01-15", "2024-09-16", 5)
    assert flag.status == "open"
    assert "5× uitgesteld" in flag.description


def test_wording_variants_count_as_one_item() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    deferred = [f for f in flags if f.kind == "uitgesteld" and "klachtenregeling" in f.description.lower()]
    assert len(deferred) == 1  # "3. Klachtenregeling", "Klachtenregeling en vertrouwenspersonen", …


def test_item_on_agenda_and_in_minutes_of_one_date_counts_as_one_meeting() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    flag = _by_text(flags, "Jaarplan Groeipanel 2025", "uitgesteld")
    assert flag is not None
    assert flag.times_raised == 2
    assert (flag.first_seen, flag.last_seen) == ("2024-09-16", "2024-11-18")
    assert any("agenda-stuurgroep" in d for d in flag.documents)


def test_item_decided_after_one_deferral_is_not_flagged() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    assert _by_text(flags, "Communicatieplan") is None


def test_resolved_items_are_listed_only_on_request_with_status_afgerond() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig(), include_resolved=True)
    flag = _by_text(flags, "Communicatieplan", "uitgesteld")
    assert flag is not None and flag.status == "afgerond"


def test_recurring_action_is_flagged_with_its_owner_pseudonym() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    flag = _by_text(flags, "training moeilijke gesprekken", "actie")
    assert flag is not None
    assert flag.owner == "[PERSOON_3]"
    assert (flag.first_seen, flag.last_seen, flag.times_raised) == ("2024-01-15", "2024-09-16", 4)
    assert "[PERSOON_3]" in flag.description


def test_action_in_an_action_table_recurring_is_flagged() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    flag = _by_text(flags, "dashboard streefcijfers", "actie")
    assert flag is not None
    assert flag.owner == "[PERSOON_7]"
    assert flag.times_raised == 3


def test_action_completed_in_a_later_meeting_is_not_flagged() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    assert _by_text(flags, "raadsbrief opstellen") is None  # "afgerond" in the action table
    assert _by_text(flags, "uitnodiging leertraject") is None  # "gereed"


def test_recurring_problem_theme_is_flagged_with_its_label_and_id() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    flag = _by_text(flags, "Sociale veiligheid en melden", "terugkerend thema")
    assert flag is not None
    assert flag.theme_id == T_MELDEN
    assert flag.times_raised == 6
    assert [f.theme_id for f in flags if f.kind == "terugkerend thema"] == [T_MELDEN]  # T02 has no problem language


def test_evidence_is_at_most_three_quotes_from_different_meetings_first_and_last_included() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    for flag in flags:
        dates = [q.date for q in flag.evidence]
        assert 1 <= len(flag.evidence) <= 3
        assert len(set(dates)) == len(dates)
        assert dates[0] == flag.first_seen and dates[-1] == flag.last_seen


def test_flags_are_sorted_by_times_raised_then_last_seen() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig())
    keys = [(f.times_raised, f.last_seen or "") for f in flags]
    assert keys == sorted(keys, reverse=True)


def test_flag_ids_are_stable_and_unique() -> None:
    first = find_flags(sample_minutes().state(), FlagsConfig())
    second = find_flags(sample_minutes().state(), FlagsConfig())
    assert [f.flag_id for f in first] == [f.flag_id for f in second]
    assert len({f.flag_id for f in first}) == len(first)
    assert first == second


def test_min_times_raised_from_the_config_is_respected() -> None:
    flags = find_flags(sample_minutes().state(), FlagsConfig(min_times_raised=5))
    assert {f.kind for f in flags} == {"uitgesteld", "terugkerend thema"}
    assert all(f.times_raised >= 5 for f in flags)


def test_theme_resolved_in_its_latest_mention_is_not_flagged() -> None:
    corpus = sample_minutes()
    d = corpus.doc("2024-12-16")
    d.unit("Besloten: het nieuwe meldpunt is ingericht en de opvolging is afgerond.", "2. Melden", theme=T_MELDEN)
    flags = find_flags(corpus.state(), FlagsConfig())
    assert _by_text(flags, "Sociale veiligheid") is None


def test_documents_without_date_follow_ingestion_order() -> None:
    corpus = Corpus()
    for text in ("Niet besproken i.v.m. tijdgebrek.", "Weer doorgeschoven.", "Besloten: vastgesteld."):
        corpus.doc(None, name=f"verslag-{len(corpus.documents)}.docx").unit(text, "4. Werving en selectie")
    assert find_flags(corpus.state(), FlagsConfig()) == []  # the last (third) meeting decided it
    flags = find_flags(corpus.state(), FlagsConfig(), include_resolved=True)
    assert len(flags) == 1 and flags[0].first_seen is None and flags[0].times_raised == 3


def test_item_deferred_once_then_discussed_without_decision_is_not_flagged() -> None:
    corpus = Corpus()
    corpus.doc("2024-01-15").unit("Niet besproken i.v.m. tijdgebrek.", "4. Werving en selectie")
    corpus.doc("2024-03-11").unit("De werving loopt volgens plan.", "4. Werving en selectie")
    assert find_flags(corpus.state(), FlagsConfig()) == []


def test_deferral_in_the_rondvraag_names_the_item_inline() -> None:
    corpus = Corpus()
    corpus.doc("2024-01-15").unit("Werving en selectie: doorgeschoven naar volgend overleg.", "7. Rondvraag")
    corpus.doc("2024-03-11").unit("Niet besproken.", "3. Werving en selectie")
    flags = find_flags(corpus.state(), FlagsConfig())
    assert len(flags) == 1 and flags[0].times_raised == 2
    assert "Werving en selectie" in flags[0].description


def test_section_of_deferred_items_flags_each_entry() -> None:
    corpus = Corpus()
    for date in ("2024-01-15", "2024-03-11"):
        d = corpus.doc(date)
        d.unit("Jaarplan groeipanel", "Doorgeschoven agendapunten", kind="list_item")
        d.unit("Werving en selectie", "Doorgeschoven agendapunten", kind="list_item")
    flags = find_flags(corpus.state(), FlagsConfig())
    assert sorted(f.description.split(" (")[0] for f in flags) == [
        "Jaarplan groeipanel",
        "Werving en selectie",
    ]


def test_standard_items_are_never_flagged_as_deferred_items() -> None:
    corpus = Corpus()
    for date in ("2024-01-15", "2024-03-11", "2024-05-13"):
        d = corpus.doc(date)
        d.unit("Niet besproken i.v.m. tijdgebrek.", "8. Rondvraag")
        d.unit("Vastgesteld zonder wijzigingen.", "2. Verslag vorige vergadering")
    assert find_flags(corpus.state(), FlagsConfig()) == []


def test_other_document_types_are_ignored() -> None:
    corpus = sample_minutes()
    corpus.documents = [replace(d, doc_type="panelverslag") for d in corpus.documents]
    assert find_flags(corpus.state(), FlagsConfig()) == []


def test_theme_flags_need_assignments_and_other_flags_do_not() -> None:
    corpus = sample_minutes()
    corpus.assignments = []
    flags = find_flags(corpus.state(), FlagsConfig())
    assert "terugkerend thema" not in {f.kind for f in flags}
    assert {"uitgesteld", "actie"} <= {f.kind for f in flags}
    assert T_OTHER  # the fixture has a second theme that never gets flagged


def test_items_that_came_out_as_short_list_items_still_count() -> None:
    corpus = Corpus()
    for date, status in (
        ("2024-05-13", "Dit punt staat al een tijdje in de wachtstand."),
        ("2024-07-08", "Nog geen besluit."),
    ):
        d = corpus.doc(date, heading_root="Verslag stuurgroep")
        d.unit("Opening en mededelingen", kind="list_item")
        d.unit("De voorzitter opent de vergadering.")
        d.unit("Klachtenregeling en vertrouwenspersonen", kind="list_item")
        d.unit(status)
        d.unit("Rondvraag", kind="list_item")
        d.unit("Geen punten.")
    flags = find_flags(corpus.state(), FlagsConfig())
    assert [f.description.split(" (")[0] for f in flags] == ["Klachtenregeling en vertrouwenspersonen"]
    assert flags[0].times_raised == 2


def test_redacted_verb_does_not_hide_komt_erop_terug() -> None:
    corpus = Corpus()
    corpus.doc("2024-07-08").unit("Nog geen besluit.", "4. Klachtenregeling")
    corpus.doc("2024-09-16").unit(
        "De voorzitter [PERSOON_9] erop terug in een volgende stuurgroep.", "5. Klachtenregeling"
    )
    flags = find_flags(corpus.state(), FlagsConfig())
    assert len(flags) == 1 and "2× uitgesteld" in flags[0].description


def test_status_remarks_are_not_part_of_the_item_name() -> None:
    corpus = Corpus()
    corpus.doc("2024-09-16", doc_type="agenda").unit(
        "Toelichting bij het jaarplan.", "3. Jaarplan 2025 (doorgeschoven)"
    )
    corpus.doc("2024-11-18", doc_type="agenda").unit("Toelichting.", "5. Jaarplan 2025 – opnieuw geagendeerd")
    flags = find_flags(corpus.state(), FlagsConfig())
    assert flags[0].description.startswith("Jaarplan 2025 (2× uitgesteld")


def test_deferrals_and_actions_do_not_raise_a_theme_as_a_problem() -> None:
    corpus = Corpus()
    corpus.themes = sample_minutes().themes
    for date in ("2024-01-15", "2024-03-11", "2024-05-13"):
        d = corpus.doc(date)
        d.unit(
            "Het stuk kwam te laat binnen; het knelpunt wordt doorgeschoven naar volgend overleg.",
            "3. Planning",
            theme=T_OTHER,
        )
        d.unit("Actie [PERSOON_1]: zorgen dat de planning rond is – loopt nog.", "Actielijst", theme=T_OTHER)
    assert "terugkerend thema" not in {f.kind for f in find_flags(corpus.state(), FlagsConfig())}
