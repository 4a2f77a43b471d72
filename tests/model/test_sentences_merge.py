import numpy as np

from themes.model.merge import merge_new_clusters, min_new_theme_size
from themes.model.procedural import is_procedural
from themes.model.unitsentences import SentenceVectors, content_vectors, split_sentences, unit_sentences
from themes.model.vectorizer import dutch_stopwords
from themes.types import Segment


def _seg(text: str) -> Segment:
    return Segment(segment_id="s1", doc_id="d1", position=0, text=text)


def test_lead_in_and_sentences_are_split():
    assert split_sentences("Kort gezegd: meer mentoren. Succes ermee!") == ["Kort gezegd:", "meer mentoren.", "Succes ermee!"]
    assert split_sentences("Eén zin zonder punt") == ["Eén zin zonder punt"]


def test_framing_sentences_are_not_content():
    owner, sentences, _ = unit_sentences(
        ["Meer kan ik er niet over zeggen. Een lift die het doet en een drempelvrije ingang voor rolstoelen."],
        dutch_stopwords(),
    )
    assert owner == [0] and sentences == ["Een lift die het doet en een drempelvrije ingang voor rolstoelen."]


def test_content_vector_is_the_weighted_mean_of_content_sentences():
    units = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    sentences = SentenceVectors(np.array([1]), np.array([[1.0, 0.0]], dtype=np.float32), np.array([2.0], dtype=np.float32))
    out = content_vectors(units, sentences)
    assert np.allclose(out[0], [1.0, 0.0]) and np.allclose(out[1], [1.0, 0.0])


def test_cluster_mostly_scoring_on_a_taxonomy_theme_is_folded_and_tiny_clusters_dropped():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(12, 4)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = np.array([0] * 6 + [1] * 4 + [2] * 2)
    best = np.array([1] * 5 + [0] + [0] * 6)
    score = np.array([0.28] * 10 + [0.1] * 2, dtype=np.float32)
    scores = np.zeros((12, 2), dtype=np.float32)
    scores[np.arange(12), best] = score
    result = merge_new_clusters(vectors, labels, scores, n_tax=2, fold_share=0.5, fold_threshold=0.2,
                                merge_similarity=1.1, min_size=3)
    assert result.folded == {0: 1, 1: 0}
    assert (result.labels[:6] == 1).all() and (result.labels[10:] == -1).all()
    assert min_new_theme_size(1000, 0.01) == 10 and min_new_theme_size(10, 0.01) == 3


def test_meeting_logistics_are_procedural_and_content_is_not():
    assert is_procedural(_seg("Aanwezig: [PERSOON_1] (voorzitter), [PERSOON_2]"))
    assert is_procedural(_seg("Datum: maandag 12 februari 2024, 10.00–11.00 uur"))
    assert is_procedural(_seg("[PERSOON_1] opent de vergadering."))
    assert is_procedural(_seg("Het verslag van 12 februari wordt vastgesteld."))
    assert not is_procedural(_seg("Meldingen van discriminatie worden niet of te laat opgevolgd."))


def test_seed_words_match_inflections_and_compounds_but_not_short_lookalikes():
    from themes.model.seedwords import SeedLexicon
    from themes.model.taxonomy import Taxonomy

    taxonomy = Taxonomy.model_validate({"themes": [
        {"key": "racisme", "name": "racisme", "description": "x", "seeds": ["racisme", "lift"]},
        {"key": "moe", "name": "moeheid", "description": "y", "seeds": ["inclusiemoeheid", "het is overdreven"]},
    ]})
    hits = SeedLexicon(taxonomy, dutch_stopwords()).hits(
        ["Een racistische grap.", "Ik ben inclusiemoe.", "De liften zijn kapot.", "Dat is overdreven."])
    assert hits.tolist() == [[True, False], [False, True], [False, False], [False, False]]


def test_self_training_labels_units_near_confident_examples_and_keeps_the_examples():
    from themes.model.selftrain import self_train

    rng = np.random.default_rng(1)
    centres = np.eye(3, 8, dtype=np.float32)
    vectors = np.concatenate([c + 0.2 * rng.normal(size=(20, 8)) for c in centres]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    weak = np.full(60, -1)
    weak[:5], weak[20:25] = 0, 1
    labels, prob = self_train(vectors, weak, min_probability=0.5)
    assert (labels[:5] == 0).all() and (labels[20:25] == 1).all() and (prob[:5] == 1.0).all()
    assert (labels[5:20] == 0).mean() > 0.8 and (labels[25:40] == 1).mean() > 0.8


def test_labels_are_noun_phrases_of_the_theme_text_without_verbs():
    from themes.model.phrases import candidates
    from themes.model.vectorizer import dutch_stopwords

    found = candidates("Door de krapte in het team draait iedereen overuren.", frozenset(dutch_stopwords()))
    assert "krapte" in found and "overuren" in found.values()
    assert not any(w in key.split() for key in found for w in ("draait", "iedereen", "door", "in"))
