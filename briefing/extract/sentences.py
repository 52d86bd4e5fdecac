"""Sentence boundaries inside paragraphs, aware of news abbreviations, initials and quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]

# Abbreviations that are never the end of a sentence (a name or number always follows).
_NEVER_FINAL = frozenset(
    "mr mrs ms dr prof gov sen rep st jr sr gen lt col capt sgt cpl det const coun insp supt rev "
    "hon messrs mt ft no nos vs v jan feb mar apr jun jul aug sep sept oct nov dec approx ca "
    "fig p pp vol e.g i.e cf".split()
)
# Abbreviations that end a sentence only when an obvious sentence opener follows.
_MAYBE_FINAL = frozenset("inc ltd co corp etc a.m p.m bros".split())

# Capitalized words that start sentences far more often than they continue a name.
_OPENERS = frozenset(
    "the a an he she it they we i you his her its their our this that these those there but and "
    "so yet in on at for if when while after before since as however meanwhile also still then "
    "now today some many most one two no not what why how who where".split()
)

# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s)")
_NEXT = re.compile(r"\s+([\"'“‘«(\[]*)(\S+)")
_WORD_BEFORE = re.compile(r"(\S+?)[.!?]+[\"'”’»)\]]*\Z")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "a.m"


def split_sentences(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Return `(start, end)` sentence spans; a sentence never crosses a paragraph.

    A sentence ending inside a quotation stays whole when the attribution that
    follows starts in lowercase (`"Why?" she asked.`); otherwise quotes that run
    over several sentences are split where each of their sentences ends.
    """
    spans: list[Span] = []
    for p_start, p_end in paragraphs:
        start = _skip_space(text, p_start, p_end)
        for m in _END.finditer(text, start, p_end):
            if m.end() <= start or not _is_boundary(text, m, p_end):
                continue
            spans.append((start, m.end()))
            start = _skip_space(text, m.end(), p_end)
        end = _trim_end(text, start, p_end)
        if end > start:
            spans.append((start, end))
    return spans


def _is_boundary(text: str, m: re.Match[str], limit: int) -> bool:
    nxt = _NEXT.match(text, m.end(), limit)
    if nxt is None:
        return False
    opening, word = nxt.group(1), nxt.group(2)
    first = word[0]
    if not (first.isupper() or first.isdigit() or opening):
        return False
    if "." not in m.group(0):
        return True
    before = _WORD_BEFORE.match(text, _token_start(text, max(0, m.start() - 40), m.start()), m.end())
    token = before.group(1).lower().lstrip("\"'“‘([") if before else ""
    if token in _NEVER_FINAL:
        return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "John F. Kennedy"
    bare = word.strip("\"'”’,;:").lower()
    if token in _MAYBE_FINAL or _DOTTED.fullmatch(token):
        # "U.S. Senate" continues; "the U.S. The next day" ends.
        return bare in _OPENERS
    return True


def _token_start(text: str, lo: int, end: int) -> int:
    """Start of the run of non-space characters that ends at `end`, or `lo` if it starts
    earlier: the leftmost place a search for the word before `end` can match, so a match there
    is that search (which, tried at every place, is slow)."""
    piece = text[lo:end]
    if not piece or piece[-1].isspace():
        return end
    return end - len(piece.rsplit(None, 1)[-1])


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def paragraph_spans(text: str) -> list[Span]:
    """Spans of blank-line separated paragraphs (for callers without ingest)."""
    spans: list[Span] = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        s, e = m.start(), _trim_end(text, m.start(), m.end())
        s = _skip_space(text, s, e)
        if e > s:
            spans.append((s, e))
    return spans
