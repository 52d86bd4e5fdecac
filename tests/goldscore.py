"""Score extraction against the hand-labelled gold in tests/gold/ (see its README).

Shared by the regression floors in `tests/test_gold_scores.py` and the report in
`benchmarks/eval_gold.py`, so both count the same way.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing.extract import Extraction, extract
from briefing.ingest import load

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
SEEDS = ROOT / "seeds"

_OUTER = " \t\n.,;:!?\"'“”‘’«»—–-"


def tokens(text: str) -> list[str]:
    text = text.replace("’", "'").replace("‘", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


def _overlap(a: list[str], b: list[str]) -> float:
    """Share of `a`'s tokens found in `b`."""
    pool = set(b)
    return sum(t in pool for t in a) / max(1, len(a))


def same_passage(gold: str, predicted: str) -> bool:
    """Two quote texts are the same passage when each covers ≥ 80 % of the other's words."""
    g, p = tokens(gold.strip(_OUTER)), tokens(predicted.strip(_OUTER))
    return bool(g) and _overlap(g, p) >= 0.8 and _overlap(p, g) >= 0.8


def names_match(gold_name: str | None, names: list[str]) -> bool:
    """GGT's rule: a shared word longer than two letters; two nulls also match."""
    if not gold_name:
        return not names
    wanted = {t for t in tokens(gold_name) if len(t) > 2}
    return bool(wanted & {t for n in names for t in tokens(n) if len(t) > 2})


