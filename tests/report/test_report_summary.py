from themes.report.extractive import summarize
from themes.text.sentences import split_sentences
from themes.types import Segment


def _segs(*texts: str) -> list[Segment]:
    return [Segment(f"s{i}", "d1", i, t) for i, t in enumerate(texts)]


def test_split_sentences_keeps_dutch_abbreviations_together():
    text = "Er zijn o.a. zorgen over werving. Bijv. bij stages. Dat is het."
    assert split_sentences(text) == ["Er zijn o.a. zorgen over werving.", "Bijv. bij stages.", "Dat is het."]


def test_summary_sentences_are_taken_verbatim_from_the_segments():
    segs = _segs(
        "De werving van nieuwe collega's gaat via het eigen netwerk. Vacatures moeten breder worden verspreid.",
        "Vacatures worden te weinig breed verspreid buiten het eigen netwerk van de afdeling.",
        "Sollicitatiecommissies zijn weinig divers en dat kleurt de selectie van kandidaten.",
        "Het eigen netwerk bepaalt nog vaak wie er wordt aangenomen bij de werving.",
    )
    summary = summarize(segs, 3)
    assert len(summary) == 3
    for sentence in summary:
        source = next(s for s in segs if s.segment_id == sentence.segment_id)
        assert sentence.text in source.text


def test_summary_is_deterministic():
    segs = _segs(*[f"Zin {i} over werving en selectie van nieuwe kandidaten in team {i}." for i in range(12)])
    assert summarize(segs, 3) == summarize(list(segs), 3)


def test_mmr_skips_a_near_duplicate_of_a_chosen_sentence():
    segs = _segs(
        "Het meldpunt discriminatie is onbekend bij medewerkers en leidinggevenden.",
        "Het meldpunt discriminatie is onbekend bij medewerkers en bij leidinggevenden.",
        "Leidinggevenden weten niet hoe zij een melding van discriminatie moeten opvolgen.",
        "Medewerkers vinden het meldpunt discriminatie niet op intranet.",
    )
    texts = [s.text for s in summarize(segs, 2, diversity=0.5)]
    assert not {segs[0].text, segs[1].text} <= set(texts)


def test_placeholders_are_not_vocabulary():
    segs = _segs(
        "[PERSOON_1] en [PERSOON_2] en [PERSOON_3] spraken met [PERSOON_4] af.",
        "Het meldpunt discriminatie moet zichtbaarder worden voor medewerkers.",
        "Medewerkers kennen het meldpunt discriminatie niet goed genoeg.",
    )
    summary = summarize(segs, 1)
    assert "PERSOON" not in summary[0].text


def test_duplicate_sentences_are_offered_once():
    segs = _segs("Geen vervolg op het meldpunt gezien.", "Geen vervolg op het meldpunt gezien.")
    assert len(summarize(segs, 3)) == 1


def test_no_segments_give_an_empty_summary():
    assert summarize([], 3) == ()


def test_sentence_that_leans_on_the_one_before_is_not_preferred():
    segs = _segs(
        "Dat beïnvloedt de werving en selectie van nieuwe kandidaten sterk.",
        "De werving en selectie van nieuwe kandidaten verloopt via het eigen netwerk.",
        "Selectiecommissies kijken bij werving vooral naar kandidaten die op henzelf lijken.",
    )
    assert summarize(segs, 1)[0].text != segs[0].text


def test_sentence_full_of_placeholders_is_not_preferred():
    segs = _segs(
        "[PERSOON_1] en [PERSOON_2] melden discriminatie bij het meldpunt.",
        "Medewerkers melden discriminatie bij het meldpunt niet, omdat er te weinig gebeurt.",
        "Het meldpunt discriminatie reageert traag op een melding van medewerkers.",
    )
    assert summarize(segs, 1)[0].text != segs[0].text


def test_terms_of_the_word_runs_are_what_the_token_pattern_finds():
    import re

    from themes.report.extractive import _TOKEN, _terms
    from themes.text.stopwords import stopwords
    from themes.text.tokens import word_runs

    stop = frozenset(stopwords())
    samples = ["de werving (zie bijlage 3) gaat via het_netwerk, o.a. m2 en m² en ½jaar.", "een\ttab\nen regel",
               "naïve coöperatie; ideeën!", "  ", "", "abc_def 12ab ab12 a b cd", "x" * 50]
    for text in samples:
        assert _terms(word_runs(text), stop) == [w for w in re.findall(_TOKEN, text.lower()) if w not in stop]


def test_split_sentences_handles_odd_spacing():
    text = "Eerste zin.\n\n  Tweede zin!\tDerde?  [PERSOON_1] vierde. bijv. vijf. 6 zes."
    assert split_sentences(" ".join(text.split())) == ["Eerste zin.", "Tweede zin!", "Derde?", "[PERSOON_1] vierde. bijv. vijf.", "6 zes."]
