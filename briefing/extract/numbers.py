"""Number words, magnitudes, fractions and multipliers: the lexicon for numbers in prose.

Plain tables plus `words_value`, so figures (and anything else that needs to read
"twenty-five" or "1.8bn") share one definition of what a number word means.
"""

from __future__ import annotations

SMALL: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen"
        " fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS: dict[str, int] = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
# Words that multiply what precedes them ("two dozen", "five hundred", "3 crore").
SCALES: dict[str, float] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}
# Magnitude abbreviations glued to digits: "$61bn", "£450m", "$1.5tn", "$50k".
# `AMBIGUOUS` ones are units too (m = metre) or letters, so they need a currency or a counted noun.
ABBREVIATIONS: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "trln": 1e12,
}
ABBREVIATIONS.update({a.upper(): v for a, v in ABBREVIATIONS.items()} | {"Bn": 1e9, "Mn": 1e6, "Tn": 1e12})
AMBIGUOUS = frozenset({"k", "m", "b", "K", "M", "B", "T", "MN"})
# Denominators of fraction words, singular and plural.
FRACTIONS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    **{w: d for d, w in enumerate("fifth sixth seventh eighth ninth tenth".split(), 5)},
    **{w + "s": d for d, w in enumerate("fifth sixth seventh eighth ninth tenth".split(), 5)},
}
# Verbs and adjectives that state a multiplier without digits.
MULTIPLIERS: dict[str, float] = {
    "doubled": 2,
    "doubling": 2,
    "tripled": 3,
    "tripling": 3,
    "trebled": 3,
    "quadrupled": 4,
    "quadrupling": 4,
    "doubles": 2,
    "triples": 3,
    "quadruples": 4,
    **{w + "fold": v for w, v in {**SMALL, **TENS}.items() if v >= 2},
    "hundredfold": 100,
    "thousandfold": 1000,
}
# Multipliers that are also adjectives or nouns ("double standard", "twice a week"):
# they count only as a verb or with a qualifier ("could double", "more than twice").
CONTEXT_MULTIPLIERS: dict[str, float] = {
    "double": 2, "triple": 3, "treble": 3, "quadruple": 4, "twice": 2, "thrice": 3,
}
# Vague plurals ("dozens", "thousands"): their base; "dozens" alone means at least two dozen,
# "tens of thousands" at least ten thousand.
VAGUE: dict[str, float] = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
VAGUE_LEAST = 2
VAGUE_COMPOUND: dict[str, float] = {"tens": 10, "hundreds": 100, "dozens": 12}

INTEGER_WORDS = frozenset(SMALL) | frozenset(TENS) | frozenset(SCALES)


def words_value(words: list[str]) -> float | None:
    """The value of number words such as ["two", "hundred", "and", "five"], or None."""
    found = leading_number(words)
    return found[0] if found and found[1] == len(words) else None


def leading_number(words: list[str]) -> tuple[float, int] | None:
    """(value, count) of the longest run of `words` from the start that reads as one number.

    "and" joins only after "hundred" or a larger scale ("one hundred and twenty"); a run
    such as "two three" stops after "two" (a list, not a number).
    """
    total = current = 0.0
    count = 0
    previous = ""
    for raw in words:
        word = raw.lower()
        if word == "and":
            if previous not in SCALES:
                break
        elif word in SMALL or word in TENS:
            if previous in SMALL or (previous in TENS and SMALL.get(word, 10) >= 10):
                break  # "two three", "twenty ten": a list, not a number
            current += SMALL.get(word, 0) + TENS.get(word, 0)
        elif word in SCALES:
            if previous == "and":
                break
            scale = SCALES[word]
            if scale < 1000:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0.0
        else:
            break
        count += 1
        previous = word
    if previous == "and":
        count -= 1
    return (total + current, count) if count else None
