"""Plain-text articles: headline, dek, byline and date line above the body.

The layout of the seed article:

    Headline
    <blank>
    Dek (one sentence under the headline)
    <blank>
    BYLINE
    <blank>
    September 23, 2025 00:41 JST
    <blank>
    TOKYO -- Body ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import parse_published
from .paragraphs import rejoin_broken, split_blocks, unescape_markdown

# "TOKYO --", "WASHINGTON (AP) —", "PORTLAND, Maine (AP) —", "LONDON —", "MUMBAI:"
DATELINE = re.compile(
    r"\A(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)"
    r"(?: \((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?"
    r"(?: ?(?:--|—|–|-) |: )"
)
_BYLINE = re.compile(r"\A(?:By|BY|by)\s+\S")
_MAX_HEADER_WORDS = 40
_MAX_HEADER_BLOCKS = 6


@dataclass(slots=True)
class Header:
    title: str = ""
    dek: str = ""
    byline: str = ""
    published: str | None = None


def _is_caps_name(block: str) -> bool:
    """An all-capitals line of two to six words: the seed's "TAKAYUKI TANAKA"."""
    words = block.split()
    return 2 <= len(words) <= 6 and block.upper() == block and any(c.isalpha() for c in block)


def _split_header(blocks: list[str]) -> tuple[Header, list[str]]:
    header = Header()
    if not blocks or len(blocks[0].split()) > _MAX_HEADER_WORDS or DATELINE.match(blocks[0]):
        return header, blocks
    if parse_published(blocks[0]) is not None:
        return header, blocks
    header.title = blocks[0]
    index = 1
    while index < min(len(blocks), _MAX_HEADER_BLOCKS):
        block = blocks[index]
        if DATELINE.match(block) or len(block.split()) > _MAX_HEADER_WORDS:
            break
        published = None if header.published else parse_published(block)
        if published:
            header.published = published
        elif not header.byline and (_BYLINE.match(block) or _is_caps_name(block)):
            header.byline = re.sub(r"\A(?:By|BY|by)\s+", "", block)
        elif not header.dek and not header.byline and not header.published and index == 1:
            header.dek = block
        else:
            break
        index += 1
    if header.dek and not (header.byline or header.published):
        # Without a byline or date under it, the "dek" was the first paragraph.
        header.dek = ""
        index = 1
    return header, blocks[index:]


def parse_plain(text: str, raw: bool = False) -> tuple[Header, list[str]]:
    """Header fields and body paragraphs of a sanitized plain-text article."""
    blocks = [unescape_markdown(block) for block in split_blocks(text)]
    header, body = (Header(), blocks) if raw else _split_header(blocks)
    return header, rejoin_broken(body)


def find_dateline(first_paragraph: str) -> tuple[str, str]:
    """The dateline place and agency ("TOKYO", "") at the start of the body, if any."""
    found = DATELINE.match(first_paragraph)
    if not found:
        return "", ""
    return found["place"], (found["agency"] or "")
