"""Figures in article text: money, percentages, counts, measures, ratios, dates, durations.

`find_figures(text, published)` returns `Figure`s in reading order (ids f1, f2, ...).

How it reads: one anchor pattern finds where a figure may start (a digit, a currency sign,
a number word, a month, a weekday, "last year"); a handler reads outwards from there with
small bounded patterns -- the qualifier before, the magnitude, a range's second bound, the
unit or counted noun after. Every pattern is bounded, so a scan is linear in the text.

Readings the contract leaves open:
- money: `value` in units of the currency, ISO 4217 code in `unit`; "($2.12 billion)" is
  positive (brackets are never a minus sign).
- counts: `unit` is the counted noun, singular ("people" -> "person"), None when there is none;
  "one"/"a" alone are not counted ("one of the first"), only "one million", "one year"...
- ages ("a 15-year-old", "aged 15", "15 years old") are not figures: skipped, never durations.
- ratios: fractions and "3 in 10" as a share (0.3), multipliers ("doubled") as the factor,
  vote tallies and scores ("6-3") with `value` None; `unit` is None.
- dates: `iso` holds the value ("2024", "2024-02", "2025-09-23T00:41:00+09:00", or "--05-16"
  when neither the text nor `published` gives the year); `value` is None; decades and year
  spans carry `low`/`high` years, qualifier "range" and an ISO interval ("1990/1999").
- ranges: `value` None, `low`/`high` set, qualifier "range".
- vague plurals: "dozens" at_least 24, "thousands" at_least 2,000, "tens of thousands"
  at_least 10,000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefing.extract import figures_dates as dates
from briefing.extract.figures_lexicon import (
    CURRENCY_PREFIXES,
    QUALIFIERS,
    RATE_PERIODS,
    TRAILING_QUALIFIERS,
    UNITS,
    alternation,
)
from briefing.extract.figures_nouns import counted_noun
from briefing.extract.model import Figure
from briefing.extract.numbers import (
    ABBREVIATIONS,
    AMBIGUOUS,
    FRACTIONS,
    INTEGER_WORDS,
    MULTIPLIERS,
    SCALES,
    VAGUE,
    VAGUE_COMPOUND,
    VAGUE_LEAST,
    words_value,
)

_SP = r"[ \u00a0]"
_CUR = rf"(?<![A-Za-z])(?:{alternation(CURRENCY_PREFIXES)}){_SP}?(?=\.?\d)"
_INT_WORD = alternation(INTEGER_WORDS)
_MONTH = rf"(?:{alternation(dates.MONTHS)})"
_WORDS = alternation(
    set(INTEGER_WORDS) - {"zero"} | set(FRACTIONS) | set(MULTIPLIERS) | set(VAGUE) | {"tens"}
)

_ANCHOR = re.compile(
    rf"(?P<cur>{_CUR})"
    r"|(?P<num>\d[\d,.]*)"
    rf"|(?P<word>\b(?i:{_WORDS})\b)"
    rf"|(?P<month>\b{_MONTH}\b)"
    rf"|(?P<weekday>\b(?:{alternation(dates.WEEKDAYS)})\b)"
    rf"|(?P<rel>\b(?i:last|this|next){_SP}(?:year|month|week)\b)"
)

_CUR_AT = re.compile(_CUR)
_NUM = re.compile(r"(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,16})(?:\.\d{1,12})?|\.\d{1,12}")
_CHAIN = re.compile(rf"(?i:(?:{_INT_WORD})(?:(?:[ -]|{_SP}and{_SP})(?:{_INT_WORD})){{0,8}})\b")
_MAG = re.compile(
    rf"(?P<sep>{_SP}?)(?:(?P<abbr>{alternation(ABBREVIATIONS)})|(?P<word>(?:{alternation(SCALES)})s?))"
    r"(?![A-Za-z0-9])"
)
_UNIT = re.compile(rf"(?P<sep>[ \u00a0-]?)(?P<u>{alternation(UNITS)})(?![A-Za-z0-9])")
_RATE = re.compile(rf"(?:{_SP}(?:a|an|per|each){_SP}|/)(?P<p>{alternation(RATE_PERIODS)})\b")
_RANGE = re.compile(rf"(?:{_SP}?(?P<dash>[-–—]){_SP}?|{_SP}(?P<w>to|and){_SP})(?=[\w$€£¥₹])")
_IN = re.compile(rf"{_SP}in{_SP}(?:(?P<d>\d{{1,3}})|(?P<w>{_INT_WORD}))\b", re.I)
_TRAIL = re.compile(rf"(?:{_SP}(?P<w>or more|or higher|and up|or so|or less|or fewer|plus)\b|(?P<p>\+))")
_AGE_AFTER = re.compile(rf"(?:-|{_SP})old\b")
_AGO = re.compile(rf"{_SP}ago\b")
_TIME = re.compile(rf":(?P<mm>\d\d)(?!\d)(?:{_SP}?(?P<ampm>[ap]\.?m\.?))?")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_DECADE = re.compile(r"s\b")
_FRACTION_AFTER = re.compile(rf"[ -](?P<f>(?i:{alternation(FRACTIONS)}))\b")
_OF_A = re.compile(rf"{_SP}(?:of{_SP})?an?{_SP}")
_OF = re.compile(rf"{_SP}of{_SP}")
_VAGUE_COMPOUND = re.compile(
    rf"(?i:(?P<a>{alternation(VAGUE_COMPOUND)}){_SP}of{_SP}(?P<b>thousands|millions|billions))\b"
)
_TALLY_NOUN = re.compile(
    rf"{_SP}(?:votes?|win|victory|decision|ruling|majority|defeat|loss|draw|verdict|split)\b"
)
_MDY = re.compile(
    rf"(?P<mon>{_MONTH})\.?(?:{_SP}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))?"
    rf"(?:,?{_SP}(?P<year>1[89]\d\d|20\d\d)(?!\d))?"
    rf"(?:,?{_SP}(?P<hh>[0-2]?\d):(?P<mm>\d\d)(?:{_SP}?(?P<ampm>[ap]\.?m\.?))?"
    rf"(?:{_SP}(?P<tz>[A-Z]{{2,4}})\b)?)?"
)
_DMY = re.compile(
    rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_SP}(?:of{_SP})?(?P<mon>{_MONTH})\b\.?"
    rf"(?:,?{_SP}(?P<year>1[89]\d\d|20\d\d)(?!\d))?"
)
_WEEKDAY_DATE = re.compile(rf",?{_SP}{_MONTH}\b")


def _before(words: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for one of `words` ending right before a position (search with endpos)."""
    return re.compile(rf"(?<![A-Za-z])(?P<w>{words})[ \u00a0-]\Z", flags)


