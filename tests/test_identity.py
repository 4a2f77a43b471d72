from __future__ import annotations

import numpy as np
import pytest

from themes.identity import ThemeMatch, match_themes


def _axis(i: int, dim: int = 8) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    v[i] = 1.0
    return v


def _mix(*parts: tuple[float, int], dim: int = 8) -> np.ndarray:
    v = sum(w * _axis(i, dim) for w, i in parts)
    return (v / np.linalg.norm(v)).astype(np.float32)


def _kinds(match: ThemeMatch) -> list[str]:
    return [kind for kind, _ in match.events]


def test_reordered_clusters_keep_their_previous_theme_ids():
    previous = {"T01": _axis(0), "T02": _axis(1), "T03": _axis(2)}
    current = {"0": _mix((1, 2), (0.1, 5)), "1": _mix((1, 0), (0.1, 6)), "2": _mix((1, 1), (0.1, 7))}
    match = match_themes(previous, current, 0.8)
    assert match.mapping == {"0": "T03", "1": "T01", "2": "T02"}
    assert _kinds(match) == ["behouden"] * 3
    assert match.scores["1"] == pytest.approx(0.995, abs=0.01)


def test_cluster_far_from_every_known_theme_is_new():
    previous = {"T01": _axis(0)}
    current = {"a": _axis(0), "b": _axis(3)}
    match = match_themes(previous, current, 0.8)
    assert match.mapping == {"a": "T01", "b": None}
    assert match.new == ["b"]
    assert ("nieuw", "cluster b is een nieuw thema") in match.events


def test_previous_theme_without_a_similar_cluster_is_gone():
    previous = {"T01": _axis(0), "T02": _axis(1)}
    match = match_themes(previous, {"0": _axis(0)}, 0.8)
    assert match.mapping == {"0": "T01"}
    assert match.gone(previous) == ["T02"]
    assert match.events[-1] == ("verdwenen", "thema T02 komt niet meer voor")


def test_similarity_below_threshold_does_not_keep_identity():
    previous = {"T01": _axis(0)}
    current = {"0": _mix((1, 0), (1, 1))}  # cosine 0.71
    assert match_themes(previous, current, 0.8).mapping == {"0": None}
    assert match_themes(previous, current, 0.7).mapping == {"0": "T01"}


def test_optimal_assignment_beats_greedy_choice():
    # Greedy would give cluster x to T01 (0.95) and leave y unmatched; the optimum keeps both themes.
    previous = {"T01": _axis(0), "T02": _mix((1, 0), (0.9, 1))}
    current = {"x": _mix((1, 0), (0.33, 1)), "y": _axis(0)}
    match = match_themes(previous, current, 0.8)
    assert match.mapping == {"x": "T02", "y": "T01"}


def test_theme_split_in_two_clusters_is_reported():
    previous = {"T01": _axis(0), "T02": _axis(4)}
    current = {"0": _mix((1, 0), (0.45, 1)), "1": _mix((1, 0), (0.45, 2)), "2": _axis(4)}
    match = match_themes(previous, current, 0.9)
    assert match.mapping == {"0": "T01", "1": None, "2": "T02"}
    assert ("gesplitst", "thema T01 is gesplitst in clusters 0 en 1") in match.events
    assert "samengevoegd" not in _kinds(match)


def test_two_themes_merged_into_one_cluster_are_reported():
    previous = {"T01": _mix((1, 0), (0.4, 1)), "T02": _mix((1, 0), (0.4, 2)), "T03": _axis(5)}
    current = {"0": _axis(0), "1": _axis(5)}
    match = match_themes(previous, current, 0.9)
    assert match.mapping == {"0": "T01", "1": "T03"}
    assert ("samengevoegd", "thema's T01 en T02 zijn samengevoegd in cluster 0") in match.events
    assert ("verdwenen", "thema T02 komt niet meer voor") in match.events
    assert "gesplitst" not in _kinds(match)


def test_ties_are_broken_the_same_way_every_time():
    previous = {"T02": _axis(0), "T01": _axis(0)}
    current = {"10": _axis(0), "2": _axis(0)}
    first = match_themes(previous, current, 0.8)
    again = match_themes(dict(reversed(list(previous.items()))), dict(reversed(list(current.items()))), 0.8)
    assert first == again
    assert first.mapping == {"2": "T01", "10": "T02"}
    assert list(first.mapping) == ["2", "10"]


def test_no_previous_themes_makes_every_cluster_new():
    match = match_themes({}, {"0": _axis(0), "1": _axis(1)}, 0.8)
    assert match.mapping == {"0": None, "1": None}
    assert _kinds(match) == ["nieuw", "nieuw"]


def test_no_current_clusters_makes_every_theme_gone():
    match = match_themes({"T01": _axis(0)}, {}, 0.8)
    assert match.mapping == {}
    assert _kinds(match) == ["verdwenen"]


def test_centroids_of_another_encoder_dimension_match_nothing():
    match = match_themes({"T01": np.ones(4, dtype=np.float32)}, {"0": _axis(0)}, 0.5)
    assert match.mapping == {"0": None}
    assert _kinds(match) == ["nieuw", "verdwenen"]


def test_integer_cluster_keys_are_accepted_as_strings():
    match = match_themes({"T01": _axis(0)}, {0: _axis(0)}, 0.8)
    assert match.mapping == {"0": "T01"}


def test_theme_match_refuses_one_theme_continued_twice():
    with pytest.raises(ValueError):
        ThemeMatch({"0": "T01", "1": "T01"}, ())
