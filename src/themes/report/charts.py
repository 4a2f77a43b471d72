"""Charts of the report as PNG bytes (matplotlib, Agg canvas, no pyplot state, no timestamps).

``theme_sizes``: horizontal bars of theme weight; ``prevalence``: share per round of the heaviest themes;
``theme_map``: 2D projection of theme centroids, bubble area by weight. Each returns None when there is
nothing to draw.
"""

from __future__ import annotations

import io

from themes.report.content import Report
from themes.report.fmt import number, shorten

MAX_LINES = 8
_COLOURS = ("#1f5a96", "#d9822b", "#2e8540", "#b83b5e", "#6a4c93", "#8c6d1f", "#00798c", "#7f7f7f")


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None}, bbox_inches="tight")
    return buffer.getvalue()


def _short(label: str, limit: int = 38) -> str:
    return shorten(label, limit)


def theme_sizes(report: Report) -> bytes | None:
    """Horizontal bar chart of the themes' weights, heaviest on top."""
    if not report.themes:
        return None
    sections = list(report.themes)
    fig = _figure(8.0, 0.9 + 0.38 * len(sections))
    ax = fig.add_subplot(1, 1, 1)
    names = [f"{s.theme_id} {_short(s.label)}" for s in sections][::-1]
    weights = [s.weight for s in sections][::-1]
    bars = ax.barh(names, weights, color=_COLOURS[0])
    for bar, section in zip(bars, sections[::-1], strict=True):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {section.weight} ({number(section.share * 100, 1)}%)",
                va="center", fontsize=8)
    ax.set_xlabel("Aantal fragmenten")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlim(0, max(weights) * 1.25)
    return _png(fig)


def prevalence(report: Report) -> bytes | None:
    """Share of units per round for the heaviest themes that have round figures."""
    rounds = list(report.rounds)
    lines = [s for s in report.themes if s.per_round][:MAX_LINES]
    if not rounds or not lines:
        return None
    fig = _figure(8.0, 4.2)
    ax = fig.add_subplot(1, 1, 1)
    for i, section in enumerate(lines):
        shares = {stat.round: stat.share for stat in section.per_round}
        xs = [r for r in rounds if r in shares]
        ax.plot(xs, [shares[r] * 100.0 for r in xs], marker="o", color=_COLOURS[i % len(_COLOURS)],
                label=f"{section.theme_id} {_short(section.label, 30)}")
    ax.set_ylabel("Aandeel van de fragmenten in de ronde (%)")
    ax.set_xlabel("Ronde")
    ax.set_title("Voorkomen per ronde")
    ax.yaxis.set_major_formatter(_comma_formatter())
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    return _png(fig)


def theme_map(report: Report) -> bytes | None:
    """Bubble chart of the theme map; bubble area proportional to weight."""
    points = list(report.theme_map)
    if not points:
        return None
    fig = _figure(7.0, 5.5)
    ax = fig.add_subplot(1, 1, 1)
    biggest = max(p.weight for p in points) or 1
    sizes = [80 + 1600 * p.weight / biggest for p in points]
    ax.scatter([p.x for p in points], [p.y for p in points], s=sizes, alpha=0.55, color=_COLOURS[0],
               edgecolors="white", linewidths=1.0)
    # ids only: labels of neighbouring themes would overlap; the overview table gives id and label
    for p in points:
        ax.annotate(p.theme_id, (p.x, p.y), fontsize=7, ha="center", va="center")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.margins(0.2)
    return _png(fig)


def _comma_formatter():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: number(value, 0 if float(value).is_integer() else 1))


def all_charts(report: Report) -> dict[str, bytes]:
    """The charts that have something to draw, by name (``omvang``, ``rondes``, ``kaart``); shown themes only."""
    report = report.for_reading()
    out = {}
    for name, draw in (("omvang", theme_sizes), ("rondes", prevalence), ("kaart", theme_map)):
        png = draw(report)
        if png:
            out[name] = png
    return out
