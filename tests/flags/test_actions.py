"""Reading action lines: prefixes, actor labels, action tables and status updates."""

from __future__ import annotations

from flags_corpus import Corpus

from themes.config import FlagsConfig
from themes.flags import find_flags
from themes.flags.actions import is_action_heading, parse_action
from themes.types import Segment


def _unit(text: str, heading: str = "Notulen", actor: str | None = None, kind: str = "paragraph") -> Segment:
    return Segment(segment_id="d-00001", doc_id="d", position=1, text=text, heading=heading, actor=actor, kind=kind)


def test_actie_with_owner_prefix_gives_owner_and_description() -> None:
    line = parse_action(_unit("Actie [PERSOON_3]: voorstel training uitwerken – loopt nog."), None, False)
    assert line is not None
    assert (line.owner, line.description) == ("[PERSOON_3]", "voorstel training uitwerken")
    assert "loopt nog" in line.status_text


def test_actor_label_from_ingest_gives_the_owner() -> None:
    line = parse_action(_unit("voorstel training uitwerken", actor="Actie [PERSOON_3]"), None, False)
    assert line is not None and line.owner == "[PERSOON_3]"


def test_actie_without_owner_and_actiepunt_are_actions() -> None:
    assert parse_action(_unit("Actie: secretariaat plant een sessie in."), None, False).owner is None
    line = parse_action(_unit("Actiepunt: evaluatie opstellen. Actiehouder: [PERSOON_9]"), None, False)
    assert line is not None and line.owner == "[PERSOON_9]"


def test_plain_text_outside_an_action_list_is_not_an_action() -> None:
    assert parse_action(_unit("De actie van vorige week was een succes."), None, False) is None


def test_table_row_without_header_under_actielijst_is_read_by_its_cells() -> None:
    line = parse_action(
        _unit("4 | Werkbezoek organiseren | [PERSOON_2] | loopt", "Notulen > Actielijst", kind="table_row"), None, True
    )
    assert line is not None
    assert (line.description, line.owner, line.status_text) == ("Werkbezoek organiseren", "[PERSOON_2]", "loopt")


def test_status_line_under_actielijst_updates_but_never_starts_an_action() -> None:
    corpus = Corpus()
    corpus.doc("2024-01-15").unit("Actie [PERSOON_2]: raadsbrief opstellen.", "Actielijst", actor="Actie [PERSOON_2]")
    corpus.doc("2024-03-11").unit("De raadsbrief is afgerond.", "Actielijst")
    corpus.doc("2024-05-13").unit("Het werkbezoek loopt nog.", "Actielijst")
    corpus.doc("2024-07-08").unit("Het werkbezoek loopt nog.", "Actielijst")
    flags = find_flags(corpus.state(), FlagsConfig(), include_resolved=True)
    assert len(flags) == 1
    assert flags[0].kind == "actie" and flags[0].status == "afgerond" and flags[0].times_raised == 2


def test_action_header_row_with_owner_moved_to_actor_still_maps_columns() -> None:
    corpus = Corpus()
    for date, status in (("2024-01-15", "open"), ("2024-03-11", "nog niet gereed")):
        d = corpus.doc(date)
        d.unit("Nr | Actie | Actiehouder | Status", "Afspraken", kind="table_row")
        d.unit(f"1 | Werkbezoek organiseren | {status}", "Afspraken", actor="[PERSOON_4]", kind="table_row")
    flags = find_flags(corpus.state(), FlagsConfig())
    assert len(flags) == 1 and flags[0].owner == "[PERSOON_4]" and flags[0].times_raised == 2


def test_cancelled_action_is_not_open() -> None:
    corpus = Corpus()
    corpus.doc("2024-01-15").unit("Actie [PERSOON_2]: werkbezoek organiseren.", "Acties")
    corpus.doc("2024-03-11").unit("Actie [PERSOON_2]: werkbezoek organiseren – vervalt.", "Acties")
    assert find_flags(corpus.state(), FlagsConfig()) == []
    flags = find_flags(corpus.state(), FlagsConfig(), include_resolved=True)
    assert flags[0].status == "vervallen"


def test_action_reported_done_and_then_back_open_is_flagged() -> None:
    corpus = Corpus()
    corpus.doc("2024-01-15").unit("Actie [PERSOON_2]: werkbezoek organiseren – gereed.", "Acties")
    corpus.doc("2024-03-11").unit("Actie [PERSOON_2]: werkbezoek organiseren – toch nog niet gereed.", "Acties")
    flags = find_flags(corpus.state(), FlagsConfig())
    assert len(flags) == 1 and flags[0].status == "open"


def test_action_headings_are_recognised() -> None:
    assert is_action_heading("Notulen > 5. Actielijst")
    assert is_action_heading("Acties en afspraken")
    assert not is_action_heading("Notulen > 3. Klachtenregeling")


def test_numbered_row_with_a_status_cell_is_an_action_under_any_heading() -> None:
    unit = _unit(
        "3 | Dashboard streefcijfers opleveren | nog niet gereed",
        "Notulen > 4. Voortgang",
        actor="[PERSOON_7]",
        kind="table_row",
    )
    line = parse_action(unit, None, False)
    assert line is not None and line.owner == "[PERSOON_7]" and line.description == "Dashboard streefcijfers opleveren"
    assert (
        parse_action(
            _unit("3 | De voortgang is goed | Het plan werkt", "Notulen > 4. Voortgang", kind="table_row"), None, False
        )
        is None
    )


def test_agenda_items_about_action_plans_are_not_action_lists() -> None:
    assert not is_action_heading("Notulen > 3. Actieplan discriminatie")
    assert not is_action_heading("4. Afspraken met directies over representatie")
    assert is_action_heading("Besluiten- en actielijst")
