"""`briefing export` as a user runs it: stdout or -o, overwrite protection, modes, errors."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.export_cli import export
from briefing.ingest import load
from briefing.store.model import Item
from briefing.store.store import AnnotationStore
from tests.conftest import ROOT, SEED, SEEDS

EPOCH = "1795000000"  # A fixed "generated" time: 2026-11-19T...Z


def _registered() -> bool:
    from briefing.cli import cli

    return "export" in cli.commands


ENTRY = ["-m", "briefing", "export"] if _registered() else ["-m", "briefing.export_cli"]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"BRIEFING_DB": str(tmp_path / "db"), "XDG_DATA_HOME": str(tmp_path / "xdg"),
            "BRIEFING_CACHE": str(tmp_path / "cache"), "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
            "SOURCE_DATE_EPOCH": EPOCH}


@pytest.fixture
def seed(tmp_path: Path, env: dict[str, str]) -> Path:
    """A copy of the Latvia sample with a highlight and a note on it."""
    copy = tmp_path / "latvia.txt"
    shutil.copy(SEED, copy)
    article = load(copy)
    store = AnnotationStore(env["BRIEFING_DB"])
    start = article.text.index("Twenty countries")
    store.add(article, start, start + 40, note="Count them: *twenty*.", tags=["drones"])
    return copy


def invoke(env: dict[str, str], *args: str | Path):
    return CliRunner().invoke(export, [str(a) for a in args], env=env, catch_exceptions=False)


def _one_error_line(result) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def test_without_output_the_brief_goes_to_stdout(env: dict[str, str], seed: Path) -> None:
    assert invoke(env, seed, "-o", "-", "--extractions", "none").stdout == invoke(env, seed, "--extractions", "none").stdout
    result = invoke(env, seed, "--extractions", "none")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("---\ntitle: \"Brief: Latvia invites Japan")
    assert "**Note:** Count them: \\*twenty\\*." in result.stdout
    assert "#drones" in result.stdout


def test_output_file_is_0600_and_matches_stdout(env: dict[str, str], seed: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    result = invoke(env, seed, "-o", target, "--extractions", "none")
    assert result.exit_code == 0, result.stderr
    assert "exported a brief of 1 article (1 annotation)" in result.stderr
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == invoke(env, seed, "--extractions", "none").stdout


def test_an_existing_file_is_untouched_without_force(env: dict[str, str], seed: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("my own notes\n")
    os.chmod(target, 0o644)
    before = os.stat(target).st_mtime_ns
    result = invoke(env, seed, "-o", target)
    assert result.exit_code == 1
    assert "already exists; use --force to overwrite it" in _one_error_line(result)
    assert target.read_text() == "my own notes\n" and os.stat(target).st_mtime_ns == before

    result = invoke(env, seed, "-o", target, "--force", "--extractions", "none")
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("---\n")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644  # An existing file keeps its mode.


def test_two_exports_of_the_same_state_are_byte_identical(env: dict[str, str], seed: Path,
                                                          tmp_path: Path) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    assert invoke(env, seed, SEEDS / "005_rhine_low_water.txt", "-o", first, "--extractions", "none").exit_code == 0
    assert invoke(env, seed, SEEDS / "005_rhine_low_water.txt", "-o", second, "--extractions", "none").exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    later = invoke({**env, "SOURCE_DATE_EPOCH": str(int(EPOCH) + 3600)}, seed, SEEDS / "005_rhine_low_water.txt",
                   "--extractions", "none").stdout
    changed = [line for line, other in zip(first.read_text().splitlines(), later.splitlines()) if line != other]
    assert [line.split()[0] for line in changed] == ["generated:", "Generated"]


def test_a_directory_contributes_only_its_annotated_articles(env: dict[str, str], seed: Path,
                                                             tmp_path: Path) -> None:
    shutil.copy(SEEDS / "001_maine_seawall_vote.txt", tmp_path / "seawall.txt")
    result = invoke(env, tmp_path, "--extractions", "none")
    assert result.exit_code == 0, result.stderr
    assert "Latvia invites Japan" in result.stdout and "seawall" not in result.stdout.lower()
    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copy(SEEDS / "001_maine_seawall_vote.txt", empty / "seawall.txt")
    result = invoke(env, empty)
    assert result.exit_code == 1
    assert "no annotated articles in" in _one_error_line(result)


def test_errors_are_one_line(env: dict[str, str], tmp_path: Path) -> None:
    result = invoke(env, tmp_path / "nope.txt")
    assert result.exit_code == 1
    assert "nope.txt" in _one_error_line(result)
    result = invoke(env, SEED, "-o", tmp_path / "missing-dir" / "brief.md")
    assert result.exit_code == 1
    assert "No such file or directory" in _one_error_line(result)
    assert invoke(env, SEED, "--extractions", "some").exit_code == 2


def test_db_option_names_the_store(env: dict[str, str], seed: Path, tmp_path: Path) -> None:
    result = invoke(env, seed, "--db", tmp_path / "other-db", "--extractions", "none")
    assert result.exit_code == 0
    assert "No annotations." in result.stdout and "Count them" not in result.stdout


def test_the_seed_brief_names_the_speaker_of_a_starred_quote(env: dict[str, str], seed: Path) -> None:
    """Issue 7's 'done when': highlights, notes and the starred quote with its speaker and role."""
    from briefing.extract import extract

    article = load(seed)
    quote = next(q for q in extract(article).quotes if q.text.startswith("Twenty countries"))
    AnnotationStore(env["BRIEFING_DB"]).add(article, quote.start, quote.end, kind="star",
                                            item=Item("quote", quote.id, quote.text), note="Key quote")
    result = invoke(env, seed)
    assert result.exit_code == 0, result.stderr
    assert "— **Baiba Braze, Latvian Foreign Minister** · direct quote" in result.stdout
    assert "### Baiba Braze, Latvian Foreign Minister" in result.stdout  # Who said what.
    assert "Count them" in result.stdout and "Key quote" in result.stdout


