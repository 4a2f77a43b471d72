"""``themes compare``: placeholder until its issue lands."""

from __future__ import annotations

from themes.cli.common import fail


def command() -> None:
    """Nog niet beschikbaar."""
    fail("'compare' is nog niet gebouwd")