def locate(text: str, needles: list[str]) -> list[tuple[int, int] | None]:
    """Offsets of texts labelled in reading order (a repeated text maps to its n-th occurrence)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for needle in needles:
        at = text.find(needle, cursor)
        if at < 0:
            at = text.find(needle)
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(needle)))
        cursor = at + 1
    return spans


@dataclass
class Tally:
    found: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 1.0

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.total += other.total


@dataclass
class Scores:
    quote_recall: Tally = field(default_factory=Tally)
    quote_precision: Tally = field(default_factory=Tally)
    attribution: Tally = field(default_factory=Tally)
    speaker_recall: Tally = field(default_factory=Tally)
    false_speakers: list[str] = field(default_factory=list)
    figure_recall: Tally = field(default_factory=Tally)  # found with kind, value, unit, qualifier right
    figure_found: Tally = field(default_factory=Tally)   # found at all (span overlap)
    figure_precision: Tally = field(default_factory=Tally)
    claim_recall: Tally = field(default_factory=Tally)
    non_claims_flagged: Tally = field(default_factory=Tally)
    figure_misses: list[str] = field(default_factory=list)
    quote_misses: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for name in ("quote_recall", "quote_precision", "attribution", "speaker_recall",
                     "figure_recall", "figure_found", "figure_precision", "claim_recall",
                     "non_claims_flagged"):
            getattr(self, name).add(getattr(other, name))
        self.false_speakers += other.false_speakers
        self.figure_misses += other.figure_misses
        self.quote_misses += other.quote_misses


def _speaker_names(extraction: Extraction) -> dict[str, list[str]]:
    return {s.id: [s.name, *s.aliases] for s in extraction.speakers}


def score_quotes(gold: dict, extraction: Extraction, scores: Scores) -> None:
    names = _speaker_names(extraction)
    gold_quotes = gold["quotes"]
    for g in gold_quotes:
        scores.quote_recall.total += 1
        match = next((q for q in extraction.quotes if same_passage(g["text"], q.text)), None)
        if match is None:
            scores.quote_misses.append(f"missed {g['kind']} {g['text'][:70]!r}")
            continue
        scores.quote_recall.found += 1
        scores.attribution.total += 1
        got = names.get(match.speaker or "", [])
        if names_match(g["speaker"], got):
            scores.attribution.found += 1
        else:
            scores.quote_misses.append(f"speaker of {g['text'][:50]!r}: {g['speaker']!r}, got {got[:1]}")
    gold_partials = [tokens(g["text"]) for g in gold_quotes if g["kind"] == "partial"]
    for q in extraction.quotes:
        if any(same_passage(g["text"], q.text) for g in gold_quotes):
            scores.quote_precision.found += 1
            scores.quote_precision.total += 1
        elif q.kind == "indirect" and any(_overlap(p, tokens(q.text)) >= 0.5 for p in gold_partials):
            continue  # the gold README: neither right nor wrong
        else:
            scores.quote_precision.total += 1
    predicted = [[s.name, *s.aliases] for s in extraction.speakers]
    for speaker in gold["speakers"]:
        scores.speaker_recall.total += 1
        scores.speaker_recall.found += any(names_match(speaker["name"], n) for n in predicted)
    for wrong in gold.get("not_speakers", []):
        hits = [s.name for s in extraction.speakers if s.name.lower() == wrong.lower()]
        scores.false_speakers += hits


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def _unit_right(gold: dict, unit: str | None) -> bool:
    if gold["kind"] == "count":
        # The gold README: compare the head noun; an elided noun ("more than 7,400") may read null.
        if gold["unit"] is None or unit is None:
            return True
        return unit.split()[-1] == gold["unit"].split()[-1]
    return unit == gold["unit"]


def figure_right(gold: dict, figure) -> bool:
    """Kind, value/low/high, unit, qualifier (and iso for dates) as labelled."""
    return (
        figure.kind == gold["kind"]
        and _close(figure.value, gold["value"])
        and _close(figure.low, gold["low"])
        and _close(figure.high, gold["high"])
        and _unit_right(gold, figure.unit)
        and figure.qualifier == gold["qualifier"]
        and (gold["kind"] != "date" or figure.iso == gold["iso"])
    )


def score_figures(text: str, gold: dict, extraction: Extraction, scores: Scores) -> None:
    spans = locate(text, [g["text"] for g in gold["figures"]])
    used: set[str] = set()
    for g, span in zip(gold["figures"], spans):
        scores.figure_recall.total += 1
        scores.figure_found.total += 1
        if span is None:
            continue
        overlapping = [f for f in extraction.figures
                       if f.id not in used and f.start < span[1] and span[0] < f.end]
        if not overlapping:
            scores.figure_misses.append(f"missed {g['text']!r}")
            continue
        best = max(overlapping, key=lambda f: min(f.end, span[1]) - max(f.start, span[0]))
        used.add(best.id)
        scores.figure_found.found += 1
        if figure_right(g, best):
            scores.figure_recall.found += 1
        else:
            scores.figure_misses.append(
                f"wrong {g['text']!r}: got {best.kind} {best.value} {best.low}-{best.high} "
                f"{best.unit} {best.iso} {best.qualifier}")
    gold_spans = [s for s in spans if s]
    for f in extraction.figures:
        scores.figure_precision.total += 1
        scores.figure_precision.found += any(f.start < e and s < f.end for s, e in gold_spans)


def score_claims(text: str, gold: dict, extraction: Extraction, scores: Scores) -> None:
    def flagged(span: tuple[int, int] | None) -> bool:
        return span is not None and any(c.start < span[1] and span[0] < c.end for c in extraction.claims)

    for span in locate(text, gold["claims"]):
        scores.claim_recall.total += 1
        scores.claim_recall.found += flagged(span)
    for span in locate(text, gold["non_claims"]):
        scores.non_claims_flagged.total += 1
        scores.non_claims_flagged.found += flagged(span)


def score_sample(sample: Path) -> Scores:
    gold = json.loads((GOLD_DIR / f"{sample.stem}.json").read_text(encoding="utf-8"))
    article = load(sample)
    extraction = extract(article)
    scores = Scores()
    score_quotes(gold, extraction, scores)
    score_figures(article.text, gold, extraction, scores)
    score_claims(article.text, gold, extraction, scores)
    return scores


def samples() -> list[Path]:
    return sorted(p for p in SEEDS.iterdir() if p.is_file() and (GOLD_DIR / f"{p.stem}.json").is_file())
