"""Redaction of Dutch personal data: detectors, overlap resolution, operators and keyed pseudonyms.

``Redactor(config, key).redact_batch(texts)`` is the entry point; nothing heavy loads at import time.
"""

from themes.redact.redactor import RedactionResult, Redactor

__all__ = ["RedactionResult", "Redactor"]
