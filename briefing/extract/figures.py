"""Figures in article text: money, percentages, counts, measures, ratios, dates, durations.

`find_figures(text, published)` returns `Figure`s in reading order (ids f1, f2, ...).

How it reads: one trie-shaped anchor pattern finds where a figure may start (a digit, a
currency sign, a number word, a month, a weekday, "last year"); a handler reads outwards
from there with small bounded patterns -- the words before (qualifier, "between"), the
magnitude, a range's second bound, the unit or counted noun after. Every pattern is
bounded and every look is local, so a scan is linear in the text.

Readings the contract leaves open:
- money: `value` in units of the currency, ISO 4217 code in `unit`; "($2.12 billion)" is
  positive (brackets are never a minus sign). ¥ is JPY unless the article is about China.
- counts: `unit` is the counted noun, singular ("people" -> "person"), None when there is none;
  a lone "one"/"a" is not counted ("one of the first"), only "one million", "one year"...
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from briefing.extract import figures_dates as dates
from briefing.extract.figures_lexicon import (
    AGE_WORDS,
    ARTICLES,
    CHANGE_VERBS,
    CURRENCY_PREFIXES,
    DATE_PREPOSITIONS,
    DIRECTIONS,
    FISCAL,
    FUTURE_CUES,
    LABELS,
    MODALS,
    NOT_FRACTION_BEFORE,
    QUALIFIERS,
    QUARTERS,
    RANGE_OPENERS,
    RATE_PERIODS,
    SENTENCE_STARTERS,
    TALLY_NOUNS,
    TRAILING_QUALIFIERS,
    UNITS,
    YEAR_PREFIXES,
    alternation,
    trie,
)
from briefing.extract.figures_nouns import STOPWORDS, counted_noun
from briefing.extract.model import Figure
from briefing.extract.numbers import (
    ABBREVIATIONS,
    AMBIGUOUS,
    CONTEXT_MULTIPLIERS,
    FRACTIONS,
    INTEGER_WORDS,
    MULTIPLIERS,
    SCALES,
    VAGUE,
    VAGUE_COMPOUND,
    VAGUE_LEAST,
    leading_number,
    words_value,
)

_SP = r"[ \u00a0]"
_CUR_TAIL = rf"{_SP}?(?=\.?\d)"
_ANCHOR_WORDS = (
    (set(INTEGER_WORDS) - {"zero"}) | set(FRACTIONS) | set(MULTIPLIERS) | set(CONTEXT_MULTIPLIERS)
    | set(VAGUE) | {"tens"}
)
_QUARTER_WORDS = [f"{w} quarter" for w in QUARTERS] + [f"the {w} quarter" for w in QUARTERS]
# "a"/"an" before a unit or scale: a figure only after a qualifier or before "ago"/"earlier".
_ARTICLE_TAIL = rf"n?{_SP}(?=(?:{alternation(UNITS)}|{alternation(SCALES)})(?![A-Za-z]))"
_ANCHOR = re.compile(
    trie(
        [(d, r"[\d,.]*") for d in "0123456789"]
        + [(c, _CUR_TAIL) for c in CURRENCY_PREFIXES]
        + [(w, r"\b") for word in _ANCHOR_WORDS for w in (word, word.capitalize())]
        + [(w, r"\b") for w in (*dates.MONTHS, *dates.WEEKDAYS, "Q1", "Q2", "Q3", "Q4")]
        + [(f"{w} ", r"(?:year|month)\b") for word in DIRECTIONS for w in (word, word.capitalize())]
        + [(w, r"\b") for word in _QUARTER_WORDS for w in (word, word.capitalize())]
        + [(w, _ARTICLE_TAIL) for w in ("a", "A", "another", "Another")]
    )
)
_INT_WORD = alternation({w for word in INTEGER_WORDS for w in (word, word.capitalize())})
_MONTH = alternation(dates.MONTHS)

_CUR_AT = re.compile(rf"{alternation(CURRENCY_PREFIXES)}{_CUR_TAIL}")
_NUM = re.compile(r"(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,16})(?:\.\d{1,12})?|\.\d{1,12}")
_CHAIN = re.compile(rf"{_INT_WORD}(?:(?:[ -]|{_SP}and{_SP}){_INT_WORD}){{0,8}}\b")
_MAG = re.compile(
    rf"(?P<sep>[ \u00a0-]?)(?:(?P<abbr>{alternation(ABBREVIATIONS)})|(?P<word>{alternation(SCALES)})s?)"
    r"(?![A-Za-z0-9])"
)
_UNIT = re.compile(rf"(?P<sep>[ \u00a0-]?)(?P<u>{alternation(UNITS)})(?![A-Za-z0-9])")
_RATE = re.compile(rf"(?:{_SP}(?:a|an|per|each){_SP}|/)(?P<p>{alternation(RATE_PERIODS)})\b")
_RANGE = re.compile(rf"(?:{_SP}?(?P<dash>[-–—]){_SP}?|{_SP}(?P<w>to|and|or){_SP})(?=[\w$€£¥₹])")
_IN = re.compile(rf"{_SP}in{_SP}(?:(?P<d>\d{{1,3}})|(?P<w>{_INT_WORD}))\b")
_TRAIL = re.compile(rf"{_SP}?(?P<t>{alternation(TRAILING_QUALIFIERS)})(?![\w+])")
_AGE_AFTER = re.compile(rf"(?:-|{_SP})old\b")
_SHIFT = re.compile(rf"{_SP}(?P<w>ago|earlier|later)\b(?!{_SP}than)")
_TIME = re.compile(rf":\d\d(?!\d)(?:{_SP}?[ap]\.?m\.?)?|{_SP}?[ap]\.?m\.?(?![A-Za-z])")
_AND_FRACTION = re.compile(rf"{_SP}and{_SP}an?{_SP}(?P<f>half|quarter)\b")
_SLASHED = re.compile(r"(?:/\d{1,4}(?!\d)){1,2}")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_DECADE = re.compile(r"s\b")
_FRACTION_AFTER = re.compile(rf"[ -](?P<f>{alternation({w for f in FRACTIONS for w in (f, f.capitalize())})})\b")
_OF_A = re.compile(rf"{_SP}(?:of{_SP})?an?(?={_SP})")
_OF = re.compile(rf"{_SP}of(?={_SP})")
_VAGUE_COMPOUND = re.compile(
    rf"(?i:(?P<a>{alternation(VAGUE_COMPOUND)}){_SP}of{_SP}(?P<b>thousands|millions|billions))\b"
)
_TALLY_NOUN = re.compile(rf"{_SP}(?:{TALLY_NOUNS})\b")
_TALLY_CHAIN = re.compile(r"(?:[-–]\d{1,2}(?!\d)){1,3}")
_MDY = re.compile(
    rf"(?P<mon>{_MONTH})\.?(?:{_SP}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d))?"
    rf"(?:,?{_SP}(?:of{_SP})?(?P<year>1[89]\d\d|20\d\d)(?!\d))?"
    rf"(?:,?{_SP}(?P<hh>[0-2]?\d):(?P<mm>\d\d)(?:{_SP}?(?P<ampm>[ap]\.?m\.?))?"
    rf"(?:{_SP}(?P<tz>[A-Z]{{2,4}})\b)?)?"
)
_DMY = re.compile(
    rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_SP}(?:of{_SP})?(?P<mon>{_MONTH})\b\.?"
    rf"(?:,?{_SP}(?P<year>1[89]\d\d|20\d\d)(?!\d))?"
)
_WEEKDAY_DATE = re.compile(rf",?{_SP}{_MONTH}\b")
_QUARTER = re.compile(
    rf"(?:[Tt]he{_SP})?(?:(?P<w>{alternation({w for q in QUARTERS for w in (q, q.capitalize())})}){_SP}quarter"
    rf"|Q(?P<q>[1-4]))(?:{_SP}(?:of{_SP})?(?P<y>(?:19|20)\d\d)(?!\d))?\b"
)
_YEAR_IN_SENTENCE = re.compile(r"(?<![\d,.$€£])(1[89]\d\d|20\d\d)(?![\d,])")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
_WORD_AFTER = re.compile(rf"{_SP}([A-Za-z]+)|[,.;:!?)]|\Z")
_SHIFT_AHEAD = re.compile(rf"[A-Za-z]{{1,12}}{_SP}(?:ago|earlier|later)\b")
_FISCAL_YEARS = re.compile(r"(\d{4}|\d{2})(?!\d|,\d)(?:[-–/](\d{4}|\d{2})(?!\d))?")
_HYPHEN_NOUN = re.compile(r"-([a-z]{3,20})(?![\w-])")
_ONE = re.compile(rf"[Aa](?:n|nother)?(?={_SP})")
_OPENING_PUNCT = "([{“‘\"'—–"


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
    last_code: str | None = None  # currency of the latest money figure ("11 cents" of euro)
    last_day: date | None = None  # the latest day-precise date ("a week earlier" than it)


_Found = _Draft | int | None  # a figure, the end of a span to skip, or nothing


def find_figures(text: str, published: str | None = None) -> list[Figure]:
    """All figures in `text`, in reading order; `published` (ISO 8601) anchors relative dates."""
    ctx = _Context(text, dates.parse_published(published), _yen_code(text))
    drafts: list[_Draft] = []
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
    return None if value is None else float(f"{value:.15g}")


def _dispatch(anchor: str) -> Callable[[_Context, re.Match[str]], _Found]:
    if anchor[0].isdigit():
        return _on_digits
    if anchor.rstrip(" \u00a0") in CURRENCY_PREFIXES:
        return _on_currency
    if anchor in dates.MONTHS:
        return _on_month
    if anchor in dates.WEEKDAYS:
        return _on_weekday
    if anchor.endswith(" quarter") or (len(anchor) == 2 and anchor[0] == "Q"):
        return _on_quarter
    if anchor.rstrip(" \u00a0n").lower() in ("a", "anothe", "another"):
        return _on_article
    if " " in anchor:  # "last year", "next month"
        return _on_relative
    return _on_word


def _yen_code(text: str) -> str:
    """¥ is yuan in an article about China (more China/yuan words than Japan/yen words)."""
    if "¥" not in text:
        return "JPY"
    china = len(re.findall(r"\b(?:yuan|renminbi|RMB|China|Chinese|Beijing)\b", text))
    japan = len(re.findall(r"\b(?:yen|Japan|Japanese|Tokyo)\b", text))
    return "CNY" if china > japan else "JPY"


class _Phrases:
    """Lower-case phrases to look for right before a number, indexed by their last word."""

    __slots__ = ("phrases", "last_words", "max_words")

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = frozenset(phrases)
        self.last_words = frozenset(p.rsplit(" ", 1)[-1] for p in self.phrases)
        self.max_words = max(p.count(" ") for p in self.phrases) + 1


# Qualifiers and range openers share one look-behind: both may lead a figure.
_LEADS = {**QUALIFIERS, **{w: "range" for w in RANGE_OPENERS}}
_LEAD_PHRASES = _Phrases(_LEADS)
_AGE_WORDS = _Phrases(AGE_WORDS)
_DATE_PREPOSITIONS = _Phrases(DATE_PREPOSITIONS)
_LABELS = _Phrases(LABELS)
_ARTICLES = _Phrases(ARTICLES)
_NOT_FRACTION_BEFORE = _Phrases(NOT_FRACTION_BEFORE)
_DIRECTIONS = _Phrases(DIRECTIONS)
_FISCAL = _Phrases(FISCAL)
_NUMBER_SIGNS = _Phrases({"no.", "nos.", "nr.", "number"})
_CHANGE_VERBS = _Phrases(CHANGE_VERBS)
_THE = _Phrases({"the"})
_MODALS = _Phrases(MODALS)


def _before(text: str, pos: int, phrases: _Phrases) -> tuple[str, int] | None:
    """The longest of `phrases` ending one space before `pos`, as (phrase, start)."""
    end = pos - 1
    if end < 1 or text[end] not in " \u00a0":
        return None
    best = None
    start = end
    for n in range(phrases.max_words):
        j = _word_start(text, start)
        if j is None or (n == 0 and text[j:start].lower() not in phrases.last_words):
            break
        phrase = text[j:end].replace("\u00a0", " ").lower()
        if phrase in phrases.phrases:
            best = (phrase, j)
        if j < 2 or text[j - 1] not in " \u00a0":
            break
        start = j - 1
    return best


def _word_start(text: str, end: int) -> int | None:
    """Where the word ending at `end` starts (after opening punctuation); None if over-long."""
    lo = max(0, end - 24)
    j = max(text.rfind(" ", lo, end), text.rfind("\u00a0", lo, end), text.rfind("\n", lo, end)) + 1
    if j == 0 and lo > 0:
        return None
    while j < end and text[j] in _OPENING_PUNCT:
        j += 1
    return j if j < end else None


def _qualifier(text: str, pos: int, ranges: bool = False) -> tuple[str, int] | None:
    """(qualifier, start) of "up to", "more than", ...; with `ranges`, also ("range", start)
    of "between"/"from"."""
    found = _before(text, pos, _LEAD_PHRASES)
    if not found or (not ranges and _LEADS[found[0]] == "range"):
        return None
    return _LEADS[found[0]], found[1]


# --- numbers -------------------------------------------------------------------------------


def _bound(ctx: _Context, pos: int) -> _Bound | None:
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
        chain = _CHAIN.match(text, pos)
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
        m = _MAG.match(text, b.end)
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


def _own_unit(ctx: _Context, b: _Bound) -> None:
    """A unit written right after the number: %, km, "euros", "years", "p" ..."""
    m = _UNIT.match(ctx.text, b.end)
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


def _quantity(ctx: _Context, start: int) -> _Found:
    """A figure starting with a number (possibly a currency sign) at `start`."""
    text = ctx.text
    first = _bound(ctx, start)
    if first is None:
        return None
    if not first.words and text[first.end : first.end + 1].isalpha():
        return first.end  # 5G, 3D, 4K: a name, not a figure
    lead = _qualifier(text, start, ranges=True)
    between = lead is not None and lead[0] == "range"
    fig_start = lead[1] if lead and not between else start
    qualifier = lead[0] if lead and not between else "exact"

    ratio = _IN.match(text, first.end) if first.kind is None and first.code is None else None
    if ratio and first.magnitude == 1:  # "3 in 10 adults", "one in five"
        whole = float(ratio.group("d")) if ratio.group("d") else words_value([ratio.group("w")])
        if whole and whole > first.value:
            return _Draft(fig_start, ratio.end(), "ratio", first.value / whole, qualifier=qualifier)

    second, tally = _range(ctx, first, between)
    if tally:
        return _Draft(start, tally, "ratio")
    if second and between:
        fig_start = lead[1]  # type: ignore[index]
    last = second or first
    code = first.code or (second.code if second else None)
    unit, kind = last.unit or first.unit, last.kind or first.kind
    end = last.end
    if second is None and first.kind is None and not code and _before(text, start, _AGE_WORDS):
        return end  # "aged 34"
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
            return _Draft(fig_start, second.end, "date", low=first.value, high=second.value,
                          iso=f"{int(first.value)}/{int(second.value)}", qualifier="range")
        if not second:
            if _is_year(first) and (not noun or _before(text, start, _DATE_PREPOSITIONS)):
                start = _year_prefix(text, start)
                return _Draft(start, first.end, "date", iso=first.raw)
            if not noun and (_bare_rejected(ctx, first) or _comma_age(text, first)):
                return first.end
        kind = kind or "count"
    if kind == "duration":
        if _AGE_AFTER.match(text, end) or _before(text, start, _AGE_WORDS):
            return end  # "a 15-year-old", "80 years old"
        if text[fig_start:start].strip().lower() == "over":
            fig_start, qualifier = start, "exact"  # "a 14% rise over three years": spread across
        shift = _SHIFT.match(text, end)
        if shift and second is None and first.value.is_integer() and unit:
            return _shifted(ctx, fig_start, shift, int(first.value), unit)

    draft = _Draft(fig_start, end, kind, unit=unit, qualifier=qualifier)
    if second:
        draft.low, draft.high, draft.qualifier = first.value, second.value, "range"
    else:
        draft.value = first.value
        trail = _TRAIL.match(text, end)
        if trail:
            draft.qualifier = TRAILING_QUALIFIERS[trail.group("t")]
            draft.end = trail.end()
    return draft


def _shifted(ctx: _Context, start: int, shift: re.Match[str], n: int, unit: str) -> _Draft:
    """"three years ago" (from publication), "a week earlier" (than the latest date given)."""
    word = shift.group("w")
    ref = ctx.ref if word == "ago" else ctx.last_day or ctx.ref
    iso = dates.relative_iso(n if word == "later" else -n, unit, ref)
    return _Draft(start, shift.end(), "date", iso=iso)


def _year_prefix(text: str, start: int) -> int:
    """Include a hyphen-joined "mid-"/"early-" before a year or month ("mid-July")."""
    if start >= 2 and text[start - 1] == "-":
        j = start - 1
        while j > 0 and text[j - 1].isalpha() and start - j < 8:
            j -= 1
        if text[j : start - 1].lower() in YEAR_PREFIXES and (j == 0 or not text[j - 1].isalpha()):
            return j
    return start


def _range(ctx: _Context, first: _Bound, between: bool) -> tuple[_Bound | None, int | None]:
    """The second bound of "10-15%", "between X and Y", "5 to 7 years"; or a tally's end."""
    text = ctx.text
    conn = _RANGE.match(text, first.end)
    if not conn:
        return None, None
    word = conn.group("w")
    if word == "and" and not between:
        return None, None
    if word == "to" and (first.kind or first.code) and _before(text, first.start, _CHANGE_VERBS):
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
    return (m.group(1), m.end()) if m else None


