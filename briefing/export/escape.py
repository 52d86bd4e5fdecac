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

# Every escape is a backslash before a character. Always: inline syntax of
# CommonMark (\ ` * _ [ ] < >), GFM (| ~), math on GitHub and Obsidian ($),
# Obsidian tags (#) and block ids / footnotes (^). In context: an entity
# reference (&amp;), Obsidian ==highlight== and %%comment%%, :shortcode: emoji on
# GitHub. (Every alternative starts with a known character: the scan stays fast.)
_SPECIAL = re.compile(
    r"[\\`*_\[\]<>|~$#^]"
    r"|&(?=#?[0-9A-Za-z]+;)"
    r"|[=%]{2,}"
    r"|:(?=(?:[a-z0-9_+-]*[a-z][a-z0-9_+-]*|[+-]1|100|1234):)"
)
# At the start of a line: a bullet or setext underline, an ordered-list number ("1." / "1)").
_LINE_START = ("-", "+", "=")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_SPACE_RUNS = re.compile(r"\s+")
_YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def line(value: str) -> str:
    """One line of text, escaped (no newlines expected; see `text`)."""
    value = _SPECIAL.sub(_backslashed, value.strip())
    first = value[:1]
    if first in _LINE_START:
        return "\\" + value
    return _ORDERED.sub(r"\1\\\2", value) if first.isdigit() else value


def _backslashed(match: re.Match[str]) -> str:
    return "".join("\\" + c for c in match[0])


def paragraphs(value: str) -> list[str]:
    """The paragraphs of `value`, each escaped; a line break inside one stays a line break
    (a trailing backslash: CommonMark's hard break, which GitHub and Obsidian both show)."""
    blocks = _BLANK_RUNS.split(value.replace("\r\n", "\n").replace("\r", "\n").strip())
    escaped = ("\\\n".join(line(part) for part in block.split("\n") if part.strip()) for block in blocks)
    return [block for block in escaped if block]


def text(value: str) -> str:
    """Block text: escaped paragraphs separated by blank lines."""
    return "\n\n".join(paragraphs(value))


def inline(value: str) -> str:
    """Text for one line (a heading, a list item, a table cell): whitespace runs become one space."""
    return line(" ".join(value.split()))


def quoted(value: str) -> str:
    """`value` as a block quote (every line prefixed, paragraphs kept)."""
    return "\n>\n".join("\n".join(f"> {part}" for part in block.split("\n")) for block in paragraphs(value))


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    # JSON leaves these raw; YAML calls them non-printable or line breaks.
    return _YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(value, ensure_ascii=False))


def code(value: str) -> str:
    """`value` as an inline code span (paths, ids): shown verbatim, raw and rendered."""
    value = _SPACE_RUNS.sub(" ", value)
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith(("`", " ")) or value.endswith(("`", " ")) else ""
    return f"{fence}{pad}{value}{pad}{fence}"