_QUAL_BEFORE = _before(alternation(QUALIFIERS), re.I)
_BETWEEN_BEFORE = _before("between|from", re.I)
_A_BEFORE = _before("an?|one", re.I)
_DIRECTION_BEFORE = _before("last|next|this", re.I)
_FISCAL_BEFORE = re.compile(r"(?<![A-Za-z])(?:[Ff]iscal(?: year)?[ \u00a0]|FY[ \u00a0]?)\Z")
_YEAR_PREFIX_BEFORE = _before("mid|pre|post|early|late", re.I)
_NAME_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-\Z")
_LABEL_BEFORE = _before(
    "No|Nos|Nr|number|page|chapter|section|article|rule|version|room|route|level|phase|round"
    "|stage|grade|flight|highway|line|platform|gate|act|clause|paragraph|item|step|tier"
    "|category|class|channel|game|episode|season|aged|age|ages",
    re.I,
)
_LABEL_DOT_BEFORE = re.compile(r"(?<![A-Za-z])(?:No|Nos|Nr|no)\.[ \u00a0]?\Z")
_AGE_BEFORE = _before("aged|age|ages", re.I)
_CAPITALIZED_BEFORE = re.compile(r"(?<![A-Za-z])(?P<w>[A-Z][A-Za-z]{0,20})[ \u00a0]\Z")
_DATE_PREP_BEFORE = _before(
    "in|since|by|until|till|from|of|before|after|during|through|between|and|to|early|late|mid"
    "|the|a|for|on|last|next|this|around|circa|year|end|spring|summer|autumn|fall|winter",
    re.I,
)
_HALF_REJECT_BEFORE = _before(
    "the|first|second|third|fourth|last|final|latter|former|other|back|top|bottom|upper"
    "|lower|this|that|each|every|fiscal|financial|my|his|her|their|its|our|your",
    re.I,
)
_FRACTION_FOLLOW = re.compile(
    rf"(?:{_SP}(?:of|the|its|their|his|her|our|all)\b|[,.;:)!?]|\Z|{_SP}(?:and|or|in|on)\b)"
)
_ORDER_WORDS = frozenset(w.lower() for w in QUALIFIERS) | {
    "in", "since", "by", "until", "from", "of", "the", "a", "an", "and", "or", "to", "for",
    "on", "at", "with", "about", "but", "than", "as", "all", "only", "just", "some", "every",
}


