"""The prevalence chart: share of each theme per round as grouped horizontal bars (PNG, stable bytes).

Matplotlib is imported here only, inside the function, with the Agg canvas (no pyplot, no global backend).
The figure has a fixed width and dpi, a height fixed by the number of themes shown, and the PNG carries no
software or time metadata, so the same comparison gives the same bytes.
"""

from __future__ import annotations

import io

from themes.rounds.comparison import RoundComparison

MAX_THEMES = 15
MAX_BAR_ROUNDS = 4
MAX_LINES = 8
WIDTH_INCHES = 8.0
DPI = 100
MAX_LABEL = 45
_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "themes",
}


def _short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _percent_tick(value: float, _pos: int) -> str:
    """Axis label with a decimal comma: 10 -> "10%", 0.5 -> "0,5%"."""
    return f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%".replace(".", ",")


def prevalence_chart(comparison: RoundComparison, *, max_themes: int = MAX_THEMES) -> bytes:
    """PNG bytes of the share of each theme per round (the ``max_themes`` largest themes).

    Up to ``MAX_BAR_ROUNDS`` rounds: grouped horizontal bars, one group per theme. More rounds (months,
    quarters): one line per theme over the rounds, for the ``MAX_LINES`` largest themes.

    Args:
        comparison: the round comparison.
        max_themes: how many themes at most (largest share in any round first).

    Returns:
        The PNG file as bytes.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rounds = comparison.rounds
    lines = len(rounds) > MAX_BAR_ROUNDS
    limit = min(max_themes, MAX_LINES) if lines else max_themes
    trends = sorted(comparison.trends, key=lambda t: (-max((s.share for s in t.per_round), default=0.0), t.theme_id))
    shown = [t for t in trends if any(s.units for s in t.per_round)]
    title = "Thema's per ronde" if len(shown) <= limit else f"Thema's per ronde (de {limit} grootste)"
    trends = shown[:limit]
    if lines:
        height = 5.0
    else:
        height = 1.6 + 0.28 * max(1, len(trends)) * max(1, len(rounds)) ** 0.5
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(WIDTH_INCHES, round(height, 2)), dpi=DPI)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot(1, 1, 1)
        if not trends or not rounds:
            ax.text(0.5, 0.5, "Geen gegevens om te vergelijken", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        elif lines:
            _lines(ax, trends, rounds, matplotlib)
        else:
            _bars(ax, trends, rounds, matplotlib)
        ax.set_title(title, pad=24 if trends and rounds and not lines else 6)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _label(trend) -> str:
    return _short(trend.label) + ("" if trend.status == "blijvend" else f" ({trend.status})")


def _bars(ax, trends, rounds, matplotlib) -> None:
    cmap = matplotlib.colormaps["viridis"]
    bar = 0.8 / len(rounds)
    n = len(trends)
    for j, name in enumerate(rounds):
        color = cmap(0.15 + 0.7 * (j / max(1, len(rounds) - 1)))
        ys = [n - 1 - i + 0.4 - bar * (j + 0.5) for i in range(n)]
        values = [100 * t.per_round[j].share for t in trends]
        ax.barh(ys, values, height=bar * 0.92, color=color, label=name)
    ax.set_yticks([n - 1 - i for i in range(n)], labels=[_label(t) for t in trends])
    ax.set_xlabel("Aandeel van de eenheden in de ronde (%)")
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=8, steps=[1, 2, 5, 10]))
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(_percent_tick))
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=min(len(rounds), 4), frameon=False)
    ax.set_ylim(-0.6, n - 0.4)


def _lines(ax, trends, rounds, matplotlib) -> None:
    cmap = matplotlib.colormaps["tab10"]
    xs = list(range(len(rounds)))
    for i, trend in enumerate(trends):
        ax.plot(xs, [100 * s.share for s in trend.per_round], marker="o", markersize=3, linewidth=1.5,
                color=cmap(i % 10), label=_label(trend))
    ax.set_xticks(xs, labels=list(rounds), rotation=45 if len(rounds) > 6 else 0,
                  ha="right" if len(rounds) > 6 else "center")
    ax.set_ylabel("Aandeel van de eenheden (%)")
    ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=6, steps=[1, 2, 5, 10]))
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(_percent_tick))
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)
