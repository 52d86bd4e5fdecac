"""`briefing annotations ...` run as a user would, in a subprocess, against a temp store."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"BRIEFING_DB": str(tmp_path / "db"), "XDG_DATA_HOME": str(tmp_path / "xdg")}


@pytest.fixture
def story(tmp_path: Path) -> Path:
    copy = tmp_path / "seawall.txt"
    shutil.copy(SEEDS / "001_maine_seawall_vote.txt", copy)
    return copy


def run(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    """`python -m briefing annotations ARGS` with the store in a temp dir."""
    return subprocess.run([sys.executable, "-m", "briefing", "annotations", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60, env={**os.environ, **env})


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: "), result.stderr
    return lines[0]


def test_add_list_rm(env: dict[str, str], story: Path) -> None:
    added = run(env, "add", story, "--exact", "Mayor Delia Marchetti", "--note", "key voice",
                "--tag", "people", "--tag", "vote")
    assert added.returncode == 0, added.stderr
    new_id = added.stdout.strip()
    assert len(new_id) == 36
    listed = run(env, "list")
    assert new_id[:8] in listed.stdout and "Mayor Delia Marchetti" in listed.stdout
    assert "#people #vote" in listed.stdout
    rows = json.loads(run(env, "list", story, "--json").stdout)
    assert [r["id"] for r in rows] == [new_id]
    assert rows[0]["kind"] == "note" and rows[0]["anchor"]["status"] == "anchored"
    text = story.read_text()  # the ingested text differs from the file, but the passage is there
    assert "Mayor Delia Marchetti" in text
    removed = run(env, "rm", new_id[:8])
    assert removed.returncode == 0 and new_id in removed.stdout
    assert json.loads(run(env, "list", "--json").stdout) == []


def test_add_star_and_occurrence(env: dict[str, str], story: Path) -> None:
    first = run(env, "add", story, "--exact", "Front Street", "--occurrence", "1", "--star").stdout.strip()
    second = run(env, "add", story, "--exact", "Front Street", "--occurrence", "2").stdout.strip()
    rows = {r["id"]: r for r in json.loads(run(env, "list", story, "--json").stdout)}
    assert rows[first]["kind"] == "star" and rows[second]["kind"] == "highlight"
    assert rows[first]["target"]["start"] < rows[second]["target"]["start"]


def test_add_errors_are_one_line(env: dict[str, str], story: Path, tmp_path: Path) -> None:
    assert "is not in" in one_line_error(run(env, "add", story, "--exact", "no such words here"))
    ambiguous = one_line_error(run(env, "add", story, "--exact", "Front Street"))
    assert "--occurrence" in ambiguous and "times" in ambiguous
    assert "only" in one_line_error(run(env, "add", story, "--exact", "Mayor Delia", "--occurrence", "3"))
    one_line_error(run(env, "add", tmp_path / "missing.txt", "--exact", "x"))
    assert run(env, "add", story).returncode == 2  # --exact is required: a usage error


def test_whitespace_in_exact_is_flexible(env: dict[str, str], story: Path) -> None:
    added = run(env, "add", story, "--exact", "Mayor   Delia\nMarchetti")
    assert added.returncode == 0, added.stderr


def test_rm_unknown_id(env: dict[str, str]) -> None:
    assert "no annotation" in one_line_error(run(env, "rm", "deadbeef"))


def test_export_import_idempotent(env: dict[str, str], story: Path, tmp_path: Path) -> None:
    run(env, "add", story, "--exact", "Mayor Delia Marchetti", "--note", "n", "--tag", "t")
    run(env, "add", story, "--exact", "buckets and prayers", "--star")
    for fmt in ("json", "jsonld"):
        out = tmp_path / f"export.{fmt}"
        exported = run(env, "export", "--format", fmt, "-o", out)
        assert exported.returncode == 0 and out.exists(), exported.stderr
        other = {**env, "BRIEFING_DB": str(tmp_path / f"other-{fmt}")}
        assert "2 added" in run(other, "import", out).stdout
        again = run(other, "import", out)
        assert "0 added, 0 updated, 2 unchanged" in again.stdout
        assert json.loads(run(other, "list", "--json").stdout) == json.loads(run(env, "list", "--json").stdout)
    stdout = json.loads(run(env, "export", "--format", "jsonld").stdout)
    assert stdout["type"] == "AnnotationCollection" and stdout["total"] == 2


def test_import_rejects_garbage(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert "not an annotation export" in one_line_error(run(env, "import", bad))
    one_line_error(run(env, "import", tmp_path / "missing.json"))


def test_unsafe_db_dir_refused(env: dict[str, str], tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    assert "writable by group or others" in one_line_error(run(env, "list", "--db", shared))


def test_corrupt_store_warns_and_goes_on(env: dict[str, str], story: Path) -> None:
    run(env, "add", story, "--exact", "Mayor Delia Marchetti")
    (article_file,) = (Path(env["BRIEFING_DB"]) / "articles").glob("*.json")
    article_file.write_text("{broken")
    listed = run(env, "list")
    assert listed.returncode == 0
    assert listed.stderr.startswith("briefing: warning: ") and "corrupt-" in listed.stderr
    assert len(listed.stderr.strip().splitlines()) == 1


def test_commands_do_not_import_textual(env: dict[str, str], story: Path) -> None:
    check = (
        "import sys\n"
        "from briefing.cli import main\n"
        "for args in (['add', sys.argv[1], '--exact', 'Mayor Delia Marchetti'], ['list'], ['export']):\n"
        "    try:\n"
        "        main(['annotations', *args])\n"
        "    except SystemExit as exit:\n"
        "        assert not exit.code, exit.code\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    result = subprocess.run([sys.executable, "-c", check, str(story)], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_list_flags_orphans_after_the_article_changes(env: dict[str, str], story: Path) -> None:
    kept = run(env, "add", story, "--exact", "fishing community of about 4,800 people").stdout.strip()
    gone = run(env, "add", story, "--exact", "buckets and prayers", "--note", "quote").stdout.strip()
    text = story.read_text()
    paragraph = next(p for p in text.split("\n\n") if "buckets and prayers" in p)
    story.write_text(text.replace(paragraph + "\n\n", ""))
    rows = {r["id"]: r for r in json.loads(run(env, "list", story, "--json").stdout)}
    assert rows[gone]["anchor"] == {"status": "orphaned", "start": None, "end": None}
    assert rows[gone]["note"] == "quote"  # kept, with its note
    assert rows[kept]["anchor"]["status"] in ("anchored", "moved")
    listed = run(env, "list", story).stdout
    assert "ORPHANED" in listed and gone[:8] in listed


def test_list_output_strips_terminal_controls(env: dict[str, str], story: Path) -> None:
    evil = "\x1b]52;c;SGVsbG8=\x07copied \x1b[2J\u202eevil"
    assert run(env, "add", story, "--exact", "Mayor Delia Marchetti", "--note", evil).returncode == 0
    listed = run(env, "list").stdout
    assert "evil" in listed and "\x1b" not in listed and "\u202e" not in listed
