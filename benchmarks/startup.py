"""Reader performance: startup, opening a long article, jumping between items.

    .venv/bin/python benchmarks/startup.py [--runs N]

1. Process start → first painted library screen of `briefing` (the bundled samples), side by
   side with a minimal Textual app, both spawned in a pseudo-terminal (80×24) in the same run,
   interleaved; the time is taken when the screen's text arrives on the pty. Goal: ratio ≤ 1.3.
2. Open and render a 30,000-word article: from writing Enter to the library's pty to the last
   byte of the reader's first frame (160×48): the first frame showing the article's text
   (`key_to_frame`). Extraction runs in a worker and is not part of it (its time is reported
   on its own line). Goal ≤ 250 ms. The apps of steps 2-4 keep compiled bytecode (see
   `bench_env`).
3. Keypress-to-repaint while jumping between 500 quotes of a 20,000-word article: `j` written
   to the pty → last byte of the repaint (a frame ends when 50 ms pass without output, which
   the measurement does not include). Goal p95 ≤ 50 ms.
4. The same for `j` in the article body (the sentence cursor: the panes mark the items of
   the sentence), 500 sentences on.

Prints medians (and p95 where asked) and the machine. `--steps 2,3` runs only some steps.
Every app it starts is ended on every way out (an exception, ctrl+c, SIGTERM or SIGHUP).

Measured 2026-11-24 (Linux 6.18, AMD EPYC, 2 cores shared with other jobs, Python 3.11.7,
Textual 8.2.8; `--runs 5`, several runs): startup 444–457 ms vs 180–184 ms for the minimal
app, ratio 2.5 (about 190 ms of it is `briefing.cli` importing the annotations and export
commands at module level, which `read` does not need). Steps 2-4, 3 runs, medians of runs
(load average 0.8-2.2): 30,000-word article open + render 105 ms (105-172); jumping between
500 quotes median 12.7 ms, p95 21.7 ms (20-28); `j` through the body median 9.0 ms, p95
15.0 ms (14-18).
"""

from __future__ import annotations

import argparse
import fcntl
import functools
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
                               cwd=ROOT, start_new_session=True, preexec_fn=_take_terminal)
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
        try:
            _end(process)
        finally:
            os.close(master)


def bench_startup(runs: int) -> tuple[float, float]:
    # Both apps get the environment of the other steps: compiled bytecode kept, as an
    # installed app has it (else ours compiles its modules on every start, Textual's not).
    env = bench_env()
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


APP_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from startup import long_article, quotes_every_sentence
from briefing.extract.model import Extraction
from briefing.tui.app import BriefingApp
article = long_article({words})
extraction = quotes_every_sentence(article, {items}) if {items} else Extraction()
def extractor(a):
    time.sleep({delay})  # extraction runs in a worker; keep it out of the measured frame
    return extraction