@dataclass(slots=True)
class _Draft:
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


@dataclass(slots=True)
class _Context:
    text: str
    ref: date | None
    yen: str


def find_figures(text: str, published: str | None = None) -> list[Figure]:
    """All figures in `text`, in reading order; `published` (ISO 8601) anchors relative dates."""
    ctx = _Context(text, dates.parse_published(published), _yen_code(text))
    drafts: list[_Draft] = []
    last = 0
    for m in _ANCHOR.finditer(text):
        if m.start() < last:
            continue
        found = _HANDLERS[m.lastgroup or ""](ctx, m)
        if found is None:
            continue
        if isinstance(found, int):
            last = found
            continue
        if found.start < last:  # a qualifier reaching back into the previous figure
            found.start, found.qualifier = m.start(), "exact" if found.qualifier != "range" else "range"
        drafts.append(found)
        last = found.end
    return [
        Figure(f"f{i}", text[d.start : d.end], d.start, d.end, d.kind, d.value, d.low, d.high,  # type: ignore[arg-type]
               d.unit, d.iso, d.qualifier)  # type: ignore[arg-type]
        for i, d in enumerate(drafts, 1)
    ]


def _yen_code(text: str) -> str:
    """¥ is yuan in an article about China (more China/yuan words than Japan/yen words)."""
    if "¥" not in text:
        return "JPY"
    china = len(re.findall(r"\b(?:yuan|renminbi|RMB|China|Chinese|Beijing)\b", text))
    japan = len(re.findall(r"\b(?:yen|Japan|Japanese|Tokyo)\b", text))
    return "CNY" if china > japan else "JPY"


def _look_back(pattern: re.Pattern[str], text: str, pos: int, width: int = 30) -> re.Match[str] | None:
    return pattern.search(text, max(0, pos - width), pos)


# --- numbers -------------------------------------------------------------------------------


def _bound(ctx: _Context, pos: int) -> _Bound | None:
    """Read one number at `pos`: currency prefix, digits or number words, magnitude, unit."""
    text = ctx.text
    code = None
    start = pos
    cur = _CUR_AT.match(text, pos)
    if cur:
        sign = cur.group().strip()
        code = ctx.yen if sign == "¥" else CURRENCY_PREFIXES[sign]
        pos = cur.end()
    num = _NUM.match(text, pos)
    if num:
        after = text[num.end() : num.end() + 2]
        if after[:1].isdigit() or (after[:1] in ",." and after[1:2].isdigit()):
            return None  # a run of digits too long or oddly grouped to be a figure
        bound = _Bound(start, num.end(), float(num.group().replace(",", "")), num.group(), False, code)
    else:
        chain = _CHAIN.match(text, pos)
        if not chain:
            return None
        words = chain.group().replace("-", " ").split()
        while words and (value := words_value(words)) is None:
            words.pop()
        if not words:
            return None
        end = pos
        for w in words:  # the end of the words that made a valid number
            end = text.index(w, end) + len(w)
        bound = _Bound(start, end, value, text[pos:end], True, code)
    _magnitude(text, bound)
    if bound.code is None:
        _own_unit(text, bound)
    return bound


