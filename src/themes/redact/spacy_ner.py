"""Optional spaCy NER detector: used only when an ``nl_core_news_*`` pipeline is installed.

This is the one module that loads a trained spaCy pipeline. Nothing loads at import time; ``load`` is
explicit and a ready ``nlp`` object can be passed in (tests use a fake one).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any

from themes.types import Span

MODEL_NAMES = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
PERSON_LABELS = frozenset({"PER", "PERSON"})


def installed_model() -> str | None:
    """The name of the largest installed Dutch spaCy pipeline, or None."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


class SpacyNameDetector:
    """Person names from a spaCy pipeline's entity recogniser.

    Args:
        nlp: a loaded pipeline (or any callable with ``pipe`` giving docs with ``ents``); None loads ``model``.
        model: the package name to load when ``nlp`` is None.
        score: confidence given to its spans.
    """

    name = "spacy"

    def __init__(self, nlp: Any = None, model: str | None = None, score: float = 0.7) -> None:
        self.nlp = nlp
        self.model = model
        self.score = score

    def load(self) -> SpacyNameDetector:
        """Load the pipeline once (only its NER is needed)."""
        if self.nlp is None:
            import spacy

            name = self.model or installed_model()
            if name is None:
                raise RuntimeError("no nl_core_news_* pipeline installed")
            self.nlp = spacy.load(name, disable=["lemmatizer", "parser", "tagger", "morphologizer",
                                                 "attribute_ruler", "senter"])
        return self

    def detect_batch(self, texts: Sequence[str]) -> list[list[Span]]:
        """Person spans per text."""
        self.load()
        out: list[list[Span]] = []
        for doc in self.nlp.pipe(texts):
            out.append([
                Span(ent.start_char, ent.end_char, "PERSOON", self.score, self.name)
                for ent in doc.ents
                if ent.label_ in PERSON_LABELS and ent.end_char > ent.start_char
            ])
        return out
