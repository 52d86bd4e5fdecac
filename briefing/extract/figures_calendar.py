"""Dates in prose: "September 23, 2025 00:41 JST", "16 May", "in June", weekdays, "last year",
quarters, decades and fiscal years, as `Draft`s with ISO values (arithmetic in figures_dates)."""

from __future__ import annotations

import re

from briefing.extract import figures_dates as dates
from briefing.extract.figures_base import (
    DATE_PREP_BEFORE,
    DIRECTION_BEFORE,
    SP,
    THE_BEFORE,
    Context,
    Draft,
    Found,
    before,
    year_prefix,
)
from briefing.extract.figures_lexicon import FUTURE_CUES, QUARTERS, alternation

_MONTH = alternation(dates.MONTHS)
_MDY = re.compile(
    rf"(?P<mon>{_MONTH})\.?(?:{SP}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d))?"
    rf"(?:,?{SP}(?:of{SP})?(?P<year>1[89]\d\d|20\d\d)(?!\d))?"
    rf"(?:,?{SP}(?P<hh>[0-2]?\d):(?P<mm>\d\d)(?:{SP}?(?P<ampm>[ap]\.?m\.?))?"
    rf"(?:{SP}(?P<tz>[A-Z]{{2,4}})\b)?)?"
)
DMY = re.compile(
    rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{SP}(?:of{SP})?(?P<mon>{_MONTH})\b\.?"
    rf"(?:,?{SP}(?P<year>1[89]\d\d|20\d\d)(?!\d))?"
)
_WEEKDAY_DATE = re.compile(rf",?{SP}{_MONTH}\b")
_QUARTER = re.compile(
    rf"(?:[Tt]he{SP})?(?:(?P<w>{alternation({w for q in QUARTERS for w in (q, q.capitalize())})}){SP}quarter"
    rf"|Q(?P<q>[1-4]))(?:{SP}(?:of{SP})?(?P<y>(?:19|20)\d\d)(?!\d))?\b"
)
_YEAR_IN_SENTENCE = re.compile(r"(?<![\d,.$€£])(1[89]\d\d|20\d\d)(?![\d,])")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
_FISCAL_YEARS = re.compile(r"(\d{4}|\d{2})(?!\d|,\d)(?:[-–/](\d{4}|\d{2})(?!\d))?")


def fiscal_year(text: str, start: int, digits: int) -> Found:
    """"fiscal 2023", "FY2023", "FY23" (read as 2023), "fiscal 2017-18" (a span of two)."""
    m = _FISCAL_YEARS.match(text, digits)
    if not m:
        return None
    first = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
    if not m.group(2):
        return Draft(start, m.end(), "date", iso=str(first))
    second = int(m.group(2))
    second += first // 100 * 100 if second < 100 else 0
    return Draft(start, m.end(), "date", low=first, high=second, iso=f"{first}/{second}",
                  qualifier="range")


def decade(text: str, start: int, end: int, year: int) -> Draft:
    """"the 1990s", "the '90s", "the mid-1990s": a range of years."""
    start = year_prefix(text, start)
    if (the := before(text, start, THE_BEFORE)) is not None:
        start = the[1]
    return Draft(start, end, "date", low=year, high=year + 9, iso=f"{year}/{year + 9}",
                  qualifier="range")


def on_month(ctx: Context, m: re.Match[str]) -> Found:
    return calendar_date(ctx, m.start(), _MDY.match(ctx.text, m.start()))


def calendar_date(ctx: Context, start: int, m: re.Match[str] | None) -> Found:
    """"September 23, 2025 00:41 JST", "16 May", "February 2024", "in June"."""
    if m is None:
        return None
    text = ctx.text
    mon = m.group("mon")
    day = int(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    direction = before(text, start, DIRECTION_BEFORE)
    if day is None and year is None:
        if len(mon) == 3 and not text.startswith(".", m.end("mon")):
            return None  # "Jan" the name
        if mon in dates.AMBIGUOUS_MONTHS and not before(text, start, DATE_PREP_BEFORE):
            return None  # "May" the verb, "June" the name
    way = direction[0] if direction and direction[0] != "this" else ""
    if year is None and not direction:
        year = _sentence_year(text, start)  # "the 2018 drought ... in August"
        way = "next" if year is None and _future_clause(text, start) else ""  # "will meet in March"
    iso = dates.day_iso(dates.MONTHS[mon], day, year, ctx.ref, way)
    end = max(m.end(g) for g in ("mon", "day", "year") if m.group(g))
    if iso and day and year and m.groupdict().get("hh"):
        timed = dates.time_iso(iso, int(m.group("hh")), int(m.group("mm")), m.group("ampm"), m.group("tz"))
        if timed:
            iso, end = timed, m.end()
    return Draft(direction[1] if direction else year_prefix(text, start), end, "date", iso=iso)


def _sentence_year(text: str, pos: int) -> int | None:
    """The last year written earlier in the same sentence, if any."""
    lo = max(0, pos - 160)
    window = text[lo:pos]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    years = _YEAR_IN_SENTENCE.findall(window)
    return int(years[-1]) if years else None


def on_weekday(ctx: Context, m: re.Match[str]) -> Found:
    text = ctx.text
    if _WEEKDAY_DATE.match(text, m.end()):
        return None  # "Tuesday, September 23": the calendar date says it
    direction = before(text, m.start(), DIRECTION_BEFORE)
    way = direction[0] if direction else "next" if _future_clause(text, m.start()) else ""
    iso = dates.weekday_iso(dates.WEEKDAYS[m.group()], ctx.ref, way)
    return Draft(direction[1] if direction else m.start(), m.end(), "date", iso=iso)


def _future_clause(text: str, pos: int) -> bool:
    """Whether the clause before `pos` speaks of the future ("would set off ... on Friday")."""
    lo = max(0, pos - 80)
    window = text[lo:pos]
    cut = max(window.rfind(c) for c in ".,;:!?\n\u201c\"")
    return any(w in FUTURE_CUES for w in window[cut + 1 :].lower().split())


def on_relative(ctx: Context, m: re.Match[str]) -> Found:
    which, unit = m.group().lower().split()
    offset = {"last": -1, "this": 0, "next": 1}[which]
    return Draft(m.start(), m.end(), "date", iso=dates.relative_iso(offset, unit, ctx.ref))


def on_quarter(ctx: Context, m: re.Match[str]) -> Found:
    """"the third quarter", "Q3 2025": a quarter of the year named or of publication."""
    q = _QUARTER.match(ctx.text, m.start())
    if not q:
        return None
    quarter = QUARTERS[q.group("w").lower()] if q.group("w") else int(q.group("q"))
    year = int(q.group("y")) if q.group("y") else None
    return Draft(m.start(), q.end(), "date", iso=dates.quarter_iso(quarter, year, ctx.ref))