def _magnitude(text: str, b: _Bound) -> None:
    """Apply "bn", "m", "million", "crore" (chained: "5 lakh crore") after the digits."""
    for _ in range(2):
        m = _MAG.match(text, b.end)
        if not m:
            return
        abbr = m.group("abbr")
        if abbr:
            if b.words or (abbr in AMBIGUOUS and (m.group("sep") or (
                    b.code is None and counted_noun(text, m.end(), 2) is None))):
                return  # "100m sprint" is metres; "1.3m homes" is millions
            scale = ABBREVIATIONS[abbr]
        else:
            scale = SCALES[m.group("word").lower().rstrip("s")]
        b.value *= scale
        b.magnitude *= scale
        b.end = m.end()


def _own_unit(text: str, b: _Bound) -> None:
    """A unit written right after the number: %, km, "euros", "years" ..."""
    m = _UNIT.match(text, b.end)
    if not m:
        return
    surface = m.group("u")
    if m.group("sep") and len(surface) == 1 and surface != "%":
        return  # one-letter units only glued: "2.1C", not "2.1 C"
    if m.group("sep") == "-" and surface in ("%", "p"):
        return
    unit, kind, factor = UNITS[surface]
    if kind == "money":
        b.code = unit
    else:
        b.unit, b.kind = unit, kind
    b.value *= factor
    b.magnitude *= factor
    b.end = m.end()


def _quantity(ctx: _Context, start: int) -> _Draft | int | None:
    """A figure starting with a number (possibly a currency sign) at `start`."""
    text = ctx.text
    first = _bound(ctx, start)
    if first is None:
        return None
    qual = _look_back(_QUAL_BEFORE, text, start)
    between = _look_back(_BETWEEN_BEFORE, text, start)
    fig_start = qual.start() if qual else between.start() if between else start
    qualifier = QUALIFIERS[qual.group("w").lower()] if qual else "exact"

    ratio = _IN.match(text, first.end) if first.kind is None and first.code is None else None
    if ratio and first.magnitude == 1:  # "3 in 10 adults", "one in five"
        whole = float(ratio.group("d")) if ratio.group("d") else words_value([ratio.group("w")])
        if whole and whole > first.value:
            return _Draft(fig_start, ratio.end(), "ratio", first.value / whole, qualifier=qualifier)

    second, tally = _range(ctx, first, between is not None)
    if tally:
        return _Draft(start, tally, "ratio")
    last = second or first
    code = first.code or (second.code if second else None)
    unit, kind = last.unit or first.unit, last.kind or first.kind
    end = last.end

    if kind == "duration":
        if _AGE_AFTER.match(text, end) or _look_back(_AGE_BEFORE, text, start):
            return end
        ago = _AGO.match(text, end)
        if ago and second is None and unit and first.value.is_integer():
            iso = dates.relative_iso(-int(first.value), unit, ctx.ref)
            return _Draft(fig_start if qual else start, ago.end(), "date", iso=iso, qualifier=qualifier)
    if code:
        kind, unit = "money", code
    elif kind == "quantity" and (rate := _RATE.match(text, end)):
        unit, end = f"{unit}/{RATE_PERIODS[rate.group('p')]}", rate.end()
    elif kind is None:
        noun = counted_noun(text, end, 2 if second else first.value)
        if noun:
            unit, end = noun
        if second and first.plain and second.plain and _is_year(first) and not noun:
            return _year_range(first, second, fig_start)
        if not second:
            year = _year(ctx, first, noun is not None)
            if year is not None:
                return year
            if not noun and _bare_rejected(ctx, first):
                return first.end
        kind = "count"

    draft = _Draft(fig_start, end, kind, unit=unit, qualifier=qualifier)
    if second:
        draft.low, draft.high, draft.qualifier = first.value, second.value, "range"
    else:
        draft.value = first.value
        trail = _TRAIL.match(text, end)
        if trail:
            draft.qualifier = TRAILING_QUALIFIERS[trail.group("w") or trail.group("p")]
            draft.end = trail.end()
    return draft


