"""HTML articles with the standard library's parser.

Title and metadata come from `<title>`, `<meta>` and Open Graph tags; the body
from `<article>` (else `<main>`, else `<body>`), block by block, skipping
scripts, styles, navigation, headers, footers, asides and forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIPPED = {
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
    "form", "button", "select", "iframe", "object", "canvas", "head",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCKS = {
    "p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
    "figcaption", "td", "th", "dd", "dt", "article", "main", "body", "ul", "ol", "table", "tr",
}
_CONTAINERS = ("article", "main", "body")
_DOCUMENT = "document"  # everything outside skipped elements, for fragments without <body>


@dataclass(slots=True)
class HtmlArticle:
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    h1: str = ""
    paragraphs: list[str] = field(default_factory=list)


class _Collector(HTMLParser):
    """Collects text blocks per container so the best container can be chosen after parsing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.blocks: dict[str, list[str]] = {name: [] for name in (*_CONTAINERS, _DOCUMENT)}
        self.h1 = ""
        self._open: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._current: list[str] = []
        self._list_marker = ""

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        self._current = []
        if text:
            text = self._list_marker + text
            self.blocks[_DOCUMENT].append(text)
            for name in _CONTAINERS:
                if name in self._open:
                    self.blocks[name].append(text)
        self._list_marker = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and "content" in values and key not in self.meta:
                self.meta[key] = " ".join(values["content"].split())
            return
        if tag in _VOID:
            if tag == "br":
                self._current.append(" ")
            return
        if tag == "title" and not self._open_contains_body():
            self._in_title = True
        if tag in _SKIPPED or "hidden" in values:
            self._skip_depth += 1
        if tag in _BLOCKS:
            self._flush()
        if tag == "li":
            self._list_marker = "• "
        if tag == "h1":
            self._in_h1 = True
        self._open.append(tag)

    def _open_contains_body(self) -> bool:
        return "body" in self._open

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self._open:
            return
        if tag == "title":
            self._in_title = False
        while self._open:
            name = self._open.pop()
            if name in _BLOCKS:
                self._flush()
            if name == "h1":
                self._in_h1 = False
            if name in _SKIPPED and self._skip_depth:
                self._skip_depth -= 1
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._skip_depth:
            return
        if self._in_h1 and not self.h1:
            self.h1 = " ".join(data.split())
        self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def parse_html(text: str) -> HtmlArticle:
    """Title, metadata and body paragraphs of a sanitized HTML page."""
    collector = _Collector()
    collector.feed(text)
    collector.close()
    containers = (*_CONTAINERS, _DOCUMENT)
    paragraphs = next((collector.blocks[name] for name in containers if collector.blocks[name]), [])
    h1 = collector.h1
    if paragraphs and h1 and paragraphs[0] == h1:
        paragraphs = paragraphs[1:]
    return HtmlArticle(
        title=" ".join("".join(collector.title_parts).split()),
        meta=collector.meta,
        h1=h1,
        paragraphs=paragraphs,
    )
