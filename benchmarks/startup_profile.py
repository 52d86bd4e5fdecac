"""Where the reader's start-up time goes: a timeline, a profile, or import times.

    .venv/bin/python benchmarks/startup_profile.py [--runs N]      timeline (median ms)
    .venv/bin/python benchmarks/startup_profile.py --profile [N]   cProfile, top N functions
    .venv/bin/python benchmarks/startup_profile.py --imports [N]   -X importtime, top N by self time

Runs `briefing` (the bundled samples) on an 80×24 pty as `benchmarks/startup.py` does, and
stops it at its first painted library screen. Timeline marks are milliseconds since the
process was spawned (the parent's clock, `time.perf_counter` is system-wide monotonic).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from startup import ROOT, time_to_text  # noqa: E402

# The child: marks the phases of `briefing`'s start (modules are patched as they load, so the
# imports happen in the command's own order), and exits once the bytes of the library's first
# frame (the table header, "Published") have been written to the pty.
CHILD = r"""
import os, sys, time, json, signal
import importlib.abc, importlib.machinery
marks = {"interpreter ready": time.perf_counter()}
out = os.environ["STARTUP_PROFILE_OUT"]
profile = None
if os.environ.get("STARTUP_PROFILE_CPROFILE"):
    import cProfile
    profile = cProfile.Profile()
    profile.enable()

def finish(*_):
    if profile is not None:
        profile.disable()
        profile.dump_stats(out + ".prof")
    with open(out, "w") as file:
        json.dump(marks, file)
    os._exit(0)

signal.signal(signal.SIGUSR1, finish)

def wrap(cls, name, label):
    original = getattr(cls, name)
    def wrapper(self, *args, **kwargs):
        marks.setdefault(label + " start", time.perf_counter())
        try:
            return original(self, *args, **kwargs)
        finally:
            marks.setdefault(label + " end", time.perf_counter())
    def handler(self):  # Textual passes the event to handlers that take one
        return wrapper(self)
    setattr(cls, name, wrapper if name == "__init__" else handler)

def patch_writer(module):
    def run(self):
        while (text := self._queue.get()) is not None:
            self._file.write(text)
            if self._queue.qsize() == 0:
                self._file.flush()
            if "Published" in text:
                self._file.flush()
                marks["first library frame written"] = time.perf_counter()
                os.kill(os.getpid(), signal.SIGUSR1)  # the main thread stops the profile and exits
    module.WriterThread.run = run

def patch_cli(module):
    original = module._library
    def library(*args, **kwargs):
        marks["load library start"] = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            marks["load library end"] = time.perf_counter()
    module._library = library

def patch_app(module):
    wrap(module.BriefingApp, "__init__", "BriefingApp()")
    wrap(module.BriefingApp, "on_mount", "app on_mount")

def patch_library(module):
    wrap(module.LibraryScreen, "compose", "library compose")
    wrap(module.LibraryScreen, "on_mount", "library on_mount")

PATCHES = {"briefing.cli": patch_cli, "textual.app": None, "textual.drivers._writer_thread": patch_writer,
           "briefing.tui.app": patch_app, "briefing.tui.screens.library": patch_library}

class AfterImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in PATCHES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            marks["import " + name] = time.perf_counter()
            if PATCHES[name] is not None:
                PATCHES[name](module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, AfterImport())
sys.argv = ["briefing"]
from briefing.cli import main
main()
"""


def env(**extra: str) -> dict[str, str]:
    home = Path(tempfile.mkdtemp(prefix="briefing-profile-"))
    result = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor",
              "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
              "XDG_DATA_HOME": str(home / "data"), **extra}
    result.pop("NO_COLOR", None)
    return result


def run_child(extra_env: dict[str, str], argv_prefix: tuple[str, ...] = ()) -> tuple[float, dict[str, float]]:
    """(spawn time on the parent's clock, marks) of one run of CHILD."""
    import time

    out = tempfile.mktemp(prefix="briefing-profile-", suffix=".json")
    argv = [sys.executable, *argv_prefix, "-c", CHILD]
    spawned = time.perf_counter()
    # The child exits by itself at its first library frame; a marker it never writes keeps
    # time_to_text reading until the pty closes.
    time_to_text(argv, b"\0never\0", env(STARTUP_PROFILE_OUT=out, **extra_env))
    marks = json.loads(Path(out).read_text())
    return spawned, marks


def timeline(runs: int) -> None:
    rows: dict[str, list[float]] = {}
    run_child({})  # warm the file cache
    for _ in range(runs):
        spawned, marks = run_child({})
        for name, at in marks.items():
            rows.setdefault(name, []).append((at - spawned) * 1000)
    for name, values in sorted(rows.items(), key=lambda item: statistics.median(item[1])):
        print(f"{statistics.median(values):7.1f}  {name}")


def profile(top: int) -> None:
    import pstats

    run_child({})
    out = tempfile.mktemp(prefix="briefing-profile-", suffix=".json")
    time_to_text([sys.executable, "-c", CHILD], b"\0never\0",
                 env(STARTUP_PROFILE_OUT=out, STARTUP_PROFILE_CPROFILE="1"))
    stats = pstats.Stats(out + ".prof")
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def imports(top: int) -> None:
    log = tempfile.mktemp(prefix="briefing-importtime-", suffix=".txt")
    # -X importtime writes to fd 2, which is the pty: send it to a file from the first line.
    redirect = f"import os; os.dup2(os.open({log!r}, os.O_WRONLY | os.O_CREAT), 2)\n"
    out = tempfile.mktemp(prefix="briefing-profile-", suffix=".json")
    time_to_text([sys.executable, "-X", "importtime", "-c", redirect + CHILD], b"\0never\0",
                 env(STARTUP_PROFILE_OUT=out))
    rows = []
    for line in Path(log).read_text().splitlines():
        if line.startswith("import time:") and "|" in line and "self" not in line:
            self_us, cumulative, name = (part.strip() for part in line[12:].split("|"))
            rows.append((int(self_us), int(cumulative), name))
    print(f"total {sum(r[0] for r in rows) / 1000:.1f} ms in {len(rows)} modules")
    for self_us, cumulative, name in sorted(rows, reverse=True)[:top]:
        print(f"{self_us / 1000:7.1f} {cumulative / 1000:7.1f}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", type=int, nargs="?", const=40, metavar="TOP")
    parser.add_argument("--imports", type=int, nargs="?", const=40, metavar="TOP")
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.profile:
        profile(args.profile)
    elif args.imports:
        imports(args.imports)
    else:
        timeline(args.runs)


if __name__ == "__main__":
    main()
