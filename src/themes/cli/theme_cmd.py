"""``themes theme rename|merge|list``: analysts curate themes; kept across re-runs."""

from __future__ import annotations

import typer

app = typer.Typer(help="Thema's hernoemen, samenvoegen en bekijken.", no_args_is_help=True)
