"""Pair quotation marks into quoted runs, paragraph by paragraph, in linear time.

Double marks (straight, curly, guillemets) are paired first; single marks (British
style) only outside them, so a quote nested in another quote is never a run of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int]

_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"['‘’]")
_ANY_MARK = re.compile(r"[\"“”„«»'‘’]")
_OPEN_ONLY = "“„«‘"
_CLOSE_ONLY = "”»"
_OPENING_CONTEXT = " \t\n([{—–-/:;"  # what may stand before an opening mark
_CLOSING_PUNCT = ".,;:!?…—–-)"
_WORD_CHAR = re.compile(r"[^\W_]")


@dataclass(slots=True)
class QuotedRun:
    """Words between a pair of marks: `open`/`close` are the marks' offsets.

    `close` is the paragraph end when the run is unclosed or `continues` into the
    next paragraph; `continued` runs carry on from the paragraph before.
    """

    open: int
    close: int
    start: int
    end: int
    paragraph: int
    closed: bool = True
    continues: bool = False
    continued: bool = False


def find_runs(text: str, paragraphs: Sequence[Span]) -> list[QuotedRun]:
    """All quoted runs in reading order."""
    runs: list[QuotedRun] = []
    carried = False  # the previous paragraph's last run goes on in this one
    for index, (p_start, p_end) in enumerate(paragraphs):
        if not _ANY_MARK.search(text, p_start, p_end):
            carried = False  # most paragraphs hold no mark: skip the pairing (a third of find_runs)
            continue
        doubles = _pair_doubles(text, p_start, p_end, carried)
        paragraph_runs: list[QuotedRun] = []
        for open_at, close_at, closed in doubles:
            run = _make_run(text, open_at, close_at, index, closed)
            if run:
                run.continued = carried and open_at < _first_char(text, p_start, p_end) + 1
                paragraph_runs.append(run)
        carried = False
        if paragraph_runs and not paragraph_runs[-1].closed and index + 1 < len(paragraphs):
            carried = paragraph_runs[-1].continues = _goes_on(text, *paragraphs[index + 1])
        for g_start, g_end in _gaps(p_start, p_end, doubles):
            for open_at, close_at in _pair_singles(text, g_start, g_end):
                run = _make_run(text, open_at, close_at, index, True)
                if run:
                    paragraph_runs.append(run)
        paragraph_runs.sort(key=lambda r: r.open)
        runs.extend(paragraph_runs)
    return runs


def _goes_on(text: str, start: int, end: int) -> bool:
    """Whether a quote left open carries into the paragraph at `start:end`: it opens with a
    mark (the usual style), or its first double mark closes (a stray paragraph break)."""
    first = _first_char(text, start, end)
    if first < end and text[first] in "\"“„«":
        return True
    m = _DOUBLE.search(text, start, end)
    return bool(m) and _role(text, m.start(), start, end) == "close"


def _pair_doubles(text: str, start: int, end: int, carried: bool) -> list[tuple[int, int, bool]]:
    """(open, close, closed) for each double-quoted run of one paragraph.

    Marks pair by type: inside a curly quote straight marks are nested (and the other way
    round) unless the paragraph has no mark of the opening type left to close it.
    A `carried` quote without an opening mark here starts just before the paragraph.
    """
    marks = [(m.start(), _role(text, m.start(), start, end)) for m in _DOUBLE.finditer(text, start, end)]
    if not marks:
        return []
    last_straight = max((i for i, _ in marks if text[i] == '"'), default=-1)
    last_curly_close = max((i for i, r in marks if text[i] != '"' and r != "open"), default=-1)
    pairs: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for n, (i, role) in enumerate(marks):
        if n == 0 and carried and role == "close":
            pairs.append((start - 1, i, True))
            continue
        if open_at is None:
            if role != "close":
                open_at = i
            continue
        straight_open = text[open_at] == '"'
        if straight_open != (text[i] == '"') and (last_straight if straight_open else last_curly_close) > i:
            continue  # a nested quote of the other type
        if role == "open":
            open_at = i  # the earlier mark was never closed
        else:
            pairs.append((open_at, i, True))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, end, False))
    return pairs


def _pair_singles(text: str, start: int, end: int) -> list[Span]:
    """British-style single-quoted runs; apostrophes and possessives are skipped."""
    opens: list[int] = []
    closes: list[tuple[int, bool]] = []  # (offset, strong)
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # don't, O'Brien
        if (prev in _OPENING_CONTEXT or i == start) and nxt.isalpha() and text[i] != "’":
            opens.append(i)
        elif nxt.isspace() or nxt in _CLOSING_PUNCT or i + 1 == end:
            strong = prev in _CLOSING_PUNCT or nxt in _CLOSING_PUNCT or i + 1 == end
            if prev.isalpha() or prev in _CLOSING_PUNCT:
                closes.append((i, strong))
    pairs: list[Span] = []
    if not opens or not closes:
        return pairs  # apostrophes only
    # next_strong[k]: index of the first strong close at or after k (linear precomputation)
    next_strong = [len(closes)] * (len(closes) + 1)
    for k in range(len(closes) - 1, -1, -1):
        next_strong[k] = k if closes[k][1] else next_strong[k + 1]
    k = 0
    last_close = -1
    for o in opens:
        if o <= last_close:
            continue
        while k < len(closes) and closes[k][0] <= o:
            k += 1
        if k == len(closes):
            break
        pick = next_strong[k] if next_strong[k] < len(closes) else k
        pairs.append((o, closes[pick][0]))
        last_close = closes[pick][0]
        k = pick + 1
    return pairs


def _role(text: str, i: int, start: int, end: int) -> str:
    ch = text[i]
    if ch in _OPEN_ONLY:
        return "open"
    if ch in _CLOSE_ONLY:
        return "close"
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if prev in _OPENING_CONTEXT and not nxt.isspace():
        return "open"
    if not prev.isspace() and (nxt.isspace() or nxt in _CLOSING_PUNCT):
        return "close"
    return "either"


def _make_run(text: str, open_at: int, close_at: int, paragraph: int, closed: bool) -> QuotedRun | None:
    """The run between two marks, trimmed of spaces; None when it holds no word."""
    s, e = open_at + 1, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s or not _WORD_CHAR.search(text, s, e):
        return None
    return QuotedRun(open_at, close_at, s, e, paragraph, closed)


def _gaps(start: int, end: int, pairs: list[tuple[int, int, bool]]) -> list[Span]:
    gaps, at = [], start
    for open_at, close_at, _ in pairs:
        gaps.append((at, open_at))
        at = close_at + 1
    gaps.append((at, end))
    return [(s, e) for s, e in gaps if e > s]


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start
