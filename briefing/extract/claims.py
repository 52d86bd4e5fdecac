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
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from briefing.extract.claim_signals import (
    SIGNAL_ORDER,
    is_gated,
    is_procedural,
    is_question_or_heading,
    signals_in,
    signals_of,
)
from briefing.extract.model import Claim, Figure, Quote


class _Spanned(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=_Spanned)

__all__ = ["CLAIM_THRESHOLD", "SIGNAL_ORDER", "ClaimScore", "find_claims", "score_sentence"]

MODEL_PATH = Path(__file__).with_name("claim_model.json")

# The trainer shifts the model's bias so that 0.5 is the cut that maximised F1 in 5-fold
# cross-validation on ClaimBuster dev (precision and recall about equal there). On the
# hand-labelled sample articles the same cut keeps 119 of 122 claims and 2 of 27 non-claims,
# so the reader shows claims from it too.
CLAIM_THRESHOLD = 0.5

# Questions, procedural lines and headings are never claims, whatever the model says.
GATED_MAX = 0.1

CHAR_N = (1, 2, 3, 4)
_LONGEST = 40
_CACHE_SIZE = 200_000  # words whose model parts are kept (a bound on memory, not a tuning knob)

# bytes.translate is ~10x faster than str.translate; UTF-8 multi-byte sequences never hold digits.
_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|0(?:[0.,]*0)?|[$%€£]")
_CAPITALISED = re.compile(r" [A-Z]")  # capitalised words after the first
_CAPS = tuple(f"cap{n}" for n in range(4))  # shape feature names, built once
_LENGTHS = tuple(f"len{n}" for n in range(9))
_ZEROS = repeat(0)


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


def bigrams(words: list[str]) -> Iterator[str]:
    """Word bigrams, with sentence-boundary marks."""
    return map(" ".join, zip(["<s>", *words], [*words, "</s>"]))


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
    """Character n-grams inside one space-padded word (its first 40 letters: longer tokens
    are junk such as run-together URLs, and would cost memory)."""
    padded = f" {word[:_LONGEST]} "
    return list(map(padded.__getitem__, _slices(len(padded))))


@cache
def _slices(size: int) -> tuple[slice, ...]:
    return tuple(slice(i, i + n) for n in CHAR_N for i in range(size - n + 1))


