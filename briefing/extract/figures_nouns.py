"""The counted noun after a number: "Twenty countries" -> country, "1,000 people" -> person."""

from __future__ import annotations

import re

# Plurals that the suffix rules get wrong, and nouns counted without a plural form.
IRREGULAR: dict[str, str] = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "knives": "knife", "wolves": "wolf", "leaves": "leaf", "halves": "half",
    "thieves": "thief", "shelves": "shelf", "crises": "crisis", "analyses": "analysis",
    "theses": "thesis", "diagnoses": "diagnosis", "criteria": "criterion", "phenomena": "phenomenon",
    "media": "media", "data": "data", "buses": "bus", "viruses": "virus", "statuses": "status",
    "businesses": "business", "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato",
    "vetoes": "veto", "indices": "index",
}
_IRREGULAR_ENDINGS = (("children", "child"), ("women", "woman"), ("smen", "sman"), ("emen", "eman"),
                      ("rmen", "rman"), ("nmen", "nman"), ("people", "person"))
_COMPOUND_PLURALS = tuple(plural for plural, _ in _IRREGULAR_ENDINGS)
INVARIANT = frozenset(
    "staff police personnel troops cattle sheep fish deer aircraft spacecraft series species"
    " offspring livestock crew militia infantry"
    .split()
)
# Words after a number that are never the counted noun (function words, verbs that end in -s).
STOPWORDS = frozenset(
    """a an the and or but nor of to in on at by for from with without into onto upon over under
    than as per via about after before since until while during between among against across
    is was were are be been being has have had do does did will would could should may might
    must can shall this that these those its his her hers their theirs our ours your yours us
    it they them he she we you who whom which what where when why how whose
    times percent cent more most less least fewer other others each every all both some any
    plus minus thus always perhaps sometimes besides towards afterwards whereas unless yes
    so too also just only even still yet then there here again alone apiece respectively
    out up off away back down
    says said remains means makes gets goes comes takes gives shows seems looks""".split()
)
_WORD = re.compile(r"[ \u00a0]{1,3}([A-Za-z](?:[a-z]{0,30}|[A-Z]{1,5}s)(?:-[a-z]{1,20})?)(?![\w-]|['’]\w)")


def singular(word: str) -> str:
    """The singular of a lower-case English plural noun (plain suffix rules plus exceptions)."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    for plural, single in _IRREGULAR_ENDINGS:
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + single  # grandchildren, policemen, businesswomen
    if word in INVARIANT:
        return word[:-1] if word == "troops" else word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural (or invariant) noun."""
    if word in IRREGULAR or word in INVARIANT or word.endswith(_COMPOUND_PLURALS):
        return True
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def counted_noun(text: str, pos: int, value: float) -> tuple[str, int] | None:
    """The counted noun right after `pos` as (singular, end), or None.

    Takes the next lower-case word, or skips up to two adjectives before it ("20 more
    people", "48 Russian drones", "two other water companies"). For a plural count the noun
    must look plural; a function word ends the search.
    """
    end = pos
    for _ in range(3):
        m = _WORD.match(text, end)
        if not m:
            return None
        word = m.group(1)
        if _is_noun(word, value):
            return (word if value == 1 else singular(word)), m.end()
        if word[0].isupper() and value != 1 and is_plural(word.lower()):
            return _proper_singular(word), m.end()  # "two Canadians", "four Liberal MPs"
        if word.lower() in STOPWORDS and word.lower() not in _ADJECTIVES:
            return None
        end = m.end()
    return None


# Words that may stand between the number and the noun ("20 more people").
_ADJECTIVES = frozenset({"more", "other", "fewer", "additional"})


def _proper_singular(word: str) -> str:
    if word[:-1].isupper():  # "MPs" -> "MP"
        return word[:-1]
    return singular(word.lower())


def _is_noun(word: str, value: float) -> bool:
    if not word[0].islower() or word in STOPWORDS or word.endswith(("ed", "ing", "ly")):
        return False
    return value == 1 or is_plural(word)
