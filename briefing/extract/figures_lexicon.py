"""Tables for figures: currencies, units of measure, qualifiers.

Everything `figures` recognises around a number is a row here; the patterns are
built from these tables, so adding a unit or a qualifier is a one-line change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Currency written before the number ("US$3.5", "€1.8bn", "Rs 2,500", "Sh1.2").
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",  # or CNY: decided per article, see figures.yen_code
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₦": "NGN",
    "₺": "TRY",
    "Rs": "INR",
    "Rs.": "INR",
    "KSh": "KES",
    "Ksh": "KES",
    "Sh": "KES",
    "RMB": "CNY",
    **{c: c for c in "USD EUR GBP JPY CNY INR CHF CAD AUD HKD KRW RUB".split()},
}

# Currency named after the number ("1.8 billion euros"): (code, factor, surfaces), the same
# "|"-separated form as the units below; cents and pence are 1/100 of their currency.
CURRENCY_ROWS: list[tuple[str, float, str]] = [
    ("EUR", 1, "euros|euro"),
    ("USD", 1, "US dollars|US dollar|U.S. dollars|dollars|dollar"),
    ("CAD", 1, "Canadian dollars|Canadian dollar"),
    ("AUD", 1, "Australian dollars|Australian dollar"),
    ("HKD", 1, "Hong Kong dollars|Hong Kong dollar"),
    ("SGD", 1, "Singapore dollars|Singapore dollar"),
    ("GBP", 1, "pounds sterling|pound sterling|sterling"),
    ("JPY", 1, "yen"),
    ("KRW", 1, "won"),
    ("CNY", 1, "yuan|renminbi"),
    ("INR", 1, "rupees|rupee"),
    ("RUB", 1, "roubles|rouble|rubles|ruble"),
    ("CHF", 1, "Swiss francs|Swiss franc"),
    ("KES", 1, "shillings|shilling"),
    ("MXN", 1, "pesos|peso"),
    ("ZAR", 1, "rand"),
    ("TRY", 1, "lira"),
    ("UAH", 1, "hryvnias|hryvnia"),
    ("PLN", 1, "zlotys|zloty"),
    ("NGN", 1, "naira"),
    ("MYR", 1, "ringgit"),
    ("THB", 1, "baht"),
    ("AED", 1, "dirhams|dirham"),
    ("SAR", 1, "riyals|riyal"),
    ("USD", 0.01, "cents|cent"),  # the currency of the article's latest money figure, if any
    ("GBP", 0.01, "pence|p"),
]
CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    w: (code, factor) for code, factor, surfaces in CURRENCY_ROWS for w in surfaces.split("|")
}

# Units after a number: (unit, kind, factor, surfaces). Surfaces are exact and case-sensitive;
# one-letter surfaces count only when glued to the digits ("2.1C", "100m").
UNIT_ROWS: list[tuple[str | None, str, float, str]] = [
    ("percent", "percent", 1, "%|per cent|percent|per-cent|pct|pc"),
    ("percentage point", "quantity", 1,
     "percentage points|percentage point|percentage-point|pct points|ppts|ppt|pp"),
    ("percentage point", "quantity", 0.01, "basis points|basis point|basis-point|bps|bp"),
    ("km", "quantity", 1, "kilometres|kilometre|kilometers|kilometer|km"),
    ("square km", "quantity", 1,
     "square kilometres|square kilometers|square kilometre|square kilometer|sq km|km2|km²"),
    ("square mile", "quantity", 1, "square miles|square mile|sq miles"),
    ("square foot", "quantity", 1, "square feet|square foot|sq ft"),
    ("square metre", "quantity", 1, "square metres|square meters|square metre|square meter|sq m|m2|m²"),
    ("mile", "quantity", 1, "miles|mile"),
    ("m", "quantity", 1, "metres|metre|meters|meter|m"),
    ("cm", "quantity", 1, "centimetres|centimetre|centimeters|centimeter|cm"),
    ("mm", "quantity", 1, "millimetres|millimetre|millimeters|millimeter|mm"),
    ("inch", "quantity", 1, "inches|inch"),
    ("foot", "quantity", 1, "feet|foot|ft"),
    ("yard", "quantity", 1, "yards|yard"),
    ("hectare", "quantity", 1, "hectares|hectare|ha"),
    ("acre", "quantity", 1, "acres|acre"),
    ("kg", "quantity", 1, "kilograms|kilogram|kilos|kilo|kg"),
    ("gram", "quantity", 1, "grams|gram"),
    ("tonne", "quantity", 1, "metric tons|metric ton|tonnes|tonne"),
    ("ton", "quantity", 1, "tons|ton"),
    ("pound", "quantity", 1, "pounds|pound|lbs|lb"),
    ("ounce", "quantity", 1, "ounces|ounce|oz"),
    ("barrel", "quantity", 1, "barrels|barrel|bbl"),
    ("litre", "quantity", 1, "litres|litre|liters|liter"),
    ("gallon", "quantity", 1, "gallons|gallon"),
    ("cubic metre", "quantity", 1, "cubic metres|cubic metre|cubic meters|cubic meter"),
    ("degree Celsius", "quantity", 1,
     "degrees Celsius|degree Celsius|degrees centigrade|degrees C|°C|ºC|C|degrees|degree"),
    ("degree Fahrenheit", "quantity", 1, "degrees Fahrenheit|degree Fahrenheit|degrees F|°F|ºF|F"),
    ("kilowatt-hour", "quantity", 1, "kilowatt-hours|kilowatt hours|kilowatt-hour|kWh"),
    ("megawatt-hour", "quantity", 1, "megawatt-hours|megawatt hours|MWh"),
    ("gigawatt-hour", "quantity", 1, "gigawatt-hours|gigawatt hours|GWh"),
    ("terawatt-hour", "quantity", 1, "terawatt-hours|terawatt hours|TWh"),
    ("kilowatt", "quantity", 1, "kilowatts|kilowatt|kW"),
    ("megawatt", "quantity", 1, "megawatts|megawatt|MW"),
    ("gigawatt", "quantity", 1, "gigawatts|gigawatt|GW"),
    ("mile/hour", "quantity", 1, "miles per hour|miles an hour|mph"),
    ("km/hour", "quantity", 1, "kilometres per hour|kilometers per hour|km/h|kph"),
    ("point", "quantity", 1, "points|point"),
    ("year", "duration", 1, "years|year|yrs|yr"),
    ("month", "duration", 1, "months|month"),
    ("week", "duration", 1, "weeks|week"),
    ("day", "duration", 1, "days|day"),
    ("hour", "duration", 1, "hours|hour|hrs"),
    ("minute", "duration", 1, "minutes|minute|mins"),
    ("second", "duration", 1, "seconds|second|secs"),
    ("decade", "duration", 1, "decades|decade"),
    ("century", "duration", 1, "centuries|century"),
    (None, "ratio", 1, "fold|times"),
]

# surface -> (unit, kind, factor); currency words are money units.
UNITS: dict[str, tuple[str | None, str, float]] = {
    s: (unit, kind, factor) for unit, kind, factor, surfaces in UNIT_ROWS for s in surfaces.split("|")
}
UNITS.update({w: (code, "money", f) for w, (code, f) in CURRENCY_WORDS.items()})

# A quantity per time unit: "3 million barrels a day" -> barrel/day.
RATE_PERIODS: dict[str, str] = {"day": "day", "year": "year", "annum": "year", "month": "month",
                                "week": "week", "hour": "hour", "second": "second"}

# Words before a number that bound it. Tried longest-first at the same starting point.
QUALIFIERS: dict[str, str] = {}
for _q, _phrases in {
    "at_most": "up to|as many as|as much as|as high as|no more than|not more than|at most|"
               "a maximum of|at the most|a high of",
    "approx": "about|around|roughly|approximately|some|nearly|almost|close to|an estimated|"
              "estimated|circa|an approximate|approx.|c.|more or less|or about|just about|"
              "maybe|perhaps|something like|near",
    "more_than": "more than|over|well over|just over|above|well above|in excess of|upwards of|"
                 "greater than|higher than|larger than|beyond|north of",
    "at_least": "at least|no fewer than|no less than|not less than|a minimum of|at the least",
    "less_than": "less than|fewer than|under|just under|well under|below|just below|"
                 "well below|lower than|short of|shy of",
}.items():
    for _p in _phrases.split("|"):
        QUALIFIERS[_p] = _q

# Words after a number that bound it: "50 or more", "100-plus", "a dozen or so".
TRAILING_QUALIFIERS: dict[str, str] = {
    "or more": "at_least",
    "or higher": "at_least",
    "and up": "at_least",
    "plus": "at_least",
    "+": "at_least",
    "or so": "approx",
    "or less": "at_most",
    "or fewer": "at_most",
}


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, built as a trie.

    Each branch starts with one literal character and longer words are tried first, so the
    regex engine rejects a position after a character or two and the longest word wins.
    """
    return f"(?:{trie((w, '') for w in words)})"


