from __future__ import annotations

import numpy as np
import pytest

from themes.embed.usefast import FastUseForward, WordCachedTokenizer
from themes.embed.usem3 import UseEmbedder

DUTCH = [
    "Ik voel me niet veilig op de werkvloer door grappen over mijn afkomst.",
    "De vergadering wordt om tien uur geopend door de voorzitter.",
    "Leidinggevenden moeten een training over onbewuste vooroordelen volgen.",
]
ODD = ["", "   ", "É é ﬁ 12,5% e-mail [PERSOON_3] 😀", "a\tb\nc", "x" * 300, "woord " * 400, "Ja."]


@pytest.fixture(scope="module")
def reference():
    return UseEmbedder(fast=False).load()


@pytest.fixture(scope="module")
def sib_texts(sample_texts):
    return sample_texts[:300]


def test_word_cached_tokenizer_gives_the_reference_token_ids(reference, sib_texts):
    tok = reference._model._tokenizer
    cached = WordCachedTokenizer(tok)
    for text in sib_texts + DUTCH + ODD:
        assert cached.encode(text) == tok.encode(text, out_type=int, add_bos=True, add_eos=True)


def test_fast_forward_pass_equals_the_package_forward_pass(reference, sib_texts):
    texts = sib_texts + DUTCH + ODD
    fast = UseEmbedder(fast=True).encode(texts)
    ref = reference.encode(texts)
    assert float((fast * ref).sum(axis=1).min()) > 0.99999


def test_fast_forward_pass_stays_exact_when_its_id_table_overflows(reference, sib_texts):
    model = reference._model
    small = FastUseForward(model._model, WordCachedTokenizer(model._tokenizer).encode,
                           max_cached_ids=700, token_budget=256)
    got = small.encode(sib_texts[:120])
    ref = reference.encode(sib_texts[:120])
    assert small._n_rows <= 701
    assert float((got * ref).sum(axis=1).min()) > 0.99999


def test_fast_forward_pass_gives_unit_vectors_for_one_text(reference):
    v = UseEmbedder().encode(["Eén zin."])
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
