"""Speed of figure extraction (`find_figures`).

Usage: python benchmarks/figures_speed.py

Prints the median ms per 1,000 words over the repo's seeds/ and over the GGT article texts
in ../shared/eval/ggt/dev.jsonl (the benchmark exits with status 2 and a message when that
file is missing), then the wall time of 1 MB single-line inputs: article text joined into one
line, inputs built to make patterns backtrack, and lines made of nothing but figures.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
from pathlib import Path

from briefing.extract.figures import find_figures

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GGT_DEV = ROOT.parent / "shared" / "eval" / "ggt" / "dev.jsonl"
PUBLISHED = "2025-09-23T00:41:00+09:00"
MB = 1_000_000


def report(label: str, texts: list[str]) -> None:
    per_kword = []
    figures = words = 0
    for text in texts:
        seconds = best_of(lambda: find_figures(text, PUBLISHED))
        n_words = max(1, len(text.split()))
        per_kword.append(seconds * 1000 / n_words * 1000)
        figures += len(find_figures(text, PUBLISHED))
        words += n_words
    print(
        f"{label}: {len(texts)} articles, {words:,} words, {figures:,} figures; median "
        f"{statistics.median(per_kword):.3f} ms per 1,000 words (max {max(per_kword):.3f})"
    )


def one_mb_lines(article: str) -> dict[str, str]:
    """1 MB single lines: real prose, then adversarial and figure-dense inputs."""
    prose = " ".join(article.split())
    return {
        "article text on one line": (prose + " ") * (MB // (len(prose) + 1) + 1),
        "digits": "1" * MB,
        "digit groups '1,1'": "1,1" * (MB // 3),
        "dotted digits '1.'": "1." * (MB // 2),
        "hyphenated codes 'a-1 '": "a-1 " * (MB // 4),
        "unclosed brackets": "(" * MB,
        "'the first of the '": "the first of the " * (MB // 17),
        "figures only '$1 '": "$1 " * (MB // 3),
        "figures only 'between 1 and '": "between 1 and " * (MB // 14),
    }


def main() -> int:
    if not GGT_DEV.is_file():
        print(f"GGT dev split not found at {GGT_DEV}; it ships beside the repo in ../shared/eval/",
              file=sys.stderr)
        return 2
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    seeds = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "seeds").iterdir())]
    report("seeds", seeds)
    lines = GGT_DEV.read_text(encoding="utf-8").splitlines()
    report("GGT dev", [json.loads(line)["text"] for line in lines if line.strip()])
    for label, text in one_mb_lines(seeds[0]).items():
        text = text[:MB]
        count = len(find_figures(text, PUBLISHED))
        seconds = best_of(lambda: find_figures(text, PUBLISHED), repeat=1)
        print(f"1 MB line, {label}: {seconds:.3f} s, {count:,} figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