def trie(items: Iterable[tuple[str, str]]) -> str:
    """A trie-shaped alternation of (literal, tail regex) pairs; tails follow their literal."""
    root: dict = {}
    for literal, tail in items:
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node[None] = tail
    return _emit(root, top=True)


def _emit(node: dict, top: bool = False) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in node.items() if ch is not None]
    if None in node:
        branches.append(node[None])  # ending here is the last resort: longest match first
    if top or len(branches) == 1:
        return "|".join(branches)
    return "(?:" + "|".join(branches) + ")"


# Words right before a number that change its reading (lower case; matched whole).
RANGE_OPENERS = frozenset({"between", "from"})
ARTICLES = frozenset({"a", "an", "one"})
DIRECTIONS = frozenset({"last", "next", "this"})
FISCAL = frozenset({"fiscal", "fiscal year", "fy", "financial year"})
AGE_WORDS = frozenset({"aged", "age", "ages"})
YEAR_PREFIXES = frozenset({"mid", "pre", "post", "early", "late"})
# A number after these is a label, not a quantity: "Article 5", "round 3", "No. 10".
LABELS = frozenset(
    "no no. nos nos. nr number page chapter section article rule version room route level"
    " phase round stage grade flight highway line platform gate act clause paragraph item"
    " step tier category class channel game episode season past".split()
) | AGE_WORDS
# A year, month or bare date usually follows one of these ("in 2024", "by June").
DATE_PREPOSITIONS = frozenset(
    "in since by until till from of before after during through between and to early late"
    " mid the a for on last next this around circa year end spring summer autumn fall winter"
    .split()
)
# "the first half", "the third quarter": ordinals and determiners, not fractions.
NOT_FRACTION_BEFORE = frozenset(
    "the first second third fourth last final latter former other back top bottom upper lower"
    " this that each every fiscal financial my his her their its our your".split()
)
# Capitalised words that may precede a bare number without making it a label ("In 2020").
SENTENCE_STARTERS = frozenset(QUALIFIERS) | frozenset(
    "in since by until from of the a an and or to for on at with but than as all only just"
    " some every about after before during over under nearly almost around".split()
)
TALLY_NOUNS = "votes|vote|win|victory|decision|ruling|majority|defeat|loss|draw|verdict|split"
# A number after one of these starts a change, not a range: "rose 5% to 7%".
CHANGE_VERBS = frozenset(
    "rose fell increased decreased climbed dropped jumped slipped gained lost grew cut raised"
    " lowered declined sank added edged slid surged plunged soared tumbled up down from".split()
)
# Before a weekday in the same clause, these make it the next one ("will meet on Friday").
FUTURE_CUES = frozenset("will would shall expected due scheduled planned plans set until next".split())
# "double"/"triple" are multipliers as verbs: after these, or before a function word.
MODALS = frozenset("will would could can may might should must to shall".split())
QUARTERS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
# Units that make "one" an idiom rather than a figure ("at one point", "one day", "one second").
ONE_IDIOMS = frozenset({"point", "day", "second", "minute", "time"})
