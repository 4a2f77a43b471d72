import numpy as np
import pytest
from rounds_corpus import COUNTS, SPLIT_EVENT, WORDING, build_records, build_state

from themes.config import RoundsConfig
from themes.errors import AnalysisError
from themes.identity import match_themes
from themes.rounds import available_rounds, compare_rounds, default_rounds
from themes.state import AnalysisState
from themes.types import Assignment, Document, Segment, Theme


@pytest.fixture(scope="module")
def comparison():
    return compare_rounds(build_state(), RoundsConfig())


def test_two_round_corpus_gives_the_known_statuses(comparison):
    status = {t.theme_id: t.status for t in comparison.trends}
    assert status == {
        "T01": "blijvend", "T02": "nieuw", "T03": "verdwenen", "T04": "blijvend", "T05": "nieuw",
        "T06": "afnemend", "T07": "te weinig data",
    }


def test_shares_are_of_all_units_of_the_round_outliers_included(comparison):
    assert comparison.rounds == ("ronde 1", "ronde 2")
    assert comparison.totals == (("ronde 1", 100), ("ronde 2", 100))
    werkdruk = comparison.trend("T06")
    assert [(s.units, s.share) for s in werkdruk.per_round] == [(20, 0.2), (5, 0.05)]
    assert werkdruk.change == pytest.approx(-0.15)
    assert werkdruk.effect_size < -0.4
    assert werkdruk.p_adjusted >= werkdruk.p_value


def test_documents_and_organisational_units_are_counted_per_round(comparison):
    new = comparison.trend("T02")
    assert [(s.documents, s.org_units) for s in new.per_round] == [(0, 0), (2, 2)]
    assert comparison.documents == (("ronde 1", 2), ("ronde 2", 2))


def test_persisting_theme_is_quoted_in_each_rounds_own_wording(comparison):
    quotes = dict(comparison.trend("T01").quotes_per_round)
    assert [q.text for q in quotes["ronde 1"]] == WORDING[("T01", "ronde 1")][:3]
    assert [q.text for q in quotes["ronde 2"]] == WORDING[("T01", "ronde 2")][:3]
    assert all(q.round == "ronde 2" for q in quotes["ronde 2"])
    assert quotes["ronde 1"][0].document.startswith("Panelverslag ronde 1")


def test_split_event_is_reported_in_comparison_and_summary(comparison):
    assert comparison.events == (SPLIT_EVENT,)
    assert any(s.startswith("Gesplitst") and "T04" in s for s in comparison.summary)


def test_summary_names_the_new_theme_with_dutch_numbers(comparison):
    assert "Nieuw in ronde 2: ongemak en weerstand (20% van de eenheden; p < 0,001)." in comparison.summary
    assert any(s.startswith("Verdwenen na ronde 1: taalbarrières") for s in comparison.summary)
    assert any(s.startswith("Afnemend: werkdruk, van 20% in ronde 1 naar 5% in ronde 2 (p = 0,0") for s in comparison.summary)


