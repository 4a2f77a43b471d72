"""The analysts' taxonomy (``models/taxonomy.yml``): known themes with a key, a name, a description and seed words.

The file is validated with pydantic and unknown keys are refused, so a typo is an error naming the file and the
place instead of a theme that silently never matches.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from themes.errors import ConfigError

_KEY_PATTERN = r"^[a-z][a-z0-9_]*$"


class TaxonomyTheme(BaseModel):
    """One known theme."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=_KEY_PATTERN, description="Stable key, e.g. 'sociale_veiligheid'.")
    name: str = Field(min_length=1, description="Dutch name shown in reports.")
    description: str = Field(min_length=1, description="One line saying what belongs here.")
    seeds: tuple[str, ...] = Field(min_length=1, description="Words and short phrases typical for the theme.")

    @field_validator("name", "description")
    @classmethod
    def _one_line(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("seeds")
    @classmethod
    def _clean_seeds(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(" ".join(str(s).split()) for s in value)
        if any(not s for s in cleaned):
            raise ValueError("seed words must not be empty")
        return cleaned

    def prototype_texts(self) -> list[str]:
        """Texts whose embeddings together describe the theme: the name and every seed.

        The description is left out: a long, general sentence is close to many long sentences of any theme and
        pulled framing and off-topic units into its theme.
        """
        return [self.name, *self.seeds]


class Taxonomy(BaseModel):
    """The whole taxonomy file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    themes: tuple[TaxonomyTheme, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> Taxonomy:
        for attr in ("key", "name"):
            seen: set[str] = set()
            for theme in self.themes:
                value = getattr(theme, attr).lower()
                if value in seen:
                    raise ValueError(f"duplicate theme {attr} {value!r}")
                seen.add(value)
        return self

    @property
    def keys(self) -> tuple[str, ...]:
        """Theme keys in file order."""
        return tuple(t.key for t in self.themes)

    def get(self, key: str) -> TaxonomyTheme:
        """The theme with this key (KeyError when absent)."""
        for theme in self.themes:
            if theme.key == key:
                return theme
        raise KeyError(key)


EMPTY_TAXONOMY = Taxonomy()


def load_taxonomy(path: str | Path | None) -> Taxonomy:
    """Read and validate a taxonomy file; ``None`` or an empty string gives an empty taxonomy.

    Raises:
        ConfigError: the file is missing, not YAML, or has unknown or invalid keys (the message names the file).
    """
    if path is None or str(path) == "":
        return EMPTY_TAXONOMY
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: taxonomie niet leesbaar ({exc.strerror})") from exc
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: taxonomie is geen geldige YAML") from exc
    if data is None:
        return EMPTY_TAXONOMY
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: taxonomie moet een mapping zijn met 'themes'")
    try:
        return Taxonomy.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "taxonomie"
        raise ConfigError(f"{path}: {where}: {first['msg']}") from exc
