"""Guided discovery (``guide``): a codebook theme draws the units about it together; a foreign taxonomy draws none."""

from __future__ import annotations

import numpy as np

from themes.model.guide import guide, seed_units
from themes.model.seedwords import SeedLexicon
from themes.model.taxonomy import Taxonomy


def _scores() -> tuple[np.ndarray, np.ndarray]:
    """Eight units, two themes: unit 0 is about theme 0 by meaning and word, the others miss one condition."""
    semantic = np.full((8, 2), 0.20, dtype=np.float32)
    hits = np.zeros((8, 2), dtype=np.float32)
    semantic[0, 0], hits[0, 0] = 0.60, 1.0  # about theme 0: close in meaning, names its seed word
    semantic[1, 0] = 0.60  # close in meaning, no seed word of its own
    hits[2, 0] = 1.0  # names the seed word, not about it by meaning ("grafische gebruikersinterface")
    semantic[3] = 0.60  # equally close to both themes
    hits[3] = 1.0
    semantic[4, 1], hits[4, 1] = 0.60, 0.5  # about theme 1, a less specific seed word
    semantic[6, 1] = 0.60  # (both themes have three close units: the same spread over the corpus)
    return semantic, hits


def test_a_unit_is_seeded_only_when_it_is_about_the_theme_by_meaning_and_by_its_own_word():
    semantic, hits = _scores()
    assert seed_units(semantic, hits, z_min=1.0, z_gap=0.3).tolist() == [0, -1, -1, -1, 1, -1, -1, -1]


def test_seeded_units_move_toward_their_theme_and_the_rest_keep_their_vectors():
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((8, 5)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    semantic, hits = _scores()
    semantic[5, 0], hits[5, 0] = 0.60, 1.0  # a second unit about theme 0
    semantic[7, 1] = 0.60
    result = guide(vectors, semantic, hits, z_min=1.0, z_gap=0.3, weight=0.25)
    assert result.seeded.tolist() == [0, -1, -1, -1, 1, 0, -1, -1]
    untouched = result.seeded < 0
    assert np.array_equal(result.vectors[untouched], vectors[untouched])
    assert float(result.vectors[0] @ result.vectors[5]) > float(vectors[0] @ vectors[5])  # drawn together
    assert np.allclose(np.linalg.norm(result.vectors, axis=1), 1.0, atol=1e-6)
    assert np.array_equal(guide(vectors, semantic, hits, z_min=1.0, z_gap=0.3, weight=0.25).vectors, result.vectors)
    assert np.array_equal(guide(vectors, semantic, hits, z_min=1.0, z_gap=0.3, weight=0.0).vectors, vectors)


def test_a_codebook_with_a_theme_no_unit_is_clearly_about_guides_nothing():
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((8, 5)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    semantic, hits = _scores()
    semantic[5, 0], hits[5, 0] = 0.60, 1.0  # theme 0: two seeded units, theme 1: one
    covered = guide(vectors, semantic, hits, z_min=1.0, z_gap=0.3, weight=0.25, min_units=1)
    assert covered.active and not np.array_equal(covered.vectors, vectors)
    partial = guide(vectors, semantic, hits, z_min=1.0, z_gap=0.3, weight=0.25, min_units=2)
    assert not partial.active and np.array_equal(partial.vectors, vectors)
    assert partial.seeded.tolist() == covered.seeded.tolist()  # still shown: which units the codebook names


def test_a_short_seed_word_does_not_match_words_that_only_begin_alike():
    taxonomy = Taxonomy.model_validate({"themes": [
        {"key": "o", "name": "onderwijs", "description": "d", "seeds": ["onderwijs"]},
        {"key": "i", "name": "internet", "description": "d", "seeds": ["internet"]},
        {"key": "r", "name": "racisme", "description": "d", "seeds": ["racisme"]},
    ]})
    lexicon = SeedLexicon(taxonomy)
    for word in ("onderdelen", "ondersteund", "interface", "interactief"):
        assert lexicon.themes_of_word(word) == frozenset(), word
    assert lexicon.themes_of_word("onderwijsdoeleinden") == {0}
    assert lexicon.themes_of_word("internetdiensten") == {1}
    assert lexicon.themes_of_word("racistische") == {2} and lexicon.themes_of_word("racisten") == {2}


WORDS = ["beveiliging", "architectuur", "strategie", "koppelvlakken", "vergadering", "planning"]


def _corpus(n: int = 360, dims: int = 16, seed: int = 0):
    """Six groups of units on their own axes; a third of each group's units names its subject's word."""
    rng = np.random.default_rng(seed)
    group = np.arange(n) % 6
    vectors = 0.05 * rng.standard_normal((n, dims))
    vectors[np.arange(n), group] += 1.0
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    texts = [f"opmerking {i} over de {WORDS[g] if i % 18 < 6 else 'zaak'} van het project" for i, g in enumerate(group)]
    return texts, vectors, group


def _theme_vectors(axes: list[int], dims: int = 16) -> list[np.ndarray]:
    """A theme's texts near its group's axis but far off in absolute terms, as a short name is from long units."""
    eye = np.eye(dims, dtype=np.float32)
    return [np.stack([0.3 * eye[a] + eye[12], 0.3 * eye[a] + eye[13]]) for a in axes]


def test_an_off_field_taxonomy_whose_words_no_unit_names_leaves_discovery_as_without_taxonomy():
    from themes.model.taxonomy import EMPTY_TAXONOMY
    from themes.model.thememodel import ThemeModel

    texts, vectors, _ = _corpus()
    foreign = Taxonomy.model_validate({"themes": [
        {"key": "a", "name": "discriminatie", "description": "Over discriminatie.", "seeds": ["discriminatie"]},
        {"key": "b", "name": "inclusie", "description": "Over inclusie.", "seeds": ["inclusie"]},
    ]})
    plain = ThemeModel(EMPTY_TAXONOMY, seed=1).fit(texts, vectors)
    model = ThemeModel(foreign, seed=1).fit(texts, vectors, _theme_vectors([0, 1]))
    assert model.anchor_ is not None and model.guidance_.share == 0.0
    assert np.array_equal(np.where(model.labels_ >= 0, model.labels_ - 2, -1), plain.labels_)


def test_a_codebook_theme_draws_the_units_about_it_and_takes_them():
    from themes.model.thememodel import ThemeModel

    texts, vectors, group = _corpus()
    codebook = Taxonomy.model_validate({"themes": [
        {"key": w, "name": w, "description": f"Teksten over {w}.", "seeds": [w]} for w in WORDS[:4]
    ]})
    model = ThemeModel(codebook, seed=1).fit(texts, vectors, _theme_vectors([0, 1, 2, 3]))
    assert model.anchor_ is not None  # no unit passes the threshold: the codebook acts through discovery
    seeded = model.guidance_.seeded
    names = np.array([any(w in t for w in WORDS[:4]) for t in texts])
    assert np.array_equal(seeded >= 0, names)  # drawn: the units about a theme that name its word, no other
    assert np.array_equal(seeded[names], group[names])
    for g in range(4):  # each named group's units end in its codebook theme
        assert (model.labels_[group == g] == g).mean() >= 0.9
    assert (model.labels_[group >= 4] >= 4).mean() >= 0.9  # the rest stays discovery's
