"""The export's exception: its message is one line fit for the user."""

from __future__ import annotations


class ExportError(Exception):
    """The brief cannot be written as asked (the file exists, the directory is missing, ...)."""


class TargetExists(ExportError):
    """The target file exists and overwriting it was not asked for; it is left untouched."""