def _comma_age(text: str, b: _Bound) -> bool:
    """"Green, 58, is ...": a small number between commas after a name is an age."""
    return (b.value < 120 and b.raw.isdigit() and text[b.start - 2 : b.start] == ", "
            and text[b.end : b.end + 1] == "," and text[b.start - 3 : b.start - 2].isalpha())


def _is_year(b: _Bound) -> bool:
    return b.plain and len(b.raw) == 4 and b.raw.isdigit() and 1800 <= b.value <= 2100


def _bare_rejected(ctx: _Context, b: _Bound) -> bool:
    """A number with no unit or noun that is a label ("Article 5"), an age or a lone word."""
    text = ctx.text
    if b.words:  # "Only three have been completed"; not "one of", "two-way"
        return b.value < 2 or text[b.end : b.end + 1] == "-" or _before(text, b.start, _LABELS) is not None
    if _before(text, b.start, _LABELS):
        return True
    if b.start >= 2 and text[b.start - 1] in " \u00a0":
        word_start = max(text.rfind(" ", max(0, b.start - 24), b.start - 1), 0)
        word = text[word_start : b.start - 1].strip()
        if word[:1].isupper() and word.lower() not in SENTENCE_STARTERS and word not in dates.MONTHS:
            return True  # "Flight 17", "Windows 10"
    return False