def _range(ctx: _Context, first: _Bound, between: bool) -> tuple[_Bound | None, int | None]:
    """The second bound of "10-15%", "between X and Y", "5 to 7 years"; or a tally's end."""
    text = ctx.text
    conn = _RANGE.match(text, first.end)
    if not conn:
        return None, None
    word = conn.group("w")
    if word == "and" and not between:
        return None, None
    if word == "to" and not between and (first.kind or first.code):
        return None, None  # "rose 5% to 7%" is a change, not a range
    second = _bound(ctx, conn.end())
    if second is None or second.words != first.words:
        return None, None
    if conn.group("dash") and first.plain and second.plain and first.value < 100 and (
        second.value < 100 and first.raw.isdigit() and second.raw.isdigit()
    ):
        tally = second.value <= first.value or _TALLY_NOUN.match(text, second.end)
        if tally and not _UNIT.match(text, second.end):
            return None, second.end
    if _is_year(first) and second.plain and len(second.raw) == 2:
        second.value += first.value // 100 * 100  # "2023-24"
    if first.magnitude == 1 and second.magnitude != 1 and not first.kind:
        first.value *= second.magnitude  # "5 to 7 million", "10-15%"
    if (first.code and second.code and first.code != second.code) or (
        first.unit and second.unit and first.unit != second.unit
    ):
        return None, None
    if second.value <= first.value:
        return None, None
    return second, None


def _is_year(b: _Bound) -> bool:
    return b.plain and len(b.raw) == 4 and b.raw.isdigit() and 1800 <= b.value <= 2100


def _year(ctx: _Context, b: _Bound, has_noun: bool) -> _Draft | None:
    """A bare four-digit number read as a year ("in 2024", "fiscal 2023", not "2,024 people")."""
    if not _is_year(b):
        return None
    fiscal = _look_back(_FISCAL_BEFORE, ctx.text, b.start, 12)
    if has_noun and not fiscal and not _look_back(_DATE_PREP_BEFORE, ctx.text, b.start, 12):
        return None
    start = fiscal.start() if fiscal else b.start
    return _Draft(start, b.end, "date", iso=b.raw)


def _year_range(first: _Bound, second: _Bound, start: int) -> _Draft:
    return _Draft(start, second.end, "date", low=first.value, high=second.value,
                  iso=f"{int(first.value)}/{int(second.value)}", qualifier="range")


def _bare_rejected(ctx: _Context, b: _Bound) -> bool:
    """A number with no unit or noun that is a label ("Article 5"), an age or a lone "one"."""
    if b.words:
        return True
    if _look_back(_LABEL_BEFORE, ctx.text, b.start, 12):
        return True
    cap = _look_back(_CAPITALIZED_BEFORE, ctx.text, b.start, 24)
    return cap is not None and cap.group("w").lower() not in _ORDER_WORDS and not (
        cap.group("w") in dates.MONTHS
    )


# --- anchor handlers ---------------------------------------------------------------------------


def _on_currency(ctx: _Context, m: re.Match[str]) -> _Draft | int | None:
    return _quantity(ctx, m.start())


