"""Extraction against the hand-labelled gold of the sample library (tests/gold/).

Usage: python benchmarks/eval_gold.py [-v]   (-v lists the quotes and figures missed or read wrong)
Prints per-article and overall rates for quotes, attribution, speakers, figures and claims.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.goldscore import Scores, samples, score_sample  # noqa: E402

COLUMNS = (
    ("quote R", "quote_recall"), ("quote P", "quote_precision"), ("attrib", "attribution"),
    ("spk R", "speaker_recall"), ("fig R", "figure_recall"), ("fig found", "figure_found"),
    ("fig P", "figure_precision"), ("claim R", "claim_recall"), ("non-claim hit", "non_claims_flagged"),
)


def row(name: str, scores: Scores, columns: tuple[tuple[str, str], ...]) -> str:
    cells = [f"{getattr(scores, attr).rate:>{max(7, len(label))}.3f}" for label, attr in columns]
    return f"{name:<36}" + " ".join(cells)


def main(columns: tuple[tuple[str, str], ...] = COLUMNS) -> int:
    verbose = "-v" in sys.argv
    total = Scores()
    print(f"{'article':<36}" + " ".join(f"{label:>7}" for label, _ in columns))
    for sample in samples():
        scores = score_sample(sample)
        total.add(scores)
        print(row(sample.stem[:36], scores, columns))
        if verbose:
            for line in scores.quote_misses + scores.figure_misses:
                print("    " + line)
            for name in scores.false_speakers:
                print(f"    not a speaker: {name}")
    print(row("ALL", total, columns))
    counts = {attr: f"{getattr(total, attr).found}/{getattr(total, attr).total}" for _, attr in columns}
    print("counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"byline/outlet speakers: {len(total.false_speakers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
