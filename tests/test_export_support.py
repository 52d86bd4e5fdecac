"""Helpers shared by the export tests (no tests here): stores, fixed extractions, rendered text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from briefing.article import Article
from briefing.export.cache import from_json
from briefing.extract.model import Claim, Extraction, Figure, Quote
from briefing.store.anchor import Quote as Selector
from briefing.store.model import Annotation, ArticleRef, Item
from briefing.store.store import AnnotationStore

GOLDEN = Path(__file__).parent / "golden" / "export"
GENERATED = datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)
_BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr",
           "ul", "ol", "pre", "hr"}


def words(text: str) -> str:
    """Text with whitespace runs made one space: what any Markdown renderer keeps of it."""
    return " ".join(text.split())


def to_html(markdown: str) -> str:
    """GFM-like rendering (tables, strikethrough, linkify), front matter understood."""
    return MarkdownIt("gfm-like").use(front_matter_plugin).render(markdown)


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # Entities unescaped as they are read.
        self.blocks: list[tuple[tuple[str, ...], str]] = []
        self._stack: list[str] = []
        self._text: list[str] = []

    def _flush(self) -> None:
        text = words("".join(self._text))
        if text:
            self.blocks.append((tuple(self._stack), text))
        self._text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()
            if tag in self._stack:
                del self._stack[len(self._stack) - 1 - self._stack[::-1].index(tag):]

    def handle_data(self, data: str) -> None:
        self._text.append(data)


def blocks(markdown: str) -> list[tuple[tuple[str, ...], str]]:
    """(enclosing block tags, text) of every block of the rendered Markdown, tags stripped."""
    parser = _Blocks()
    parser.feed(to_html(markdown))
    parser.close()
    parser._flush()
    return parser.blocks


def store_at(tmp_path: Path) -> AnnotationStore:
    return AnnotationStore(tmp_path / "db")


def star(store: AnnotationStore, article: Article, item: Quote | Claim | Figure, kind: str,
         note: str = "") -> Annotation:
    return store.add(article, item.start, item.end, kind="star", note=note, item=Item(kind, item.id, item.text))


def orphan(store: AnnotationStore, article: Article, exact: str, note: str = "") -> Annotation:
    """An annotation whose passage is no longer in the article."""
    gone = Annotation.new(ArticleRef.of(article), Selector(exact, "", "", 0, len(exact)), note=note)
    store.put(gone)
    return gone


def fixed_extraction(article: Article) -> Extraction:
    """The article's extraction as snapshotted in tests/golden/export, so goldens test the export
    and not the extractor (which others keep improving). Missing snapshots are made on first use."""
    path = GOLDEN / f"{Path(article.path or article.id).stem}.extraction.json"
    if not path.exists():
        from briefing.extract import extract

        path.write_text(json.dumps(extract(article).to_json(), ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def article(text: str, **fields: str) -> Article:
    """A synthetic article, one paragraph per blank-line-separated block of `text`."""
    spans, at = [], 0
    for block in text.split("\n\n"):
        spans.append((at, at + len(block)))
        at += len(block) + 2
    base = Article(id=fields.pop("id", "synthetic"), path=None, title="", dek="", byline="", published=None,
                   dateline="", source="", text=text, paragraphs=tuple(spans))
    return replace(base, **fields)