def _on_digits(ctx: _Context, m: re.Match[str]) -> _Draft | int | None:
    text = ctx.text
    s = m.start()
    prev = text[s - 1] if s else " "
    if prev.isalnum() or prev in "_./#":
        if _look_back(_FISCAL_BEFORE, text, s, 12):
            return _year(ctx, _Bound(s, s + 4, float(text[s : s + 4]), text[s : s + 4], False), True) if (
                text[s : s + 4].isdigit()) else None
        return m.end()  # G7, MH17, 9/11: part of a name or code
    if prev == "-" and _look_back(_NAME_HYPHEN_BEFORE, text, s, 2):
        if not _look_back(_YEAR_PREFIX_BEFORE, text, s, 8):
            return m.end()  # F-16, Covid-19
    if _look_back(_LABEL_DOT_BEFORE, text, s, 6):
        return m.end()  # No. 10
    num = _NUM.match(text, s)
    if not num:
        return None
    end = num.end()
    raw = num.group()
    if prev in "'’" and len(raw) == 2 and _DECADE.match(text, end):  # the '90s
        year = int(raw) + (1900 if int(raw) >= 30 else 2000)
        return _decade(s - 1, end + 1, year)
    if raw.isdigit():
        if (time := _TIME.match(text, end)) and int(raw) < 24:
            return time.end()  # a clock time without a date
        if (day := _DMY.match(text, s)) and int(raw) <= 31:
            return _calendar(ctx, s, day)
        if _ORDINAL.match(text, end):
            return end + 2  # "21st", "the 20th century"
        if len(raw) == 4 and raw.endswith("0") and _DECADE.match(text, end):
            return _decade(s, end + 1, int(raw))
    return _quantity(ctx, s)


def _decade(start: int, end: int, year: int) -> _Draft:
    return _Draft(start, end, "date", low=year, high=year + 9, iso=f"{year}/{year + 9}",
                  qualifier="range")


def _on_word(ctx: _Context, m: re.Match[str]) -> _Draft | int | None:
    text = ctx.text
    word = m.group().lower()
    s = m.start()
    qual = _look_back(_QUAL_BEFORE, text, s)
    if word in MULTIPLIERS:
        return _Draft(qual.start() if qual else s, m.end(), "ratio", MULTIPLIERS[word],
                      qualifier=QUALIFIERS[qual.group("w").lower()] if qual else "exact")
    if word in VAGUE or word == "tens":
        return _vague(ctx, m)
    if word in FRACTIONS:
        article = _look_back(_A_BEFORE, text, s, 5)
        if word not in ("half", "halves") and not article:
            return None  # "the third quarter": an ordinal
        return _fraction(ctx, article.start() if article else s, 1, m, qual is not None)
    chain = _CHAIN.match(text, s)
    if chain and (frac := _FRACTION_AFTER.match(text, chain.end())):
        n = words_value(chain.group().replace("-", " ").split())
        if n:
            return _fraction(ctx, s, n, frac, qual is not None, group="f")
    if word in SCALES and (article := _look_back(_A_BEFORE, text, s, 5)):
        found = _quantity(ctx, s)  # "a dozen ships", "a million people"
        if isinstance(found, _Draft) and found.start == s:
            found.start = article.start()
        return found
    found = _quantity(ctx, s)
    if isinstance(found, _Draft) and found.kind == "count" and words_value(
        [text[s : m.end()]]
    ) == 1 and found.end - s <= len(m.group()) + 15 and found.unit is not None:
        return m.end()  # "one person", "one day": too often not a figure
    return found


def _fraction(
    ctx: _Context, start: int, numerator: float, m: re.Match[str], qualified: bool, group: int | str = 0
) -> _Draft | int | None:
    """"a fifth", "two-thirds", "half of", "a quarter of a percentage point", "half a dozen"."""
    text = ctx.text
    word = m.group(group).lower()
    value = numerator / FRACTIONS[word]
    end = m.end(group)
    of_a = _OF_A.match(text, end)
    if of_a:
        target = _MAG.match(text, of_a.end() - 1)
        unit = _UNIT.match(text, of_a.end() - 1)
        if target and target.group("word"):
            b = _Bound(start, target.end(), value * SCALES[target.group("word").lower().rstrip("s")],
                       "", True)
            noun = counted_noun(text, b.end, 2)
            return _Draft(start, noun[1] if noun else b.end, "count", b.value,
                          unit=noun[0] if noun else None)
        if unit and unit.group("sep"):
            u, kind, factor = UNITS[unit.group("u")]
            if kind == "money":
                return _Draft(start, unit.end(), "money", value * factor, unit=u)
            if kind != "ratio":
                return _Draft(start, unit.end(), kind, value * factor, unit=u)
    if numerator == 1 and not qualified:
        if _look_back(_HALF_REJECT_BEFORE, text, start, 12) or not _FRACTION_FOLLOW.match(text, end):
            return None
    qual = _look_back(_QUAL_BEFORE, text, start)
    return _Draft(qual.start() if qual else start, end, "ratio", value,
                  qualifier=QUALIFIERS[qual.group("w").lower()] if qual else "exact")


