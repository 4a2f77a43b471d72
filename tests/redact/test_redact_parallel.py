from __future__ import annotations

import random

import pytest

import themes.redact.pool as parallel
from themes.config import RedactConfig
from themes.redact import Redactor
from themes.redact.pool import redact_parallel

KEY = b"test-key-0123456789abcdef0123456"
FIRST = ["Fatima", "Jan", "Emre", "Priya", "Kwame", "Sanne", "Youssef"]
LAST = ["El Idrissi", "de Vries", "Kaya", "Ramdin", "Mensah", "Bouzid", "Jansen"]


def _texts(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        kind = i % 6
        if kind == 0:
            out.append(f"Mijn leidinggevende {first} {last} weet hiervan, antwoord {i}.")
        elif kind == 1:
            out.append(f"Volgens {last.split()[-1]} is er niets gebeurd ({i}).")  # a lone surname: propagation
        elif kind == 2:
            out.append(f"Mail {first.lower()}@gemeente.example.nl of bel 06-{12345678 + i}.")
        elif kind == 3:
            out.append(f"{first} gaf aan dat het overleg over inclusie nuttig was, punt {i}.")
        else:
            out.append(f"Er wordt gelachen om mijn accent en dat is niet grappig (reactie {i}).")
    return out + out[:10]  # repeated texts too


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PARALLEL_TEXTS", 50)


def test_parallel_redaction_equals_redact_batch_with_propagation_and_links(small_threshold):
    texts = _texts(400)
    one = Redactor(RedactConfig(), KEY, ["x" * 32]).load()
    two = Redactor(RedactConfig(), KEY, ["x" * 32]).load()
    expected = one.redact_batch(texts)
    got = redact_parallel(two, texts, workers=2)
    assert got == expected
    assert two.new_name_hashes() == one.new_name_hashes()
    assert any("[PERSOON" in r.redacted for r in got[1:400:6])  # lone surnames were propagated


def test_small_batches_stay_in_one_process(monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("no pool for a small batch")

    monkeypatch.setattr(parallel, "_map", boom)
    texts = _texts(12)
    assert redact_parallel(Redactor(RedactConfig(), KEY).load(), texts, workers=2) == Redactor(
        RedactConfig(), KEY
    ).load().redact_batch(texts)


def test_a_dying_worker_falls_back_to_redact_batch_with_a_warning(small_threshold, monkeypatch, capsys):
    import os

    parent = os.getpid()
    real = parallel._detect

    def dying(*args):
        if os.getpid() != parent:
            os._exit(5)
        return real(*args)

    monkeypatch.setattr(parallel, "_detect", dying)
    texts = _texts(120)
    got = redact_parallel(Redactor(RedactConfig(), KEY).load(), texts, workers=2)
    assert got == Redactor(RedactConfig(), KEY).load().redact_batch(texts)
    assert capsys.readouterr().err.startswith("waarschuwing: parallel redigeren mislukt")
