"""The store's exceptions: each carries a one-line message fit for the user."""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot be used as asked (unsafe directory, locked, newer schema, ...)."""


class CorruptFile(StoreError):
    """A store file that is not readable JSON of the expected shape."""


class SchemaTooNew(StoreError):
    """A store file written by a newer briefing."""
