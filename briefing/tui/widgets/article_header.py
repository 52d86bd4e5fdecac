"""Headline, dek and `byline · published · dateline` above the article body."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from ...article import Article
from ..text import visible


def when(published: str | None) -> str:
    """`2025-09-23T00:41:00+09:00` → `2025-09-23 00:41 +09:00`; a bare date stays as it is."""
    if not published or "T" not in published:
        return published or ""
    day, _, rest = published.partition("T")
    clock, zone = rest[:5], rest[8:]
    return f"{day} {clock} {zone}".strip()


def meta_line(article: Article) -> str:
    """`byline · published · dateline`, skipping what is missing."""
    return " · ".join(v for v in (article.byline, when(article.published), article.dateline) if v)


class ArticleHeader(Vertical):
    """The article's own heading; every string is untrusted and shown literally."""

    DEFAULT_CSS = """
    ArticleHeader {
        height: auto;
        padding: 0 1;
        & > #headline { text-style: bold; }
        & > #dek { text-style: italic; }
        & > #meta { color: $text-muted; }
    }
    """

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article

    def compose(self) -> ComposeResult:
        article = self.article
        yield Static(Content(visible(article.title or article.path or "untitled")), id="headline")
        if article.dek:
            yield Static(Content(visible(article.dek)), id="dek")
        if meta := meta_line(article):
            yield Static(Content(visible(meta)), id="meta")
