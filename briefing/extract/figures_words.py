"""Figures that start with a word: number words ("Twenty countries"), fractions ("two-thirds",
"a quarter of a percentage point"), multipliers ("doubled", "more than twice"), vague plurals
("tens of thousands") and "a"/"another" as one ("more than a month")."""

from __future__ import annotations

import re

from briefing.extract.figures_base import (
    ARTICLE_BEFORE,
    MAG_AT,
    MODAL_BEFORE,
    ORDINAL_BEFORE,
    SP,
    Phrases,
    UNIT_AT,
    WORD_AFTER,
    Context,
    Draft,
    Found,
    before,
    lead_before,
)
from briefing.extract.figures_lexicon import ONE_IDIOMS, UNITS, alternation
from briefing.extract.figures_nouns import STOPWORDS, counted_noun
from briefing.extract.figures_quantities import CHAIN_AT, quantity
from briefing.extract.numbers import (
    CONTEXT_MULTIPLIERS,
    FRACTIONS,
    MULTIPLIERS,
    SCALES,
    VAGUE,
    VAGUE_COMPOUND,
    VAGUE_LEAST,
    words_value,
)

_FRACTION_AFTER = re.compile(rf"[ -](?P<f>{alternation({w for f in FRACTIONS for w in (f, f.capitalize())})})\b")
_OF_A = re.compile(rf"{SP}(?:of{SP})?an?(?={SP})")
_BY_BEFORE = Phrases({"by"})
_FEW_BEFORE = Phrases({"several", "a few", "a couple of", "some few"})
_OF = re.compile(rf"{SP}of(?={SP})")
_VAGUE_COMPOUND = re.compile(
    rf"(?i:(?P<a>{alternation(VAGUE_COMPOUND)}){SP}of{SP}(?P<b>thousands|millions|billions))\b"
)
_SHIFT_AHEAD = re.compile(rf"[A-Za-z]{{1,12}}{SP}(?:ago|earlier|later)\b")


def on_word(ctx: Context, m: re.Match[str]) -> Found:
    text = ctx.text
    word = m.group().lower()
    s = m.start()
    if word in MULTIPLIERS or word in CONTEXT_MULTIPLIERS:
        qual = lead_before(text, s)
        if word in CONTEXT_MULTIPLIERS and not qual and not _is_multiplier(text, s, m.end(), word):
            return None
        return Draft(qual[1] if qual else s, m.end(), "ratio",
                      MULTIPLIERS.get(word) or CONTEXT_MULTIPLIERS[word],
                      qualifier=qual[0] if qual else "exact")
    if word in VAGUE or word == "tens":
        return _vague(ctx, m)
    if word in FRACTIONS:
        if s and text[s - 1] == "-":
            return None  # "an hour-and-a-half", "second-quarter": part of a compound
        article = before(text, s, ARTICLE_BEFORE)
        if word not in ("half", "halves") and not article:
            return None  # "the third quarter": an ordinal
        return _fraction(ctx, article[1] if article else s, 1, m.end(), word)
    if s and text[s - 1] == "-":
        return None  # "7-Eleven", "one-on-one": part of a name or compound
    chain = CHAIN_AT.match(text, s)
    if chain and (frac := _FRACTION_AFTER.match(text, chain.end())):
        n = words_value(re.split(r"[ \u00a0-]", chain.group()))
        if n:
            return _fraction(ctx, s, n, frac.end(), frac.group("f").lower())
    found = quantity(ctx, s)
    if isinstance(found, Draft) and word in SCALES and found.start == s:
        if article := before(text, s, ARTICLE_BEFORE):  # "a dozen ships", "a million people"
            found.start = article[1]
        elif few := before(text, s, _FEW_BEFORE):  # "several hundred", "a few thousand"
            found.start, found.qualifier = few[1], "at_least"
            if found.value is not None:
                found.value *= VAGUE_LEAST
    if isinstance(found, Draft) and found.value == 1 and (found.kind == "count" or found.unit in ONE_IDIOMS):
        return m.end()  # "one person", "at one point", "one day": a phrase, not a figure
    return found


