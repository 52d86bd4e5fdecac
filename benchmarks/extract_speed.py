"""Speed of the whole extraction (sentences, speakers and quotes, figures, claims).

Usage: python benchmarks/extract_speed.py

Prints, per corpus, the median ms per 1,000 words and KB/s of `briefing.extract.extract`
(and of each step), then the wall time of `briefing extract --raw --json` over the 48 GGT
test articles in one process (start-up included; median of 3 runs), then the pathological
inputs of issue 3: a 5 MB article, a single 1 MB line, 10,000 and 20,000 unbalanced quote
marks.
GGT articles come from ../shared/eval/ggt (skipped with a note when missing).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing.article import Article
from briefing.extract import extract
from briefing.extract.claims import find_claims
from briefing.extract.figures import find_figures
from briefing.extract.quotes import find_speakers_and_quotes
from briefing.extract.sentences import split_sentences
from briefing.ingest import load_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import REPEAT, best_of, machine  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GGT = ROOT.parent / "shared/eval/ggt"


def steps(article: Article, repeat: int = REPEAT) -> dict[str, float]:
    """Seconds of each step within the chain `extract()` runs (the fastest of `repeat` chains):
    timed alone, over and over, a step has the CPU caches to itself and the steps would not
    add up to the whole."""
    text, paragraphs = article.text, article.paragraphs
    best: dict[str, float] = {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        sentences = split_sentences(text, paragraphs)
        t1 = time.perf_counter()
        _, quotes = find_speakers_and_quotes(text, paragraphs, sentences, article.byline)
        t2 = time.perf_counter()
        figures = find_figures(text, article.published)
        t3 = time.perf_counter()
        find_claims(text, sentences, quotes, figures)
        t4 = time.perf_counter()
        if not best or t4 - t0 < sum(best.values()):
            best = {"sentences": t1 - t0, "quotes": t2 - t1, "figures": t3 - t2, "claims": t4 - t3}
    return best


def per_kword(seconds: float, article: Article) -> float:
    return seconds * 1e6 / max(1, article.word_count)


def report(label: str, articles: list[Article]) -> None:
    if not articles:
        print(f"{label}: no articles")
        return
    whole = [best_of(lambda: extract(a)) for a in articles]
    rates = [per_kword(s, a) for s, a in zip(whole, articles)]
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    print(f"{label}: {len(articles)} articles, median {statistics.median(rates):.2f} ms per 1,000 words "
          f"(max {max(rates):.2f}), {size / 1024 / sum(whole):,.0f} KB/s, all in {sum(whole) * 1000:.0f} ms")
    by_step: dict[str, list[float]] = {}
    for article in articles:
        for step, seconds in steps(article).items():
            by_step.setdefault(step, []).append(per_kword(seconds, article))
    print("    per step, median ms per 1,000 words: "
          + ", ".join(f"{step} {statistics.median(v):.2f}" for step, v in by_step.items()))


def cli_wall_time(texts: list[str]) -> float:
    """Median wall time of one `briefing extract --raw --json` process over all `texts`."""
    command = shutil.which("briefing", path=str(Path(sys.executable).parent)) or "briefing"
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"a{i:03d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([command, "extract", "--raw", "--json", *paths], check=True, capture_output=True)
            runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def pathological() -> dict[str, str]:
    """The inputs of issue 3, plus a 5 MB article far denser in quotes and cues than news."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir()))
    five_mb = (seeds + "\n\n") * (5_000_000 // (len(seeds) + 2) + 1)
    dense = (
        '"Costs rose again this year," said Mayor Ann Lee, who chairs the board. '
        "The council, according to its own review, will vote on Jan. 5 at 7.30 p.m. "
    ) * 4
    return {
        "5 MB article (the seeds over and over)": five_mb[:5_000_000],
        "5 MB of dense quotes and cues": "\n\n".join([dense] * (5_000_000 // (len(dense) + 2))),
        "single 1 MB line": ("the council said that costs, which rose, would fall " * 20_000)[:1_000_000],
        "10,000 unbalanced marks": ' "a ' * 5_000 + " “b ‘c ’ ” " * 1_250,
        "20,000 unbalanced marks": ' "a ' * 10_000 + " “b ‘c ’ ” " * 2_500,
    }


def main() -> int:
    print(machine())
    if GGT.is_dir():
        for split in ("dev", "test"):
            lines = (GGT / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
            texts = [json.loads(line)["text"] for line in lines if line.strip()]
            report(f"GGT {split}", [load_text(t, raw=True) for t in texts])
            if split == "test":
                print(f"`briefing extract --raw --json` over the {len(texts)} GGT test articles, one process, "
                      f"start-up included: {cli_wall_time(texts):.2f} s (median of 3)")
    else:
        print(f"GGT articles not found at {GGT}: skipped")
    report("seeds", [load_text(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").iterdir())])
    for label, text in pathological().items():
        article = load_text(text, raw=True)
        seconds = best_of(lambda: extract(article), repeat=1)
        quotes = steps(article, repeat=1)["quotes"]
        print(f"{label}: {len(text) / 1e6:.1f} MB, whole extraction in {seconds:.2f} s "
              f"(quotes step {quotes:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
