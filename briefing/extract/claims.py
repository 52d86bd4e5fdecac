"""Check-worthy claims: sentences that assert something a reader could check.

`score_sentence` feeds rule signals (figures, comparisons, trends, estimates, ...) and a small
logistic-regression model over word uni/bigrams and in-word character n-grams, evaluated in
pure Python; `find_claims` keeps the sentences of an article that score at least
`CLAIM_THRESHOLD` and attributes those inside quotes to the quote's speaker.

The model weights (`claim_model.json`, written by `scripts/train_claims.py`) were learned from
the dev split of the ClaimBuster dataset: F. Arslan, N. Hassan, C. Li, M. Tremayne, "A Benchmark
Dataset of Check-worthy Factual Claims", ICWSM 2020, DOI 10.5281/zenodo.3609356, CC BY 4.0.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, repeat
from pathlib import Path

from briefing.extract.model import Claim, Figure, Quote

MODEL_PATH = Path(__file__).with_name("claim_model.json")

# The trainer shifts the model's bias so that 0.5 is the cut that maximised F1 in 5-fold
# cross-validation on ClaimBuster dev; the reader shows claims from the same cut.
CLAIM_THRESHOLD = 0.5

# Questions, procedural lines and headings are never claims, whatever the model says.
GATED_MAX = 0.1

CHAR_N = (1, 2, 3, 4)

# bytes.translate is ~10x faster than str.translate; UTF-8 multi-byte sequences never hold digits.
_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|0(?:[0.,]*0)?|[$%€£]")
_CAPITALISED = re.compile(r" [A-Z]")  # capitalised words after the first


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBER_WORDS = _words(
    "$ % € £ two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions trillion trillions dozen dozens half quarter percent"
)
_COMPARATIVES = _words("more less fewer")
_NOT_COMPARATIVE = _words("other rather whether either neither ever never over under after")
_TREND = _words("rose risen rising rises fell fallen falling falls grew grown growing shrank shrunk")
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
_PARTICIPLES = _words("been made taken given built sent won lost spent paid cut raised set led held")
_ACTION = _words(
    "voted signed passed vetoed launched approved introduced created deployed invaded sued banned "
    "imposed killed arrested sentenced ruled appointed elected resigned fired closed opened spent "
    "raised invested provided supplied joined"
)
_HEDGE = _words("could could've might might've reportedly allegedly likely possibly probably perhaps")
_BE = _words("is are was were be been")
_BELIEVED = _words("considered believed thought expected said")

# Two-word cues, read from consecutive words.
_PAIRS: dict[tuple[str, str], str] = {
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
_PAIRS.update(dict.fromkeys(((b, c) for b in _BE for c in _BELIEVED), "hedged"))
_PAIRS[("since", "0000")] = "record"

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
# Every _PROCEDURAL phrase holds one of these; the regex is slow, the substring test is not.
_PROCEDURAL_CUES = ("comment", "respond", "return", "reply", "reached", "available", "report",
                    "updated", "ing by", "sign up", "subscri", "click here", "read more")
_END = frozenset(".!?…:;\"'”’)]")
_MAY = re.compile(r"\bmay\b")
_ZEROS = repeat(0)

SIGNAL_ORDER = ("figure", "comparison", "trend", "estimate", "attribution", "superlative",
                "cause", "record", "action")


@dataclass(slots=True)
class ClaimScore:
    """How check-worthy one sentence is, and why."""

    score: float
    signals: list[str] = field(default_factory=list)
    hedged: bool = False


def normalise(sentence: str) -> str:
    """Lower-case with every digit as 0, the form the features are read from."""
    return sentence.lower().encode().translate(_DIGITS).decode()


def words_of(low: str) -> list[str]:
    return _WORD.findall(low)


def bigrams(words: list[str]) -> list[str]:
    """Word bigrams, with sentence-boundary marks."""
    return [f"{a} {b}" for a, b in zip(["<s>", *words], [*words, "</s>"])]


def features(sentence: str) -> tuple[list[str], list[str], list[str]]:
    """The model's inputs, sorted: distinct word uni/bigrams, the char n-grams of the
    distinct words, and the signal and shape features. `score_sentence` computes the same
    sum faster through its per-word cache."""
    words = words_of(normalise(sentence))
    distinct = sorted(set(words))
    grams = sorted({*distinct, *bigrams(words)})
    chars = sorted(c for w in distinct for c in char_grams(w))
    return grams, chars, signals_of(sentence, words) + shape_of(sentence, words)


def char_grams(word: str) -> list[str]:
    """Character n-grams inside one space-padded word."""
    padded = f" {word} "
    size = len(padded)
    return [padded[i : i + n] for n in CHAR_N for i in range(size - n + 1)]


def shape_of(sentence: str, words: list[str]) -> list[str]:
    """Coarse shape features: capitalised names inside the sentence and length (binned)."""
    caps = len(_CAPITALISED.findall(sentence))
    return [f"cap{min(caps, 3)}", f"len{min(len(words) // 5, 8)}"]


def _signals_of_word(word: str) -> tuple[str, ...]:
    signals = _LEXICON.get(word, ())
    if word[0] == "0":
        signals += ("figure",)
    if word.startswith(_TREND_STEMS):
        signals += ("trend",)
    if _is_superlative(word):
        signals += ("superlative",)
    return signals


_word_signals: dict[str, tuple[str, ...]] = {}


def signals_of(sentence: str, words: list[str]) -> list[str]:
    """Rule signals found in a sentence (`words` from `words_of(normalise(sentence))`),
    in `SIGNAL_ORDER`, plus "hedged" last when a hedge is present."""
    vocab = set(words)
    for word in [w for w in vocab if w not in _word_signals]:
        if len(_word_signals) > 200_000:
            _word_signals.clear()
        _word_signals[word] = _signals_of_word(word)
    found = set(chain.from_iterable(map(_word_signals.__getitem__, vocab)))
    if "may" in vocab and _MAY.search(sentence):
        found.add("hedged")
    found.update(_PAIRS[p] for p in _PAIRS.keys() & set(zip(words, words[1:])))
    padded = ["", "", *words, "", ""]  # words[i] is padded[i + 2]
    if "figure" in found and not vocab.isdisjoint(_BEFORE_NUMBER):
        for i, w in enumerate(padded):
            if w[:1] in _NUMBER_STARTS and (
                padded[i - 1] in _APPROX or (padded[i - 2], padded[i - 1]) in _NUMBER_AFTER
            ):
                found.add("estimate")
    if "than" in vocab:
        for i, w in enumerate(padded):
            if w == "than" and any(_is_comparative(c) for c in padded[max(i - 6, 0) : i]):
                found.add("comparison")
    if not vocab.isdisjoint(_HAVE):
        for i, w in enumerate(padded):
            if w in _HAVE:
                verb = padded[i + 2] if padded[i + 1] in _ADVERBS else padded[i + 1]
                if verb.endswith("ed") or verb in _PARTICIPLES:
                    found.add("action")
    ordered = [s for s in SIGNAL_ORDER if s in found]
    return [*ordered, "hedged"] if "hedged" in found else ordered


def _is_superlative(word: str) -> bool:
    return word.endswith("est") and len(word) > 5 and word not in _NOT_SUPERLATIVE


def _is_comparative(word: str) -> bool:
    return word in _COMPARATIVES or (word.endswith("er") and word not in _NOT_COMPARATIVE)


def is_gated(sentence: str) -> bool:
    """Questions, procedural lines and headings: never claims."""
    stripped = sentence.strip()
    if not stripped or stripped.endswith("?"):
        return True
    low = stripped.lower()
    if any(map(low.__contains__, _PROCEDURAL_CUES)) and _PROCEDURAL.search(low):
        return True
    return stripped[-1] not in _END and len(stripped.split()) <= 15


@dataclass(slots=True)
class _Model:
    """Weights stored as integers (weight = int * scale): they parse faster than floats."""

    bias: float
    scale: float
    words: dict[str, int]
    chars: dict[str, int]
    extras: dict[str, int]  # signals and shape features
    # word -> (unigram weight, sum of its char n-gram weights, number of its char n-grams)
    cache: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    def word_parts(self, word: str) -> tuple[int, int, int]:
        grams = char_grams(word)
        get = self.chars.get
        parts = (self.words.get(word, 0), sum(get(g, 0) for g in grams), len(grams))
        if len(self.cache) > 200_000:
            self.cache.clear()
        self.cache[word] = parts
        return parts


def _table(keys_weights: list) -> dict[str, int]:
    keys, weights = keys_weights
    return dict(zip(keys.split("\n"), weights))


@cache
def load_model() -> _Model:
    """The claim model, read once per process."""
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    tables = (_table(raw[name]) for name in ("words", "chars", "extras"))
    return _Model(raw["bias"], raw["scale"], *tables)


def score_sentence(sentence: str) -> ClaimScore:
    """Score one sentence 0–1 for check-worthiness, with the signals that fired."""
    model = load_model()
    words = words_of(normalise(sentence))
    signals = signals_of(sentence, words)
    extras = model.extras.get
    total = sum(map(extras, [*signals, *shape_of(sentence, words)], _ZEROS))
    if words:
        # Binary features: each distinct word and bigram counts once (+0.3 F1 points in CV).
        distinct = set(words)
        pairs = set(bigrams(words))
        cached = model.cache.get
        parts = [cached(w) or model.word_parts(w) for w in distinct]
        unigrams, chars, count = map(sum, zip(*parts))
        grams = unigrams + sum(map(model.words.get, pairs, _ZEROS))
        total += grams / math.sqrt(len(distinct) + len(pairs)) + chars / math.sqrt(count)
    z = model.bias + total * model.scale
    score = 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0
    if is_gated(sentence):
        score = min(score, GATED_MAX)
    hedged = bool(signals) and signals[-1] == "hedged"
    return ClaimScore(round(score, 4), signals[:-1] if hedged else signals, hedged)


def _speaker_for(start: int, end: int, quotes: Sequence[Quote]) -> str | None:
    """The speaker of the quote covering most of [start, end), if it covers at least half."""
    best, best_overlap = None, (end - start) / 2
    for quote in quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap >= best_overlap and quote.speaker:
            best, best_overlap = quote.speaker, overlap
    return best


def find_claims(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quotes: Sequence[Quote] = (),
    figures: Sequence[Figure] = (),
    threshold: float = CLAIM_THRESHOLD,
) -> list[Claim]:
    """Claims among an article's sentences, in reading order, ids c1, c2, ..."""
    claims: list[Claim] = []
    for s, e in sorted(sentences):
        raw = text[s:e]
        start = s + len(raw) - len(raw.lstrip())
        end = e - (len(raw) - len(raw.rstrip()))
        if start >= end:
            continue
        sentence = text[start:end]
        result = score_sentence(sentence)
        if result.score < threshold:
            continue
        signals = result.signals
        if "figure" not in signals and any(
            f.kind != "date" and start <= f.start and f.end <= end for f in figures
        ):
            signals = ["figure", *signals]
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                text=sentence,
                start=start,
                end=end,
                score=result.score,
                signals=signals,
                hedged=result.hedged,
                speaker=_speaker_for(start, end, quotes),
            )
        )
    return claims
