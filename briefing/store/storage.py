"""A TinyDB storage that never leaves a half-written file.

TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write can
leave broken JSON. Here every write goes to a temp file in the same directory,
is fsynced, renamed over the old file with `os.replace` (atomic on POSIX), and
the directory is fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from .errors import CorruptFile

TEMP_SUFFIX = ".tmp"


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, payload: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `payload`: readers see the old file or the new one, never a mix.

    `durable=False` skips the fsyncs: still atomic for a killed process, but a power cut may
    lose the write — only for files that can be rebuilt (the index).
    """
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp creates it 0600.
            handle.write(payload)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    if durable:
        fsync_dir(path.parent)


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """(inode, mtime_ns, size): changes whenever an atomic write replaces the file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def remove_temp_files(directory: Path) -> int:
    """Delete temp files left by killed writers; call only while holding the store lock."""
    removed = 0
    for name in os.listdir(directory):
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        try:
            (directory / name).unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def read_json(path: Path) -> dict[str, Any] | None:
    """The TinyDB data in `path`; None if missing or empty; CorruptFile if unusable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CorruptFile(f"{path} is unreadable ({exc.strerror})") from exc
    if not raw.strip():
        return None
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CorruptFile(f"{path} is not valid JSON") from exc
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise CorruptFile(f"{path} is not a TinyDB file")
    return data


def encode(data: dict[str, Any]) -> bytes:
    # ASCII output: lone surrogates or odd code points can never make a write fail.
    return json.dumps(data, separators=(",", ":"), check_circular=False).encode("ascii")


class AtomicJSONStorage(Storage):
    """TinyDB storage over one JSON file, written atomically, created 0600."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, encode(data))

    def close(self) -> None:
        pass


class BufferedStorage(Storage):
    """TinyDB storage over data already read: writes stay in memory for the caller to save once.

    Lets one store operation use TinyDB's table API with one read and one atomic write.
    """

    def __init__(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data

    def read(self) -> dict[str, dict[str, Any]]:
        return self.data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data
