"""Timing helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable

REPEAT = 5


def best_of(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    """Fastest of `repeat` runs, in seconds (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def machine() -> str:
    """One line naming the machine and its load, to print above every figure."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"load average {load:.1f}")
