"""Markdown escaping of untrusted text (article passages, notes, names, titles).

`text(s)` returns Markdown that renders, in CommonMark, GFM (GitHub) and
Obsidian, to the words of `s` and nothing else: no emphasis, links, HTML,
headings, lists, tables, math, strikethrough, highlights, comments or emoji.
Whitespace is the one thing not kept exactly: leading and trailing spaces of a
line are dropped (they would start code blocks or hard breaks), blank-line runs
become one blank line.
"""

from __future__ import annotations

import json
import re

# Always escaped: inline syntax of CommonMark (\ ` * _ [ ] < >), GFM (| ~), math
# on GitHub and Obsidian ($), Obsidian tags (#) and block ids / footnotes (^).
_ALWAYS = re.compile(r"([\\`*_\[\]<>|~$#^])")
# Escaped in context: an entity reference (&amp;), Obsidian ==highlight== and
# %%comment%%, and :shortcode: emoji on GitHub.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_DOUBLED = re.compile(r"(?<=[=%])([=%])|([=%])(?=[=%])")
_SHORTCODE = re.compile(r":(?=(?:[a-z0-9_+-]*[a-z][a-z0-9_+-]*|[+-]1|100|1234):)")
# Block starts once the line's own characters are escaped: list bullets,
# setext underlines and ordered-list numbers ("1." / "1)").
_BULLET = re.compile(r"^([-+=])")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_SPACE_RUNS = re.compile(r"\s+")


def line(value: str) -> str:
    """One line of text, escaped (no newlines expected; see `text`)."""
    value = value.strip()
    value = _ALWAYS.sub(r"\\\1", value)
    value = _ENTITY.sub(r"\\&", value)
    value = _DOUBLED.sub(lambda m: "\\" + (m[1] or m[2]), value)
    value = _SHORTCODE.sub(r"\\:", value)
    value = _BULLET.sub(r"\\\1", value)
    return _ORDERED.sub(r"\1\\\2", value)


def paragraphs(value: str) -> list[str]:
    """The paragraphs of `value`, each escaped; lines inside a paragraph are kept."""
    blocks = _BLANK_RUNS.split(value.replace("\r\n", "\n").replace("\r", "\n").strip())
    escaped = ("\n".join(line(part) for part in block.split("\n") if part.strip()) for block in blocks)
    return [block for block in escaped if block]


def text(value: str) -> str:
    """Block text: escaped paragraphs separated by blank lines."""
    return "\n\n".join(paragraphs(value))


def inline(value: str) -> str:
    """Text for one line (a heading, a list item, a table cell): whitespace runs become one space."""
    return line(_SPACE_RUNS.sub(" ", value))


def quoted(value: str) -> str:
    """`value` as a block quote (every line prefixed, paragraphs kept)."""
    return "\n>\n".join("\n".join(f"> {part}" for part in block.split("\n")) for block in paragraphs(value))


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    encoded = json.dumps(value, ensure_ascii=False)
    # Characters YAML treats as line breaks even though JSON leaves them raw.
    return encoded.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\x85")


def code(value: str) -> str:
    """`value` as an inline code span (paths, ids): shown verbatim, raw and rendered."""
    value = _SPACE_RUNS.sub(" ", value)
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith(("`", " ")) or value.endswith(("`", " ")) else ""
    return f"{fence}{pad}{value}{pad}{fence}"
