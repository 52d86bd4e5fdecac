"""Numbers with what is around them: currency, digits or number words, magnitude, unit or
counted noun, a range's second bound, a tally, a year; and the checks that make a number a
name (G7, F-16, No. 10), a time, an age or a label instead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract import figures_dates as dates
from briefing.extract.figures_base import (
    AGE_BEFORE,
    CHANGE_BEFORE,
    FISCAL_BEFORE,
    LABEL_BEFORE,
    MAG_AT,
    NUMBER_SIGN_BEFORE,
    SP,
    UNIT_AT,
    Context,
    Draft,
    Found,
    before,
    lead_before,
    word_before,
    year_prefix,
)
from briefing.extract.figures_calendar import (
    DMY,
    calendar_date,
    decade,
    fiscal_year,
)
from briefing.extract.figures_lexicon import (
    CURRENCY_PREFIXES,
    RATE_PERIODS,
    SENTENCE_STARTERS,
    TALLY_NOUNS,
    TRAILING_QUALIFIERS,
    UNITS,
    YEAR_PREFIXES,
    alternation,
)
from briefing.extract.figures_nouns import counted_noun
from briefing.extract.numbers import (
    ABBREVIATIONS,
    AMBIGUOUS,
    FRACTIONS,
    INTEGER_WORDS,
    SCALES,
    leading_number,
    words_value,
)

CUR_TAIL = rf"{SP}?(?=\.?\d)"
_INT_WORD = alternation({w for word in INTEGER_WORDS for w in (word, word.capitalize())})
_CUR_AT = re.compile(rf"{alternation(CURRENCY_PREFIXES)}{CUR_TAIL}")
_NUM = re.compile(r"(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,16})(?:\.\d{1,12})?|\.\d{1,12}")
CHAIN_AT = re.compile(rf"{_INT_WORD}(?:(?:[ -]|{SP}and{SP}){_INT_WORD}){{0,8}}\b")
_RATE = re.compile(rf"(?:{SP}(?:a|an|per|each){SP}|/)(?P<p>{alternation(RATE_PERIODS)})\b")
_RANGE = re.compile(rf"(?:{SP}?(?P<dash>[-–—]){SP}?|{SP}(?P<w>to|and|or){SP})(?=[\w$€£¥₹])")
_IN = re.compile(
    rf"{SP}(?:in|out{SP}of)(?:{SP}every)?{SP}(?:(?P<d>\d{{1,3}}(?:,\d{{3}})?)|(?P<w>{_INT_WORD}))\b(?![.,]\d)"
)
_TRAIL = re.compile(rf"{SP}?(?P<t>{alternation(TRAILING_QUALIFIERS)})(?![\w+])")
_AGE_AFTER = re.compile(rf"(?:-|{SP})old\b")
_SHIFT = re.compile(rf"{SP}(?P<w>ago|earlier|later)\b(?!{SP}than)")
_TIME = re.compile(rf":\d\d(?!\d)(?:{SP}?[ap]\.?m\.?)?|{SP}?[ap]\.?m\.?(?![A-Za-z])|{SP}o['’]clock\b")
_AND_FRACTION = re.compile(rf"{SP}and{SP}an?{SP}(?P<f>half|quarter)\b")
_SLASHED = re.compile(r"(?:/\d{1,4}(?!\d)){1,2}")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_DECADE = re.compile(r"s\b")
_TALLY_NOUN = re.compile(rf"{SP}(?:{TALLY_NOUNS})\b")
_TALLY_CHAIN = re.compile(r"(?:[-–]\d{1,2}(?!\d)){1,3}")
_HYPHEN_ADJECTIVES = frozenset("strong odd plus something ish long wide high deep tall old".split())
_HYPHEN_NOUN = re.compile(r"-([a-z]{3,20})(?![\w-])")
_CALENDAR_UNITS = frozenset({"year", "decade", "month", "week", "day"})
_ONE = re.compile(rf"[Aa](?:n|nother)?(?={SP})")


@dataclass(slots=True)
class _Bound:
    """One number as written: currency, digits or words, magnitude, and its own unit."""

    start: int
    end: int
    value: float
    raw: str
    words: bool
    code: str | None = None
    magnitude: float = 1.0
    unit: str | None = None
    kind: str | None = None

    @property
    def plain(self) -> bool:
        """Digits only: no currency, magnitude or unit."""
        return not self.words and self.code is None and self.magnitude == 1 and self.kind is None


def _bound(ctx: Context, pos: int) -> _Bound | None:
    """Read one number at `pos`: currency prefix, digits or number words, magnitude, unit."""
    text = ctx.text
    code = None
    cur = _CUR_AT.match(text, pos)
    start = pos
    if cur:
        sign = cur.group().rstrip(" \u00a0")
        code = ctx.yen if sign == "¥" else CURRENCY_PREFIXES[sign]
        pos = cur.end()
    num = _NUM.match(text, pos)
    if num:
        after = text[num.end() : num.end() + 2]
        if after[:1].isdigit() or (after[:1] in ",." and after[1:2].isdigit()):
            return None  # a run of digits too long or oddly grouped to be a figure
        bound = _Bound(start, num.end(), float(num.group().replace(",", "")), num.group(), False, code)
    elif one := _ONE.match(text, pos):  # "a month", "an hour": one, if a unit follows
        bound = _Bound(start, one.end(), 1.0, one.group(), True, code)
        _magnitude(text, bound)
        _own_unit(ctx, bound)
        return bound if bound.magnitude != 1 or bound.kind or bound.code else None
    else:
        chain = CHAIN_AT.match(text, pos)
        if not chain:
            return None
        words = re.split(r"[ \u00a0-]", chain.group())
        found = leading_number(words)
        if found is None:
            return None
        value = found[0]
        end = pos + len(" ".join(words[: found[1]]))
        bound = _Bound(start, end, value, text[pos:end], True, code)
    if half := _AND_FRACTION.match(text, bound.end):  # "13 and a half years"
        bound.value += 1 / FRACTIONS[half.group("f")]
        bound.end = half.end()
    _magnitude(text, bound)
    if bound.code is None:
        _own_unit(ctx, bound)
    return bound


def _magnitude(text: str, b: _Bound) -> None:
    """Apply "bn", "m", "million", "crore" (chained: "5 lakh crore") after the digits."""
    for _ in range(2):
        m = MAG_AT.match(text, b.end)
        if not m:
            return
        abbr = m.group("abbr")
        if abbr:
            if b.words or m.group("sep") == "-" or (abbr in AMBIGUOUS and (m.group("sep") or (
                    b.code is None and counted_noun(text, m.end(), 2) is None))):
                return  # "100m sprint" is metres; "1.3m homes" is millions
            scale = ABBREVIATIONS[abbr]
        else:
            scale = SCALES[m.group("word")]
        b.value *= scale
        b.magnitude *= scale
        b.end = m.end()


def _own_unit(ctx: Context, b: _Bound) -> None:
    """A unit written right after the number: %, km, "euros", "years", "p" ..."""
    m = UNIT_AT.match(ctx.text, b.end)
    if not m:
        return
    surface, sep = m.group("u"), m.group("sep")
    if sep and ((len(surface) == 1 and surface not in "%CF") or (sep == "-" and len(surface) == 1)):
        return  # one-letter units glued ("100m", "345p"); degrees also spaced ("-11 C")
    unit, kind, factor = UNITS[surface]
    if kind == "money":
        b.code = ctx.last_code if surface.startswith("cent") and ctx.last_code else unit
    else:
        b.unit, b.kind = unit, kind
    b.value *= factor
    b.magnitude *= factor
    b.end = m.end()


def quantity(ctx: Context, start: int) -> Found:
    """A figure starting with a number (possibly a currency sign) at `start`."""
    text = ctx.text
    first = _bound(ctx, start)
    if first is None:
        return None
    after = text[first.end : first.end + 2]
    if (not first.words and after[:1].isalpha()) or (after[:1] == "-" and after[1:].isupper()):
        return first.end  # 5G, 3D, 4K, 7-Eleven: a name, not a figure
    if first.kind is None and first.code is None and before(text, start, LABEL_BEFORE):
        return first.end  # "Highway 1 east", "round 3", "aged 34"
    lead = lead_before(text, start, ranges=True)
    between = lead is not None and lead[0] == "range"
    fig_start = lead[1] if lead and not between else start
    qualifier = lead[0] if lead and not between else "exact"

    ratio = _IN.match(text, first.end) if first.kind is None and first.code is None else None
    if ratio and first.magnitude == 1:  # "3 in 10 adults", "one in five", "9 out of 10"
        whole = float(ratio.group("d").replace(",", "")) if ratio.group("d") else words_value([ratio.group("w")])
        if whole and whole > first.value:
            return Draft(fig_start, ratio.end(), "ratio", first.value / whole, qualifier=qualifier)

    second, tally = _range(ctx, first, between)
    if tally:
        return Draft(start, tally, "ratio")
    if second and between:
        fig_start = lead[1]  # type: ignore[index]
    last = second or first
    code = first.code or (second.code if second else None)
    unit, kind = last.unit or first.unit, last.kind or first.kind
    end = last.end
    if code:
        kind, unit = "money", code
    elif kind == "quantity" and (rate := _RATE.match(text, end)):
        unit, end = f"{unit}/{RATE_PERIODS[rate.group('p')]}", rate.end()
    elif kind is None:
        noun = counted_noun(text, end, 2 if second else first.value)
        if not noun and not last.words:
            noun = _hyphen_noun(text, end)
        if noun:
            unit, end = noun
            if noun[0] in UNITS and UNITS[noun[0]][1] == "duration":
                unit, kind = UNITS[noun[0]][:2]  # "20 consecutive days", "two extra months"
        if second and _is_year(first) and second.plain and (not noun or len(second.raw) == 2):
            return Draft(fig_start, second.end, "date", low=first.value, high=second.value,
                          iso=f"{int(first.value)}/{int(second.value)}", qualifier="range")
        if not second:
            if _is_year(first):  # news writes 2,000 for a count: "2005 levels" is a year
                start = year_prefix(text, start)
                return Draft(start, first.end, "date", iso=first.raw)
            if not noun and (_bare_rejected(ctx, first) or _comma_age(text, first)):
                return first.end
        kind = kind or "count"
    if kind == "duration":
        if _AGE_AFTER.match(text, end) or before(text, start, AGE_BEFORE):
            return end  # "a 15-year-old", "80 years old"
        if text[fig_start:start].strip().lower() == "over":
            fig_start, qualifier = start, "exact"  # "a 14% rise over three years": spread across
        shift = _SHIFT.match(text, end)
        if shift and second is None and first.value.is_integer() and unit in _CALENDAR_UNITS:
            return _shifted(ctx, fig_start, shift, int(first.value), unit)

    draft = Draft(fig_start, end, kind, unit=unit, qualifier=qualifier)
    if second:
        draft.low, draft.high, draft.qualifier = first.value, second.value, "range"
    else:
        draft.value = first.value
        trail = _TRAIL.match(text, end)
        if trail:
            draft.qualifier = TRAILING_QUALIFIERS[trail.group("t")]
            draft.end = trail.end()
    return draft


def _shifted(ctx: Context, start: int, shift: re.Match[str], n: int, unit: str) -> Draft:
    """"three years ago" (from publication), "a week earlier" (than the latest date given)."""
    word = shift.group("w")
    ref = ctx.ref if word == "ago" else ctx.last_day or ctx.ref
    iso = dates.relative_iso(n if word == "later" else -n, unit, ref)
    return Draft(start, shift.end(), "date", iso=iso)


def _range(ctx: Context, first: _Bound, between: bool) -> tuple[_Bound | None, int | None]:
    """The second bound of "10-15%", "between X and Y", "5 to 7 years"; or a tally's end."""
    text = ctx.text
    conn = _RANGE.match(text, first.end)
    if not conn:
        return None, None
    word = conn.group("w")
    if word == "and" and not between:
        return None, None
    if word == "to" and (first.kind or first.code) and before(text, first.start, CHANGE_BEFORE):
        return None, None  # "rose 5% to 7%", "from $1.14 to $1.13": a change, not a range
    second = _bound(ctx, conn.end())
    if second is None or second.words != first.words:
        return None, None
    if (conn.group("dash") and first.plain and second.plain and len(first.raw) <= 2
            and len(second.raw) <= 2 and first.raw.isdigit() and second.raw.isdigit()):
        chain = _TALLY_CHAIN.match(text, second.end)
        if chain or second.value <= first.value or _TALLY_NOUN.match(text, second.end):
            return None, chain.end() if chain else second.end  # "6-3", "a 4-5 decision", "20-5-2"
    if _is_year(first) and second.plain and len(second.raw) == 2:
        second.value += first.value // 100 * 100  # "2023-24"
    if first.magnitude == 1 and second.magnitude != 1 and not first.kind:
        first.value *= second.magnitude  # "5 to 7 million", "$5-7bn"
    if (first.code and second.code and first.code != second.code) or (
        first.unit and second.unit and first.unit != second.unit
    ):
        return None, None
    if second.value <= first.value:
        return None, None
    return second, None


