"""One article: headline, metadata and the body in a read-only text area."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea

from ...article import Article
from ..text import literal


class ReaderScreen(Screen[None]):
    """Shows an article; `q` or `escape` goes back to the library."""

    BINDINGS = [
        Binding("q", "app.pop_screen", "Back", id="reader.back"),
        Binding("escape", "app.pop_screen", "Back", show=False, id="reader.escape"),
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        article = self.article
        meta = " · ".join(v for v in (article.byline, article.published or "", article.dateline) if v)
        with Vertical(id="article-header"):
            yield Static(literal(article.title or article.path), id="headline")
            if article.dek:
                yield Static(literal(article.dek), id="dek")
            if meta:
                yield Static(literal(meta), id="meta")
        yield TextArea(article.text, read_only=True, soft_wrap=True, show_line_numbers=False, id="body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#body", TextArea).focus()
