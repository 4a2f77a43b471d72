from __future__ import annotations

import os

import numpy as np
import pytest

import themes.embed.usem3 as usem3_module
from themes.config import EmbedConfig
from themes.embed import clear_embedders, get_embedder
from themes.embed.forked import deal, encode_parallel
from themes.embed.usem3 import UseEmbedder
from themes.workers import default_workers


@pytest.fixture(scope="module")
def many_texts(sample_texts):
    s = sample_texts[:200]
    return s + [a + " " + b for a, b in zip(s, s[1:], strict=False)] + ["", "Ja.", "woord " * 300]


@pytest.fixture
def parallel_from_100(monkeypatch):
    calls = []

    def spy(*args, **kwargs):
        calls.append(kwargs["workers"])
        return encode_parallel(*args, **kwargs)

    monkeypatch.setattr(usem3_module, "MIN_PARALLEL_TEXTS", 100)
    monkeypatch.setattr(usem3_module, "encode_parallel", spy)
    return calls


def test_two_workers_give_byte_identical_vectors_to_one_process(many_texts, parallel_from_100):
    one = UseEmbedder(workers=1, batch_size=16).encode(many_texts)
    assert parallel_from_100 == []
    two = UseEmbedder(workers=2, batch_size=16).encode(many_texts)
    assert parallel_from_100 == [2]
    assert one.tobytes() == two.tobytes()


def test_a_text_gets_the_same_bytes_whatever_was_encoded_before(many_texts):
    fresh = UseEmbedder(workers=1).encode(many_texts[:64])
    warmed = UseEmbedder(workers=1)
    warmed.encode(many_texts[64:][::-1])  # fills the per-id table in another order
    assert warmed.encode(many_texts[:64]).tobytes() == fresh.tobytes()


def test_progress_counts_every_text_once_when_parallel(many_texts, parallel_from_100, capsys):
    done = []
    embedder = UseEmbedder(workers=2, batch_size=16).load()
    batches = list(usem3_module.length_sorted_batches(many_texts, 16))
    out = np.zeros((len(many_texts), 512), dtype=np.float32)
    encode_parallel(embedder._encode_batch, many_texts, batches, out, workers=2, on_done=done.append)
    assert sum(done) == len(many_texts)
    assert capsys.readouterr().err == ""
    assert np.all(np.linalg.norm(out, axis=1) > 0.99)


def test_a_dying_worker_falls_back_to_one_process_with_a_warning(capsys):
    parent = os.getpid()

    def encode_batch(texts):
        if os.getpid() != parent:
            os._exit(3)
        return np.full((len(texts), 2), float(len(texts[0])), dtype=np.float32)

    texts = [f"t{i:03d}" for i in range(50)] + ["x"]
    batches = [np.arange(i, min(i + 10, len(texts))) for i in range(0, len(texts), 10)]
    out = np.zeros((len(texts), 2), dtype=np.float32)
    encode_parallel(encode_batch, texts, batches, out, workers=2)
    err = capsys.readouterr().err
    assert err.startswith("waarschuwing: parallel insluiten mislukt") and err.count("\n") == 1
    assert out[:50].tolist() == [[4.0, 4.0]] * 50 and out[50].tolist() == [1.0, 1.0]


def test_deal_gives_every_batch_to_exactly_one_task_with_mixed_lengths():
    tasks = deal(10, 3)
    assert sorted(b for t in tasks for b in t) == list(range(10))
    assert tasks[0] == [0, 3, 6, 9]
    assert deal(2, 8) == [[0], [1]]


def test_workers_default_to_the_usable_cores_at_most_four(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(16)))
    assert default_workers() == 4
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert default_workers() == 1
    clear_embedders()
    assert get_embedder("usem3").workers == 1
    clear_embedders()


def test_embed_config_workers_default_to_automatic():
    assert EmbedConfig().workers is None
    assert EmbedConfig(workers=2).workers == 2
    with pytest.raises(ValueError):
        EmbedConfig(workers=0)
