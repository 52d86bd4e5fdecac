"""Publication dates as news pages write them, to ISO 8601.

"September 23, 2025 00:41 JST" -> "2025-09-23T00:41:00+09:00"
"Published March 12, 2024 4:15 PM EDT" -> "2024-03-12T16:15:00-04:00"
A line is only taken as a date line when, after the date, time and zone are
recognized, nothing but filler words ("Published", "Updated", a weekday) is left.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# Fixed-offset abbreviations, in hours.
_FIXED_ZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "EET": 2,
    "EEST": 3, "MSK": 3, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "PHT": 8, "WIB": 7,
    "AEST": 10, "AEDT": 11, "ACST": 9.5, "AWST": 8, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
    "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}
# Generic US zones: the offset depends on the date, so ask the tz database.
_GENERIC_ZONES = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_ZONE = (
    r"(?P<zone>"
    + "|".join(sorted([*_FIXED_ZONES, *_GENERIC_ZONES], key=len, reverse=True))
    + r"|[+-]\d{2}:?\d{2})"
)
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
_DAY_MONTH_YEAR = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})"
_MONTH_DAY_YEAR = rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
_FILLER = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|date|dateline|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[\s,|:·•/()-]",
    re.IGNORECASE,
)


def _zone_offset(zone: str | None, day: date) -> timezone | None:
    if not zone:
        return None
    upper = zone.upper()
    if upper in _FIXED_ZONES:
        return timezone(timedelta(hours=_FIXED_ZONES[upper]))
    if upper in _GENERIC_ZONES:
        from zoneinfo import ZoneInfo  # rare (ET, PT ...); keeps it out of start-up

        offset = datetime.combine(day, time(12), ZoneInfo(_GENERIC_ZONES[upper])).utcoffset()
        return timezone(offset) if offset is not None else None
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _iso(day: date, clock: time | None, zone: str | None) -> str:
    if clock is None:
        return day.isoformat()
    tz = _zone_offset(zone, day)
    return datetime.combine(day, clock, tz).isoformat()


def _clock(match: re.Match[str]) -> time | None:
    hour = int(match["hour"])
    minute = int(match["minute"])
    second = int(match["second"] or 0)
    ampm = (match.groupdict().get("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_published(line: str) -> str | None:
    """The ISO 8601 form of a date line, or None when the line is not just a date."""
    line = line.strip()
    if not line or len(line) > 80:
        return None
    iso = _ISO.search(line)
    if iso:
        rest = line[: iso.start()] + line[iso.end():]
        if _FILLER.sub("", rest):
            return None
        try:
            day = date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
            clock = _clock(iso) if iso["hour"] else None
        except ValueError:
            return None
        return _iso(day, clock, iso["zone"])
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        found = re.search(pattern, line, re.IGNORECASE)
        if found:
            break
    else:
        return None
    try:
        day = date(int(found["year"]), MONTHS[found["month"].lower()], int(found["day"]))
    except ValueError:
        return None
    rest = line[: found.start()] + " " + line[found.end():]
    clock_match = re.search(_TIME, rest, re.IGNORECASE)
    clock = None
    if clock_match:
        clock = _clock(clock_match)
        if clock is None:
            return None
        rest = rest[: clock_match.start()] + " " + rest[clock_match.end():]
    zone_match = re.search(rf"(?<![A-Za-z0-9]){_ZONE}(?![A-Za-z0-9])", rest)
    zone = None
    if zone_match and clock is not None:
        zone = zone_match["zone"]
        rest = rest[: zone_match.start()] + " " + rest[zone_match.end():]
    if _FILLER.sub("", rest):
        return None
    return _iso(day, clock, zone)


def normalize_published(value: object) -> str | None:
    """Front matter / meta values (strings, YAML dates and datetimes) to ISO 8601."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return parse_published(value)
    return None
