"""One pseudonym per person across the documents and ingests of a workspace, the same on every run."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

import themes.ingest.filemap as filemap
import themes.redact.pool as pool
import themes.workers as workers
from themes.config import PipelineConfig
from themes.pipeline import ingest_paths
from themes.store import KEY_NAME, Workspace

PSEUDONYM = re.compile(r"\[PERSOON_\d+\]")

# four fictitious minutes: the director by full name, by first name alone and by surname alone, in different files
MINUTES = {
    "2024-01-15_stuurgroep.txt": "Notulen stuurgroep\n\nAanwezig: Marloes Verbeek (directeur), Sander de Wit\n\n"
                                 "Marloes Verbeek opent de vergadering om tien uur.\n",
    "2024-02-12_stuurgroep.txt": "Notulen stuurgroep\n\nDe directeur Marloes licht het jaarplan toe.\n\n"
                                 "Sander vraagt om een planning per kwartaal.\n",
    "2024-03-11_stuurgroep.txt": "Notulen stuurgroep\n\nActie: Verbeek stuurt de planning voor de zomer rond.\n\n"
                                 "Het verslag wordt zonder wijzigingen vastgesteld.\n",
    "2024-04-08_stuurgroep.txt": "Notulen stuurgroep\n\nMarloes sluit de vergadering en dankt de werkgroep.\n\n"
                                 "Peter Jansen en Peter Harmsink presenteren de cijfers; Peter neemt de actie.\n",
}
DIRECTOR = ("opent de vergadering", "licht het jaarplan", "stuurt de planning", "sluit de vergadering")


def _write(folder: Path, names=None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in MINUTES.items():
        if names is None or name in names:
            (folder / name).write_text(text, encoding="utf-8")
            paths.append(folder / name)
    return paths


def _texts(ws: Workspace) -> list[str]:
    return [s.text for s in ws.segments()]


def _pseudonym_of(texts: list[str], phrase: str) -> str:
    hits = [t for t in texts if phrase in t]
    assert len(hits) == 1, (phrase, hits)
    found = PSEUDONYM.findall(hits[0])
    assert found, hits[0]
    return found[0]


def _ingest(ws: Workspace, paths: list[Path]) -> None:
    report = ingest_paths(ws, paths, PipelineConfig())
    assert len(report.added) == len(paths) and not report.failed


def test_one_pseudonym_for_the_director_across_documents_of_one_ingest(tmp_path):
    paths = _write(tmp_path / "notulen")
    with Workspace.create(tmp_path / "werkmap") as ws:
        _ingest(ws, paths)
        texts = _texts(ws)
    assert len({_pseudonym_of(texts, phrase) for phrase in DIRECTOR}) == 1
    aanwezig = PSEUDONYM.findall(next(t for t in texts if t.startswith("Aanwezig")))
    assert aanwezig[0] == _pseudonym_of(texts, "opent de vergadering")
    assert _pseudonym_of(texts, "vraagt om een planning") == aanwezig[1]  # Sander alone is Sander de Wit


def test_full_name_first_then_first_name_and_surname_in_later_ingests(tmp_path):
    folder = tmp_path / "notulen"
    with Workspace.create(tmp_path / "werkmap") as ws:
        for name in MINUTES:  # one ingest per meeting, in date order
            _ingest(ws, _write(folder, [name]))
        texts = _texts(ws)
    assert len({_pseudonym_of(texts, phrase) for phrase in DIRECTOR}) == 1


def test_first_name_first_then_full_name_in_a_later_ingest_links_to_the_earlier_person(tmp_path):
    folder = tmp_path / "notulen"
    order = ["2024-02-12_stuurgroep.txt", "2024-04-08_stuurgroep.txt", "2024-01-15_stuurgroep.txt",
             "2024-03-11_stuurgroep.txt"]  # "Marloes" alone twice, then the full name, then the surname alone
    with Workspace.create(tmp_path / "werkmap") as ws:
        for name in order:
            _ingest(ws, _write(folder, [name]))
        texts = _texts(ws)
    assert len({_pseudonym_of(texts, phrase) for phrase in DIRECTOR}) == 1


def test_a_first_name_two_people_share_gets_a_pseudonym_of_its_own(tmp_path):
    paths = _write(tmp_path / "notulen")
    with Workspace.create(tmp_path / "werkmap") as ws:
        _ingest(ws, paths)
        line = next(t for t in _texts(ws) if "presenteren de cijfers" in t)
    jansen, harmsink, peter = PSEUDONYM.findall(line)
    assert len({jansen, harmsink, peter}) == 3


def _canonical(ws: Workspace) -> list[tuple[str, str]]:
    """Stored segments by document id with each pseudonym renamed by first occurrence (keys differ per workspace)."""
    names: dict[str, str] = {}
    out = []
    for segment in sorted(ws.segments(), key=lambda s: (s.doc_id, s.position)):
        text = PSEUDONYM.sub(lambda m: names.setdefault(m.group(0), f"<P{len(names)}>"), segment.text)
        out.append((segment.doc_id, text))
    return out


@pytest.fixture
def parallel_everywhere(monkeypatch):
    """Files read and texts redacted in forked workers, however small the batch."""
    monkeypatch.setattr(filemap, "MIN_PARALLEL_FILES", 1)
    monkeypatch.setattr(filemap, "default_workers", lambda: 2)
    monkeypatch.setattr(pool, "MIN_PARALLEL_TEXTS", 1)
    monkeypatch.setattr(workers, "default_workers", lambda: 2)
    calls: list[int] = []
    real = pool._redact

    def counted(redactor, texts, n, groups, dates=None, absent=()):
        calls.append(n)
        return real(redactor, texts, n, groups, dates, absent)

    monkeypatch.setattr(pool, "_redact", counted)
    return calls


def test_three_fresh_workspaces_give_the_same_persons_whatever_the_file_order(tmp_path, parallel_everywhere):
    paths = _write(tmp_path / "notulen")
    orders = [paths, paths[::-1], [paths[2], paths[0], paths[3], paths[1]]]
    results = []
    for i, order in enumerate(orders):
        with Workspace.create(tmp_path / f"werkmap{i}") as ws:
            _ingest(ws, order)
            results.append(_canonical(ws))
            assert len({_pseudonym_of(_texts(ws), phrase) for phrase in DIRECTOR}) == 1
    assert parallel_everywhere == [2, 2, 2]  # every ingest redacted on two forked workers
    assert results[0] == results[1] == results[2]


def _rows(path: Path) -> dict[str, list]:
    db = sqlite3.connect(path / "themes.db")
    try:
        return {table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in ("segments", "name_registry", "person_registry", "person_tokens")}
    finally:
        db.close()


def test_the_same_key_gives_the_same_rows_byte_for_byte_in_parallel_and_in_any_order(tmp_path, parallel_everywhere):
    paths = _write(tmp_path / "notulen")
    rows = []
    for i, order in enumerate([paths, paths[::-1]]):
        path = tmp_path / f"werkmap{i}"
        path.mkdir()
        (path / KEY_NAME).write_text("cd" * 32)
        with Workspace.create(path) as ws:
            _ingest(ws, order)
        rows.append(_rows(path))
    assert rows[0] == rows[1]
    assert rows[0]["person_registry"] and rows[0]["person_tokens"]


def test_the_person_registry_in_the_database_holds_no_name(tmp_path):
    paths = _write(tmp_path / "notulen")
    with Workspace.create(tmp_path / "werkmap") as ws:
        _ingest(ws, paths)
    rows = _rows(tmp_path / "werkmap")
    stored = repr(rows["person_registry"] + rows["person_tokens"] + rows["name_registry"]).lower()
    for word in ("marloes", "verbeek", "sander", "peter", "jansen", "harmsink"):
        assert word not in stored
    segments = repr(rows["segments"]).lower()
    assert not any(word in segments for word in ("marloes", "verbeek", "harmsink"))


def test_a_first_name_met_in_two_earlier_ingests_is_linked_alike_under_every_key(tmp_path):
    """Peter Harmsink, then Peter Jansen, then Peter alone: never one of them chosen by the key's hash order."""
    folder = tmp_path / "notulen"
    texts = ["Notulen\n\nPeter Harmsink presenteert de cijfers.\n", "Notulen\n\nPeter Jansen presenteert de begroting.\n",
             "Notulen\n\nPeter neemt de actie over de zomerplanning.\n"]
    results = []
    for i in range(4):
        path = tmp_path / f"werkmap{i}"
        path.mkdir()
        (path / KEY_NAME).write_text(f"{i + 1:02x}" * 32)
        with Workspace.create(path) as ws:
            for n, text in enumerate(texts):
                file = folder / f"ronde{i}" / f"{n}.txt"
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_text(text, encoding="utf-8")
                _ingest(ws, [file])
            found = [PSEUDONYM.findall(t) for t in _texts(ws) if "Peter" not in t and "PERSOON" in t]
            results.append(_canonical(ws))
        assert len({p for ps in found for p in ps}) == 3, found  # Harmsink, Jansen and the ambiguous Peter
    assert all(r == results[0] for r in results)