BriefingApp([article], extractor=extractor, remember=False).run()
"""


#: Textual asks whether the terminal can hold a frame back until it is complete; told yes, it
#: marks the start and end of every frame.
SYNC_QUERY, SYNC_SUPPORTED = b"\x1b[?2026$p", b"\x1b[?2026;2$y"
SYNC_START, SYNC_END = b"\x1b[?2026h", b"\x1b[?2026l"


def _take_terminal() -> None:
    """In the child, after `setsid`: make the pty its controlling terminal. Closing our end
    (which the kernel does when this process dies, even by SIGKILL) then hangs the app up
    with SIGHUP; without it, an orphaned app spins on reads that return nothing."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class PtyApp:
    """A process on an 80×24 (or larger) pseudo-terminal; keys in, output bytes timed."""

    def __init__(self, argv: list[str], env: dict[str, str], size: tuple[int, int] = (160, 48)) -> None:
        self.master, slave = pty.openpty()
        try:
            fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
            self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT,
                                            start_new_session=True, preexec_fn=_take_terminal)
        except BaseException:
            os.close(self.master)
            raise
        finally:
            os.close(slave)
        self.seen = b""

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def wait_for(self, marker: bytes, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while marker not in self.seen:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no {marker!r}")
            if select.select([self.master], [], [], 0.5)[0]:
                try:
                    self._read()
                except OSError:  # the app exited: show why
                    raise RuntimeError(self.seen[-2000:].decode("utf-8", "replace")) from None

    def quiet(self, silence: float) -> None:
        """Read until nothing arrives for `silence` seconds."""
        while select.select([self.master], [], [], silence)[0]:
            self._read()

    def key_to_repaint(self, key: bytes, silence: float = 0.05, timeout: float = 5.0) -> float:
        """Seconds from writing `key` to the last byte of the frame(s) it caused."""
        start = time.perf_counter()
        os.write(self.master, key)
        last = None
        while True:
            wait = silence if last is not None else timeout
            if not select.select([self.master], [], [], wait)[0]:
                break
            self._read()
            last = time.perf_counter()
        if last is None:
            raise TimeoutError(f"nothing repainted after {key!r}")
        return last - start

    def key_to_frame(self, key: bytes, marker: bytes, timeout: float = 30.0) -> float:
        """Seconds from writing `key` to the end of the first frame that shows `marker`.
        Frames are told apart by the synchronized-update marks Textual puts around each one
        (as we answer its query for them, like most terminals). (Waiting for a silence
        instead can stop at a frame of the screen the key leaves, or run on into later
        frames.)"""
        frames = b""
        start = time.perf_counter()
        os.write(self.master, key)
        while True:
            remaining = start + timeout - time.perf_counter()
            if remaining <= 0 or not select.select([self.master], [], [], remaining)[0]:
                raise TimeoutError(f"no frame with {marker!r} after {key!r}")
            frames += self._read()
            now = time.perf_counter()
            for frame in frames.split(SYNC_END)[:-1]:  # the complete ones
                if marker in frame.rpartition(SYNC_START)[2]:
                    return now - start

    def _read(self) -> bytes:
        """Read what the app wrote (kept, its end, in `seen`); answer its query for
        synchronized output."""
        data = os.read(self.master, 65536)
        if SYNC_QUERY in data:
            os.write(self.master, SYNC_SUPPORTED)
        self.seen = self.seen[-8192:] + data
        return data

    def close(self) -> None:
        try:
            _end(self.process)
        finally:
            os.close(self.master)


def _end(process: subprocess.Popen[bytes]) -> None:
    """End `process` and its process group: SIGTERM, then SIGKILL after 10 s."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except ProcessLookupError:  # already gone
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait()


def app_argv(words: int, items: int, delay: float) -> list[str]:
    script = APP_SCRIPT.format(root=str(ROOT), bench=str(Path(__file__).parent), words=words,
                               items=items, delay=delay)
    return [sys.executable, "-c", script]


@functools.cache
def _scratch() -> tempfile.TemporaryDirectory[str]:
    """A directory for the apps' homes and bytecode, removed when the benchmark exits."""
    return tempfile.TemporaryDirectory(prefix="briefing-bench-")


def bench_env() -> dict[str, str]:
    """The environment of the apps of steps 2-4: a home of their own, and compiled bytecode
    kept (in a cache of their own) even where PYTHONDONTWRITEBYTECODE is set, as installed
    apps have it: otherwise every open would compile the reader's modules again."""
    scratch = _scratch().name
    home = Path(tempfile.mkdtemp(dir=scratch))
    env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_DATA_HOME": str(home / "data"), "PYTHONPYCACHEPREFIX": str(Path(scratch) / "pycache")}
    env.pop("NO_COLOR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def bench_open(runs: int) -> tuple[float, float]:
    """Enter in the library → the reader's frame with the 30,000-word body written (pty).
    A first run, not counted, compiles the modules."""
    times = []
    for _ in range(runs + 1):
        with PtyApp(app_argv(30_000, 0, 3.0), bench_env()) as app:
            app.wait_for(b"Published")
            app.quiet(1.0)
            times.append(app.key_to_frame(b"\r", b"Drone Coalition"))
    del times[0]
    extract_time = float("nan")
    try:
        from briefing.extract import extract

        article = long_article(30_000)
        start = time.perf_counter()
        extract(article)
        extract_time = time.perf_counter() - start
    except Exception as exc:  # noqa: BLE001 - report, don't fail the UI benchmark
        print(f"  (real extraction failed: {exc})")
    return statistics.median(times), extract_time


def bench_jumps(items: int, pane: bytes | None = b"2") -> tuple[float, float]:
    """`j` in the pane focused with `pane` (`2`: Quotes; None: stay in the article body),
    item after item: key written → last byte of the repaint (pty)."""
    latencies = []
    with PtyApp(app_argv(20_000, items, 0.0), bench_env()) as app:
        app.wait_for(b"Published")
        app.quiet(1.0)
        os.write(app.master, b"\r")
        app.wait_for(b"Back")
        app.quiet(1.0)
        if pane is not None:
            app.key_to_repaint(pane)
            app.quiet(0.3)
        for _ in range(items - 1):
            latencies.append(app.key_to_repaint(b"j"))
    latencies.sort()
    return statistics.median(latencies), latencies[int(len(latencies) * 0.95) - 1]


def _interrupted(signum: int, _frame: object) -> None:
    """SIGTERM or SIGHUP: unwind like ctrl+c, so that every started app is ended."""
    raise KeyboardInterrupt(signal.Signals(signum).name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--steps", default="1,2,3,4", help="which steps to run, e.g. 2,3 (default: all)")
    args = parser.parse_args()
    steps = {int(step) for step in args.steps.split(",")}
    signal.signal(signal.SIGTERM, _interrupted)
    signal.signal(signal.SIGHUP, _interrupted)
    print(f"machine: {machine()}")
    if 1 in steps:
        ours, base = bench_startup(args.runs)
        print(f"startup to first painted library: briefing {ours * 1000:.0f} ms, minimal Textual app "
              f"{base * 1000:.0f} ms, ratio {ours / base:.2f} (goal ≤ 1.3; median of {args.runs})")
    if 2 in steps:
        open_time, extract_time = bench_open(args.runs)
        print(f"open + render a 30,000-word article: {open_time * 1000:.0f} ms (goal ≤ 250; median of "
              f"{args.runs}); its extraction in the background worker: {extract_time * 1000:.0f} ms")
    if 3 in steps:
        median, p95 = bench_jumps(500)
        print(f"keypress-to-repaint, jumping between 500 quotes of a 20,000-word article: median "
              f"{median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms (goal p95 ≤ 50)")
    if 4 in steps:
        median, p95 = bench_jumps(500, pane=None)
        print(f"keypress-to-repaint, j through 500 sentences of the same article body: median "
              f"{median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")


if __name__ == "__main__":
    main()
