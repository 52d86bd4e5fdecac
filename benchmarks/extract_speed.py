"""Speed of sentence splitting + speakers and quotes extraction.

Usage: python benchmarks/extract_speed.py

Prints the median ms per 1,000 words and KB/s over the GGT articles (../shared/eval/ggt,
skipped with a note when missing) and the repo's seeds/, then the wall time of the
pathological inputs of issue 3: a 5 MB article, a single 1 MB line, 10,000 unbalanced marks.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from briefing.extract.quotes import find_speakers_and_quotes
from briefing.extract.sentences import paragraph_spans, split_sentences

ROOT = Path(__file__).resolve().parents[1]
GGT = ROOT.parent / "shared/eval/ggt"
REPEAT = 5


def extract(text: str) -> None:
    paragraphs = paragraph_spans(text)
    find_speakers_and_quotes(text, paragraphs, split_sentences(text, paragraphs))


def best_of(fn: Callable[[], None], repeat: int = REPEAT) -> float:
    """Fastest of `repeat` runs, in seconds (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def report(label: str, texts: list[str]) -> None:
    if not texts:
        print(f"{label}: no articles")
        return
    per_kword, total_s, total_bytes = [], 0.0, 0
    for text in texts:
        seconds = best_of(lambda: extract(text))
        per_kword.append(seconds * 1000 / max(1, len(text.split())) * 1000)
        total_s += seconds
        total_bytes += len(text.encode("utf-8"))
    print(
        f"{label}: {len(texts)} articles, median {statistics.median(per_kword):.2f} ms per 1,000 words, "
        f"max {max(per_kword):.2f}, {total_bytes / 1024 / total_s:,.0f} KB/s, all in {total_s * 1000:.0f} ms"
    )


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "seeds").iterdir())]


def pathological() -> dict[str, str]:
    """The inputs of issue 3, plus a 5 MB article far denser in quotes and cues than news."""
    seeds = "\n\n".join(seed_texts())
    five_mb = (seeds + "\n\n") * (5_000_000 // (len(seeds) + 2) + 1)
    dense = (
        '"Costs rose again this year," said Mayor Ann Lee, who chairs the board. '
        "The council, according to its own review, will vote on Jan. 5 at 7.30 p.m. "
    ) * 4
    dense_five_mb = "\n\n".join([dense] * (5_000_000 // (len(dense) + 2)))
    one_line = ("the council said that costs, which rose, would fall " * 20_000)[:1_000_000]
    unbalanced = ' "a ' * 5_000 + " “b ‘c ’ ” " * 1_250
    return {
        "5 MB article (the seeds over and over)": five_mb[:5_000_000],
        "5 MB of dense quotes and cues": dense_five_mb,
        "single 1 MB line": one_line,
        "10,000 unbalanced marks": unbalanced,
    }


def main() -> int:
    cpus = os.cpu_count()
    print(f"machine: {platform.machine()}, {cpus} CPUs, Python {platform.python_version()}")
    if GGT.is_dir():
        for split in ("dev", "test"):
            lines = (GGT / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
            report(f"GGT {split}", [json.loads(line)["text"] for line in lines if line.strip()])
    else:
        print(f"GGT articles not found at {GGT}: skipped")
    report("seeds", seed_texts())
    for label, text in pathological().items():
        seconds = best_of(lambda: extract(text), repeat=1)
        print(f"{label}: {len(text) / 1e6:.1f} MB in {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