def _is_multiplier(text: str, start: int, end: int, word: str) -> bool:
    """"would double", "triple its sales", "twice as long"; not "a double blow", "twice a week",
    "scored twice as the team won"."""
    follow = WORD_AFTER.match(text, end)
    nxt = (follow.group(1) or "").lower() if follow else ""
    if word in ("twice", "thrice"):
        if nxt != "as":
            return nxt == "the"  # "twice the size"
        then = WORD_AFTER.match(text, follow.end())  # type: ignore[union-attr]
        return then is not None and bool(then.group(1)) and then.group(1).lower() not in STOPWORDS
    if before(text, start, MODAL_BEFORE):
        return True
    return follow is not None and (not nxt or (nxt in STOPWORDS and nxt not in ("a", "an")))


def _fraction(ctx: Context, start: int, numerator: float, end: int, word: str) -> Found:
    """"a fifth", "two-thirds", "half of", "a quarter of a percentage point", "half a dozen"."""
    text = ctx.text
    value = numerator / FRACTIONS[word]
    qual = lead_before(text, start)
    fig_start, qualifier = (qual[1], qual[0]) if qual else (start, "exact")
    of_a = _OF_A.match(text, end)
    if of_a:  # a fraction of a scale or a unit
        scale = MAG_AT.match(text, of_a.end())
        if scale and scale.group("word") and scale.group("sep"):
            value *= SCALES[scale.group("word")]
            noun = counted_noun(text, scale.end(), 2)
            return Draft(fig_start, noun[1] if noun else scale.end(), "count", value,
                          unit=noun[0] if noun else None, qualifier=qualifier)
        unit = UNIT_AT.match(text, of_a.end())
        if unit and unit.group("sep") == " " and UNITS[unit.group("u")][1] != "ratio":
            u, kind, factor = UNITS[unit.group("u")]
            return Draft(fig_start, unit.end(), kind, value * factor, unit=u, qualifier=qualifier)
    if numerator == 1 and not qual:
        follow = WORD_AFTER.match(text, end)
        nxt = (follow.group(1) or "").lower() if follow else ""
        if before(text, start, ORDINAL_BEFORE) or not follow or (nxt and nxt not in STOPWORDS):
            return None  # "the first half", "a third term"
        if FRACTIONS[word] >= 5 and nxt != "of" and not before(text, start, _BY_BEFORE):
            return None  # "a ninth in 2018" is an ordinal; "a fifth of", "by a fifth" are not
    return Draft(fig_start, end, "ratio", value, qualifier=qualifier)


def _vague(ctx: Context, m: re.Match[str]) -> Found:
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
    draft = Draft(m.start(), end, "count", value, qualifier="at_least")
    of = _OF.match(text, end)
    if of:
        unit = UNIT_AT.match(text, of.end())
        if unit and UNITS[unit.group("u")][1] == "money":
            draft.kind, draft.unit, draft.end = "money", UNITS[unit.group("u")][0], unit.end()
        elif noun := counted_noun(text, of.end(), 2):
            draft.unit, draft.end = noun
    return draft


def on_article(ctx: Context, m: re.Match[str]) -> Found:
    """"more than a month", "less than a mile", "a week earlier": "a" as one."""
    another = m.group()[:3].lower() == "ano"
    if not another and not _SHIFT_AHEAD.match(ctx.text, m.end()) and not lead_before(ctx.text, m.start()):
        return None  # "twice a day", "a year": not a figure
    found = quantity(ctx, m.start())
    if not isinstance(found, Draft):
        return None
    if another:  # "another centimeter"
        return found if found.kind in ("quantity", "percent", "money") else None
    return found if found.qualifier != "exact" or found.kind == "date" else None
