"""Figures in article text: money, percentages, counts, measures, ratios, dates, durations.

`find_figures(text, published)` returns `Figure`s in reading order (ids f1, f2, ...), each
with `text == text[start:end]`; pure Python, deterministic, linear in the text.

How it reads: one trie-shaped anchor pattern finds where a figure may start (a digit, a
currency sign, a number word, a month, a weekday, "last year", "the third quarter", "a"
before a unit); a reader (figures_quantities, figures_words, figures_calendar) goes outwards
from there with small bounded patterns -- the words before (qualifier, "between"), the
magnitude, a range's second bound, the unit or counted noun after. The words, units,
currencies and qualifiers are rows of tables (figures_lexicon, numbers), not code.

Readings the contract leaves open (they follow tests/gold/README.md):
- `text` carries the qualifier words and a count's noun: "up to 80%", "Twenty countries".
- money: `value` in units of the currency, ISO 4217 code in `unit`; "($2.12 billion)" is
  positive (brackets are never a minus sign); ¥ is JPY unless the article is about China;
  "cents" take the currency of the latest money figure; money never takes a rate unit.
- counts: `unit` is the counted noun, singular ("people" -> "person"), None when elided;
  a lone "one"/"a" is not counted ("one of the first", "at one point"), only "one million",
  "more than a month", "a week earlier".
- ages ("a 15-year-old", "aged 15", "15 years old", "Green, 58,") are skipped: not figures.
- ratios: fractions and "3 in 10" as a share (0.3), multipliers ("doubled", "38 times",
  "more than twice") as the factor, vote tallies and scores ("6-3") with `value` None.
- dates: `value` None and `iso` as precise as the text ("2024", "2024-02", "2025-Q3",
  "2025-09-23T00:41:00+09:00"); a missing year comes from an earlier year in the sentence,
  else the one nearest `published`, else stays out ("--05-16"); weekdays are the latest one
  by `published` unless the clause speaks of the future; "three years ago" counts back from
  `published`, "a week earlier" from the latest day named. A plain four-digit number from
  1800 to 2100 is a year (news writes 2,000 for a count). Decades, year spans and fiscal
  spans carry `low`/`high` years, qualifier "range" and an ISO interval ("1990/1999").
- ranges ("10-15%", "between X and Y", "two or three barges"): `value` None, `low`/`high`,
  qualifier "range", the unit or magnitude of one bound applied to both; "rose 5% to 7%" is
  a change, two figures.
- vague amounts: "dozens" at_least 24, "thousands" at_least 2,000, "tens of thousands"
  at_least 10,000, "several hundred" at_least 200.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from briefing.extract import figures_dates as dates
from briefing.extract.figures_base import SP, Context, Draft, Found
from briefing.extract.figures_calendar import on_month, on_quarter, on_relative, on_weekday
from briefing.extract.figures_lexicon import (
    CURRENCY_PREFIXES,
    DIRECTIONS,
    QUARTERS,
    UNITS,
    alternation,
    trie,
)
from briefing.extract.figures_quantities import CUR_TAIL, on_currency, on_digits
from briefing.extract.figures_words import on_article, on_word
from briefing.extract.model import Figure
from briefing.extract.numbers import (
    CONTEXT_MULTIPLIERS,
    FRACTIONS,
    INTEGER_WORDS,
    MULTIPLIERS,
    SCALES,
    VAGUE,
)

_ANCHOR_WORDS = (
    (set(INTEGER_WORDS) - {"zero"}) | set(FRACTIONS) | set(MULTIPLIERS) | set(CONTEXT_MULTIPLIERS)
    | set(VAGUE) | {"tens"}
)
_QUARTER_WORDS = [f"{w} quarter" for w in QUARTERS] + [f"the {w} quarter" for w in QUARTERS]
# "a"/"an" before a unit or scale: a figure only after a qualifier or before "ago"/"earlier".
_ARTICLE_TAIL = rf"n?{SP}(?=(?:{alternation(UNITS)}|{alternation(SCALES)})(?![A-Za-z]))"
_WORD_ANCHOR = trie(
    [(c, CUR_TAIL) for c in CURRENCY_PREFIXES]
    + [(w, r"\b") for word in _ANCHOR_WORDS for w in (word, word.capitalize())]
    + [(w, r"\b") for w in (*dates.MONTHS, *dates.WEEKDAYS, "Q1", "Q2", "Q3", "Q4")]
    + [(f"{w} ", r"(?:year|month)\b") for word in DIRECTIONS for w in (word, word.capitalize())]
    + [(w, r"\b") for word in _QUARTER_WORDS for w in (word, word.capitalize())]
    + [(w, _ARTICLE_TAIL) for w in ("a", "A", "another", "Another")]
)
# Only a number may start right after a letter ("G7", "MH17"); the look-behind spares the
# engine trying the word trie inside every word (a third of the scan).
_ANCHOR = re.compile(rf"(?<![A-Za-z])(?:{_WORD_ANCHOR})|[0-9][\d,.]*")


def find_figures(text: str, published: str | None = None) -> list[Figure]:
    """All figures in `text`, in reading order; `published` (ISO 8601) anchors relative dates."""
    ctx = Context(text, dates.parse_published(published), _yen_code(text))
    drafts: list[Draft] = []
    last = 0
    for m in _ANCHOR.finditer(text):
        s = m.start()
        if s < last or (s and not m.group()[0].isdigit() and text[s - 1].isalpha()):
            continue
        found = _dispatch(m.group())(ctx, m)
        if found is None:
            continue
        if isinstance(found, int):
            last = found
            continue
        if found.start < last:  # words before it belong to the previous figure
            found.start = s
            if found.qualifier != "range":
                found.qualifier = "exact"
        drafts.append(found)
        last = found.end
        if found.kind == "money":
            ctx.last_code = found.unit
        elif found.kind == "date" and found.iso and len(found.iso) >= 10 and found.iso[4] == "-":
            ctx.last_day = date.fromisoformat(found.iso[:10])
    return [
        Figure(f"f{i}", text[d.start : d.end], d.start, d.end, d.kind, _tidy(d.value),  # type: ignore[arg-type]
               _tidy(d.low), _tidy(d.high), d.unit, d.iso, d.qualifier)  # type: ignore[arg-type]
        for i, d in enumerate(drafts, 1)
    ]


def _tidy(value: float | None) -> float | None:
    """Drop binary noise from scaling (0.41000000000000003 -> 0.41)."""
    if value is None or (type(value) is float and value.is_integer() and -1e15 < value < 1e15):
        return value  # already exact: most values, and formatting them is the cost here
    return float(f"{value:.15g}")


def _dispatch(anchor: str) -> Callable[[Context, re.Match[str]], Found]:
    if anchor[0].isdigit():
        return on_digits
    if anchor.rstrip(" \u00a0") in CURRENCY_PREFIXES:
        return on_currency
    if anchor in dates.MONTHS:
        return on_month
    if anchor in dates.WEEKDAYS:
        return on_weekday
    if anchor.endswith(" quarter") or (len(anchor) == 2 and anchor[0] == "Q"):
        return on_quarter
    if anchor.split()[0].lower() in ("a", "an", "another"):
        return on_article
    if " " in anchor:  # "last year", "next month"
        return on_relative
    return on_word


def _whole_words(words: str) -> re.Pattern[str]:
    """Any of `words` as a whole word. Each branch opens with a literal, so the engine skips
    to the places where one may start; the look-behind after it is the leading \\b."""
    return re.compile("(?:" + "|".join(rf"{w}(?<!\w{w})" for w in words.split()) + r")\b")


_CHINA_WORDS = _whole_words("yuan renminbi RMB China Chinese Beijing")
_JAPAN_WORDS = _whole_words("yen Japan Japanese Tokyo")


def _yen_code(text: str) -> str:
    """¥ is yuan in an article about China (more China/yuan words than Japan/yen words)."""
    if "¥" not in text:
        return "JPY"
    china = len(_CHINA_WORDS.findall(text))
    return "CNY" if china > len(_JAPAN_WORDS.findall(text)) else "JPY"