TWO_PETERS = {
    "2024-05-13_werkgroep.txt": "Notulen werkgroep\n\nAanwezig: Peter Harmsink, Kofi Mensah\n\n"
                                "Peter opent de vergadering en Kofi notuleert.\n",
    "2024-06-10_werkgroep.txt": "Notulen werkgroep\n\nAanwezig: Peter Jansen, Kofi Mensah\n\n"
                                "Peter licht de begroting toe.\n",
}


@pytest.mark.parametrize("one_ingest", [True, False])
def test_a_first_name_alone_is_the_person_of_its_own_minutes(tmp_path, one_ingest):
    folder = tmp_path / "notulen"
    folder.mkdir()
    paths = []
    for name, text in TWO_PETERS.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    with Workspace.create(tmp_path / "werkmap") as ws:
        for batch in ([paths] if one_ingest else [[p] for p in paths]):
            _ingest(ws, batch)
        texts = _texts(ws)
    lists = [PSEUDONYM.findall(t) for t in texts if t.startswith("Aanwezig")]
    assert len(lists) == 2 and lists[0][1] == lists[1][1]  # Kofi Mensah: one person
    harmsink, jansen = lists[0][0], lists[1][0]
    assert harmsink != jansen
    assert _pseudonym_of(texts, "opent de vergadering") == harmsink
    assert _pseudonym_of(texts, "licht de begroting") == jansen


def test_a_first_name_alone_is_the_person_present_not_the_one_under_the_heading_of_those_absent(tmp_path):
    # a markdown minute: the list of those absent stands under its own heading, without "Afgemeld:" in the text
    folder = tmp_path / "notulen"
    folder.mkdir()
    (folder / "2024-05-13_werkgroep.md").write_text(
        "# Werkgroep\n\n## Aanwezig\n\nPeter Harmsink (Gemeente), Sanne Bakker (Kadaster), Kofi Mensah (Provincie)\n\n"
        "## Afgemeld\n\nPeter Jansen (Waterschap), Marloes Verbeek (Gemeente), Sander de Wit (Rijk)\n\n"
        "## Begroting\n\nPeter licht de begroting van het komende jaar toe.\n", encoding="utf-8")
    with Workspace.create(tmp_path / "werkmap") as ws:
        _ingest(ws, [folder / "2024-05-13_werkgroep.md"])
        texts = _texts(ws)
    present = PSEUDONYM.findall(next(t for t in texts if "(Kadaster)" in t))
    absent = PSEUDONYM.findall(next(t for t in texts if "(Waterschap)" in t))
    assert _pseudonym_of(texts, "licht de begroting") == present[0] != absent[0]
