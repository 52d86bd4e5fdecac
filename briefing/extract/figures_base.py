"""Shared pieces of the figure reader: the draft record, the reading context, patterns for
units and magnitudes, and look-behind for the phrase tables (qualifiers, labels, ...)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from briefing.extract.figures_lexicon import (
    AGE_WORDS,
    ARTICLES,
    CHANGE_VERBS,
    DATE_PREPOSITIONS,
    DIRECTIONS,
    FISCAL,
    LABELS,
    MODALS,
    NOT_FRACTION_BEFORE,
    QUALIFIERS,
    RANGE_OPENERS,
    UNITS,
    YEAR_PREFIXES,
    alternation,
)
from briefing.extract.numbers import ABBREVIATIONS, SCALES

SP = r"[ \u00a0\u202f\u2009]"  # space, no-break space, narrow no-break and thin spaces
MAG_AT = re.compile(
    rf"(?P<sep>[ \u00a0\u202f\u2009-]?)(?:(?P<abbr>{alternation(ABBREVIATIONS)})|(?P<word>{alternation(SCALES)})s?)"
    r"(?![A-Za-z0-9])"
)
UNIT_AT = re.compile(rf"(?P<sep>[ \u00a0\u202f\u2009-]?)(?P<u>{alternation(UNITS)})(?![A-Za-z0-9])")
WORD_AFTER = re.compile(rf"{SP}([A-Za-z]+)|[,.;:!?)]|\Z")
_OPENING_PUNCT = "([{“‘\"'—–"


@dataclass(slots=True)
class Draft:
    """A figure being read: span and normalized fields, turned into a `Figure` at the end."""

    start: int
    end: int
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    iso: str | None = None
    qualifier: str = "exact"


@dataclass(slots=True)
class Context:
    """The article being read and what earlier figures tell later ones."""

    text: str
    ref: date | None
    yen: str
    last_code: str | None = None  # currency of the latest money figure ("11 cents" of euro)
    last_day: date | None = None  # the latest day-precise date ("a week earlier" than it)


Found = Draft | int | None  # a figure, the end of a span to skip, or nothing


class Phrases:
    """Lower-case phrases to look for right before a number, indexed by their last word."""

    __slots__ = ("phrases", "last_words", "max_words")

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = frozenset(phrases)
        self.last_words = frozenset(p.rsplit(" ", 1)[-1] for p in self.phrases)
        self.max_words = max(p.count(" ") for p in self.phrases) + 1


# Qualifiers and range openers share one look-behind: both may lead a figure.
_LEADS = {**QUALIFIERS, **{w: "range" for w in RANGE_OPENERS}}
_LEAD_PHRASES = Phrases(_LEADS)
AGE_BEFORE = Phrases(AGE_WORDS)
DATE_PREP_BEFORE = Phrases(DATE_PREPOSITIONS)
LABEL_BEFORE = Phrases(LABELS)
ARTICLE_BEFORE = Phrases(ARTICLES)
ORDINAL_BEFORE = Phrases(NOT_FRACTION_BEFORE)
DIRECTION_BEFORE = Phrases(DIRECTIONS)
FISCAL_BEFORE = Phrases(FISCAL)
NUMBER_SIGN_BEFORE = Phrases({"no.", "nos.", "nr.", "number"})
CHANGE_BEFORE = Phrases(CHANGE_VERBS)
THE_BEFORE = Phrases({"the"})
MODAL_BEFORE = Phrases(MODALS)


def before(text: str, pos: int, phrases: Phrases) -> tuple[str, int] | None:
    """The longest of `phrases` ending one space before `pos`, as (phrase, start)."""
    last = word_before(text, pos)
    if last is None or (word := last[0].lower()) not in phrases.last_words:
        return None  # the usual case, decided on the one cached word
    best = (word, last[1]) if word in phrases.phrases else None
    start = last[1]
    for _ in range(phrases.max_words - 1):
        if start < 2 or text[start - 1] not in " \u00a0":
            break
        j = _word_start(text, start - 1)
        if j is None:
            break
        phrase = text[j : pos - 1].replace("\u00a0", " ").lower()
        if phrase in phrases.phrases:
            best = (phrase, j)
        start = j
    return best


@lru_cache(maxsize=64)
def word_before(text: str, pos: int) -> tuple[str, int] | None:
    """The word ending one space before `pos`, with its start. Cached: one number is looked
    behind for qualifiers, labels, articles... (a str caches its own hash)."""
    end = pos - 1
    if end < 1 or text[end] not in " \u00a0":
        return None
    j = _word_start(text, end)
    return None if j is None else (text[j:end], j)


def _word_start(text: str, end: int) -> int | None:
    """Where the word ending at `end` starts (after opening punctuation); None if over-long."""
    lo = max(0, end - 24)
    j = max(text.rfind(" ", lo, end), text.rfind("\u00a0", lo, end), text.rfind("\n", lo, end)) + 1
    if j == 0 and lo > 0:
        return None
    while j < end and text[j] in _OPENING_PUNCT:
        j += 1
    return j if j < end else None


def lead_before(text: str, pos: int, ranges: bool = False) -> tuple[str, int] | None:
    """(qualifier, start) of "up to", "more than", ...; with `ranges`, also ("range", start)
    of "between"/"from"."""
    found = before(text, pos, _LEAD_PHRASES)
    if not found or (not ranges and _LEADS[found[0]] == "range"):
        return None
    return _LEADS[found[0]], found[1]


def year_prefix(text: str, start: int) -> int:
    """Include a hyphen-joined "mid-"/"early-" before a year or month ("mid-July")."""
    if start >= 2 and text[start - 1] == "-":
        j = start - 1
        while j > 0 and text[j - 1].isalpha() and start - j < 8:
            j -= 1
        if text[j : start - 1].lower() in YEAR_PREFIXES and (j == 0 or not text[j - 1].isalpha()):
            return j
    return start
