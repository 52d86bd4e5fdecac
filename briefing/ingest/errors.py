"""The one exception ingest raises for input it cannot use."""

from __future__ import annotations


class IngestError(Exception):
    """An article could not be loaded; `str()` is a one-line message naming the path."""

    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)
