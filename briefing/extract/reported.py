"""Indirect speech: the clause each cue reports when no quotation marks are around it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.extract import lexicon as lx
from briefing.extract.cues import Cue
from briefing.extract.speakers import Entity
from briefing.extract.subjects import DATELINE

Span = tuple[int, int]

_TAIL_CHARS = " \t\n.,;:!?\"”’)"
_SHORT_TAIL_WORDS = 6
_TAIL_WINDOW = 120  # chars after a cue read to tell "CLAUSE, X said on Monday." from "X said CLAUSE"


@dataclass(slots=True)
class Reported:
    """An indirect quote: the reported clause of a cue."""

    start: int
    end: int
    cue: Cue
    entity: Entity


def reported_clauses(
    text: str,
    sentences: Sequence[Span],
    cues: Sequence[Cue],
    entities: dict[int, Entity],
    quoted: Sequence[Span],
) -> list[Reported]:
    """Indirect speech: the clause a cue reports, one per sentence, leaving out the parts
    that are quoted ("She said X and that it would break even "well before" ..." keeps X)."""
    found: list[Reported] = []
    taken: dict[int, list[Span]] = {}
    quoted_starts = [q[0] for q in quoted]
    # "According to EHS, X, but Chapman says Y": a second cue after a conjunction reports a clause of its own
    coordinated = [
        k for k, c in enumerate(cues)
        if k in entities and _COORDINATED.search(text, max(sentences[c.sentence][0], c.start - 12), c.start)
    ]
    coordinated_set = set(coordinated)  # membership in O(1); the list keeps reading order
    # "said"/"told"/"according to" before other verbs of the same sentence
    order = sorted(range(len(cues)), key=lambda k: (cues[k].sentence, cues[k].verb not in lx.SAY_VERBS, k))
    for k in order:
        cue = cues[k]
        if k not in entities or (cue.sentence in taken and k not in coordinated_set):
            continue
        s_start, s_end = sentences[cue.sentence]
        later = (cues[c].start for c in coordinated if cues[c].sentence == cue.sentence and cues[c].start > cue.end)
        s_end = next(later, s_end)
        span = _clause(text, cue, s_start, s_end)
        if span is None or any(s < span[1] and span[0] < e for s, e in taken.get(cue.sentence, ())):
            continue
        parts = [span]
        if _overlaps(span, quoted, quoted_starts):
            parts = [p for p in _conjuncts(text, *span) if not _overlaps(p, quoted, quoted_starts)]
            if not parts:
                continue
        taken.setdefault(cue.sentence, []).append(span)
        found.extend(Reported(s, e, cue, entities[k]) for s, e in parts)
    return sorted(found, key=lambda r: r.start)


_CLAUSE_ENDS = (",", "—", "--", "–")
_ADJUNCT = re.compile(
    r"[\s,]*(?:in|on|at|during|last|this|earlier|later|after|before|via|through|from|with|to|by|of"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|recently|told"
    r"|[A-Z][\w.’'-]*)\b"
)
_AFTER_QUOTE = re.compile(r"[”\"’'][\s,]*\Z")
_CONJUNCT = re.compile(r",? and that |; ")
_COORDINATED = re.compile(r"(?:,?\s+(?:but|while|whereas)|;)\s+\Z")
_TRAILING_CONJUNCTION = re.compile(r"(?:[\s,]+(?:but|while|whereas))?[\s,;]*\Z")


def _conjuncts(text: str, start: int, end: int) -> list[Span]:
    """A reported clause split where a second "that" clause starts."""
    parts, at = [], start
    for m in _CONJUNCT.finditer(text, start, end):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, end))
    return [t for t in (_trimmed(text, s, e) for s, e in parts) if t]


def _overlaps(span: Span, quoted: Sequence[Span], quoted_starts: list[int]) -> bool:
    k = bisect_right(quoted_starts, span[1]) - 1
    return k >= 0 and quoted[k][1] > span[0]


def _clause(text: str, cue: Cue, s_start: int, s_end: int) -> Span | None:
    """The reported clause of a cue: before it ("CLAUSE, X said.") or after it ("X said CLAUSE")."""
    dateline = DATELINE.match(text, s_start, cue.start)
    start = dateline.end() if dateline else s_start  # "OTTAWA — CLAUSE, X said"
    before_ends_clause = cue.start > start and text[start : cue.start].rstrip().endswith(_CLAUSE_ENDS)
    after = text[cue.end : min(s_end, cue.end + _TAIL_WINDOW)]
    if cue.verb == "according to":
        clause_before = cue.start > start  # "CLAUSE, according to X[, a network ...]."
    elif cue.inverted or _AFTER_QUOTE.search(text, max(s_start, cue.start - 4), cue.start):
        clause_before = True  # '"...," said X, who ...': what follows X is not what was said
    else:
        # "CLAUSE, X said (in a statement)." but "After the vote, X said CLAUSE."
        adjunct_only = not after.strip(" .:") or _ADJUNCT.match(after) is not None
        short = s_end - cue.end < _TAIL_WINDOW and len(after.split()) <= _SHORT_TAIL_WORDS
        clause_before = short and before_ends_clause and adjunct_only and " that " not in f" {after} "
    if cue.verb in lx.QUOTE_VERBS:
        return None  # it reports only the quote beside it
    weak = cue.verb in lx.WEAK_SPEECH_VERBS
    if clause_before:
        return _trimmed(text, start, cue.start) if before_ends_clause and not weak else None
    if weak and not text[cue.verb_end : cue.clause_start].strip().endswith("that"):
        return None
    return _trimmed(text, cue.clause_start, s_end)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    end = _TRAILING_CONJUNCTION.search(text, max(start, end - 12), end).start()  # before ", but X says"
    while end > start and text[end - 1] in _TAIL_CHARS:
        end -= 1
    while start < end and text[start] in " ,:;\"“":
        start += 1
    if len(text[start:end].split()) < 3:
        return None
    return start, end
