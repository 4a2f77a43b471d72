"""Write a round comparison: rounds.csv (machine-readable), rondes.png (chart) and rondes.md (Dutch summary)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from themes.atomic import atomic_write_bytes, atomic_write_csv, atomic_write_text
from themes.rounds.chart import prevalence_chart
from themes.rounds.comparison import RoundComparison
from themes.rounds.narrative import with_labels
from themes.rounds.periods import safe_names
from themes.text.fmt import number, p_phrase, whole_percent

CSV_NAME = "rounds.csv"
CHART_NAME = "rondes.png"
MARKDOWN_NAME = "rondes.md"
MAX_QUOTE_CHARS = 400
STATUS_ORDER = ("nieuw", "verdwenen", "groeiend", "afnemend", "blijvend", "te weinig data")


def _num(value: float | None, fmt: str) -> str | None:
    return None if value is None else format(value, fmt)


def csv_rows(comparison: RoundComparison) -> tuple[list[str], list[list[object]]]:
    """Header and rows of rounds.csv.

    Columns: theme_id, label, per round ``n_<round>`` and ``share_<round>``, change, p_value, status, then
    effect_size, p_adjusted, per round ``documents_<round>`` and ``units_<round>`` (organisational units), and
    p_overall (chi-square over all rounds, empty for two rounds), and per round ``words_<round>`` (distinctive
    words of the theme in that round, joined with "; "). Shares and change are fractions (0.15 = 15%).
    """
    safe = safe_names(comparison.rounds)
    header = ["theme_id", "label"]
    header += [c for s in safe for c in (f"n_{s}", f"share_{s}")]
    header += ["change", "p_value", "status", "effect_size", "p_adjusted"]
    header += [f"documents_{s}" for s in safe] + [f"units_{s}" for s in safe] + ["p_overall"]
    header += [f"words_{s}" for s in safe]
    rows: list[list[object]] = []
    for t in comparison.trends:
        row: list[object] = [t.theme_id, t.label]
        for stat in t.per_round:
            row += [stat.units, format(stat.share, ".4f")]
        row += [format(t.change, "+.4f"), _num(t.p_value, ".4g"), t.status, _num(t.effect_size, "+.3f"),
                _num(t.p_adjusted, ".4g")]
        row += [s.documents for s in t.per_round] + [s.org_units for s in t.per_round]
        row.append(_num(t.p_overall, ".4g"))
        words = dict(comparison.wording.get(t.theme_id, ()))
        row += ["; ".join(words.get(r, ())) for r in comparison.rounds]
        rows.append(row)
    return header, rows


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _quote_text(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"


def _reading_order(comparison: RoundComparison) -> list:
    """Trends as the analyst reads them: by status (changes first), then by largest share."""
    rank = {status: i for i, status in enumerate(STATUS_ORDER)}
    return sorted(comparison.trends,
                  key=lambda t: (rank[t.status], -max((s.share for s in t.per_round), default=0.0), t.theme_id))


def markdown(comparison: RoundComparison, chart_name: str | None = CHART_NAME) -> str:
    """rondes.md: the summary, a table per round and per theme, and quotes per theme and round."""
    rounds = comparison.rounds
    title = " – ".join(rounds) if len(rounds) <= 4 else f"{rounds[0]} – {rounds[-1]} ({len(rounds)} rondes)"
    lines = [f"# Rondes vergeleken: {title or 'geen rondes'}", ""]
    lines += [f"- {s}" for s in comparison.summary] + [""]
    if chart_name:
        lines += [f"![Aandeel van de thema's per ronde]({chart_name})", ""]
    docs = dict(comparison.documents)
    lines += ["## Per ronde", "", "| Ronde | Eenheden | Documenten |", "|---|---:|---:|"]
    lines += [f"| {_cell(r)} | {n} | {docs.get(r, 0)} |" for r, n in comparison.totals] + [""]
    lines += ["## Per thema", ""]
    head = ["Thema", *rounds, "Verandering", "p (gecorrigeerd)", "Effect (h)", "Status"]
    lines += ["| " + " | ".join(_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    ordered = _reading_order(comparison)
    for t in ordered:
        cells = [f"{t.theme_id} {t.label}"] + [f"{s.units} ({whole_percent(s.share)})" for s in t.per_round]
        cells += [f"{number(100 * t.change, 1)} procentpunt" if t.change < 0 else f"+{number(100 * t.change, 1)} procentpunt",
                  p_phrase(t.p_adjusted).removeprefix("p ").removeprefix("= ") if t.p_adjusted is not None else "–",
                  number(t.effect_size, 2) if t.effect_size is not None else "–", t.status]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines.append("")
    if comparison.events:
        lines += ["## Splitsingen en samenvoegingen", ""]
        labels = {t.theme_id: t.label for t in comparison.trends}
        lines += [f"- {kind}: {with_labels(detail, labels)}" for _run, kind, detail in comparison.events] + [""]
    lines += ["## Citaten per ronde", ""]
    for t in ordered:
        if not any(q for _r, q in t.quotes_per_round):
            continue
        lines += [f"### {t.theme_id} · {t.label} ({t.status})", ""]
        words = dict(comparison.wording.get(t.theme_id, ()))
        for round_name, quotes in t.quotes_per_round:
            typical = words.get(round_name, ())
            lines.append(f"**{round_name}**" + (f" — kenmerkend: {', '.join(typical)}" if typical else ""))
            lines.append("")
            if not quotes:
                lines += ["_geen eenheden_", ""]
                continue
            for q in quotes:
                source = ", ".join(x for x in (q.document, q.date) if x)
                lines.append(f"> {_quote_text(q.text)} — _{_cell(source)}_")
                lines.append("")
    if comparison.method:
        lines += ["---", "", f"_{comparison.method}_", ""]
    return "\n".join(lines)


def write_comparison(comparison: RoundComparison, out_dir: Path) -> list[Path]:
    """Write rounds.csv, rondes.png and rondes.md into ``out_dir`` (atomically) and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    header, rows = csv_rows(comparison)
    paths: Sequence[Path] = (
        atomic_write_csv(out_dir / CSV_NAME, header, rows),
        atomic_write_bytes(out_dir / CHART_NAME, prevalence_chart(comparison)),
        atomic_write_text(out_dir / MARKDOWN_NAME, markdown(comparison)),
    )
    return list(paths)
