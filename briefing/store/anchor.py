"""Finding an annotation's passage again after the article text has changed.

A passage is remembered as a W3C TextQuoteSelector (`exact` plus 32 characters
of `prefix`/`suffix`) and a TextPositionSelector (`start`/`end`, code points).
Re-anchoring tries, in order: the stored position, exact matches of `exact`
ranked by context and nearness, then fuzzy matches. Each candidate is scored
like Hypothesis does (50 % quote, 20 % prefix, 20 % suffix, 10 % nearness), but
unlike Hypothesis a candidate below the threshold is not taken: the annotation
is reported orphaned rather than moved onto a look-alike passage.

Pure functions over strings; no I/O.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

CONTEXT = 32
ACCEPT = 0.8           # Minimum score for a match away from its stored place...
AT_PLACE = 0.7         # ...and at it (a quarter of the context must still agree).
MIN_FUZZY_QUOTE = 0.7  # A fuzzy match must at least look this much like the quote.
DISTINCT_EXACT = 20    # A unique exact quote this long is trusted without context...
DISTINCT_FUZZY = 64    # ...and a fuzzy one this long when it is 90 % similar.
MAX_HITS = 64          # Occurrences followed per probe: keeps common words cheap.
SHORTLIST = 32         # Exact matches scored in full; the rest are ranked by a cheap test first.

Status = Literal["anchored", "moved", "fuzzy", "orphaned"]


@dataclass(frozen=True, slots=True)
class Quote:
    """Where a passage was: its text, 32 characters around it, and its offsets."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a passage is now; `start`/`end` are None when it is orphaned."""

    status: Status
    start: int | None
    end: int | None
    score: float

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"


def quote(text: str, start: int, end: int) -> Quote:
    """The selector for `text[start:end]`."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}:{end} is outside the text (0:{len(text)}) or empty")
    return Quote(text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT], start, end)


def occurrences(text: str, exact: str, limit: int = 10_000) -> list[int]:
    """Start offsets of `exact` in `text` (overlapping ones included)."""
    found: list[int] = []
    at = text.find(exact)
    while at != -1 and len(found) < limit:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _context(text: str, q: Quote, start: int, end: int) -> float:
    """How well the text around `start:end` matches the stored prefix and suffix (0..1).

    Compared word by word: unrelated English shares many letters (a character ratio of
    ~0.35) but few words, so a look-alike's context scores near 0.
    """
    before = text[max(0, start - len(q.prefix)):start]
    after = text[end:end + len(q.suffix)]
    return (_similar_words(q.prefix, before) + _similar_words(q.suffix, after)) / 2


def _similar_words(a: str, b: str) -> float:
    if not a.strip() and not b.strip():
        return 1.0 if a == b else 0.5  # at an edge of the text, or whitespace only
    return SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def _same_context(text: str, q: Quote, start: int, end: int) -> int:
    """How many characters right before and right after `start:end` are as stored."""
    before = text[max(0, start - len(q.prefix)):start]
    after = text[end:end + len(q.suffix)]
    same = 0
    for a, b in zip(reversed(q.prefix), reversed(before)):
        if a != b:
            break
        same += 1
    for a, b in zip(q.suffix, after):
        if a != b:
            break
        same += 1
    return same


def _score(text: str, q: Quote, start: int, end: int, quote_sim: float) -> float:
    nearness = 1 - min(1.0, abs(start - q.start) / max(len(text), 1))
    return 0.5 * quote_sim + 0.4 * _context(text, q, start, end) + 0.1 * nearness


def anchor(text: str, q: Quote) -> Anchor:
    """Where `q` is in `text` now, or an orphaned Anchor if no candidate is convincing."""
    n = len(q.exact)
    if n == 0:
        return Anchor("orphaned", None, None, 0.0)
    if q.start >= 0 and text[q.start:q.end] == q.exact and _same_context(text, q, q.start, q.end) == (
            len(q.prefix) + len(q.suffix)):
        return Anchor("anchored", q.start, q.end, 1.0)

    hits = occurrences(text, q.exact)
    unique = len(hits) == 1
    if len(hits) > SHORTLIST:  # a common word: full scoring only for the likeliest few
        hits = sorted(hits, key=lambda at: -_same_context(text, q, at, at + n))[:SHORTLIST - 8] + \
            sorted(hits, key=lambda at: abs(at - q.start))[:8]
    if hits:
        score, start = max((_score(text, q, at, at + n, 1.0), at) for at in hits)
        # Context must vouch for a match, a little where quote and offsets agree, more elsewhere;
        # a long quote is distinctive enough where it is unique or still in place.
        at_place = start == q.start
        if score >= ACCEPT or (at_place and score >= AT_PLACE) or (n >= DISTINCT_EXACT and (unique or at_place)):
            return Anchor("anchored" if start == q.start else "moved", start, start + n, score)

    best = Anchor("orphaned", None, None, 0.0)
    for start, end in _fuzzy_spans(text, q):
        matcher = SequenceMatcher(None, q.exact, text[start:end], autojunk=False)
        if matcher.quick_ratio() < MIN_FUZZY_QUOTE or (quote_sim := matcher.ratio()) < MIN_FUZZY_QUOTE:
            continue
        score = _score(text, q, start, end, quote_sim)
        trusted = score >= ACCEPT or (quote_sim >= 0.9 and n >= DISTINCT_FUZZY)
        if trusted and score > best.score:
            best = Anchor("fuzzy", start, end, score)
    return best


def _fuzzy_spans(text: str, q: Quote, windows: int = 6) -> list[tuple[int, int]]:
    """Spans of `text` that may be an edited copy of `q.exact`.

    Probes (short slices of the quote, and the prefix/suffix) vote for where the
    quote would start; the best few places that enough probes agree on are aligned
    with difflib (the slow part, so stray single hits are not worth it).
    """
    n = len(q.exact)
    if n < 8:
        return []
    width = 8 if n >= 24 else 4
    bucket = max(8, n // 4)
    votes: Counter[int] = Counter()
    step = max(1, (n - width) // 24)
    offsets = range(0, n - width + 1, step)
    for offset in offsets:
        for at in occurrences(text, q.exact[offset:offset + width], MAX_HITS):
            votes[(at - offset) // bucket] += 1
    for at in occurrences(text, q.prefix, MAX_HITS) if len(q.prefix) >= 8 else ():
        votes[(at + len(q.prefix)) // bucket] += 3
    for at in occurrences(text, q.suffix, MAX_HITS) if len(q.suffix) >= 8 else ():
        votes[(at - n) // bucket] += 3
    votes[q.start // bucket] += 1
    spans = []
    enough = max(2, len(offsets) // 5)
    for slot, count in votes.most_common(windows):
        if count < enough:
            break
        lo = max(0, slot * bucket - n // 4 - bucket)
        hi = min(len(text), slot * bucket + n + n // 4 + 2 * bucket)
        span = _align(text, lo, hi, q.exact)
        if span:
            spans.append(span)
    return spans


def _align(text: str, lo: int, hi: int, exact: str) -> tuple[int, int] | None:
    """The span of `text[lo:hi]` that difflib lines up with `exact`, ignoring stray 1–2 char matches."""
    matcher = SequenceMatcher(None, text[lo:hi], exact, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 3]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    # Extend to where the quote's own ends would fall, so a changed first or last word is kept.
    start = lo + max(0, first.a - first.b)
    end = lo + min(hi - lo, last.a + last.size + (len(exact) - last.b - last.size))
    return (start, end) if start < end else None