# --- anchor handlers ---------------------------------------------------------------------------


def _on_currency(ctx: _Context, m: re.Match[str]) -> _Found:
    return _quantity(ctx, m.start())


def _on_digits(ctx: _Context, m: re.Match[str]) -> _Found:
    text = ctx.text
    s = m.start()
    prev = text[s - 1] if s else " "
    if prev.isalnum() or prev in "_./#":
        if s >= 2 and text[s - 2 : s] == "FY" and (s < 3 or not text[s - 3].isalpha()):
            return _fiscal_year(text, s - 2, s)
        return m.end()  # G7, MH17, 9/11: part of a name or code
    if prev == "-" and s >= 2 and text[s - 2].isalnum():
        j = s - 1
        while j > 0 and text[j - 1].isalpha() and s - j < 12:
            j -= 1
        if text[s - 2].isdigit() or text[j : s - 1].lower() not in YEAR_PREFIXES:
            return m.end()  # F-16, Covid-19, the "18" of "2017-18" read already
    if _before(text, s, _NUMBER_SIGNS):
        return m.end()  # No. 10
    num = _NUM.match(text, s)
    if not num:
        return m.end()
    end = num.end()
    raw = num.group()
    if prev in "'’" and len(raw) == 2 and _DECADE.match(text, end):  # the '90s
        return _decade(text, s - 1, end + 1, int(raw) + (1900 if int(raw) >= 30 else 2000))
    if raw.isdigit():
        if int(raw) < 24 and (time := _TIME.match(text, end)):
            return time.end()  # a clock time without a date
        if int(raw) <= 31 and (day := _DMY.match(text, s)):
            return _calendar(ctx, s, day)
        if slashed := _SLASHED.match(text, end):
            return slashed.end()  # 24/7, 9/11
        if _ORDINAL.match(text, end):
            return end + 2  # "21st", "the 20th century"
        if len(raw) == 4 and raw.endswith("0") and _DECADE.match(text, end):
            return _decade(text, s, end + 1, int(raw))
        if len(raw) == 4 and (fiscal := _before(text, s, _FISCAL)):
            return _fiscal_year(text, fiscal[1], s)
    found = _quantity(ctx, s)
    if prev in "-−" and (s == 1 or text[s - 2] in " (\n") and isinstance(found, _Draft) and found.start == s:
        found.start -= 1  # "-11 C", "−0.3%"
        found.value = -found.value if found.value is not None else None
        found.low = -found.low if found.low is not None else None
    return found


