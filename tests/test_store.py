from themes.store import Workspace
from themes.types import Document, Segment


def _doc(h: str = "abc") -> Document:
    return Document(doc_id=h, source_path="a.txt", title="A", doc_type="notulen", date="2024-01-02",
                    round="ronde 1", unit=None, content_hash=h)


def test_same_content_is_stored_once(workspace):
    segs = [Segment(segment_id="abc-00000", doc_id="abc", position=0, text="Tekst")]
    assert workspace.add_document(_doc(), segs, {"PERSOON": 2})
    assert not workspace.add_document(_doc(), segs, {"PERSOON": 2})
    assert len(workspace.segments()) == 1
    assert workspace.span_counts() == {"abc": {"PERSOON": 2}}


def test_failure_inside_transaction_leaves_workspace_unchanged(workspace):
    bad = [Segment(segment_id="x-1", doc_id="abc", position=0, text="a"),
           Segment(segment_id="x-1", doc_id="abc", position=1, text="b")]  # duplicate primary key
    try:
        workspace.add_document(_doc(), bad)
    except Exception:
        pass
    assert workspace.documents() == []
    assert workspace.segments() == []


def test_workspace_key_is_stable_and_private(tmp_path):
    ws = Workspace.create(tmp_path / "w")
    key = ws.key
    ws.close()
    again = Workspace.open(tmp_path / "w")
    assert again.key == key and len(key) == 32
    assert (tmp_path / "w" / "sleutel.key").stat().st_mode & 0o077 == 0
