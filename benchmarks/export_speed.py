"""Speed of exporting a brief of 1,000 annotated articles (issue 7: goal ≤ 2 s).

Usage: python benchmarks/export_speed.py [--articles N] [--repeat R]

Builds, in a temp dir, N article files (the samples in seeds/, cycled, each with
its own headline and last line) and a temp annotation store with five annotations per article:
three highlights with notes and tags, a starred quote and a starred figure.
Then times the export as `briefing export DIR -o FILE` does it (load, gather
from the store, extract through the extraction cache, render, write), at each
`--extractions` level, with the cache cold (empty) and warm, and prints the
median of R runs per phase and the machine. "extract" is the time in the
extractor's calls; a cached extraction decodes each of its lists when it is
first read, which counts in "store" (stars matched to items) and "render".
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.article import Article  # noqa: E402
from briefing.export.brief import render  # noqa: E402
from briefing.export.cache import ExtractionCache  # noqa: E402
from briefing.export.gather import gather  # noqa: E402
from briefing.export.write import write_brief  # noqa: E402
from briefing.extract import extract  # noqa: E402
from briefing.ingest import scan  # noqa: E402
from briefing.store.anchor import quote  # noqa: E402
from briefing.store.model import Annotation, ArticleRef, Item  # noqa: E402
from briefing.store.store import AnnotationStore  # noqa: E402


def make_articles(directory: Path, count: int) -> None:
    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
    for i in range(count):
        source = seeds[i % len(seeds)]
        first, rest = source.read_text(encoding="utf-8").split("\n", 1)
        # A headline and a closing line of its own: every article is a different text (no cache sharing).
        body = f"{first} ({i})\n{rest.rstrip()}\n\nFiled as item {i} of the benchmark.\n"
        (directory / f"{i:04d}_{source.name}").write_text(body, encoding="utf-8")


def annotate(store: AnnotationStore, articles: list[Article]) -> int:
    """Five annotations per article, imported in one batch (setup, not timed)."""
    records = []
    for a in articles:
        ref, ex = ArticleRef.of(a), extract(a)
        for n, (s, e) in enumerate(ex.sentences[1:6:2]):
            records.append(Annotation.new(ref, quote(a.text, s, e), note=f"Note {n}: *check* [this]",
                                          tags=["bench", f"t{n}"]))
        for kind, items in (("quote", ex.quotes), ("figure", ex.figures)):
            if items:
                it = items[0]
                records.append(Annotation.new(ref, quote(a.text, it.start, it.end), "star",
                                              item=Item(kind, it.id, it.text)))
    store.import_annotations(records)
    return len(records)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def run_once(directory: Path, store: AnnotationStore, level: str, out: Path, cache: Path) -> dict[str, float]:
    phases: dict[str, float] = {}
    phases["load"], (articles, _) = timed(lambda: scan([directory]))
    extraction_time = 0.0
    cached = ExtractionCache(cache).cached(extract)

    def extractor(article: Article):
        nonlocal extraction_time
        started = time.perf_counter()
        result = cached(article)
        extraction_time += time.perf_counter() - started
        return result

    gathered, briefs = timed(lambda: gather(articles, store, level=level, extractor=extractor))
    phases["extract"] = extraction_time
    phases["store"] = gathered - extraction_time
    phases["render"], text = timed(lambda: render(briefs, generated=datetime.now(timezone.utc), level=level))
    phases["write"], _ = timed(lambda: write_brief(out, text, force=True))
    phases["total"] = sum(phases.values())
    phases["size_kb"] = len(text.encode()) / 1024
    return phases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"machine: {platform.machine()} {platform.processor() or platform.platform()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        directory, out = Path(tmp, "articles"), Path(tmp, "brief.md")
        directory.mkdir()
        make_articles(directory, args.articles)
        store = AnnotationStore(Path(tmp, "db"))
        articles, _ = scan([directory])
        count = annotate(store, articles)
        print(f"{len(articles)} articles, {count} annotations; median of {args.repeat} runs, seconds\n")
        print(f"{'extractions':<14}" + "".join(f"{p:>9}" for p in ("load", "store", "extract", "render",
                                                                    "write", "total")) + "  brief")
        warm = Path(tmp, "warm")
        run_once(directory, store, "all", out, warm)  # Fills the cache.
        cases = [("none", "none", None), ("starred cold", "starred", "cold"), ("starred warm", "starred", warm),
                 ("all warm", "all", warm)]
        for label, level, cache in cases:
            runs = [run_once(directory, store, level, out,
                             Path(tempfile.mkdtemp(dir=tmp)) if cache in (None, "cold") else cache)
                    for _ in range(args.repeat)]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            print(f"{label:<14}" + "".join(f"{med[p]:>9.3f}" for p in ("load", "store", "extract", "render",
                                                                      "write", "total"))
                  + f"  {med['size_kb']:.0f} KB")


if __name__ == "__main__":
    main()