def _vague(ctx: _Context, m: re.Match[str]) -> _Draft | None:
    """"dozens", "thousands of dollars", "tens of thousands of protesters"."""
    text = ctx.text
    compound = _VAGUE_COMPOUND.match(text, m.start())
    if compound:
        value = VAGUE_COMPOUND[compound.group("a").lower()] * VAGUE[compound.group("b").lower()]
        end = compound.end()
    elif m.group().lower() in VAGUE:
        value, end = VAGUE[m.group().lower()] * VAGUE_LEAST, m.end()
    else:
        return None
    draft = _Draft(m.start(), end, "count", value, qualifier="at_least")
    of = _OF.match(text, end)
    if of:
        unit = _UNIT.match(text, of.end() - 1)
        if unit and UNITS[unit.group("u")][1] == "money":
            draft.kind, draft.unit, draft.end = "money", UNITS[unit.group("u")][0], unit.end()
        elif noun := counted_noun(text, of.end() - 1, 2):
            draft.unit, draft.end = noun
    return draft


def _on_month(ctx: _Context, m: re.Match[str]) -> _Draft | int | None:
    return _calendar(ctx, m.start(), _MDY.match(ctx.text, m.start()))


def _calendar(ctx: _Context, start: int, m: re.Match[str] | None) -> _Draft | None:
    """"September 23, 2025 00:41 JST", "16 May", "February 2024", "in June"."""
    if m is None:
        return None
    text = ctx.text
    month = dates.MONTHS[m.group("mon")]
    day = int(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    direction = _look_back(_DIRECTION_BEFORE, text, start, 6)
    if day is None and year is None:
        if len(m.group("mon")) == 3 and not text.startswith(".", m.end("mon")):
            return None  # "Jan" the name
        if m.group("mon") in dates.AMBIGUOUS_MONTHS and not direction and not _look_back(
            _DATE_PREP_BEFORE, text, start, 8
        ):
            return None  # "May" the verb, "June" the name
    way = direction.group("w").lower() if direction else ""
    iso = dates.day_iso(month, day, year, ctx.ref, way if way != "this" else "")
    end = m.end("year") if year else m.end("day") if day else m.end("mon")
    groups = m.groupdict()
    if iso and groups.get("hh") and day and year:
        timed = dates.time_iso(iso, int(m.group("hh")), int(m.group("mm")), m.group("ampm"), m.group("tz"))
        if timed:
            iso, end = timed, m.end()
    return _Draft(direction.start() if direction else start, end, "date", iso=iso)


def _on_weekday(ctx: _Context, m: re.Match[str]) -> _Draft | None:
    text = ctx.text
    if _WEEKDAY_DATE.match(text, m.end()):
        return None  # "Tuesday, September 23": the calendar date says it
    direction = _look_back(_DIRECTION_BEFORE, text, m.start(), 6)
    way = direction.group("w").lower() if direction else ""
    iso = dates.weekday_iso(dates.WEEKDAYS[m.group()], ctx.ref, way)
    return _Draft(direction.start() if direction else m.start(), m.end(), "date", iso=iso)


def _on_relative(ctx: _Context, m: re.Match[str]) -> _Draft:
    which, unit = m.group().lower().split()
    offset = {"last": -1, "this": 0, "next": 1}[which]
    return _Draft(m.start(), m.end(), "date", iso=dates.relative_iso(offset, unit, ctx.ref))


_HANDLERS = {
    "cur": _on_currency,
    "num": _on_digits,
    "word": _on_word,
    "month": _on_month,
    "weekday": _on_weekday,
    "rel": _on_relative,
}
