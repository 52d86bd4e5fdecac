"""The store's files: a private directory, 0600 files, atomic writes, temp files cleaned up."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from briefing.article import Article
from briefing.store.errors import StoreError
from briefing.store.paths import default_dir, private_dir
from briefing.store.storage import AtomicJSONStorage, atomic_write, read_json
from briefing.store.store import AnnotationStore

TEXT = "Ships queued at Kaub as the Rhine fell to 40 centimetres, a level not seen since 2022."


@pytest.fixture(autouse=True)
def no_real_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def article(path: Path) -> Article:
    return Article("a1", str(path), "Rhine", "", "", None, "", "", TEXT, ((0, len(TEXT)),))


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_default_dir_honours_xdg_and_briefing_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_dir() == tmp_path / "xdg" / "briefing"
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "elsewhere"))
    assert default_dir() == tmp_path / "elsewhere"


def test_directory_0700_and_files_0600(tmp_path: Path) -> None:
    os.umask(0o022)
    store = AnnotationStore()
    store.add(article(tmp_path / "a.txt"), 0, 5, note="n")
    assert store.dir == tmp_path / "xdg" / "briefing"
    assert mode(store.dir) == 0o700 and mode(store.articles_dir) == 0o700
    files = [p for p in store.dir.rglob("*") if p.is_file()]
    assert len(files) == 3  # index, one article file, the lock
    assert all(mode(p) == 0o600 for p in files), {p.name: oct(mode(p)) for p in files}


def test_symlinked_data_dir_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(real)
    with pytest.raises(StoreError, match="symlink"):
        AnnotationStore(tmp_path / "link")


def test_group_or_world_writable_data_dir_is_refused(tmp_path: Path) -> None:
    for bits in (0o770, 0o707, 0o777):
        shared = tmp_path / f"shared{bits:o}"
        shared.mkdir()
        shared.chmod(bits)
        with pytest.raises(StoreError, match="writable by group or others"):
            private_dir(shared)


def test_a_file_in_place_of_the_data_dir_is_refused(tmp_path: Path) -> None:
    (tmp_path / "db").write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        AnnotationStore(tmp_path / "db")


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    atomic_write(target, b'{"a": {}}')
    first_inode = target.stat().st_ino
    atomic_write(target, b'{"b": {}}')
    assert target.read_bytes() == b'{"b": {}}'
    assert target.stat().st_ino != first_inode  # a new file renamed over, not rewritten in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.json"]
    assert mode(target) == 0o600


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.json"
    atomic_write(target, b'{"old": {}}')

    def crash(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        atomic_write(target, b'{"new": {}}')
    monkeypatch.undo()
    assert json.loads(target.read_bytes()) == {"old": {}}
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_tinydb_storage_round_trip(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "db.json")
    assert storage.read() is None
    storage.write({"_default": {"1": {"text": "caf\u00e9 \udc80"}}})  # even a lone surrogate
    assert read_json(tmp_path / "db.json") == {"_default": {"1": {"text": "caf\u00e9 \udc80"}}}


def test_leftover_temp_files_are_removed_at_open(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db")
    store.add(article(tmp_path / "a.txt"), 0, 5)
    (store.dir / ".index.json.abc123.tmp").write_text("{partial")
    (store.articles_dir / ".x.json.def456.tmp").write_text("{partial")
    (store.articles_dir / "notes.txt").write_text("not ours to delete")
    reopened = AnnotationStore(tmp_path / "db")
    assert not list(reopened.dir.rglob("*.tmp"))
    assert (store.articles_dir / "notes.txt").exists()
    assert len(reopened.all()) == 1
