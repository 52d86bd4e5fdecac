"""Rule signals of check-worthy claims, read from a sentence's normalised words.

`signals_of` names what makes a sentence checkable (a figure, a comparison, a trend, an
estimate, an attribution, a superlative, a cause, a record, an action) and whether it is
hedged; `is_gated` spots what is never a claim (questions, procedural lines, headings).
Words come from `claims.words_of(claims.normalise(sentence))`: lower case, digits as 0; word
pairs are "first second" strings, the form of the claim model's bigrams, so one set serves both.
A sentence's signals are gathered as bits of one int (a word's bits are cached), then named.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import or_


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBER_WORDS = _words(
    "$ % € £ two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions trillion trillions dozen dozens half quarter percent"
)
_COMPARATIVES = _words("more less fewer")
_NOT_COMPARATIVE = _words("other rather whether either neither ever never over under after")
_TREND = _words(
    "rose risen rising rises fell fallen falling falls grew grown growing shrank shrunk"
)
_TREND_STEMS = (
    "increas", "decreas", "declin", "doubl", "tripl", "halv", "surg", "soar", "plung", "plummet",
    "climb", "jump", "slump", "shrink", "drop", "spik",
)
_ESTIMATE = _words("projected forecast forecasts approximately roughly")
_ESTIMATED = _words("estimate estimated estimates estimating")
_APPROX = _words("about around nearly almost some over")
_ATTRIBUTION = _words("said says told reported stated announced testified wrote confirmed "
                      "showed shows found")
_SUPERLATIVE = _words(
    "most least best worst first only largest biggest highest lowest smallest greatest fastest "
    "oldest youngest longest strongest richest poorest deadliest latest"
)
_NOT_SUPERLATIVE = _words(
    "interest honest protest suggest request forest modest harvest contest digest arrest invest "
    "manifest earnest conquest attest detest infest midwest southwest northwest inquest tempest "
    "everest budapest bucharest interests dishonest ingest congest incest reinvest"
)
_CAUSE = _words("because cause caused causes causing blamed")
_RECORD = _words("record unprecedented ever")
_HAVE = _words("has have had")
_ADVERBS = _words("not already just now also")
_PARTICIPLES = _words(
    "been made taken given built sent won lost spent paid cut raised set led held"
)
_ACTION = _words(
    "voted signed passed vetoed launched approved introduced created deployed invaded sued banned "
    "imposed killed arrested sentenced ruled appointed elected resigned fired closed opened spent "
    "raised invested provided supplied joined"
)
_HEDGE = _words(
    "could could've might might've reportedly allegedly likely possibly probably perhaps"
)
_BE = _words("is are was were be been")
_BELIEVED = _words("considered believed thought expected said")

# Two-word cues, read from consecutive words.
_PAIR_CUES: dict[tuple[str, str], str] = {
    **dict.fromkeys([("compared", "with"), ("compared", "to"), ("as", "much"),
                     ("times", "as"), ("times", "more"), ("times", "less")], "comparison"),
    **dict.fromkeys([("went", "up"), ("gone", "up"), ("going", "up"), ("went", "down"),
                     ("gone", "down"), ("going", "down")], "trend"),
    ("according", "to"): "attribution",
    **dict.fromkeys([("due", "to"), ("led", "to"), ("leads", "to"), ("lead", "to"),
                     ("resulted", "in"), ("results", "in"), ("result", "in"), ("a", "result"),
                     ("thanks", "to"), ("responsible", "for"), ("contributed", "to"),
                     ("contributes", "to")], "cause"),
    **dict.fromkeys([("all", "time"), ("never", "before"), ("in", "history")], "record"),
    **dict.fromkeys([("up", "to"), ("appears", "to"), ("appear", "to"), ("seems", "to"),
                     ("seem", "to"), ("as", "many"), ("may", "have")], "hedged"),
}
_PAIR_CUES.update(dict.fromkeys(((b, c) for b in _BE for c in _BELIEVED), "hedged"))
_PAIR_CUES[("since", "0000")] = "record"
_PAIRS = {" ".join(pair): signal for pair, signal in _PAIR_CUES.items()}
_PAIR_KEYS = frozenset(_PAIRS)  # set & frozenset walks the smaller side; set & dict, the dict

_LEXICON: dict[str, tuple[str, ...]] = {}
for _signal, _vocab in (
    ("figure", _NUMBER_WORDS), ("trend", _TREND), ("estimate", _ESTIMATE | _ESTIMATED),
    ("hedged", _ESTIMATED | _HEDGE), ("attribution", _ATTRIBUTION), ("superlative", _SUPERLATIVE),
    ("cause", _CAUSE), ("record", _RECORD), ("action", _ACTION),
):
    for _word in _vocab:
        _LEXICON[_word] = (*_LEXICON.get(_word, ()), _signal)
_NUMBER_AFTER = {("up", "to"), ("more", "than"), ("at", "least")}
_NUMBER_STARTS = ("0", "$", "€", "£")
_BEFORE_NUMBER = _APPROX | {b for _, b in _NUMBER_AFTER}

_PROCEDURAL = re.compile(
    r"\b(?:declined to comment|(?:did not|didn't) (?:immediately )?(?:respond|return|reply)|"
    r"could not be reached|no immediate comment|not immediately available|"
    r"contributed (?:to )?(?:this )?report|(?:story|article) (?:has been|was) updated|"
    r"(?:editing|reporting|writing) by|sign up|subscribe|click here|read more)\b"
)
# Every _PROCEDURAL phrase holds one of these; the regex is slow, this literal search is not.
_PROCEDURAL_CUES = re.compile(
    "comment|respond|return|reply|reached|available|report|updated|ing by|sign up|subscri|"
    "click here|read more"
)
_END = frozenset(".!?…:;\"'”’)]")
_MAY = re.compile(r"\bmay\b")

SIGNAL_ORDER = ("figure", "comparison", "trend", "estimate", "attribution", "superlative",
                "cause", "record", "action")

# One bit per signal, "hedged" last, and a bit for a word that starts like a number ("0,000",
# "$"): an estimate needs one. _NAMES[bits] lists the signals of `bits` in that order.
_BIT = {name: 1 << i for i, name in enumerate((*SIGNAL_ORDER, "hedged"))}
_NUMERIC = 1 << len(_BIT)
_NAMES = tuple(tuple(n for n, b in _BIT.items() if bits & b) for bits in range(_NUMERIC))
_PAIR_BITS = {pair: _BIT[signal] for pair, signal in _PAIRS.items()}


def _bits_of_word(word: str) -> int:
    bits = reduce(or_, map(_BIT.__getitem__, _LEXICON.get(word, ())), 0)
    if word[0] == "0":
        bits |= _BIT["figure"] | _NUMERIC
    elif word in _NUMBER_STARTS:
        bits |= _NUMERIC
    if word.startswith(_TREND_STEMS):
        bits |= _BIT["trend"]
    if _is_superlative(word):
        bits |= _BIT["superlative"]
    return bits


_word_bits: dict[str, int] = {}
_signalling: set[str] = set()  # the words of _word_bits with a bit set
_CACHE_SIZE = 200_000


def signals_of(sentence: str, words: list[str]) -> list[str]:
    """Rule signals found in a sentence (`words` from `words_of(normalise(sentence))`),
    in `SIGNAL_ORDER`, plus "hedged" last when a hedge is present."""
    return signals_in(sentence, words, set(words), {" ".join(p) for p in zip(words, words[1:])})


def signals_in(sentence: str, words: list[str], vocab: set[str], pairs: set[str]) -> list[str]:
    """`signals_of` given the sentence's distinct words and its word pairs ("a b"; more pairs,
    such as the model's sentence-boundary ones, are ignored): the scorer has both at hand."""
    missing = vocab.difference(_word_bits)
    if missing:
        if len(_word_bits) + len(missing) > _CACHE_SIZE:
            _word_bits.clear()
            _signalling.clear()
            missing = vocab
        for word in missing:
            if bits := _bits_of_word(word):
                _signalling.add(word)
            _word_bits[word] = bits
    found = reduce(or_, map(_word_bits.__getitem__, vocab & _signalling), 0)
    found = reduce(or_, map(_PAIR_BITS.__getitem__, pairs & _PAIR_KEYS), found)
    if "may" in vocab and _MAY.search(sentence):
        found |= _BIT["hedged"]
    if found & _NUMERIC and not vocab.isdisjoint(_BEFORE_NUMBER):
        padded = _padded(words)
        for i, w in enumerate(padded):
            if w[:1] in _NUMBER_STARTS and (
                padded[i - 1] in _APPROX or (padded[i - 2], padded[i - 1]) in _NUMBER_AFTER
            ):
                found |= _BIT["estimate"]
    if "than" in vocab:
        padded = _padded(words)
        for i, w in enumerate(padded):
            if w == "than" and any(_is_comparative(c) for c in padded[max(i - 6, 0) : i]):
                found |= _BIT["comparison"]
    if not vocab.isdisjoint(_HAVE):
        padded = _padded(words)
        for i, w in enumerate(padded):
            if w in _HAVE:
                verb = padded[i + 2] if padded[i + 1] in _ADVERBS else padded[i + 1]
                if verb.endswith("ed") or verb in _PARTICIPLES:
                    found |= _BIT["action"]
    return list(_NAMES[found & ~_NUMERIC])


