"""The whole extraction stays linear in article length (no step may be quadratic).

Not a timing target (benchmarks/extract_speed.py reports those): a ratio with a wide
margin, so a slow or noisy machine does not fail it but an O(n²) step does (×16).
"""

from __future__ import annotations

import time

from briefing.extract import extract
from briefing.ingest import load_text

from .conftest import SEEDS


def _seconds(text: str) -> float:
    article = load_text(text, raw=True)
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        extract(article)
        best = min(best, time.perf_counter() - started)
    return best


def test_four_times_the_text_costs_well_under_sixteen_times_the_time() -> None:
    library = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()))
    corpus = (library + "\n\n") * 20
    small, large = corpus[:100_000], corpus[:400_000]
    ratio = _seconds(large) / _seconds(small)
    assert ratio < 9, f"400 KB took {ratio:.1f}x the time of 100 KB"


def test_one_long_line_costs_linear_time() -> None:
    """A text without paragraph or sentence breaks: one sentence the size of the input."""
    line = "the council said that costs, which rose, would fall " * 8_000
    ratio = _seconds(line[:400_000]) / _seconds(line[:100_000])
    assert ratio < 9, f"a 400 KB line took {ratio:.1f}x the time of a 100 KB one"


def test_unbalanced_quote_marks_cost_linear_time() -> None:
    """Marks that never close, in one sentence: each quote's lead must not be the whole text
    before it (issue 3's 10,000 and 20,000 marks)."""

    def marks(n: int) -> str:
        return ' "a ' * (n // 2) + " “b ‘c ’ ” " * (n // 8)

    ratio = _seconds(marks(40_000)) / _seconds(marks(10_000))
    assert ratio < 9, f"40,000 unbalanced marks took {ratio:.1f}x the time of 10,000"
