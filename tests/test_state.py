from themes.state import load_state
from themes.types import Assignment, Document, Quote, Segment, Theme


def _fill(ws):
    doc = Document("d1", "a.txt", "A", "notulen", "2024-01-15", None, None, "d1")
    segs = [Segment(f"d1-{i:05d}", "d1", i, f"tekst {i}") for i in range(4)]
    ws.add_document(doc, segs)
    themes = [Theme("T01", "leiderschap", size=2, quotes=(Quote("d1-00000", "tekst 0", "A"),)),
              Theme("T02", "sturing", size=1), Theme("T03", "urgentie", size=1)]
    assignments = [Assignment("d1-00000", "T01", 0.9), Assignment("d1-00001", "T01", 0.8),
                   Assignment("d1-00002", "T02", 0.7), Assignment("d1-00003", "T03", 0.6)]
    ws.save_themes(themes, assignments)


def test_rename_applies_on_read_and_merge_moves_units(workspace):
    _fill(workspace)
    workspace.set_override("T01", label="rol van leidinggevenden")
    workspace.set_override("T02", merged_into="T01")
    state = load_state(workspace)
    labels = {t.theme_id: t.label for t in state.themes}
    assert labels == {"T01": "rol van leidinggevenden", "T03": "urgentie"}
    assert state.theme("T01").size == 3
    assert {a.segment_id for a in state.assignments if a.theme_id == "T01"} == {"d1-00000", "d1-00001", "d1-00002"}


def test_merge_cycle_is_ignored(workspace):
    _fill(workspace)
    workspace.set_override("T01", merged_into="T02")
    workspace.set_override("T02", merged_into="T01")
    state = load_state(workspace)
    assert len(state.themes) >= 2


def test_segments_come_back_in_document_order_then_position(workspace):
    first = Document("d2", "b.txt", "B", "notulen", "2024-02-01", None, None, "d2")
    second = Document("d1", "a.txt", "A", "notulen", "2024-01-15", None, None, "d1")
    workspace.add_document(first, [Segment(f"d2-{i}", "d2", i, f"b {i}") for i in (2, 0, 1)])
    workspace.add_document(second, [Segment(f"d1-{i}", "d1", i, f"a {i}", trivial=i == 1) for i in (1, 0)])
    state = load_state(workspace)
    assert [s.segment_id for s in state.segments] == ["d2-0", "d2-1", "d2-2", "d1-0", "d1-1"]
    assert [s.trivial for s in state.segments] == [False, False, False, False, True]
    assert [s.segment_id for s in workspace.segments(include_trivial=False, doc_ids=["d1"])] == ["d1-0"]


def test_state_without_overrides_keeps_every_assignment(workspace):
    _fill(workspace)
    state = load_state(workspace)
    assert [(a.segment_id, a.theme_id) for a in state.assignments] == [
        ("d1-00000", "T01"), ("d1-00001", "T01"), ("d1-00002", "T02"), ("d1-00003", "T03")]
