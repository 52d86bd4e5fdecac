"""Reader performance: startup, opening a long article, jumping between items.

    .venv/bin/python benchmarks/startup.py [--runs N]

1. Process start → first painted library screen of `briefing` (the bundled samples), side by
   side with a minimal Textual app, both spawned in a pseudo-terminal (80×24) in the same run,
   interleaved; the time is taken when the screen's text arrives on the pty. Goal: ratio ≤ 1.3.
2. Open and render a 30,000-word article (headless, in-process): from `enter` in the library
   to the reader painted with the body wrapped. Extraction runs in a worker and is not part
   of it (it is reported on its own line). Goal ≤ 250 ms.
3. Keypress-to-repaint while jumping between 500 quotes of a 20,000-word article (headless
   Pilot: the time includes Pilot's wait-for-idle, so it is an upper bound). Goal p95 ≤ 50 ms.

Prints medians (and p95 where asked) and the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import fcntl
import os
import platform
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MINIMAL_APP = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("minimal-app-ready")

Minimal().run()
"""


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import textual

    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, Textual {textual.__version__}")


def time_to_text(argv: list[str], marker: bytes, env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from spawning `argv` on an 80×24 pty until `marker` has been written to it."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                               cwd=ROOT, start_new_session=True)
    os.close(slave)
    seen = b""
    try:
        while marker not in seen:
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{argv[0]}: no {marker!r} after {timeout} s")
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    seen = seen[-4096:] + os.read(master, 65536)
                except OSError:
                    break
        return time.perf_counter() - start
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(master)


def bench_startup(runs: int) -> tuple[float, float]:
    home = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_DATA_HOME": str(home / "data")}
    env.pop("NO_COLOR", None)
    briefing = Path(sys.executable).with_name("briefing")
    reader = [str(briefing)] if briefing.exists() else [sys.executable, "-m", "briefing"]
    minimal = [sys.executable, "-c", MINIMAL_APP]
    # Warm the OS file cache (and .pyc files) first.
    time_to_text(reader, b"Published", env)
    time_to_text(minimal, b"minimal-app-ready", env)
    ours, base = [], []
    for _ in range(runs):
        ours.append(time_to_text(reader, b"Published", env))
        base.append(time_to_text(minimal, b"minimal-app-ready", env))
    return statistics.median(ours), statistics.median(base)


def long_article(words: int):
    """The seed article's paragraphs repeated to `words` words."""
    from briefing.ingest import load_text

    seed = (ROOT / "seeds" / "000_386b1cf1fcee2ef2.txt").read_text(encoding="utf-8")
    head, _, body = seed.partition("TOKYO --")
    paragraphs = ("TOKYO --" + body).split("\n\n")
    out, count = [], 0
    while count < words:
        for paragraph in paragraphs:
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return load_text(head + "\n\n".join(out))


def quotes_every_sentence(article, count: int):
    """An extraction with `count` quotes spread evenly over the article's paragraphs."""
    from briefing.extract.model import Extraction, Quote, Speaker

    spans = [p for p in article.paragraphs if p[1] - p[0] > 40]
    step = max(1, len(spans) // count)
    chosen = spans[::step][:count]
    speaker = Speaker("s1", "Baiba Braze", "person", "Latvian Foreign Minister", [], [chosen[0]])
    quotes = [Quote(f"q{i}", "direct", article.text[s:s + 30], s, s + 30, "s1", "said", 1.0)
              for i, (s, _) in enumerate(chosen)]
    return Extraction(sentences=list(article.paragraphs), speakers=[speaker], quotes=quotes)


async def bench_open(runs: int) -> tuple[float, float]:
    from briefing.extract.model import Extraction
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.reader import ReaderScreen
    from briefing.tui.widgets.article_body import ArticleBody

    article = long_article(30_000)
    times = []
    for _ in range(runs):
        app = BriefingApp([article], extractor=lambda a: Extraction(), remember=False)
        async with app.run_test(size=(160, 48)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            start = time.perf_counter()
            await pilot.press("enter")
            while not (isinstance(app.screen, ReaderScreen)
                       and app.screen.query_one(ArticleBody).wrapped_document.height > 0):
                await pilot.pause(0)
            await pilot.pause()
            times.append(time.perf_counter() - start)
    extract_time = float("nan")
    try:
        from briefing.extract import extract

        start = time.perf_counter()
        extract(article)
        extract_time = time.perf_counter() - start
    except Exception as exc:  # noqa: BLE001 - report, don't fail the UI benchmark
        print(f"  (real extraction failed: {exc})")
    return statistics.median(times), extract_time


async def bench_jumps(items: int) -> tuple[float, float, float]:
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.reader import ReaderScreen

    article = long_article(20_000)
    extraction = quotes_every_sentence(article, items)
    app = BriefingApp([article], extractor=lambda a: extraction, remember=False)
    latencies = []
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        while not (isinstance(app.screen, ReaderScreen) and app.screen.extraction is not None):
            await pilot.pause(0.01)
        await pilot.press("2")
        await pilot.pause()
        for _ in range(len(extraction.quotes) - 1):
            start = time.perf_counter()
            await pilot.press("j")
            latencies.append(time.perf_counter() - start)
        baseline = []
        for _ in range(50):  # a key nothing is bound to: Pilot's own overhead
            start = time.perf_counter()
            await pilot.press("z")
            baseline.append(time.perf_counter() - start)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    return statistics.median(latencies), p95, statistics.median(baseline)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    ours, base = bench_startup(args.runs)
    print(f"startup to first painted library: briefing {ours * 1000:.0f} ms, minimal Textual app "
          f"{base * 1000:.0f} ms, ratio {ours / base:.2f} (goal ≤ 1.3; median of {args.runs})")
    open_time, extract_time = asyncio.run(bench_open(args.runs))
    print(f"open + render a 30,000-word article: {open_time * 1000:.0f} ms (goal ≤ 250; median of "
          f"{args.runs}); its extraction in the background worker: {extract_time * 1000:.0f} ms")
    median, p95, baseline = asyncio.run(bench_jumps(500))
    print(f"keypress-to-repaint, jumping between 500 quotes of a 20,000-word article: median "
          f"{median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms (goal p95 ≤ 50; Pilot overhead alone "
          f"{baseline * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
