"""Paragraph-level normalization shared by every format."""

from __future__ import annotations

import re

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
# CommonMark backslash escapes: a backslash before ASCII punctuation.
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# A paragraph that stops mid-sentence: it ends in a letter, digit, comma or
# an apostrophe-s, and the next one starts in lower case (a page break in the source).
_OPEN_ENDING = re.compile(r"[\w,’']\Z")
_LOWER_START = re.compile(r"\A[a-z]")


def split_blocks(text: str) -> list[str]:
    """Blocks separated by blank lines, each with its lines joined by single spaces."""
    blocks = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in block.split("\n")]
        joined = " ".join(line for line in lines if line)
        if joined:
            blocks.append(joined)
    return blocks


def unescape_markdown(text: str) -> str:
    """`(\\$2.12 billion)` reads `($2.12 billion)`."""
    return _MARKDOWN_ESCAPE.sub(r"\1", text)


def rejoin_broken(paragraphs: list[str]) -> list[str]:
    """Join a paragraph broken mid-sentence with the paragraph that continues it."""
    joined: list[str] = []
    for paragraph in paragraphs:
        # Only the last character can match: searching the whole paragraph for it was slow.
        if joined and _OPEN_ENDING.match(joined[-1][-1:]) and _LOWER_START.match(paragraph):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def assemble(paragraphs: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Body text (paragraphs separated by a blank line) and each paragraph's offsets."""
    spans = []
    position = 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(spans)
