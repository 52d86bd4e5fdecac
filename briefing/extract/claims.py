"""Check-worthy claims: sentences that assert something a reader could check.

`score_sentence` adds rule signals (figures, comparisons, trends, estimates, ...) to a small
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
from pathlib import Path

from briefing.extract.model import Claim, Figure, Quote

MODEL_PATH = Path(__file__).with_name("claim_model.json")

# The model's bias is shifted at training time so that 0.5 is the cut that maximised F1 in
# 5-fold cross-validation on ClaimBuster dev; the reader shows the same cut.
CLAIM_THRESHOLD = 0.5

# Questions, procedural lines and headings are never claims, whatever the model says.
_GATED_MAX = 0.1

CHAR_N = (2, 3, 4, 5)

_DIGITS = str.maketrans("123456789", "000000000")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|0(?:[0.,]*0)?|[$%€£]")

_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|"
    r"dozens?|half|quarter|percent|per cent"
)
SIGNALS: dict[str, re.Pattern[str]] = {
    "figure": re.compile(rf"\d|[%$€£]|\b(?:{_NUMBER_WORDS})\b"),
    "comparison": re.compile(
        r"\b(?:more|less|fewer|\w+er)\b[^.;]{0,60}?\bthan\b|\bcompared (?:with|to)\b"
        r"|\bas (?:many|much) as\b|\btimes (?:as|more|less)\b"
    ),
    "trend": re.compile(
        r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|growing|shrank|"
        r"shrunk|(?:increas|decreas|declin|doubl|tripl|halv|surg|soar|plung|plummet|climb|"
        r"jump|slump|shrink|drop|spik)\w*|(?:went|gone|going|go|goes) (?:up|down))\b"
    ),
    "estimate": re.compile(
        r"\b(?:estimat\w*|projected|forecasts?|approximately|roughly)\b"
        r"|\b(?:about|around|nearly|almost|some|up to|more than|at least|over)\s+[$€£]?\d"
    ),
    "attribution": re.compile(
        r"\b(?:said|says|told|according to|reported|stated|announced|testified|wrote|"
        r"confirmed|showed|shows|found)\b"
    ),
    "superlative": re.compile(
        r"\b(?:most|least|best|worst|first|only|largest|biggest|highest|lowest|smallest|"
        r"greatest|fastest|oldest|youngest|longest|strongest|richest|poorest|deadliest|"
        r"latest|\w+iest)\b"
    ),
    "cause": re.compile(
        r"\b(?:because|caus\w+|due to|led to|leads? to|lead to|result(?:ed|s)? in|"
        r"as a result|thanks to|blamed|responsible for|contribut\w+ to)\b"
    ),
    "record": re.compile(
        r"\b(?:record|all-time|unprecedented|never before|ever|in history|since \d{4})\b"
    ),
    "action": re.compile(
        r"\b(?:has|have|had)(?: not| already| just| now| also)? (?:\w+ed|been|made|taken|given|"
        r"built|sent|signed|won|lost|spent|paid|cut|raised|set|led|held)\b"
        r"|\b(?:voted|signed|passed|vetoed|launched|approved|introduced|created|deployed|"
        r"invaded|sued|banned|imposed|killed|arrested|sentenced|ruled|appointed|elected|"
        r"resigned|fired|closed|opened|spent|raised|invested|provided|supplied|joined)\b"
    ),
}
_HEDGE = re.compile(
    r"(?i:\b(?:estimat\w*|up to|could|might|reportedly|allegedly|likely|possibly|probably|"
    r"perhaps|(?:is|are|was|were|be|been) (?:considered|believed|thought|expected|said)|"
    r"appears? to|seems? to|as many as|may have)\b)|\bmay\b"
)
_PROCEDURAL = re.compile(
    r"\b(?:declined to comment|(?:did not|didn't) (?:immediately )?(?:respond|return|reply)|"
    r"could not be reached|no immediate comment|not immediately available|"
    r"contributed (?:to )?(?:this )?report|(?:story|article) (?:has been|was) updated|"
    r"(?:editing|reporting|writing) by|sign up|subscribe|click here|read more)\b"
)
_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")


@dataclass(slots=True)
class ClaimScore:
    """How check-worthy one sentence is, and why."""

    score: float
    signals: list[str] = field(default_factory=list)
    hedged: bool = False


@dataclass(slots=True)
class _Model:
    bias: float
    words: dict[str, float]
    chars: dict[str, float]
    signals: dict[str, float]
    # word -> (sum of its char n-gram weights, number of char n-grams)
    char_cache: dict[str, tuple[float, int]] = field(default_factory=dict)


def word_grams(low: str) -> list[str]:
    """Word unigrams and bigrams (with sentence-boundary marks) of a normalised sentence."""
    words = _WORD.findall(low)
    return words + [f"{a} {b}" for a, b in zip(["<s>", *words], [*words, "</s>"])]


def char_grams(word: str) -> list[str]:
    """Character n-grams inside one space-padded word."""
    padded = f" {word} "
    size = len(padded)
    return [padded[i : i + n] for n in CHAR_N for i in range(size - n + 1)]


def normalise(sentence: str) -> str:
    """Lower-case with every digit as 0, the form both features are read from."""
    return sentence.lower().translate(_DIGITS)


def signals_of(sentence: str) -> list[str]:
    """Names of the rule signals present in a sentence."""
    low = sentence.lower()
    found = [name for name, pattern in SIGNALS.items() if pattern.search(low)]
    if is_hedged(sentence):
        found.append("hedged")
    return found


def is_hedged(sentence: str) -> bool:
    return _HEDGE.search(sentence) is not None


def is_gated(sentence: str) -> bool:
    """Questions, procedural lines and headings: never claims."""
    stripped = sentence.strip()
    if not stripped or stripped.endswith("?") or _PROCEDURAL.search(stripped.lower()):
        return True
    return _END.search(stripped) is None and len(stripped.split()) <= 15


@cache
def _model() -> _Model:
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return _Model(raw["bias"], raw["words"], raw["chars"], raw["signals"])


def _char_weight(model: _Model, word: str) -> tuple[float, int]:
    hit = model.char_cache.get(word)
    if hit is None:
        grams = char_grams(word)
        get = model.chars.get
        hit = (sum(get(g, 0.0) for g in grams), len(grams))
        if len(model.char_cache) > 200_000:
            model.char_cache.clear()
        model.char_cache[word] = hit
    return hit


def score_sentence(sentence: str) -> ClaimScore:
    """Score one sentence 0–1 for check-worthiness, with the signals that fired."""
    model = _model()
    low = normalise(sentence)
    grams = word_grams(low)
    get = model.words.get
    z = model.bias
    if grams:
        z += sum(get(g, 0.0) for g in grams) / math.sqrt(len(grams))
        total, count = 0.0, 0
        for word in _WORD.findall(low):
            w, n = _char_weight(model, word)
            total += w
            count += n
        z += total / math.sqrt(count)
    signals = signals_of(sentence)
    z += sum(model.signals.get(s, 0.0) for s in signals)
    score = 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0
    if is_gated(sentence):
        score = min(score, _GATED_MAX)
    hedged = "hedged" in signals
    if hedged:
        signals.remove("hedged")
    return ClaimScore(round(score, 4), signals, hedged)


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
