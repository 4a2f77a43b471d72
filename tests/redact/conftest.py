"""Fixtures for redaction tests: one loaded redactor factory (lookup lists load once per session)."""

from __future__ import annotations

import pytest

from themes.config import RedactConfig
from themes.redact import Redactor

KEY = b"test-key-0123456789abcdef0123456"


@pytest.fixture()
def make_redactor():
    """Build a Redactor with config overrides: ``make_redactor(operators={...})``."""

    def make(key: bytes = KEY, known=(), **settings) -> Redactor:
        return Redactor(RedactConfig(**settings), key, known).load()

    return make


@pytest.fixture()
def redact(make_redactor):
    """Redact one text with the default config; returns the RedactionResult."""
    redactor = make_redactor()
    return lambda text: redactor.redact_batch([text])[0]
