"""Dates in news text and their ISO 8601 values, resolved against the publication date.

Only calendar arithmetic lives here; `figures` finds the spans. A date without a year
("16 May", "in June") takes the year that puts it nearest the publication date; without a
publication date it keeps what is known (`--05-16`, `--06`), weekdays get no ISO value.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    "January February March April May June July August September October November December".split(), 1
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["Sept"] = 9
# Month names that are also ordinary words or given names need a date context ("in May").
AMBIGUOUS_MONTHS = frozenset({"May", "March", "June", "August", "April"})
WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
}
TIMEZONES: dict[str, str] = {
    "UTC": "+00:00", "GMT": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "IST": "+05:30", "SGT": "+08:00",
    "HKT": "+08:00", "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
}


def parse_published(published: str | None) -> date | None:
    """The publication day of an ISO 8601 timestamp, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _nearest_year(month: int, day: int, ref: date, direction: str = "") -> int:
    """The year that puts month/day nearest `ref` ("last": on or before it, "next": after it).

    Without a direction news reports the past, so a date more than a quarter ahead of
    publication is read as last year's ("in March" in a September article)."""
    years = (ref.year - 1, ref.year, ref.year + 1)
    days = {y: (_safe_date(y, month, day) - ref).days for y in years}
    if direction == "last":
        return max(y for y in years if days[y] <= 0)
    if direction == "next":
        return min(y for y in years if days[y] > 0)
    return min((y for y in years if days[y] <= _FUTURE_REACH), key=lambda y: abs(days[y]))


_FUTURE_REACH = 92  # days


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February in a common year
        return date(year, month, 28)


def day_iso(
    month: int, day: int | None, year: int | None, ref: date | None, direction: str = ""
) -> str | None:
    """ISO value of a calendar date; a missing year comes from `ref` (None if invalid)."""
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None and ref is not None:
        year = _nearest_year(month, day or 15, ref, direction)
    if year is None:
        return f"--{month:02d}" + (f"-{day:02d}" if day else "")
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def time_iso(day: str, hour: int, minute: int, ampm: str | None, zone: str | None) -> str | None:
    """`day` plus a clock time ("00:41", "3:30 p.m.") and optional zone abbreviation."""
    if len(day) != 10 or hour > 23 or minute > 59:
        return None
    if ampm:
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    return f"{day}T{hour:02d}:{minute:02d}:00" + TIMEZONES.get(zone or "", "")


def weekday_iso(weekday: int, ref: date | None, direction: str = "") -> str | None:
    """The date of a weekday: the latest one on or before `ref`, or the next one after it."""
    if ref is None:
        return None
    if direction == "next":
        return (ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)).isoformat()
    back = (ref.weekday() - weekday) % 7
    if direction == "last" and back == 0:
        back = 7
    return (ref - timedelta(days=back)).isoformat()


def relative_iso(offset: int, unit: str, ref: date | None) -> str | None:
    """"last year" (offset -1, "year"), "this month", "three years ago", "a week earlier"."""
    if ref is None:
        return None
    if unit == "year":
        return f"{ref.year + offset:04d}"
    if unit == "decade":
        return f"{ref.year + 10 * offset:04d}"
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 + offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit in ("week", "day"):
        return (ref + timedelta(days=offset * (7 if unit == "week" else 1))).isoformat()
    return None


def quarter_iso(quarter: int, year: int | None, ref: date | None) -> str | None:
    """"2025-Q3"; without a year, the publication year."""
    if year is None:
        if ref is None:
            return None
        year = ref.year
    return f"{year:04d}-Q{quarter}"
