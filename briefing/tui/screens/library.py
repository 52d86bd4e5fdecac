"""The start screen: every article of the library in a table."""

from __future__ import annotations

import os

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header

from ...article import Article
from ..text import literal


class LibraryScreen(Screen[None]):
    """Lists the articles; `enter` opens one in the reader."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="library.down"),
        Binding("k", "cursor_up", "Up", show=False, id="library.up"),
        Binding("q", "app.quit", "Quit", id="library.quit"),
    ]

    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="library", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "briefing"
        self.sub_title = f"{len(self.articles)} articles"
        table = self.query_one("#library", DataTable)
        table.add_columns("Title", "Byline", "Published")
        for index, article in enumerate(self.articles):
            title = article.title or os.path.basename(article.path or "untitled")
            table.add_row(
                literal(title), literal(article.byline), literal((article.published or "")[:10]),
                key=str(index),
            )
        table.focus()

    def action_cursor_down(self) -> None:
        self.query_one("#library", DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#library", DataTable).action_cursor_up()

    @on(DataTable.RowSelected, "#library")
    def open_article(self, event: DataTable.RowSelected) -> None:
        from .reader import ReaderScreen

        self.app.push_screen(ReaderScreen(self.articles[int(event.row_key.value or 0)]))
