"""Dutch sentences about the main shifts between rounds, with Dutch number formatting (decimal comma)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from themes.config import RoundsConfig
from themes.rounds.comparison import RoundComparison
from themes.text.fmt import join_dutch, number, p_phrase, whole_percent
from themes.types import ThemeTrend

MAX_PER_SENTENCE_KIND = 5
MAX_EVENTS = 3
CORRECTIONS = {"holm": "Holm", "bh": "Benjamini-Hochberg"}


def with_labels(detail: str, labels: dict[str, str]) -> str:
    """An event detail with each known theme id followed by its label: "T04" -> "T04 (loopbaan)"."""
    if not labels:
        return detail
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in sorted(labels, key=len, reverse=True)) + r")(?![\w])")
    return pattern.sub(lambda m: f"{m.group(1)} ({labels[m.group(1)]})", detail)


def method_sentence(config: RoundsConfig, n_rounds: int, n_tested: int) -> str:
    """One sentence naming the test, the correction, alpha and the minimal effect."""
    over_all = " Over alle rondes samen: chi-kwadraattoets." if n_rounds > 2 else ""
    return (
        "Toets: verschil in aandeel tussen de eerste en de laatste ronde (twee-proportietoets; exacte toets van Fisher bij "
        f"kleine aantallen), gecorrigeerd voor {n_tested} getoetste thema's ({CORRECTIONS[config.correction]}); "
        f"α = {number(config.alpha, 2)}, minimaal effect |h| ≥ {number(config.min_effect, 2)} (Cohen's h); "
        f"thema's met minder dan {config.min_units} eenheden in elke ronde: 'te weinig data'.{over_all} "
        "Eenheden tellen met het aantal samengevoegde gelijke antwoorden."
    )


def _names(trends: Sequence[ThemeTrend]) -> str:
    """Labels with their first and last share, separated by semicolons (labels often contain "en")."""
    shown = [f"{t.label} ({whole_percent(t.per_round[0].share)} → {whole_percent(t.per_round[-1].share)})"
             for t in trends[:MAX_PER_SENTENCE_KIND]]
    rest = len(trends) - len(shown)
    if rest:
        noun = "thema" if rest == 1 else "thema's"
        shown.append(f"nog {rest} {noun}")
    return "; ".join(shown)


def summarise(comparison: RoundComparison, config: RoundsConfig) -> list[str]:
    """The main shifts, most important first, as short Dutch sentences."""
    rounds = comparison.rounds
    if not rounds:
        return ["Geen rondes gevonden: geef documenten een ronde (--round) of een datum.", *_notes(comparison)]
    if len(rounds) == 1:
        return [f"Er is maar één ronde ({rounds[0]}); vergelijken kan pas vanaf twee rondes.", *_notes(comparison)]
    first, last = rounds[0], rounds[-1]
    by_status: dict[str, list[ThemeTrend]] = {s: [] for s in ThemeTrend.STATUSES}
    for trend in comparison.trends:
        by_status[trend.status].append(trend)
    for trends in by_status.values():
        trends.sort(key=lambda t: (-max(s.share for s in t.per_round), t.theme_id))

    out: list[str] = []
    for t in by_status["nieuw"][:MAX_PER_SENTENCE_KIND]:
        present = [s.round for s in t.per_round if s.units and s.share >= config.absent_share]
        since = f"in {last}" if len(rounds) == 2 or not present else f"vanaf {present[0]}"
        share = whole_percent(t.per_round[-1].share) + (" van de eenheden" if len(rounds) == 2 else f" in {last}")
        out.append(f"Nieuw {since}: {t.label} ({share}; {p_phrase(t.p_adjusted, 'p onbekend')}).")
    for t in by_status["verdwenen"][:MAX_PER_SENTENCE_KIND]:
        present = [s.round for s in t.per_round if s.units and s.share >= config.absent_share]
        after = present[-1] if present else first
        out.append(f"Verdwenen na {after}: {t.label} ({whole_percent(t.per_round[0].share)} in {first}, "
                   f"{whole_percent(t.per_round[-1].share)} in {last}; {p_phrase(t.p_adjusted, 'p onbekend')}).")
    for kind, word in (("groeiend", "Groeiend"), ("afnemend", "Afnemend")):
        for t in by_status[kind][:MAX_PER_SENTENCE_KIND]:
            out.append(f"{word}: {t.label}, van {whole_percent(t.per_round[0].share)} in {first} naar "
                       f"{whole_percent(t.per_round[-1].share)} in {last} ({p_phrase(t.p_adjusted, 'p onbekend')}).")
    changed = sum(len(by_status[s]) for s in ("nieuw", "verdwenen", "groeiend", "afnemend"))
    if not changed:
        out.append(f"Geen thema verandert tussen {first} en {last} meer dan op toeval te verwachten is.")
    swinging = [t for t in by_status["blijvend"] if t.p_overall is not None and t.p_overall < config.alpha]
    if swinging:
        out.append(f"Wisselend tussen de rondes, zonder netto verandering: {_names(swinging)}.")
    steady = [t for t in by_status["blijvend"] if t not in swinging]
    if steady:
        out.append(f"Blijvend: {_names(steady)}.")
    labels = {t.theme_id: t.label for t in comparison.trends}
    for _run, kind, detail in comparison.events[:MAX_EVENTS]:
        word = "Gesplitst" if kind == "gesplitst" else "Samengevoegd"
        out.append(f"{word} bij een nieuwe analyse: {with_labels(detail, labels).rstrip('.')}.")
    if len(comparison.events) > MAX_EVENTS:
        out.append(f"En nog {len(comparison.events) - MAX_EVENTS} splitsingen of samenvoegingen (zie rondes.md).")
    few = by_status["te weinig data"]
    if few:
        noun = "thema" if len(few) == 1 else "thema's"
        out.append(f"Te weinig data voor een uitspraak over {len(few)} {noun} "
                   f"(minder dan {config.min_units} eenheden per ronde of alleen aan één kant aanwezig).")
    return out + _notes(comparison)


def _notes(comparison: RoundComparison) -> list[str]:
    """What the comparison left out, so the analyst knows what the numbers cover."""
    out = []
    if comparison.other_rounds:
        items = [f"{r} ({n} eenheden)" for r, n in comparison.other_rounds]
        out.append(f"Ook in de werkmap maar hier niet vergeleken: {join_dutch(items)}.")
    if comparison.unanalysed_rounds:
        out.append(f"Nog niet geanalyseerd en dus niet vergeleken: {join_dutch(list(comparison.unanalysed_rounds))}; "
                   "draai 'themes analyse' opnieuw.")
    if comparison.unanalysed_units:
        out.append(f"{comparison.unanalysed_units} eenheden in deze rondes zijn nog niet geanalyseerd en tellen niet mee.")
    if comparison.unplaced:
        out.append(f"{comparison.unplaced} eenheden zonder ronde of datum tellen niet mee.")
    return out
