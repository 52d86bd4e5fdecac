"""Untrusted text to widgets, literally.

Article text, titles and file names are data: they must never be parsed as
Rich/Textual markup (`[an]` would vanish, `[/]` would crash the app).
"""

from __future__ import annotations

from rich.text import Text


def literal(value: str | None) -> Text:
    """A Rich `Text` that shows `value` verbatim (no markup, no emoji codes)."""
    return Text(value or "", no_wrap=False, end="")
