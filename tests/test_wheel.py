"""A wheel built from the repo works in a fresh venv: samples and styles ship inside it."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """bin/ of a fresh venv with only the built wheel (and its dependencies) installed."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(work / "dist"), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next((work / "dist").glob("briefing-*.whl"))
    venv.create(work / "venv", with_pip=True)
    bin_dir = work / "venv" / "bin"
    subprocess.run([str(bin_dir / "pip"), "install", "-q", str(wheel)], check=True, capture_output=True)
    return bin_dir


def test_installed_wheel_lists_the_bundled_samples(installed: Path, tmp_path) -> None:
    result = subprocess.run([str(installed / "briefing"), "list", "--json"], capture_output=True,
                            text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert {Path(a["path"]).name for a in listed} == {p.name for p in SEEDS.iterdir() if p.is_file()}
    assert all("site-packages" in a["path"] for a in listed)


def test_installed_wheel_extracts_every_sample(installed: Path, tmp_path) -> None:
    for sample in sorted(SEEDS.iterdir()):
        result = subprocess.run([str(installed / "briefing"), "extract", "--json", str(sample)],
                                capture_output=True, text=True, cwd=tmp_path)
        assert result.returncode == 0, (sample, result.stderr)
        data = json.loads(result.stdout)
        assert data["text"] and data["article"]["title"], sample


def test_installed_wheel_ships_the_stylesheets(installed: Path, tmp_path) -> None:
    code = "from briefing.resources import styles_dir; p = styles_dir() / 'app.tcss'; print(p.is_file(), p)"
    result = subprocess.run([str(installed / "python"), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.startswith("True") and "site-packages" in result.stdout, result.stdout + result.stderr


def test_python_dash_m_entry_point(installed: Path, tmp_path) -> None:
    result = subprocess.run([str(installed / "python"), "-m", "briefing", "--version"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("briefing ")
