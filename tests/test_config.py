from pathlib import Path

import pytest

from themes.config import PipelineConfig, load_config, override
from themes.errors import ConfigError

DEFAULT = Path(__file__).resolve().parents[1] / "pipelines" / "default.yml"


def test_default_pipeline_file_spells_out_every_default():
    config = load_config(DEFAULT)
    assert config == PipelineConfig()
    text = DEFAULT.read_text(encoding="utf-8")
    for section, values in PipelineConfig().model_dump().items():
        for key in values:
            assert f"{key}:" in text, f"{section}.{key} missing from pipelines/default.yml"


def test_unknown_key_is_refused_with_the_file_named(tmp_path):
    path = tmp_path / "p.yml"
    path.write_text("themes:\n  sead: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"p\.yml: themes\.sead"):
        load_config(path)


def test_override_validates_again():
    assert override(PipelineConfig(), {"themes.seed": 7}).themes.seed == 7
    with pytest.raises(ConfigError):
        override(PipelineConfig(), {"themes.nope": 1})