def _fiscal_year(text: str, start: int, digits: int) -> _Found:
    """"fiscal 2023", "FY2023", "FY23" (read as 2023), "fiscal 2017-18" (a span of two)."""
    m = _FISCAL_YEARS.match(text, digits)
    if not m:
        return None
    first = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
    if not m.group(2):
        return _Draft(start, m.end(), "date", iso=str(first))
    second = int(m.group(2))
    second += first // 100 * 100 if second < 100 else 0
    return _Draft(start, m.end(), "date", low=first, high=second, iso=f"{first}/{second}",
                  qualifier="range")


def _decade(text: str, start: int, end: int, year: int) -> _Draft:
    """"the 1990s", "the '90s": a range of years."""
    if (the := _before(text, start, _THE)) is not None:
        start = the[1]
    return _Draft(start, end, "date", low=year, high=year + 9, iso=f"{year}/{year + 9}",
                  qualifier="range")


def _on_word(ctx: _Context, m: re.Match[str]) -> _Found:
    text = ctx.text
    word = m.group().lower()
    s = m.start()
    if word in MULTIPLIERS or word in CONTEXT_MULTIPLIERS:
        qual = _qualifier(text, s)
        if word in CONTEXT_MULTIPLIERS and not qual and not _is_multiplier(text, s, m.end(), word):
            return None
        return _Draft(qual[1] if qual else s, m.end(), "ratio",
                      MULTIPLIERS.get(word) or CONTEXT_MULTIPLIERS[word],
                      qualifier=qual[0] if qual else "exact")
    if word in VAGUE or word == "tens":
        return _vague(ctx, m)
    if word in FRACTIONS:
        article = _before(text, s, _ARTICLES)
        if word not in ("half", "halves") and not article:
            return None  # "the third quarter": an ordinal
        return _fraction(ctx, article[1] if article else s, 1, m.end(), word)
    chain = _CHAIN.match(text, s)
    if chain and (frac := _FRACTION_AFTER.match(text, chain.end())):
        n = words_value(re.split(r"[ \u00a0-]", chain.group()))
        if n:
            return _fraction(ctx, s, n, frac.end(), frac.group("f").lower())
    found = _quantity(ctx, s)
    if isinstance(found, _Draft) and word in SCALES and found.start == s:
        if article := _before(text, s, _ARTICLES):  # "a dozen ships", "a million people"
            found.start = article[1]
    if isinstance(found, _Draft) and found.kind == "count" and found.value == 1:
        return m.end()  # "one person", "one day": more often a phrase than a figure
    return found


