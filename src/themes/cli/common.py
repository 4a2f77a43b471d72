"""Shared pieces of the typer commands: options, workspace opening, error reporting."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from themes.config import PipelineConfig, load_config
from themes.errors import ThemesError
from themes.store import Workspace

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_WORKSPACE = "werkmap"
CONFIG_IN_WORKSPACE = "pipeline.yml"


def default_workspace() -> Path:
    """``$THEMES_WORKSPACE``, else ``./werkmap``."""
    return Path(os.environ.get("THEMES_WORKSPACE") or DEFAULT_WORKSPACE)


WorkspaceOption = Annotated[
    Path | None,
    typer.Option("--workspace", "-w", help="Werkmap (standaard $THEMES_WORKSPACE, anders ./werkmap).", show_default=False),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="Pipelineconfig (YAML/TOML); standaard pipeline.yml in de werkmap, anders de standaardinstellingen."),
]
OutputDirOption = Annotated[Path, typer.Option("--output", "-o", help="Uitvoermap.")]

_state = {"debug": False}


def set_debug(value: bool) -> None:
    """Show tracebacks for errors (``--debug``)."""
    _state["debug"] = value


def resolve_workspace(workspace: Path | None) -> Path:
    """The workspace path an option names, with the documented default."""
    return workspace if workspace is not None else default_workspace()


def open_workspace(workspace: Path | None, *, create: bool = False) -> Workspace:
    """Open the workspace an option names (``create``: make it when missing)."""
    return Workspace.open(resolve_workspace(workspace), create=create)


def config_for(workspace: Path | None, config: Path | None) -> PipelineConfig:
    """The config file given, else the workspace's ``pipeline.yml``, else the defaults."""
    if config is not None:
        return load_config(config)
    candidate = resolve_workspace(workspace) / CONFIG_IN_WORKSPACE
    return load_config(candidate if candidate.exists() else None)


def say(message: str) -> None:
    """Print a line for the analyst (stdout)."""
    typer.echo(message)


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error on stderr and exit non-zero."""
    typer.echo(f"fout: {message}", err=True)
    raise typer.Exit(code)


def reports_errors(func: F) -> F:
    """Turn ``ThemesError`` (and unexpected errors) into a one-line message and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except ThemesError as exc:
            if _state["debug"]:
                traceback.print_exc(file=sys.stderr)
            fail(str(exc))
        except KeyboardInterrupt:
            fail("afgebroken", 130)
        except Exception as exc:  # noqa: BLE001 - the analyst sees one line; --debug shows the rest
            if _state["debug"]:
                traceback.print_exc(file=sys.stderr)
            fail(f"onverwachte fout: {type(exc).__name__}: {exc} (gebruik --debug voor details)")

    return wrapper  # type: ignore[return-value]
