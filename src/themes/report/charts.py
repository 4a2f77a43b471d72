"""Charts of the report as PNG bytes (matplotlib, Agg canvas, no pyplot state, no timestamps).

``theme_sizes``: horizontal bars of theme weight; ``prevalence``: share per round of the heaviest themes;
``theme_map``: 2D projection of theme centroids, bubble area by weight. Each returns None when there is
nothing to draw.
"""

from __future__ import annotations

import io

from themes.report.content import Report
from themes.text.fmt import number, shorten

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


def bubble_layout(xs, ys, weights, *, fill: float = 0.30, gap: float = 0.01, rounds: int = 400):
    """Bubble centres and radii in a unit square: area by weight, positions as close to the map as no overlap allows.

    The projection is scaled into the square, radii are chosen so the bubbles cover ``fill`` of it, then
    overlapping pairs are pushed apart (half each, along the line between them) until none overlaps. Written
    here because the packing libraries (circlify, packcircles) place bubbles by size and drop the positions.
    Deterministic: no random start, ties broken by index.

    Returns:
        (x, y, r) arrays.
    """
    import numpy as np

    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    w = np.maximum(np.asarray(weights, dtype=float), 0.0) + 1e-9
    n = len(w)
    span = max(float(np.ptp(x)) if n else 0.0, float(np.ptp(y)) if n else 0.0) or 1.0
    pos = np.column_stack([(x - x.min()) / span, (y - y.min()) / span]) if n else np.zeros((0, 2))
    r = np.sqrt(w / w.sum() * fill / np.pi)
    r = np.maximum(r, 0.25 * r.max()) if n else r  # the smallest bubble still holds its id
    for _ in range(rounds):
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                delta = pos[j] - pos[i]
                dist = float(np.hypot(*delta))
                need = r[i] + r[j] + gap
                if dist >= need:
                    continue
                if dist < 1e-12:  # same spot: part along a fixed direction per pair (the golden angle spreads ties)
                    angle = 2.399963 * (i * n + j)
                    unit = np.array([np.cos(angle), np.sin(angle)])
                else:
                    unit = delta / dist
                step = unit * (need - dist) / 2.0
                pos[i] -= step
                pos[j] += step
                moved = True
        if not moved:
            break
    return pos[:, 0], pos[:, 1], r


def theme_map(report: Report) -> bytes | None:
    """Bubble chart of the theme map; bubble area proportional to weight, bubbles never overlapping."""
    from matplotlib.patches import Circle

    points = list(report.theme_map)
    if not points:
        return None
    xs, ys, radii = bubble_layout([p.x for p in points], [p.y for p in points], [p.weight for p in points])
    fig = _figure(7.0, 5.5)
    ax = fig.add_subplot(1, 1, 1)
    for p, x, y, radius in zip(points, xs, ys, radii, strict=True):
        ax.add_patch(Circle((x, y), radius, alpha=0.55, color=_COLOURS[0], ec="white", lw=1.0))
        # ids only: labels of neighbouring themes would overlap; the overview table gives id and label
        ax.annotate(p.theme_id, (x, y), fontsize=7, ha="center", va="center")
    ax.set_xlim(float((xs - radii).min()) - 0.05, float((xs + radii).max()) + 0.05)
    ax.set_ylim(float((ys - radii).min()) - 0.05, float((ys + radii).max()) + 0.05)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
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
