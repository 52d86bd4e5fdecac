"""Precision, recall and F1 of `score_sentence(s).score >= CLAIM_THRESHOLD` on ClaimBuster.

    python benchmarks/eval_claims.py [dev|test]

Reads ../shared/eval/claimbuster/{split}.csv beside the repo (never copied into it). Tune on
dev only; test is for the reported figure. Also prints scoring speed in sentences/second.

Measured on the 2-core dev machine (model trained on dev, CV on dev chose the cut):
test P 0.790, R 0.830, F1 0.809 (TF-IDF logistic regression 0.776, "has a number" 0.615);
5-fold CV on dev F1 0.788; 20,000-35,000 sentences/s; model load ~10 ms.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from briefing.extract.claims import CLAIM_THRESHOLD, load_model, score_sentence

EVAL = Path(__file__).resolve().parents[1].parent / "shared/eval"


def main(argv: list[str]) -> int:
    split = argv[0] if argv else "dev"
    if split not in ("dev", "test"):
        print("usage: python benchmarks/eval_claims.py [dev|test]", file=sys.stderr)
        return 2
    path = EVAL / "claimbuster" / f"{split}.csv"
    if not path.exists():
        print(f"ClaimBuster {split} data not found at {path}; it lives in ../shared/eval "
              "beside the repository", file=sys.stderr)
        return 1
    with path.open(newline="", encoding="utf-8") as f:
        rows = [(r["text"], r["label"] == "1") for r in csv.DictReader(f)]

    t0 = time.perf_counter()
    load_model()
    load_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    predicted = [score_sentence(text).score >= CLAIM_THRESHOLD for text, _ in rows]
    elapsed = time.perf_counter() - t0

    tp = sum(p and y for p, (_, y) in zip(predicted, rows))
    fp = sum(p and not y for p, (_, y) in zip(predicted, rows))
    fn = sum(y and not p for p, (_, y) in zip(predicted, rows))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"ClaimBuster {split}: {len(rows)} sentences, threshold {CLAIM_THRESHOLD}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (tp {tp} fp {fp} fn {fn})")
    print(f"model load {load_ms:.1f} ms; {len(rows) / elapsed:,.0f} sentences/s "
          "(first pass, cold per-word cache)")
    t0 = time.perf_counter()
    for text, _ in rows:
        score_sentence(text)
    print(f"{len(rows) / (time.perf_counter() - t0):,.0f} sentences/s (warm cache)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
