"""The prevalence chart: share of each theme per round as grouped horizontal bars (PNG, stable bytes).

Matplotlib is imported here only, inside the function, with the Agg canvas (no pyplot, no global backend).
The figure has a fixed width and dpi, a height fixed by the number of themes shown, and the PNG carries no
software or time metadata, so the same comparison gives the same bytes.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from themes.rounds.compare import RoundComparison

MAX_THEMES = 15
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

    Args:
        comparison: the round comparison.
        max_themes: how many themes at most (largest share in any round first).

    Returns:
        The PNG file as bytes.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    trends = sorted(comparison.trends, key=lambda t: (-max((s.share for s in t.per_round), default=0.0), t.theme_id))
    shown = [t for t in trends if any(s.units for s in t.per_round)]
    title = "Thema's per ronde" if len(shown) <= max_themes else f"Thema's per ronde (de {max_themes} grootste)"
    trends = shown[:max_themes]
    rounds = comparison.rounds
    height = 1.6 + 0.28 * max(1, len(trends)) * max(1, min(len(rounds), 4)) ** 0.5
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(WIDTH_INCHES, round(height, 2)), dpi=DPI)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot(1, 1, 1)
        if not trends or not rounds:
            ax.text(0.5, 0.5, "Geen gegevens om te vergelijken", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        else:
            cmap = matplotlib.colormaps["viridis"]
            bar = 0.8 / len(rounds)
            n = len(trends)
            for j, name in enumerate(rounds):
                color = cmap(0.15 + 0.7 * (j / max(1, len(rounds) - 1)))
                ys = [n - 1 - i + 0.4 - bar * (j + 0.5) for i in range(n)]
                values = [100 * t.per_round[j].share for t in trends]
                ax.barh(ys, values, height=bar * 0.92, color=color, label=name)
            labels = [_short(t.label) + ("" if t.status == "blijvend" else f" ({t.status})") for t in trends]
            ax.set_yticks([n - 1 - i for i in range(n)], labels=labels)
            ax.set_xlabel("Aandeel van de eenheden in de ronde (%)")
            ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=8, steps=[1, 2, 5, 10]))
            ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(_percent_tick))
            ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=min(len(rounds), 4), frameon=False)
            ax.set_ylim(-0.6, n - 0.4)
        ax.set_title(title, pad=24 if trends and rounds else 6)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()