def _padded(words: list[str]) -> list[str]:
    """Two empty words either side, so that `padded[i - 2]`, `padded[i + 2]` always exist."""
    return ["", "", *words, "", ""]


def _is_superlative(word: str) -> bool:
    return word.endswith("est") and len(word) > 5 and word not in _NOT_SUPERLATIVE


def _is_comparative(word: str) -> bool:
    return word in _COMPARATIVES or (word.endswith("er") and word not in _NOT_COMPARATIVE)


def is_gated(sentence: str, low: str | None = None) -> bool:
    """Questions, procedural lines and headings: never claims. `low` is the sentence in lower
    case if the caller has it (digits may be zeroed: the procedural phrases have none)."""
    return is_question_or_heading(sentence) or is_procedural(
        sentence.strip().lower() if low is None else low
    )


def is_question_or_heading(sentence: str) -> bool:
    """The cheap half of `is_gated`: a question, or a short line without end punctuation."""
    stripped = sentence.strip()
    if not stripped or stripped[-1] == "?":
        return True
    return stripped[-1] not in _END and len(stripped.split()) <= 15


def is_procedural(low: str) -> bool:
    """The costly half of `is_gated`: "declined to comment", "Editing by", "Sign up", ..."""
    return _PROCEDURAL_CUES.search(low) is not None and _PROCEDURAL.search(low) is not None
