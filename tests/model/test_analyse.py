import re
import shutil

import yaml

from themes.config import PipelineConfig, override
from themes.model import analyse_workspace, write_analysis_outputs
from themes.model.persistence import MODEL_FOLDER, load_theme_table
from themes.state import load_state
from themes.store import Workspace


def test_every_unit_outside_the_allowed_outlier_share_gets_a_theme(analysed_dir):
    with Workspace.open(analysed_dir) as ws:
        assignments = ws.assignments()
    unassigned = sum(a.theme_id is None for a in assignments)
    assert assignments
    assert unassigned <= 0.10 * len(assignments)


def test_trivial_answers_are_not_analysed(analysed_dir):
    with Workspace.open(analysed_dir) as ws:
        trivial = {s.segment_id for s in ws.segments() if s.trivial}
        assigned = {a.segment_id for a in ws.assignments()}
    assert trivial and not trivial & assigned


def test_labels_are_readable_and_keywords_clean(analysed_dir):
    with Workspace.open(analysed_dir) as ws:
        themes = ws.themes()
    assert len(themes) >= 13
    for theme in themes:
        assert not re.match(r"^-?\d+_", theme.label), theme.label
        assert "_" not in theme.label
        assert re.fullmatch(r"T\d{2,}", theme.theme_id)
        for keyword in theme.keywords:
            assert not re.search(r"\d|\[|\]|\bpersoon\b|\bemail\b", keyword), keyword
    assert len({t.label.lower() for t in themes}) == len(themes)


def test_themes_carry_diverse_quotes_with_their_reference(analysed_dir):
    with Workspace.open(analysed_dir) as ws:
        themes = [t for t in ws.themes() if t.size >= 5]
    assert themes
    for theme in themes:
        assert 3 <= len(theme.quotes) <= 5
        assert len({q.segment_id for q in theme.quotes}) == len(theme.quotes)
        assert all(q.document and q.round in {"ronde 1", "ronde 2"} for q in theme.quotes)


def test_taxonomy_theme_without_units_is_listed_with_size_zero(survey_csv, tmp_path):
    from themes.config import PROJECT_ROOT

    data = yaml.safe_load((PROJECT_ROOT / "models" / "taxonomy.yml").read_text(encoding="utf-8"))
    data["themes"].append({"key": "ruimtevaart", "name": "ruimtevaart", "description": "Raketten en planeten.",
                           "seeds": ["raketlancering", "astronaut in een baan om Mars", "ruimtestation"]})
    taxonomy = tmp_path / "taxonomie.yml"
    taxonomy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    config = override(PipelineConfig(), {"themes.taxonomy": str(taxonomy)})
    shutil.copy(survey_csv, tmp_path / "a.csv")
    from themes.ingest import SurveyOptions
    from themes.pipeline import ingest_paths

    with Workspace.create(tmp_path / "w") as ws:
        ingest_paths(ws, [tmp_path / "a.csv"], config, survey=SurveyOptions(text_columns=("antwoord",)))
        result = analyse_workspace(ws, config, progress=False)
        state = load_state(ws)
    space = [t for t in result.themes if t.taxonomy == "ruimtevaart"]
    assert len(space) == 1 and space[0].size == 0 and not space[0].is_new
    rows = (write_analysis_outputs(state, tmp_path / "out")[0]).read_text(encoding="utf-8").splitlines()
    assert any(",ruimtevaart,,0,ruimtevaart,nee" in row for row in rows)


def test_same_workspace_and_config_give_identical_assignments(analysed_copy, tmp_path):
    with Workspace.open(analysed_copy) as ws:
        first = write_analysis_outputs(load_state(ws), tmp_path / "a")[1].read_bytes()
        analyse_workspace(ws, PipelineConfig(), progress=False, full=True)  # a full refit, not an incremental one
        second = write_analysis_outputs(load_state(ws), tmp_path / "b")[1].read_bytes()
    assert first == second


def test_fresh_workspaces_give_identical_themes_and_assignments(analysed_dir, survey_csv, tmp_path):
    from themes.ingest import SurveyOptions
    from themes.pipeline import ingest_paths

    # Same secret key (pseudonyms depend on it), otherwise a brand-new workspace.
    (tmp_path / "w").mkdir()
    shutil.copy(analysed_dir / "sleutel.key", tmp_path / "w" / "sleutel.key")
    with Workspace.create(tmp_path / "w") as ws:
        ingest_paths(ws, [survey_csv], PipelineConfig(),
                     survey=SurveyOptions(text_columns=("antwoord",), id_column="id", round_column="ronde"))
        analyse_workspace(ws, PipelineConfig(), progress=False)
        fresh = write_analysis_outputs(load_state(ws), tmp_path / "a")
    with Workspace.open(analysed_dir) as ws:
        old = write_analysis_outputs(load_state(ws), tmp_path / "b")
    assert [p.read_bytes() for p in fresh] == [p.read_bytes() for p in old]


def test_model_is_saved_with_redacted_text_only(analysed_dir):
    with Workspace.open(analysed_dir) as ws:
        folder = ws.models_dir / MODEL_FOLDER
        table = load_theme_table(ws.models_dir)
        ids = {t.theme_id for t in ws.themes()}
    assert (folder / "bertopic" / "topics.json").exists()
    assert (folder / "bertopic" / "ctfidf_config.json").exists()
    assert {t["theme_id"] for t in table["themes"]} == ids
    saved = "".join(p.read_text(encoding="utf-8", errors="ignore") for p in folder.rglob("*.json"))
    assert "Jan de Vries" not in saved and "jan.devries@example.nl" not in saved


def test_rename_and_merge_survive_a_rerun(analysed_copy):
    with Workspace.open(analysed_copy) as ws:
        themes = sorted(ws.themes(), key=lambda t: -t.size)
        keep, gone, renamed = themes[0], themes[1], themes[2]
        ws.set_override(renamed.theme_id, label="mijn eigen naam")
        ws.set_override(gone.theme_id, merged_into=keep.theme_id)
        analyse_workspace(ws, PipelineConfig(), progress=False)
        state = load_state(ws)
    ids = {t.theme_id for t in state.themes}
    assert gone.theme_id not in ids and keep.theme_id in ids
    assert state.theme(renamed.theme_id).label == "mijn eigen naam"
    assert state.theme(keep.theme_id).size >= keep.size + gone.size