def test_the_command_never_imports_textual(env: dict[str, str], seed: Path) -> None:
    code = ("import sys, runpy; sys.argv = ['briefing', sys.argv[1], '--extractions', 'none']\n"
            "try:\n    runpy.run_module('briefing.export_cli', run_name='__main__')\n"
            "except SystemExit as e:\n    assert not e.code, e.code\n"
            "assert not [m for m in sys.modules if m.split('.')[0] == 'textual']")
    done = subprocess.run([sys.executable, "-c", code, str(seed)], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **env}, timeout=60)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([sys.executable, *ENTRY, str(seed), "--extractions", "none"], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, **env}, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("---\n"), done.stderr


def test_an_extractor_failure_costs_a_warning_not_the_notes(env: dict[str, str], seed: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.extract

    def broken(_article):
        raise ValueError("model missing")

    monkeypatch.setattr(briefing.extract, "extract", broken)
    article = load(seed)
    start = article.text.index("1.8 billion euros")
    AnnotationStore(env["BRIEFING_DB"]).add(article, start, start + 17, kind="star",
                                            item=Item("figure", "f4", "1.8 billion euros"))
    result = invoke(env, seed, "--extractions", "all")
    assert result.exit_code == 0
    assert "extraction failed (ValueError: model missing)" in result.stderr
    assert "Count them" in result.stdout and "★ starred figure" in result.stdout


def test_starred_only_and_all_extractions_from_the_command(env: dict[str, str], seed: Path) -> None:
    article = load(seed)
    start = article.text.index("1.8 billion euros")
    AnnotationStore(env["BRIEFING_DB"]).add(article, start, start + 17, kind="star")
    result = invoke(env, seed, "--starred-only", "--extractions", "all")
    assert result.exit_code == 0, result.stderr
    assert "Count them" not in result.stdout  # The plain highlight is left out.
    assert "→ 1.8e9 EUR · money" in result.stdout  # The bare star found its figure.
    assert "#### Speakers" in result.stdout and "| ★ | Figure | Kind | Reading |" in result.stdout
