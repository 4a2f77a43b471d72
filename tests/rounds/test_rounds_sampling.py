"""Round tests count documents (reports, minutes) or respondents (surveys), not fragments."""

from themes.config import RoundsConfig
from themes.rounds import compare_rounds
from themes.rounds.compare import MIN_SAMPLING_UNITS, sampling_keys
from themes.state import AnalysisState
from themes.types import Assignment, Document, Segment, Theme


def _minutes_state(theme_units_per_doc, n_docs=10, units_per_doc=10):
    """Per round ``n_docs`` minutes of ``units_per_doc`` units; ``theme_units_per_doc[r]`` lists T01 units per doc."""
    docs, segs, assigns = [], [], []
    for r, per_doc in enumerate(theme_units_per_doc, start=1):
        for k in range(n_docs):
            doc_id = f"m{r}-{k}"
            docs.append(Document(doc_id, f"{doc_id}.docx", f"Notulen {doc_id}", "notulen", None, f"ronde {r}",
                                 None, f"h-{doc_id}"))
            n_theme = per_doc[k] if k < len(per_doc) else 0
            for i in range(max(units_per_doc, n_theme)):
                sid = f"{doc_id}-{i}"
                segs.append(Segment(sid, doc_id, i, f"punt {i} van {doc_id}"))
                assigns.append(Assignment(sid, "T01" if i < n_theme else None, 0.9))
    return AnalysisState(tuple(docs), tuple(segs), (Theme("T01", "thema"),), tuple(assigns))


def _survey_state(respondents_with_theme, answers_each=3, n_respondents=20):
    """Per round one survey of ``n_respondents`` respondents; the first ones answer only about T01."""
    docs, segs, assigns = [], [], []
    for r, with_theme in enumerate(respondents_with_theme, start=1):
        doc_id = f"e{r}"
        docs.append(Document(doc_id, f"{doc_id}.csv", f"Enquête {r}", "enquete", None, f"ronde {r}", None, doc_id))
        for resp in range(n_respondents):
            for q in range(answers_each):
                sid = f"{doc_id}-{resp}-{q}"
                segs.append(Segment(sid, doc_id, resp * answers_each + q, f"antwoord {q} van {resp}", kind="answer",
                                    source_id=str(resp + 1)))
                assigns.append(Assignment(sid, "T01" if resp < with_theme else None, 0.9))
    return AnalysisState(tuple(docs), tuple(segs), (Theme("T01", "thema"),), tuple(assigns))


def test_one_long_document_does_not_make_a_theme_significant_by_itself():
    # round 2: one of ten minutes spends 40 fragments on the theme; round 1: one minutes mentions it twice
    comparison = compare_rounds(_minutes_state(([2], [40])), RoundsConfig())
    trend = comparison.trend("T01")
    assert [s.units for s in trend.per_round] == [2, 40]  # the fragment view is kept
    assert trend.p_value > 0.5
    assert trend.status == "blijvend"
    assert "Getoetst over documenten" in comparison.method
    assert "één keer per document" in comparison.method


def test_a_theme_that_spreads_over_documents_is_significant():
    comparison = compare_rounds(_minutes_state(([1], [1] * 10), n_docs=10), RoundsConfig())
    assert comparison.trend("T01").status == "groeiend"


def test_survey_rounds_are_tested_over_respondents_counting_a_theme_once_each():
    comparison = compare_rounds(_survey_state((4, 14)), RoundsConfig())
    trend = comparison.trend("T01")
    assert [s.units for s in trend.per_round] == [12, 42]
    assert trend.status == "groeiend"
    assert "Getoetst over respondenten (eerste en laatste ronde: 20 en 20)" in comparison.method
    # three answers of one respondent are one draw: 4 of 20 against 7 of 20 respondents is no significant change,
    # though it is 12 against 21 fragments
    assert compare_rounds(_survey_state((4, 7)), RoundsConfig()).trend("T01").p_value > 0.2


def test_with_few_documents_the_report_says_the_test_ran_over_fragments():
    comparison = compare_rounds(_minutes_state(([5, 5], [20, 20]), n_docs=2, units_per_doc=40), RoundsConfig())
    assert comparison.trend("T01").p_value < 0.05
    assert "Te weinig documenten om over te toetsen (eerste en laatste ronde: 2 en 2" in comparison.method
    assert "niet onafhankelijk" in comparison.method
    assert MIN_SAMPLING_UNITS > 2


def test_a_collapsed_group_of_answers_stands_for_each_of_its_respondents():
    doc = Document("e1", "e1.csv", "Enquête", "enquete", None, "ronde 1", None, "e1")
    seg = Segment("s1", "e1", 0, "geen idee", kind="answer", source_id="4, 9, 12", count=4)
    keys = sampling_keys(seg, doc)
    assert len(keys) == 4 and len(set(keys)) == 4
    report = Document("p1", "p1.docx", "Panelverslag", "panelverslag", None, "ronde 1", None, "p1")
    assert sampling_keys(Segment("s2", "p1", 0, "tekst"), report) == sampling_keys(Segment("s3", "p1", 1, "meer"), report)
