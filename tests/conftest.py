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


@pytest.fixture(autouse=True)
def _private_home(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads or writes the real user's settings, read state or annotations."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.split("_")[1].lower()))
    monkeypatch.setenv("BRIEFING_DB", str(home / "db"))


@pytest.fixture
def briefing_cmd():
    return run_briefing
