"""Markdown articles: optional YAML front matter, body parsed with markdown-it-py.

The body becomes plain paragraphs (headings, list items and block quotes each a
paragraph of their own); markup is dropped, link texts kept, raw HTML dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .dates import normalize_published

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_PARAGRAPH_TOKENS = {"paragraph_open", "heading_open"}
_SKIPPED_BLOCKS = {"html_block", "hr"}


@dataclass(slots=True)
class MarkdownArticle:
    meta: dict[str, Any] = field(default_factory=dict)
    title_heading: str = ""
    paragraphs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """Front matter mapping, the rest of the text, and a warning if it was unreadable."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return {}, text, None
    try:
        meta = yaml.safe_load(found.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        return {}, text[found.end():], f"front matter is not valid YAML{where}; ignored"
    if not isinstance(meta, dict):
        return {}, text[found.end():], "front matter is not a mapping; ignored"
    return {str(k).lower(): v for k, v in meta.items()}, text[found.end():], None


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return re.sub(r"[ \t]+", " ", "".join(parts)).strip()


def _body_paragraphs(body: str, heading_is_title: bool) -> tuple[str, list[str]]:
    tokens = MarkdownIt("commonmark").parse(body)
    title = ""
    paragraphs: list[str] = []
    list_stack: list[list[int] | None] = []  # per list: [next number] or None (bullets)
    pending_marker = ""
    for index, token in enumerate(tokens):
        if token.type == "bullet_list_open":
            list_stack.append(None)
        elif token.type == "ordered_list_open":
            list_stack.append([int(token.attrGet("start") or 1)])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif token.type == "list_item_open":
            counter = list_stack[-1] if list_stack else None
            if counter is None:
                pending_marker = "• "
            else:
                pending_marker = f"{counter[0]}. "
                counter[0] += 1
        elif token.type in ("code_block", "fence"):
            text = token.content.strip("\n")
            if text:
                paragraphs.append(" ".join(text.split()))
        elif token.type == "inline" and index and tokens[index - 1].type in _PARAGRAPH_TOKENS:
            text = _inline_text(token)
            if not text:
                continue
            opener = tokens[index - 1]
            if opener.type == "heading_open" and opener.tag == "h1" and heading_is_title and not title and not paragraphs:
                title = text
                continue
            paragraphs.append(pending_marker + text)
            pending_marker = ""
    return title, paragraphs


def parse_markdown(text: str) -> MarkdownArticle:
    """Front matter and plain paragraphs of a sanitized Markdown article."""
    meta, body, warning = split_front_matter(text)
    title, paragraphs = _body_paragraphs(body, heading_is_title=not meta_text(meta, "title"))
    return MarkdownArticle(
        meta=meta, title_heading=title, paragraphs=paragraphs, warnings=[warning] if warning else []
    )


def meta_text(meta: dict[str, Any], *keys: str) -> str:
    """The first present key as one line of text (lists joined with commas)."""
    for key in keys:
        value = meta.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, list):
            return ", ".join(str(v) for v in value if v is not None)
        if isinstance(value, dict):
            value = value.get("name", "")
        return " ".join(str(value).split())
    return ""


def meta_published(meta: dict[str, Any]) -> str | None:
    for key in ("published", "date", "published_at", "pubdate", "created"):
        if key in meta:
            return normalize_published(meta[key])
    return None
