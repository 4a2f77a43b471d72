"""Regression cases from cases.json; known failures must still fail (move them when fixed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = json.loads((Path(__file__).with_name("cases.json")).read_text(encoding="utf-8"))


def _found(result):
    return [[result.text[s.start:s.end], s.label] for s in result.spans]


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["text"][:40])
def test_regression_case(redact, case):
    assert _found(redact(case["text"])) == case["expected"]


@pytest.mark.parametrize("case", CASES["known_failures"], ids=lambda c: c["text"][:40])
def test_known_failure_still_fails(redact, case):
    assert _found(redact(case["text"])) != case["expected"], "fixed: move this case from known_failures to cases"
