"""Extraction quality floors on the hand-labelled sample library (tests/gold/).

Overall floors are the targets of issues 3 and 4; per-article floors catch a
regression that the totals would hide. `benchmarks/eval_gold.py -v` shows the detail.
"""

from __future__ import annotations

import pytest

from .goldscore import Scores, samples, score_sample

SAMPLES = samples()
PER_ARTICLE_FLOOR = 0.8


@pytest.fixture(scope="module")
def scored() -> dict[str, Scores]:
    return {sample.stem: score_sample(sample) for sample in SAMPLES}


@pytest.fixture(scope="module")
def total(scored) -> Scores:
    overall = Scores()
    for scores in scored.values():
        overall.add(scores)
    return overall


def test_every_sample_is_labelled() -> None:
    assert len(SAMPLES) >= 7


@pytest.mark.parametrize(
    ("measure", "floor"),
    [
        ("quote_recall", 0.95), ("quote_precision", 0.95), ("attribution", 0.95),
        ("speaker_recall", 0.95), ("figure_recall", 0.95), ("figure_precision", 0.90),
        ("claim_recall", 0.90),
    ],
)
def test_overall_targets(total, measure: str, floor: float) -> None:
    tally = getattr(total, measure)
    assert tally.rate >= floor, f"{measure} {tally.found}/{tally.total}"


def test_no_byline_or_outlet_is_a_speaker(total) -> None:
    assert total.false_speakers == []


def test_most_non_claims_are_not_flagged(total) -> None:
    assert total.non_claims_flagged.rate <= 0.2


@pytest.mark.parametrize("stem", [s.stem for s in SAMPLES])
@pytest.mark.parametrize(
    "measure", ["quote_recall", "quote_precision", "attribution", "figure_recall", "figure_precision", "claim_recall"]
)
def test_per_article_floor(scored, stem: str, measure: str) -> None:
    tally = getattr(scored[stem], measure)
    assert tally.rate >= PER_ARTICLE_FLOOR, f"{stem} {measure} {tally.found}/{tally.total}"
