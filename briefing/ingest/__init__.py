"""Articles in, `Article` records out: decoding, sanitizing, format parsing.

Pure functions over plain data; never imports Textual.

    load(path)              one file (plain text, Markdown or HTML)
    load_text(text, raw)    a string; raw=True: the whole input is the body
    scan(paths)             a library: directories walked, bad files skipped with warnings
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from ..article import Article
from .dates import normalize_published
from .decode import DEFAULT_MAX_SIZE, decode
from .errors import IngestError
from .paragraphs import assemble, rejoin_broken
from .plaintext import find_dateline, parse_plain
from .sanitize import sanitize

__all__ = [
    "ARTICLE_SUFFIXES", "DEFAULT_MAX_SIZE", "Article", "IngestError", "Format",
    "expand", "load", "load_bytes", "load_text", "scan",
]

Format = Literal["text", "markdown", "html"]
_HTML_DATE_KEYS = ("article:published_time", "datepublished", "date", "pubdate", "dc.date")
ARTICLE_SUFFIXES: dict[str, Format] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
}


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _article_id(title: str, text: str) -> str:
    digest = hashlib.sha256(f"{title}\n\n{text}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def sniff_format(text: str, suffix: str = "") -> Format:
    """The format named by the suffix, else guessed from the first characters."""
    if suffix.lower() in ARTICLE_SUFFIXES:
        return ARTICLE_SUFFIXES[suffix.lower()]
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<article", "<head", "<body")):
        return "html"
    if head.startswith("---\n"):
        return "markdown"
    return "text"


def _build(
    *,
    path: str | None,
    title: str,
    dek: str,
    byline: str,
    published: str | None,
    source: str,
    paragraphs: list[str],
    warnings: list[str],
) -> Article:
    paragraphs = [p for p in paragraphs if p.strip()]
    if not paragraphs:
        raise IngestError(path, "no article text found")
    dateline, agency = find_dateline(paragraphs[0])
    text, spans = assemble(paragraphs)
    title = _one_line(title)
    return Article(
        id=_article_id(title, text),
        path=path,
        title=title,
        dek=_one_line(dek),
        byline=_one_line(byline),
        published=published,
        dateline=dateline,
        source=_one_line(source) or agency,
        text=text,
        paragraphs=spans,
        warnings=tuple(warnings),
    )


def load_text(
    text: str,
    raw: bool = False,
    *,
    path: str | None = None,
    format: Format | None = None,
    warnings: Iterable[str] = (),
) -> Article:
    """An `Article` from already-decoded text.

    `raw=True` takes the whole input as the body: no headline, byline or date
    detection, no Markdown or HTML parsing (only sanitizing and paragraphing).
    """
    warnings = list(warnings)
    text = sanitize(text)
    if not text.strip():
        raise IngestError(path, "empty file" if path else "empty input")
    if raw:
        _, paragraphs = parse_plain(text, raw=True)
        return _build(path=path, title="", dek="", byline="", published=None, source="",
                      paragraphs=paragraphs, warnings=warnings)
    kind = format or sniff_format(text, Path(path).suffix if path else "")
    if kind == "markdown":
        # markdown-it and PyYAML load only when a Markdown file does (~30 ms of start-up).
        from .markdown import meta_published, meta_text, parse_markdown

        parsed = parse_markdown(text)
        meta = parsed.meta
        return _build(
            path=path,
            title=meta_text(meta, "title") or parsed.title_heading,
            dek=meta_text(meta, "dek", "subtitle", "description", "summary"),
            byline=meta_text(meta, "byline", "author", "authors"),
            published=meta_published(meta),
            source=meta_text(meta, "source", "publication", "outlet", "publisher", "site"),
            paragraphs=rejoin_broken(parsed.paragraphs),
            warnings=warnings + [f"{path or 'input'}: {w}" for w in parsed.warnings],
        )
    if kind == "html":
        from .html import parse_html

        page = parse_html(text)
        meta = page.meta
        published_key = next((k for k in _HTML_DATE_KEYS if k in meta), None)
        published = normalize_published(meta[published_key]) if published_key else None
        return _build(
            path=path,
            title=meta.get("og:title") or page.h1 or page.title,
            dek=meta.get("description") or meta.get("og:description") or "",
            byline=meta.get("author") or meta.get("article:author") or "",
            published=published,
            source=meta.get("og:site_name") or "",
            paragraphs=rejoin_broken(page.paragraphs),
            warnings=warnings,
        )
    header, paragraphs = parse_plain(text)
    return _build(path=path, title=header.title, dek=header.dek, byline=header.byline,
                  published=header.published, source="", paragraphs=paragraphs, warnings=warnings)


def load_bytes(data: bytes, *, path: str | None = None, raw: bool = False,
               max_size: int = DEFAULT_MAX_SIZE, suffix: str = "") -> Article:
    """An `Article` from bytes (a file's content or standard input)."""
    if len(data) > max_size:
        raise IngestError(path, f"larger than the {_size(max_size)} limit (see --max-size)")
    if not data.strip():
        raise IngestError(path, "empty file" if path else "empty input")
    decoded = decode(data, path)
    fmt = None if raw else sniff_format(decoded.text, suffix)
    return load_text(decoded.text, raw, path=path, format=fmt,
                     warnings=[decoded.warning] if decoded.warning else [])


def _size(n: float) -> str:
    """`900 bytes`, `1 KB`, `20 MB` for error messages."""
    for unit in ("bytes", "KB", "MB"):
        if n < 1024:
            return f"{n:g} {unit}" if unit == "bytes" else f"{n:.0f} {unit}"
        n /= 1024
    return f"{n:.0f} GB"


def load(path: str | os.PathLike[str], *, raw: bool = False,
         max_size: int = DEFAULT_MAX_SIZE) -> Article:
    """Load one article file; raises `IngestError` with a one-line reason."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise IngestError(name, "no such file") from None
    except PermissionError:
        raise IngestError(name, "permission denied") from None
    except OSError as exc:
        raise IngestError(name, exc.strerror or "cannot read") from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(name, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(name, "not a regular file")
    if info.st_size > max_size:
        raise IngestError(name, f"larger than the {_size(max_size)} limit (see --max-size)")
    try:
        with open(name, "rb") as handle:
            data = handle.read(max_size + 1)
    except PermissionError:
        raise IngestError(name, "permission denied") from None
    except OSError as exc:
        raise IngestError(name, exc.strerror or "cannot read") from None
    return load_bytes(data, path=name, raw=raw, max_size=max_size, suffix=Path(name).suffix)


def _library_files(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            candidate = Path(root, name)
            if not name.startswith(".") and candidate.suffix.lower() in ARTICLE_SUFFIXES:
                yield candidate


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named by `paths`, directories walked for article files (sorted, hidden skipped).

    Raises `IngestError` for a missing path or a directory without a single article file.
    """
    files: list[Path] = []
    for given in paths:
        name = os.fspath(given)
        if os.path.isdir(name):
            found = list(_library_files(Path(name)))
            if not found:
                raise IngestError(name, "no articles in this directory (.txt, .md, .html)")
            files.extend(found)
        elif os.path.lexists(name):
            files.append(Path(name))
        else:
            raise IngestError(name, "no such file or directory")
    return files


def scan(paths: Iterable[str | os.PathLike[str]], *, max_size: int = DEFAULT_MAX_SIZE,
         ) -> tuple[list[Article], list[str]]:
    """Load every article under `paths`; bad files become warnings, not failures."""
    articles: list[Article] = []
    warnings: list[str] = []
    for file in expand(paths):
        try:
            article = load(file, max_size=max_size)
        except IngestError as exc:
            warnings.append(f"skipped {exc}")
            continue
        articles.append(article)
        warnings.extend(article.warnings)
    return articles, warnings