def _is_multiplier(text: str, start: int, end: int, word: str) -> bool:
    """"would double", "triple its sales", "twice as many"; not "a double blow", "twice a week"."""
    follow = _WORD_AFTER.match(text, end)
    nxt = (follow.group(1) or "").lower() if follow else ""
    if word in ("twice", "thrice"):
        return nxt in ("as", "the", "that", "what")
    if _before(text, start, _MODALS):
        return True
    return follow is not None and (not nxt or (nxt in STOPWORDS and nxt not in ("a", "an")))


def _fraction(ctx: _Context, start: int, numerator: float, end: int, word: str) -> _Found:
    """"a fifth", "two-thirds", "half of", "a quarter of a percentage point", "half a dozen"."""
    text = ctx.text
    value = numerator / FRACTIONS[word]
    qual = _qualifier(text, start)
    fig_start, qualifier = (qual[1], qual[0]) if qual else (start, "exact")
    of_a = _OF_A.match(text, end)
    if of_a:  # a fraction of a scale or a unit
        scale = _MAG.match(text, of_a.end())
        if scale and scale.group("word") and scale.group("sep"):
            value *= SCALES[scale.group("word")]
            noun = counted_noun(text, scale.end(), 2)
            return _Draft(fig_start, noun[1] if noun else scale.end(), "count", value,
                          unit=noun[0] if noun else None, qualifier=qualifier)
        unit = _UNIT.match(text, of_a.end())
        if unit and unit.group("sep") == " " and UNITS[unit.group("u")][1] != "ratio":
            u, kind, factor = UNITS[unit.group("u")]
            return _Draft(fig_start, unit.end(), kind, value * factor, unit=u, qualifier=qualifier)
    if numerator == 1 and not qual:
        follow = _WORD_AFTER.match(text, end)
        if _before(text, start, _NOT_FRACTION_BEFORE) or not follow or (
            follow.group(1) and follow.group(1).lower() not in STOPWORDS
        ):
            return None  # "the first half", "a third term"
    return _Draft(fig_start, end, "ratio", value, qualifier=qualifier)


