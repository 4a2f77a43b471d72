"""Dutch texts for typer's and Click's own output: help, usage lines, usage errors as one line.

Typer vendors Click with English f-strings (no gettext catalogue to install), so the few texts an analyst sees are
replaced here while the command line runs: section titles, the help option, the usage prefix, plain metavars
(``PAD``, ``TEKST`` instead of ``{paths}``, ``<list[Path]>``, ``<bool>``) and the usage errors, which are printed as
one ``fout:`` line with exit code 2. Everything is restored when the command returns.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any

import typer
import typer.core as typer_core
from typer import _click as click  # the Click that typer vendors

from themes.cli.common import quiet_broken_pipe

SECTIONS = {
    "Arguments": "Argumenten",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "(dynamic)": "(wisselend)",
    "Aborted!": "Afgebroken.",
    "Missing command.": "Geef een opdracht.",
    "No such command {name!r}.": "onbekende opdracht {name!r}",
}
HELP_TEXT = "Toon deze hulp en stop."
USAGE_PREFIX = "Gebruik: "
# Click's usage errors (format_message) -> Dutch; the first pattern that matches wins
ERRORS = [
    (re.compile(r"^Missing argument '(.+)'\.?$"), "argument {0} ontbreekt"),
    (re.compile(r"^Missing option '(.+)'\.?$"), "optie {0} ontbreekt"),
    (re.compile(r"^No such option: (\S+) \(Possible options: (.+)\)$"), "onbekende optie {0} (bedoelt u {1}?)"),
    (re.compile(r"^No such option: (\S+)\. Did you mean (.+)\?$"), "onbekende optie {0} (bedoelt u {1}?)"),
    (re.compile(r"^No such option: (\S+)$"), "onbekende optie {0}"),
    (re.compile(r"^Option '(.+)' requires an argument\.?$"), "optie {0} vraagt een waarde"),
    (re.compile(r"^Option '(.+)' does not take a value\.?$"), "optie {0} neemt geen waarde"),
    (re.compile(r"^Got unexpected extra arguments? \((.+)\)$"), "onverwacht extra argument ({0})"),
    (re.compile(r"^No such command '(.+)'\.(?: Did you mean (.+)\?)?$"), "onbekende opdracht '{0}'"),
    (re.compile(r"^Invalid value for (.+?): (.+)$", re.S), "ongeldige waarde voor {0}: {1}"),
    (re.compile(r"^Invalid value: (.+)$", re.S), "ongeldige waarde: {0}"),
    (re.compile(r"^Missing command\.?$"), "geef een opdracht"),
]


def dutch_error(message: str) -> str:
    """A Click usage error message in Dutch, on one line."""
    message = " ".join(message.split())
    for pattern, template in ERRORS:
        match = pattern.match(message)
        if match:
            return template.format(*(g or "" for g in match.groups()))
    return message


def _label(param: Any) -> str:
    """A plain Dutch metavar for a parameter's type (``PAD``, ``TEKST``, ``GETAL``), empty for flags."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    desc = param.type_descriptor
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices or ())
    if desc.is_path:
        return "PAD"
    if desc.is_datetime:
        return "JJJJ-MM-DD"
    name = param.bare_type() if hasattr(param, "bare_type") else "str"
    name = name.removeprefix("list[").removesuffix("]").casefold()
    return {"int": "GETAL", "float": "GETAL", "bool": "", "path": "PAD"}.get(name, "TEKST")


def _display_type(self: Any, ctx: Any) -> str:
    if isinstance(self, typer_core.TyperArgument) and self.metavar:
        return ""
    return _label(self)


def _usage_display_name(self: Any) -> str:
    name = (self.metavar or self.name or "").upper()
    if self.nargs != 1:
        name += "..."
    return name if self.required else f"[{name}]"


@contextlib.contextmanager
def _patched(owner: Any, name: str, value: Any) -> Iterator[None]:
    if not hasattr(owner, name):  # another typer version: leave it be
        yield
        return
    old = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, old)


@contextlib.contextmanager
def dutch_texts() -> Iterator[None]:
    """Typer's and Click's help and usage texts in Dutch while the body runs."""
    old_help_option = click.core.Command.get_help_option
    words = {"[OPTIONS]": "[OPTIES]", "COMMAND [ARGS]...": "OPDRACHT [ARGUMENTEN]..."}

    def dutch_pieces(old: Any) -> Any:
        def collect_usage_pieces(self: Any, ctx: Any) -> list[str]:
            return [words.get(piece, piece) for piece in old(self, ctx)]
        return collect_usage_pieces
    old_write_usage = click.formatting.HelpFormatter.write_usage

    def get_help_option(self: Any, ctx: Any) -> Any:
        option = old_help_option(self, ctx)
        if option is not None:
            option.help = HELP_TEXT
        return option

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        old_write_usage(self, prog, args, USAGE_PREFIX if prefix is None else prefix)

    def translate(message: str) -> str:
        return SECTIONS.get(message, message)

    with contextlib.ExitStack() as stack:
        stack.enter_context(_patched(typer_core, "_", translate))
        stack.enter_context(_patched(click.core.Command, "get_help_option", get_help_option))
        for owner in (click.core.Command, typer_core.TyperGroup):
            old = owner.__dict__.get("collect_usage_pieces")
            if old is not None:
                stack.enter_context(_patched(owner, "collect_usage_pieces", dutch_pieces(old)))
        stack.enter_context(_patched(click.formatting.HelpFormatter, "write_usage", write_usage))
        stack.enter_context(_patched(typer_core._TyperParameter, "display_type", _display_type))
        stack.enter_context(_patched(typer_core.TyperArgument, "_usage_display_name", _usage_display_name))
        yield


class DutchGroup(typer_core.TyperGroup):
    """The root command group: Dutch help texts, and every usage error as one ``fout:`` line (exit code 2)."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        """Run the command line with Dutch texts; usage errors become one line on stderr."""
        with dutch_texts():
            try:
                result = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                                      standalone_mode=False, **extra)
                sys.stdout.flush()  # a reader that stopped early shows here, not in Python's exit flush
            except BrokenPipeError:
                quiet_broken_pipe()
                result = 0
            except click.exceptions.NoArgsIsHelpError as exc:
                typer.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
                if not standalone_mode:
                    raise
                sys.exit(exc.exit_code)
            except click.exceptions.ClickException as exc:
                if not standalone_mode:
                    raise
                ctx = getattr(exc, "ctx", None)
                hint = f" (zie '{ctx.command_path} --help')" if ctx is not None else ""
                typer.echo(f"fout: {dutch_error(exc.format_message())}{hint}", err=True)
                sys.exit(exc.exit_code)
            except typer.Abort:
                if not standalone_mode:
                    raise
                typer.echo("fout: afgebroken", err=True)
                sys.exit(1)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)
