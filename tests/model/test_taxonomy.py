from pathlib import Path

import pytest

from themes.errors import ConfigError
from themes.model.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_taxonomy_has_the_thirteen_field_themes_with_enough_seeds():
    taxonomy = load_taxonomy(ROOT / "models" / "taxonomy.yml")
    assert len(taxonomy.themes) == 13
    assert {"urgentie", "sociale_veiligheid", "racisme_discriminatie", "toegankelijkheid"} <= set(taxonomy.keys)
    for theme in taxonomy.themes:
        assert 10 <= len(theme.seeds) <= 20, theme.key
        assert theme.description and "\n" not in theme.description


def test_unknown_key_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "taxonomie.yml"
    path.write_text("themes:\n  - key: a\n    name: A\n    description: d\n    seeds: [x]\n    zaadwoorden: [y]\n")
    with pytest.raises(ConfigError, match="taxonomie.yml.*zaadwoorden"):
        load_taxonomy(path)


def test_duplicate_keys_are_refused(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text(
        "themes:\n  - {key: a, name: A, description: d, seeds: [x]}\n  - {key: a, name: B, description: d, seeds: [y]}\n"
    )
    with pytest.raises(ConfigError, match="duplicate"):
        load_taxonomy(path)


def test_missing_seeds_and_bad_key_are_refused(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text("themes:\n  - {key: Grote Letters, name: A, description: d, seeds: []}\n")
    with pytest.raises(ConfigError, match="t.yml"):
        load_taxonomy(path)


def test_missing_file_and_bad_yaml_name_the_file(tmp_path):
    with pytest.raises(ConfigError, match="weg.yml"):
        load_taxonomy(tmp_path / "weg.yml")
    bad = tmp_path / "kapot.yml"
    bad.write_text("themes: [\n")
    with pytest.raises(ConfigError, match="kapot.yml"):
        load_taxonomy(bad)