def _two_round_state(theme_counts, totals=(40, 40), count=1):
    """One theme with the given unit counts per round; the rest of each round are outliers."""
    docs = [Document(f"d{r}", f"r{r}.txt", f"Ronde {r}", "panelverslag", None, f"ronde {r}", None, f"h{r}")
            for r in (1, 2)]
    segs, assigns = [], []
    for r, (n_theme, total) in enumerate(zip(theme_counts, totals, strict=True), start=1):
        for i in range(total // count):
            sid = f"s{r}-{i}"
            segs.append(Segment(sid, f"d{r}", i, f"antwoord {r} nummer {i}", count=count))
            assigns.append(Assignment(sid, "T01" if i < n_theme // count else None, 0.9))
    return AnalysisState(tuple(docs), tuple(segs), (Theme("T01", "thema"),), tuple(assigns))


def test_tiny_change_on_few_units_is_not_groeiend():
    trend = compare_rounds(_two_round_state((5, 8)), RoundsConfig()).trend("T01")
    assert trend.status == "blijvend"
    assert trend.p_adjusted > 0.05


def test_large_change_on_the_same_base_is_groeiend():
    assert compare_rounds(_two_round_state((5, 25)), RoundsConfig()).trend("T01").status == "groeiend"


def test_theme_with_fewer_than_min_units_in_every_round_is_te_weinig_data():
    trend = compare_rounds(_two_round_state((1, 4)), RoundsConfig(min_units=5)).trend("T01")
    assert trend.status == "te weinig data"
    assert trend.p_adjusted is None
    assert compare_rounds(_two_round_state((1, 4)), RoundsConfig(min_units=4)).trend("T01").status != "te weinig data"


def test_absent_then_present_without_significance_is_te_weinig_data_not_nieuw():
    assert compare_rounds(_two_round_state((0, 5)), RoundsConfig()).trend("T01").status == "te weinig data"


def test_collapsed_answers_weigh_with_their_count():
    comparison = compare_rounds(_two_round_state((10, 30), totals=(50, 50), count=5), RoundsConfig())
    assert comparison.totals == (("ronde 1", 50), ("ronde 2", 50))
    assert [s.units for s in comparison.trend("T01").per_round] == [10, 30]


def test_trivial_segments_are_left_out():
    state = _two_round_state((5, 5))
    segs = state.segments + (Segment("triv", "d1", 99, "geen", trivial=True),)
    state = AnalysisState(state.documents, segs, state.themes, state.assignments + (Assignment("triv", None, 0.0),))
    assert compare_rounds(state, RoundsConfig()).totals == (("ronde 1", 40), ("ronde 2", 40))


def _mixed_state():
    """Panel rounds (explicit) plus undated-round minutes in two half years."""
    documents, segments, themes, assignments, events = build_records()
    minutes = [Document(f"m{k}", f"notulen{k}.docx", f"Notulen {k}", "notulen", date, None, "Stuurgroep", f"mh{k}")
               for k, date in ((1, "2024-02-01"), (2, "2024-10-01"))]
    extra_segs, extra_assign = [], []
    for doc in minutes:
        for i in range(12):
            sid = f"{doc.doc_id}-{i}"
            extra_segs.append(Segment(sid, doc.doc_id, i, f"agendapunt {i} over werving"))
            extra_assign.append(Assignment(sid, "T01" if (doc.doc_id == "m2" or i < 3) else None, 0.8))
    return AnalysisState(tuple(documents + minutes), tuple(segments + extra_segs), tuple(themes),
                         tuple(assignments + extra_assign), events=tuple(events))


def test_explicit_rounds_are_the_default_when_minutes_have_only_dates():
    state = _mixed_state()
    assert available_rounds(state) == ["2024-H1", "2024-H2", "ronde 1", "ronde 2"]
    assert default_rounds(state) == ["ronde 1", "ronde 2"]
    assert compare_rounds(state, RoundsConfig()).rounds == ("ronde 1", "ronde 2")


def test_minutes_are_compared_by_period_when_named():
    comparison = compare_rounds(_mixed_state(), RoundsConfig(), ["2024-H2", "2024-H1"])
    assert comparison.rounds == ("2024-H1", "2024-H2")
    assert comparison.totals == (("2024-H1", 12), ("2024-H2", 12))
    assert [s.units for s in comparison.trend("T01").per_round] == [3, 12]


def test_period_kind_follows_the_names_asked_for():
    comparison = compare_rounds(_mixed_state(), RoundsConfig(), ["2024-K1", "2024-K4"])
    assert comparison.period == "kwartaal"
    assert comparison.rounds == ("2024-K1", "2024-K4")


def test_round_names_match_ignoring_case_and_unknown_rounds_are_refused():
    assert compare_rounds(build_state(), RoundsConfig(), ["Ronde 1", "ronde  2"]).rounds == ("ronde 1", "ronde 2")
    with pytest.raises(AnalysisError, match="ronde 3"):
        compare_rounds(build_state(), RoundsConfig(), ["ronde 1", "ronde 3"])


def test_workspace_without_themes_is_refused():
    state = build_state()
    with pytest.raises(AnalysisError):
        compare_rounds(AnalysisState(state.documents, state.segments, (), ()), RoundsConfig())


def test_one_round_is_not_over_interpreted():
    comparison = compare_rounds(build_state(), RoundsConfig(), ["ronde 2"])
    assert {t.status for t in comparison.trends} == {"te weinig data"}
    assert "maar één ronde" in comparison.summary[0]


def test_near_identical_quotes_are_not_both_chosen():
    docs = [Document("d1", "a.txt", "Ronde 1", "panelverslag", None, "ronde 1", None, "h1")]
    texts = ["De werkdruk is te hoog voor iedereen", "de werkdruk is te hoog voor iedereen!",
             "Er is geen tijd voor de training", "Roosters zijn krap"]
    segs = tuple(Segment(f"s{i}", "d1", i, t) for i, t in enumerate(texts))
    assigns = tuple(Assignment(f"s{i}", "T01", 0.9 - 0.1 * i) for i in range(len(texts)))
    state = AnalysisState(tuple(docs), segs, (Theme("T01", "werkdruk"),), assigns)
    quotes = dict(compare_rounds(state, RoundsConfig(n_quotes=3)).trend("T01").quotes_per_round)["ronde 1"]
    assert [q.segment_id for q in quotes] == ["s0", "s2", "s3"]


def test_split_found_by_match_themes_reaches_the_comparison():
    rng = np.random.default_rng(0)
    basis = np.linalg.qr(rng.normal(size=(16, 8)))[0].T  # 8 orthonormal directions
    previous = {"T01": basis[0], "T04": basis[4]}
    current = {"0": basis[0], "1": basis[4] + 0.35 * basis[5], "2": basis[4] + 0.35 * basis[6]}
    match = match_themes(previous, current, RoundsConfig().match_threshold)
    assert any(kind == "gesplitst" for kind, _ in match.events)
    theme_of = {key: match.mapping[key] or "T05" for key in current}  # the unmatched half becomes a new theme
    assert sorted(theme_of.values()) == ["T01", "T04", "T05"]

    documents, segments, themes, _assignments, _events = build_records()
    cluster_of = {"T01": "0", "T04": "1", "T05": "2"}
    assignments = []
    for seg in segments:
        original = seg.segment_id.split("-")[1]
        tid = original if original in cluster_of else None
        assignments.append(Assignment(seg.segment_id, theme_of[cluster_of[tid]] if tid else None, 0.9))
    events = tuple(("run-2", kind, detail) for kind, detail in match.events)
    state = AnalysisState(tuple(documents), tuple(segments), tuple(t for t in themes if t.theme_id in cluster_of),
                          tuple(assignments), events=events)
    comparison = compare_rounds(state, RoundsConfig())
    assert [e[1] for e in comparison.events] == ["gesplitst"]
    assert any(s.startswith("Gesplitst") and "T04" in s for s in comparison.summary)
    assert comparison.trend("T05").status == "nieuw"
    assert [s.units for s in comparison.trend("T05").per_round] == list(COUNTS["T05"])


def test_rounds_left_out_are_named_in_the_summary():
    comparison = compare_rounds(_mixed_state(), RoundsConfig())
    assert comparison.other_rounds == (("2024-H1", 12), ("2024-H2", 12))
    assert "Ook in de werkmap maar hier niet vergeleken: 2024-H1 (12 eenheden) en 2024-H2 (12 eenheden)." in comparison.summary


def test_a_round_ingested_after_the_analysis_is_left_out_and_named():
    state = build_state()
    doc = Document("d31", "r3.docx", "Panelverslag ronde 3", "panelverslag", None, "ronde 3", None, "h31")
    late = tuple(Segment(f"late-{i}", "d31", i, f"nieuw punt {i}") for i in range(10))
    state = AnalysisState(state.documents + (doc,), state.segments + late, state.themes, state.assignments,
                          events=state.events)
    comparison = compare_rounds(state, RoundsConfig())
    assert comparison.rounds == ("ronde 1", "ronde 2")
    assert comparison.unanalysed_rounds == ("ronde 3",)
    assert any("ronde 3" in s and "themes analyse" in s for s in comparison.summary)
    with pytest.raises(AnalysisError, match="nog niet geanalyseerd"):
        compare_rounds(state, RoundsConfig(), ["ronde 1", "ronde 3"])


def _three_round_state(counts, total=100):
    docs = [Document(f"d{r}", f"r{r}.txt", f"Ronde {r}", "panelverslag", None, f"ronde {r}", None, f"h{r}")
            for r in range(1, len(counts) + 1)]
    segs, assigns = [], []
    for r, n in enumerate(counts, start=1):
        for i in range(total):
            segs.append(Segment(f"s{r}-{i}", f"d{r}", i, f"antwoord {r} nummer {i}"))
            assigns.append(Assignment(f"s{r}-{i}", "T01" if i < n else None, 0.9))
    return AnalysisState(tuple(docs), tuple(segs), (Theme("T01", "werkdruk"),), tuple(assigns))


def test_more_than_two_rounds_adds_a_chi_square_over_all_rounds():
    swing = compare_rounds(_three_round_state((10, 40, 10)), RoundsConfig()).trend("T01")
    assert swing.status == "blijvend"
    assert swing.p_overall < 0.001
    comparison = compare_rounds(_three_round_state((10, 40, 10)), RoundsConfig())
    assert any(s.startswith("Wisselend tussen de rondes") for s in comparison.summary)
    assert "chi-kwadraattoets" in comparison.method
    steady = compare_rounds(_three_round_state((10, 11, 10)), RoundsConfig()).trend("T01")
    assert steady.p_overall > 0.5


def test_first_and_last_of_three_rounds_are_tested():
    trend = compare_rounds(_three_round_state((10, 15, 35)), RoundsConfig()).trend("T01")
    assert trend.status == "groeiend"
    assert [s.round for s in trend.per_round] == ["ronde 1", "ronde 2", "ronde 3"]


def test_embeddings_decide_near_duplicates_when_given():
    docs = (Document("d1", "a.txt", "Ronde 1", "panelverslag", None, "ronde 1", None, "h1"),)
    texts = ["Werkdruk is hoog", "Er is te veel werk", "Roosters zijn krap"]
    segs = tuple(Segment(f"s{i}", "d1", i, t) for i, t in enumerate(texts))
    assigns = tuple(Assignment(f"s{i}", "T01", 0.9 - 0.1 * i) for i in range(3))
    state = AnalysisState(docs, segs, (Theme("T01", "werkdruk"),), assigns)
    same = np.array([1.0, 0.0], dtype=np.float32)
    vectors = {"s0": same, "s1": same, "s2": np.array([0.0, 1.0], dtype=np.float32)}
    quotes = dict(compare_rounds(state, RoundsConfig(), embeddings=vectors).trend("T01").quotes_per_round)
    assert [q.segment_id for q in quotes["ronde 1"]] == ["s0", "s2"]


def test_without_a_real_change_a_theme_is_rarely_called_changed():
    """Family-wise error under the null: same theme mix in both rounds, 7 themes, 150 units per round."""
    rng = np.random.default_rng(11)
    shares = np.array([0.25, 0.2, 0.15, 0.12, 0.1, 0.1, 0.08])
    themes = tuple(Theme(f"T{i}", f"thema {i}") for i in range(len(shares)))
    docs = tuple(Document(f"d{r}", f"r{r}.txt", f"R{r}", "enquete", None, f"ronde {r}", None, f"h{r}") for r in (1, 2))
    flagged = 0
    for _ in range(100):
        segs, assigns = [], []
        for r in (1, 2):
            for i, k in enumerate(rng.choice(len(shares), size=150, p=shares)):
                segs.append(Segment(f"s{r}-{i}", f"d{r}", i, f"antwoord {i}"))
                assigns.append(Assignment(f"s{r}-{i}", f"T{k}", 0.9))
        comparison = compare_rounds(AnalysisState(docs, tuple(segs), themes, tuple(assigns)), RoundsConfig())
        flagged += any(t.status not in ("blijvend", "te weinig data") for t in comparison.trends)
    assert flagged <= 10


def test_new_theme_over_three_rounds_is_new_from_the_round_it_first_appears():
    comparison = compare_rounds(_three_round_state((0, 20, 30)), RoundsConfig())
    assert comparison.trend("T01").status == "nieuw"
    assert comparison.summary[0].startswith("Nieuw vanaf ronde 2: werkdruk (30% in ronde 3; p < 0,001)")


def test_persisting_theme_shows_the_words_of_each_round(comparison):
    words = dict(comparison.wording["T01"])
    assert "vacatureteksten" in words["ronde 1"] and "selectiegesprekken" not in words["ronde 1"]
    assert "selectiegesprekken" in words["ronde 2"] and "vacatureteksten" not in words["ronde 2"]
    assert dict(comparison.wording["T02"]) == {"ronde 1": (), "ronde 2": ()}  # only in one round: nothing to contrast
