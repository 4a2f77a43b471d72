"""Shared pieces of the typer commands: options, workspace opening, error reporting."""

from __future__ import annotations

import errno
import functools
import io
import os
import sqlite3
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
        except BrokenPipeError:  # the reader stopped early (themes status | head -5): not an error
            quiet_broken_pipe()
            raise typer.Exit(0) from None
        except OSError as exc:
            if _state["debug"]:
                traceback.print_exc(file=sys.stderr)
            fail(os_error_message(exc))
        except sqlite3.Error as exc:
            if _state["debug"]:
                traceback.print_exc(file=sys.stderr)
            fail(database_error_message(exc, resolve_workspace(kwargs.get("workspace"))))
        except Exception as exc:  # noqa: BLE001 - the analyst sees one line; --debug shows the rest
            if _state["debug"]:
                traceback.print_exc(file=sys.stderr)
            fail(f"onverwachte fout: {type(exc).__name__}: {exc} (gebruik --debug voor details)")

    return wrapper  # type: ignore[return-value]


def quiet_broken_pipe() -> None:
    """Point stdout at /dev/null after its reader went away, so the exit flush raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # not a real file (tests)


def os_error_message(exc: OSError) -> str:
    """One Dutch line for a file-system error, naming the file and, for rights and space, its folder."""
    name = exc.filename or "?"
    folder = Path(name).parent if exc.filename else "?"
    if exc.errno == errno.ENOSPC:
        return f"schijf vol: {name} kan niet worden geschreven; maak ruimte vrij in {folder} en probeer opnieuw"
    if exc.errno == errno.EROFS:
        return f"map {folder} is alleen-lezen: {name} kan niet worden geschreven"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"geen rechten voor {name}: de map {folder} is alleen-lezen of niet van u"
    if exc.errno == errno.ENOENT:
        return f"{name} bestaat niet"
    if exc.errno == errno.EISDIR:
        return f"{name} is een map, geen bestand"
    return f"{name}: {exc.strerror or exc}"


def database_error_message(exc: sqlite3.Error, workspace: Path) -> str:
    """One Dutch line for an error of the workspace database, naming the workspace folder."""
    text = str(exc).casefold()
    if "full" in text:
        return f"schijf vol: de werkmap {workspace} kan niet worden bijgewerkt; maak ruimte vrij en probeer opnieuw"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"werkmap {workspace} is alleen-lezen of niet te openen (controleer de rechten op de map)"
    if "locked" in text or "busy" in text:
        return f"werkmap {workspace} is bezet door een andere opdracht; probeer het zo opnieuw"
    return f"werkmap {workspace}: databasefout ({exc})"
