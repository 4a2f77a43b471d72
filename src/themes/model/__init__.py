"""Themes: the only package that imports BERTopic. Taxonomy, vectorizer, model, labels, quotes, persistence."""

from themes.model.analyse import (
    AnalysisResult,
    analyse_workspace,
    embed_pending,
    incremental_message,
    load_evidence,
    write_analysis_outputs,
)
from themes.model.taxonomy import Taxonomy, TaxonomyTheme, load_taxonomy
from themes.model.thememodel import FittedTheme, ThemeModel

__all__ = [
    "AnalysisResult",
    "FittedTheme",
    "Taxonomy",
    "TaxonomyTheme",
    "ThemeModel",
    "analyse_workspace",
    "embed_pending",
    "incremental_message",
    "load_evidence",
    "load_taxonomy",
    "write_analysis_outputs",
]
