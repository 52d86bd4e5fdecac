"""Shared fixtures: paths to the repo's samples and a way to run the real command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_386b1cf1fcee2ef2.txt"


def run_briefing(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
                 timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `python -m briefing ARGS` as a user would, capturing text output."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        input=stdin, capture_output=True, timeout=timeout, cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def briefing_cmd():
    return run_briefing