def shape_of(sentence: str, words: list[str]) -> list[str]:
    """Coarse shape features: capitalised names inside the sentence and length (binned)."""
    caps = len(_CAPITALISED.findall(sentence))
    return [_CAPS[min(caps, 3)], _LENGTHS[min(len(words) // 5, 8)]]


# A word's three parts packed in one int, (unigram * B + chars) * B + count, so that a single
# sum in C adds all three over a sentence's words; each total stays far inside ±B/2.
_B = 1 << 64


def _pack(parts: tuple[int, int, int]) -> int:
    unigram, chars, count = parts
    return (unigram * _B + chars) * _B + count


def _unpack(packed: int) -> tuple[int, int, int]:
    upper, count = divmod(packed, _B)
    chars = (upper + _B // 2) % _B - _B // 2
    return (upper - chars) // _B, chars, count


@dataclass(slots=True)
class _Model:
    """Weights stored as integers (weight = int * scale): they parse faster than floats."""

    bias: float
    scale: float
    words: dict[str, int]
    chars: dict[str, int]
    extras: dict[str, int]  # signals and shape features
    # word -> word_parts, for the vocabulary's words: computed by the trainer, shipped with it
    shipped: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    packed: dict[str, int] = field(default_factory=dict)  # word -> _pack(word_parts(word))

    def word_parts(self, word: str) -> tuple[int, int, int]:
        """(unigram weight, sum of its char n-gram weights, number of its char n-grams)."""
        grams = char_grams(word)
        return self.words.get(word, 0), sum(map(self.chars.get, grams, _ZEROS)), len(grams)

    def word_sums(self, vocab: set[str]) -> tuple[int, int, int]:
        """`word_parts` summed over distinct words, through the per-word cache."""
        packed = self.packed
        missing = vocab.difference(packed)
        if missing:
            if len(packed) + len(missing) > _CACHE_SIZE:
                packed.clear()
                missing = vocab
            for word in missing:
                packed[word] = _pack(self.shipped.get(word) or self.word_parts(word))
        return _unpack(sum(map(packed.__getitem__, vocab)))


def _table(keys_weights: list) -> dict[str, int]:
    keys, weights = keys_weights
    return dict(zip(keys.split("\n"), weights))


@cache
def load_model() -> _Model:
    """The claim model, read once per process."""
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    tables = (_table(raw[name]) for name in ("words", "chars", "extras"))
    model = _Model(raw["bias"], raw["scale"], *tables)
    if "cached" in raw:  # word_parts of the vocabulary's words, precomputed by the trainer
        keys, sums, counts = raw["cached"]
        words = keys.split("\n")
        model.shipped.update(zip(words, zip(map(model.words.__getitem__, words), sums, counts)))
    return model


def score_sentence(sentence: str) -> ClaimScore:
    """Score one sentence 0–1 for check-worthiness, with the signals that fired."""
    low = normalise(sentence)
    return _score(sentence, low, is_gated(sentence, low))


def _score(sentence: str, low: str, gated: bool) -> ClaimScore:
    """`score_sentence` given the sentence normalised and whether it is gated."""
    model = load_model()
    words = words_of(low)
    # Binary features: each distinct word and bigram counts once (+0.3 F1 points in CV).
    distinct = set(words)
    pairs = set(bigrams(words))
    signals = signals_in(sentence, words, distinct, pairs)
    extras = model.extras.get
    total = sum(map(extras, [*signals, *shape_of(sentence, words)], _ZEROS))
    if words:
        unigrams, chars, count = model.word_sums(distinct)
        grams = unigrams + sum(map(model.words.get, pairs, _ZEROS))
        total += grams / math.sqrt(len(distinct) + len(pairs)) + chars / math.sqrt(count)
    z = model.bias + total * model.scale
    score = 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0
    if gated:
        score = min(score, GATED_MAX)
    hedged = bool(signals) and signals[-1] == "hedged"
    return ClaimScore(round(score, 4), signals[:-1] if hedged else signals, hedged)


def _claim_score(sentence: str, threshold: float) -> ClaimScore | None:
    """The sentence's score if it reaches `threshold`, else None. A gated sentence scores at
    most GATED_MAX, so the model runs only past the gate's cheap half and the costly half
    only for a would-be claim."""
    gated = is_question_or_heading(sentence)
    if gated and threshold > GATED_MAX:
        return None
    low = normalise(sentence)
    result = _score(sentence, low, gated)
    if result.score >= threshold and not gated and is_procedural(low):
        result = _score(sentence, low, True)
    return result if result.score >= threshold else None


class _SpanIndex(Generic[T]):
    """Items with `start`/`end`, found by position in O(log n + hits): claims must stay
    linear in article length (a long article has thousands of quotes and figures)."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]
        self.longest = max((item.end - item.start for item in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return [item for item in self.items[low:high] if item.end > start]

    def inside(self, start: int, end: int) -> list[T]:
        low, high = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [item for item in self.items[low:high] if item.end <= end]


def _speaker_for(start: int, end: int, quotes: _SpanIndex[Quote]) -> str | None:
    """The speaker of the quote covering most of [start, end), if it covers at least half."""
    best, best_overlap = None, (end - start) / 2
    for quote in quotes.overlapping(start, end):
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
    quote_index, figure_index = _SpanIndex(quotes), _SpanIndex(figures)
    for s, e in sorted(sentences):
        raw = text[s:e]
        start = s + len(raw) - len(raw.lstrip())
        end = e - (len(raw) - len(raw.rstrip()))
        if start >= end:
            continue
        sentence = text[start:end]
        result = _claim_score(sentence, threshold)
        if result is None:
            continue
        signals = result.signals
        if "figure" not in signals and any(f.kind != "date" for f in figure_index.inside(start, end)):
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
                speaker=_speaker_for(start, end, quote_index),
            )
        )
    return claims
