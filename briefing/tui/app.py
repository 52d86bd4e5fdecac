"""The briefing application object."""

from __future__ import annotations

import os

from textual.app import App

from ..article import Article
from ..resources import styles_dir
from .screens.library import LibraryScreen


def few_colors() -> bool:
    """True for terminals that show 16 colors or none (TERM=xterm/screen, NO_COLOR)."""
    term = os.environ.get("TERM", "")
    truecolor = os.environ.get("COLORTERM", "") in ("truecolor", "24bit")
    return bool(os.environ.get("NO_COLOR")) or (not truecolor and "256color" not in term)


class BriefingApp(App[None]):
    """Library first; articles open in the reader."""

    TITLE = "briefing"
    CSS_PATH = str(styles_dir() / "app.tcss")

    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles

    def on_mount(self) -> None:
        if few_colors():
            # The terminal's own 16-color palette reads better than approximated truecolor.
            self.theme = "ansi-dark"
        self.push_screen(LibraryScreen(self.articles))
