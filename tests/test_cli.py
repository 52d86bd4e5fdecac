"""The real command, as a user or a script runs it: output, errors, exit codes."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from briefing.cli import cli

from .conftest import SEED, SEEDS, run_briefing


def assert_one_line_error(result, *needles: str) -> None:
    stderr = result.stderr.decode() if isinstance(result.stderr, bytes) else result.stderr
    assert result.returncode == 1, stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: "), stderr
    for needle in needles:
        assert needle in lines[0]
    assert result.stdout in (b"", "")


def test_version() -> None:
    result = run_briefing("--version")
    assert result.returncode == 0 and result.stdout.decode().startswith("briefing ")


@pytest.mark.parametrize("command", [[], ["list"], ["extract"], ["read"]])
def test_help_everywhere(command: list[str]) -> None:
    result = run_briefing(*command, "--help")
    assert result.returncode == 0
    assert "Usage: briefing" in result.stdout.decode()


def test_usage_error_exits_2() -> None:
    result = run_briefing("extract", "--no-such-flag", str(SEED))
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()


def test_list_bundled_samples_json() -> None:
    result = run_briefing("list", "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    names = {os.path.basename(item["path"]) for item in listed}
    assert names == {p.name for p in SEEDS.iterdir() if p.is_file()}
    seed = next(item for item in listed if item["path"].endswith(SEED.name))
    assert seed["title"].startswith("Latvia invites Japan")


def test_list_table() -> None:
    result = run_briefing("list", str(SEED))
    assert result.returncode == 0
    assert "TAKAYUKI TANAKA" in result.stdout.decode()


def test_extract_one_path_is_one_object() -> None:
    result = run_briefing("extract", "--json", str(SEED))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2025-09-23T00:41:00+09:00"
    assert data["article"]["dateline"] == "TOKYO"
    for start, end in data["paragraphs"]:
        assert data["text"][start:end].strip() == data["text"][start:end] != ""


def test_extract_several_paths_is_an_array() -> None:
    result = run_briefing("extract", "--json", str(SEED), str(SEED))
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 2


def test_extract_stdin_raw() -> None:
    result = run_briefing("extract", "--json", "--raw", "-", stdin=b"Short title\n\nThe body.\n")
    data = json.loads(result.stdout)
    assert data["article"]["title"] == "" and data["text"].startswith("Short title")


def test_extract_human_summary() -> None:
    result = run_briefing("extract", str(SEED))
    assert result.returncode == 0 and "Latvia invites Japan" in result.stdout.decode()


def test_missing_file(tmp_path) -> None:
    assert_one_line_error(run_briefing("extract", str(tmp_path / "nope.txt")), "nope.txt", "no such file")


def test_directory_without_articles(tmp_path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    assert_one_line_error(run_briefing("list", str(tmp_path)), "no articles")


def test_binary_file(tmp_path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 20)
    assert_one_line_error(run_briefing("extract", str(path)), "binary")


def test_empty_file(tmp_path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_one_line_error(run_briefing("extract", str(path)), "empty")
    path.write_bytes(b"  \n\n \n")
    assert_one_line_error(run_briefing("extract", str(path)), "empty")


def test_file_over_the_size_limit(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Title\n\n" + b"word " * 400)
    assert_one_line_error(run_briefing("extract", "--max-size", "1K", str(path)), "limit")
    assert run_briefing("extract", "--max-size", "1MB", str(path)).returncode == 0


def test_default_limit_is_20_megabytes(tmp_path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse: cheap to make
    assert_one_line_error(run_briefing("extract", str(path)), "20 MB")


def test_not_a_regular_file(tmp_path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_one_line_error(run_briefing("extract", str(fifo)), "not a regular file")


def test_unreadable_file(tmp_path, monkeypatch) -> None:
    # Tests may run as root, for whom chmod 000 changes nothing: make open() refuse instead.
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n")
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"briefing: error: {path}: permission denied"


def test_library_scan_skips_bad_files_and_goes_on(tmp_path) -> None:
    (tmp_path / "good.txt").write_text("Good title\n\nTOKYO -- A body.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_briefing("list", "--json", str(tmp_path))
    assert result.returncode == 0
    assert [a["title"] for a in json.loads(result.stdout)] == ["Good title"]
    warnings = result.stderr.decode().strip().splitlines()
    assert len(warnings) == 2 and all(w.startswith("briefing: warning: skipped ") for w in warnings)


def test_cp1252_warning_goes_to_stderr(tmp_path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Title\n\nCaf\u00e9 \u201cquoted\u201d.\n".encode("cp1252"))
    result = run_briefing("extract", "--json", str(path))
    assert result.returncode == 0
    assert json.loads(result.stdout)["text"] == "Café “quoted”."
    assert "Windows-1252" in result.stderr.decode()


def test_output_closed_early_is_not_a_traceback() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        f"{sys.executable} -m briefing extract --json {SEED} {SEED} {SEED} | head -c 10",
        shell=True, capture_output=True,
    )
    assert b"Traceback" not in proc.stderr


def test_an_internal_error_is_one_line_not_a_traceback(monkeypatch, capsys) -> None:
    import briefing.cli as cli_module

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli_module, "scan", broken)
    with pytest.raises(SystemExit) as exit:
        cli_module.main(["list"])
    assert exit.value.code == 1
    err = capsys.readouterr().err
    assert err.strip() == "briefing: internal error: RuntimeError: boom (run with BRIEFING_DEBUG=1 for details)"
