"""The one exception hierarchy of the package.

The CLI turns every ``ThemesError`` into a one-line message and a non-zero exit code.
"""

from __future__ import annotations


class ThemesError(Exception):
    """Base class of every error the tool reports to the analyst."""


class ConfigError(ThemesError):
    """A pipeline config or taxonomy file is invalid."""


class WorkspaceError(ThemesError):
    """The workspace is missing, locked or damaged."""


class InputFileError(ThemesError):
    """One input file cannot be read; the message names the file."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormatError(InputFileError):
    """The file type is not one the tool reads."""


class EmptyInputError(InputFileError):
    """The file holds no text."""


class EncryptedInputError(InputFileError):
    """The file is password protected."""


class MissingColumnError(InputFileError):
    """A survey export lacks a column the analyst named."""


class AnalysisError(ThemesError):
    """An analysis step cannot run on the workspace as it is (for example: nothing analysed yet)."""
