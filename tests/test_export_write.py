"""Writing a brief: atomic, private when new, never over an existing file without force."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefing.export import write as write_module
from briefing.export.errors import ExportError, TargetExists
from briefing.export.write import write_brief


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_is_0600_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = write_brief(tmp_path / "brief.md", "# Brief\n")
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == "# Brief\n"
    assert _mode(target) == 0o600


def test_an_existing_file_is_left_untouched_without_force(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("mine\n")
    before = os.stat(target)
    with pytest.raises(TargetExists, match="already exists"):
        write_brief(target, "theirs\n")
    assert target.read_text() == "mine\n"
    assert os.stat(target).st_mtime_ns == before.st_mtime_ns
    assert _leftovers(tmp_path) == []


def test_force_replaces_and_keeps_the_existing_mode(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old\n")
    os.chmod(target, 0o644)
    write_brief(target, "new ✓\n", force=True)
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert _mode(target) == 0o644
    assert _leftovers(tmp_path) == []


def test_a_file_appearing_during_the_write_is_not_overwritten(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.md"
    real = write_module._temp_copy

    def racing(path: Path, payload: bytes, mode: int) -> Path:
        target.write_text("someone else's\n")  # Created after the check, before the move.
        return real(path, payload, mode)

    monkeypatch.setattr(write_module, "_temp_copy", racing)
    with pytest.raises(TargetExists):
        write_brief(target, "mine\n")
    assert target.read_text() == "someone else's\n"
    assert _leftovers(tmp_path) == []


def test_unwritable_targets_fail_with_one_line(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="No such file or directory"):
        write_brief(tmp_path / "missing" / "brief.md", "x")
    with pytest.raises(ExportError, match="is a directory"):
        write_brief(tmp_path, "x", force=True)


def test_readers_never_see_a_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old\n")

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_module.os, "replace", crash)
    with pytest.raises(ExportError, match="No space left"):
        write_brief(target, "new\n" * 1000, force=True)
    assert target.read_text() == "old\n"
    assert _leftovers(tmp_path) == []
