"""Themes: the only package that imports BERTopic. Taxonomy, vectorizer, model, labels, quotes, persistence."""

from themes.themes.analyse import (
    AnalysisResult,
    analyse_workspace,
    embed_pending,
    incremental_message,
    write_analysis_outputs,
)
from themes.themes.model import FittedTheme, ThemeModel
from themes.themes.taxonomy import Taxonomy, TaxonomyTheme, load_taxonomy

__all__ = [
    "AnalysisResult",
    "FittedTheme",
    "Taxonomy",
    "TaxonomyTheme",
    "ThemeModel",
    "analyse_workspace",
    "embed_pending",
    "incremental_message",
    "load_taxonomy",
    "write_analysis_outputs",
]
