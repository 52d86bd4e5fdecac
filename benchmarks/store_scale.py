"""How the annotation store scales: write latency and time to open an article's annotations.

    python benchmarks/store_scale.py            1k, 10k and 100k annotations over 1,000 articles
    python benchmarks/store_scale.py --quick    1k and 10k, fewer timed operations

Side by side: briefing's layout (one TinyDB file per article + an index, atomic
writes under a lock) and a single default TinyDB file holding everything.
Everything happens in a temp directory; the user's own store is never touched.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tinydb import Query, TinyDB  # noqa: E402

from briefing.article import Article  # noqa: E402
from briefing.store.anchor import quote  # noqa: E402
from briefing.store.model import Annotation, ArticleRef  # noqa: E402
from briefing.store.store import AnnotationStore  # noqa: E402

ARTICLES = 1000
WORDS = ["harbor", "council", "vote", "seawall", "million", "storm", "residents", "tax", "the", "of",
         "and", "a", "said", "on", "in", "water", "bill", "plan", "mayor", "rising"]


def make_articles(rng: random.Random, count: int) -> list[Article]:
    """Articles of about 1,000 words each (6–7 KB of text)."""
    out = []
    for n in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(1000)) + f" Article number {n}."
        out.append(Article(f"art{n:04d}", f"/bench/article{n:04d}.txt", f"Article {n}", "", "", None,
                           "", "", text, ()))
    return out


def annotation_on(article: Article, rng: random.Random) -> Annotation:
    start = rng.randrange(0, len(article.text) - 120)
    return Annotation.new(ArticleRef.of(article), quote(article.text, start, start + rng.randint(20, 100)),
                          "note", note="a note of about this length, for realism", tags=["bench"])


class Timing:
    """Wall-clock samples of one operation, plus its mean CPU time (steadier on a busy machine)."""

    def __init__(self, action: Callable[[], object], times: int) -> None:
        self.wall: list[float] = []
        cpu_began = time.process_time()
        for _ in range(times):
            began = time.perf_counter()
            action()
            self.wall.append(time.perf_counter() - began)
        self.cpu = (time.process_time() - cpu_began) / times

    def __str__(self) -> str:
        ms = sorted(s * 1000 for s in self.wall)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        return (f"p50 {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   "
                f"cpu {self.cpu * 1000:6.1f} ms   (n={len(ms)})")


def bench_store(root: Path, articles: list[Article], total: int, writes: int, rng: random.Random) -> None:
    store = AnnotationStore(root / f"store-{total}")
    began = time.perf_counter()
    store.import_annotations(annotation_on(articles[n % len(articles)], rng) for n in range(total))
    fill = time.perf_counter() - began
    print(f"  per-article files   fill {total:>6} via import: {fill:6.1f} s")
    added: list[Annotation] = []
    adds = Timing(lambda: added.append(store.add(rng.choice(articles), 10, 60, note="new")), writes)
    print(f"    add               {adds}")
    updates = Timing(lambda: store.update(rng.choice(added), note="changed"), writes)
    print(f"    update (note)     {updates}")
    loads = Timing(lambda: store.for_article(rng.choice(articles)), writes)
    print(f"    open an article   {loads}   (read + re-anchor its ~{total // ARTICLES} annotations)")
    opens = Timing(lambda: AnnotationStore(store.dir), 5)
    print(f"    open the store    {opens}")
    searches = Timing(lambda: store.search("changed"), 3)
    print(f"    search all notes  {searches}")


def bench_single_file(root: Path, articles: list[Article], total: int, writes: int, rng: random.Random) -> None:
    db = TinyDB(root / f"single-{total}.json")  # TinyDB's defaults: JSONStorage, in-place rewrite
    table = db.table("annotations")
    table.insert_multiple(annotation_on(articles[n % len(articles)], rng).to_dict() for n in range(total))
    inserts = Timing(lambda: table.insert(annotation_on(rng.choice(articles), rng).to_dict()), writes)
    print(f"  single TinyDB file  insert            {inserts}")
    article = Query().article.id
    loads = Timing(lambda: table.clear_cache() or table.search(article == rng.choice(articles).id), writes)
    print(f"    open an article   {loads}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1k and 10k only, fewer timed operations")
    args = parser.parse_args()
    rng = random.Random(2026)
    articles = make_articles(rng, ARTICLES)
    sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
    writes = 40 if args.quick else 200
    print(f"{ARTICLES} articles of ~{len(articles[0].text) // 1000} KB; per operation: wall-clock p50/p95, mean CPU")
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for total in sizes:
            print(f"\n{total:,} annotations")
            bench_store(Path(tmp), articles, total, writes, rng)
            single_writes = max(3, writes // 10) if total >= 100_000 else writes // 2
            bench_single_file(Path(tmp), articles, total, single_writes, rng)
            if total >= 100_000:
                print(f"    (single file at 100k: {single_writes} timed writes only — each rewrites the whole file)")
    print(f"\nload average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