def _vague(ctx: _Context, m: re.Match[str]) -> _Found:
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
        unit = _UNIT.match(text, of.end())
        if unit and UNITS[unit.group("u")][1] == "money":
            draft.kind, draft.unit, draft.end = "money", UNITS[unit.group("u")][0], unit.end()
        elif noun := counted_noun(text, of.end(), 2):
            draft.unit, draft.end = noun
    return draft


def _on_month(ctx: _Context, m: re.Match[str]) -> _Found:
    return _calendar(ctx, m.start(), _MDY.match(ctx.text, m.start()))


def _calendar(ctx: _Context, start: int, m: re.Match[str] | None) -> _Found:
    """"September 23, 2025 00:41 JST", "16 May", "February 2024", "in June"."""
    if m is None:
        return None
    text = ctx.text
    mon = m.group("mon")
    day = int(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    direction = _before(text, start, _DIRECTIONS)
    if day is None and year is None:
        if len(mon) == 3 and not text.startswith(".", m.end("mon")):
            return None  # "Jan" the name
        if mon in dates.AMBIGUOUS_MONTHS and not _before(text, start, _DATE_PREPOSITIONS):
            return None  # "May" the verb, "June" the name
    way = direction[0] if direction and direction[0] != "this" else ""
    if year is None and not direction:
        year = _sentence_year(text, start)  # "the 2018 drought ... in August"
    iso = dates.day_iso(dates.MONTHS[mon], day, year, ctx.ref, way)
    end = max(m.end(g) for g in ("mon", "day", "year") if m.group(g))
    if iso and day and year and m.groupdict().get("hh"):
        timed = dates.time_iso(iso, int(m.group("hh")), int(m.group("mm")), m.group("ampm"), m.group("tz"))
        if timed:
            iso, end = timed, m.end()
    return _Draft(direction[1] if direction else _year_prefix(text, start), end, "date", iso=iso)


def _sentence_year(text: str, pos: int) -> int | None:
    """The last year written earlier in the same sentence, if any."""
    lo = max(0, pos - 160)
    window = text[lo:pos]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    years = _YEAR_IN_SENTENCE.findall(window)
    return int(years[-1]) if years else None


def _on_weekday(ctx: _Context, m: re.Match[str]) -> _Found:
    text = ctx.text
    if _WEEKDAY_DATE.match(text, m.end()):
        return None  # "Tuesday, September 23": the calendar date says it
    direction = _before(text, m.start(), _DIRECTIONS)
    way = direction[0] if direction else "next" if _future_clause(text, m.start()) else ""
    iso = dates.weekday_iso(dates.WEEKDAYS[m.group()], ctx.ref, way)
    return _Draft(direction[1] if direction else m.start(), m.end(), "date", iso=iso)


def _future_clause(text: str, pos: int) -> bool:
    """Whether the clause before `pos` speaks of the future ("would set off ... on Friday")."""
    lo = max(0, pos - 80)
    window = text[lo:pos]
    cut = max(window.rfind(c) for c in ".,;:!?\n\u201c\"")
    words = window[cut + 1 :].lower().replace("\u2019", "'").split()
    return any(w in _FUTURE_WORDS for w in words)


_FUTURE_WORDS = frozenset(FUTURE_CUES)


def _on_relative(ctx: _Context, m: re.Match[str]) -> _Found:
    which, unit = m.group().lower().split()
    offset = {"last": -1, "this": 0, "next": 1}[which]
    return _Draft(m.start(), m.end(), "date", iso=dates.relative_iso(offset, unit, ctx.ref))


def _on_quarter(ctx: _Context, m: re.Match[str]) -> _Found:
    """"the third quarter", "Q3 2025": a quarter of the year named or of publication."""
    q = _QUARTER.match(ctx.text, m.start())
    if not q:
        return None
    quarter = QUARTERS[q.group("w").lower()] if q.group("w") else int(q.group("q"))
    year = int(q.group("y")) if q.group("y") else None
    return _Draft(m.start(), q.end(), "date", iso=dates.quarter_iso(quarter, year, ctx.ref))


def _on_article(ctx: _Context, m: re.Match[str]) -> _Found:
    """"more than a month", "less than a mile", "a week earlier": "a" as one."""
    another = m.group()[:3].lower() == "ano"
    if not another and not _SHIFT_AHEAD.match(ctx.text, m.end()) and not _qualifier(ctx.text, m.start()):
        return None  # "twice a day", "a year": not a figure
    found = _quantity(ctx, m.start())
    if not isinstance(found, _Draft):
        return None
    if another:  # "another centimeter"
        return found if found.kind in ("quantity", "percent", "money") else None
    return found if found.qualifier != "exact" or found.kind == "date" else None