def _hyphen_noun(text: str, pos: int) -> tuple[str, int] | None:
    """"a 586-student school": the noun joined to the number by a hyphen."""
    m = _HYPHEN_NOUN.match(text, pos)
    return (m.group(1), m.end()) if m and m.group(1) not in _HYPHEN_ADJECTIVES else None


def _comma_age(text: str, b: _Bound) -> bool:
    """"Green, 58, is ...": a small number between commas after a name is an age."""
    return (b.value < 120 and b.raw.isdigit() and text[b.start - 2 : b.start] == ", "
            and text[b.end : b.end + 1] == "," and text[b.start - 3 : b.start - 2].isalpha())


def _is_year(b: _Bound) -> bool:
    return b.plain and len(b.raw) == 4 and b.raw.isdigit() and 1800 <= b.value <= 2100


def _bare_rejected(ctx: Context, b: _Bound) -> bool:
    """A number with neither unit nor noun that follows a name ("Flight 17") or is a lone
    word ("one of"; but "Only three have been completed" stands)."""
    text = ctx.text
    if b.words:
        return b.value < 2 or text[b.end : b.end + 1] == "-"
    name = word_before(text, b.start)
    return name is not None and name[0][:1].isupper() and (
        name[0].lower() not in SENTENCE_STARTERS and name[0] not in dates.MONTHS
    )  # "Flight 17", "Windows 10"


def on_currency(ctx: Context, m: re.Match[str]) -> Found:
    return quantity(ctx, m.start())


def on_digits(ctx: Context, m: re.Match[str]) -> Found:
    text = ctx.text
    s = m.start()
    prev = text[s - 1] if s else " "
    if prev.isalnum() or prev in "_./#":
        if s >= 2 and text[s - 2 : s] == "FY" and (s < 3 or not text[s - 3].isalpha()):
            return fiscal_year(text, s - 2, s)
        return m.end()  # G7, MH17, 9/11: part of a name or code
    if prev == "-" and s >= 2 and text[s - 2].isalnum():
        j = s - 1
        while j > 0 and text[j - 1].isalpha() and s - j < 12:
            j -= 1
        if text[s - 2].isdigit() or text[j : s - 1].lower() not in YEAR_PREFIXES:
            return m.end()  # F-16, Covid-19, the "18" of "2017-18" read already
    if before(text, s, NUMBER_SIGN_BEFORE):
        return m.end()  # No. 10
    num = _NUM.match(text, s)
    if not num:
        return m.end()
    end = num.end()
    raw = num.group()
    if prev in "'’" and len(raw) == 2 and _DECADE.match(text, end):  # the '90s
        return decade(text, s - 1, end + 1, int(raw) + (1900 if int(raw) >= 30 else 2000))
    if raw.isdigit():
        if int(raw) <= 24 and (time := _TIME.match(text, end)):
            return time.end()  # a clock time without a date
        if int(raw) <= 31 and (day := DMY.match(text, s)):
            return calendar_date(ctx, s, day)
        if slashed := _SLASHED.match(text, end):
            return slashed.end()  # 24/7, 9/11
        if _ORDINAL.match(text, end):
            return end + 2  # "21st", "the 20th century"
        if len(raw) == 4 and raw.endswith("0") and _DECADE.match(text, end):
            return decade(text, s, end + 1, int(raw))
        if len(raw) == 4 and (fiscal := before(text, s, FISCAL_BEFORE)):
            return fiscal_year(text, fiscal[1], s)
    found = quantity(ctx, s)
    if prev in "-−" and (s == 1 or text[s - 2] in " (\n") and isinstance(found, Draft) and found.start == s:
        found.start -= 1  # "-11 C", "−0.3%"
        found.value = -found.value if found.value is not None else None
        found.low = -found.low if found.low is not None else None
    return found
