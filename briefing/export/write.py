"""Writing a brief atomically: readers see no file, the old one or the new one, never half of one.

The text goes to a temp file in the target's directory, is fsynced, then moved
into place; the directory is fsynced so the rename survives a power cut. A new
file is 0600 (briefs quote private notes, and servers are shared); an existing
one keeps its mode.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from .errors import ExportError, TargetExists

NEW_FILE_MODE = 0o600


def write_brief(path: str | os.PathLike[str], text: str, *, force: bool = False) -> Path:
    """Write `text` (UTF-8) to `path`; an existing file is replaced only with `force` (else TargetExists)."""
    target = Path(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}") from exc
    else:
        if stat.S_ISDIR(info.st_mode):
            raise ExportError(f"cannot write {target}: it is a directory")
        if not force:
            raise _exists(target)
        mode = stat.S_IMODE(info.st_mode)
    temp = _temp_copy(target, text.encode("utf-8"), mode)
    try:
        _move(temp, target, force)
        _fsync_dir(target.parent)
    finally:
        temp.unlink(missing_ok=True)
    return target


def _exists(target: Path) -> TargetExists:
    return TargetExists(f"{target} already exists")


def _temp_copy(target: Path, payload: bytes, mode: int) -> Path:
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}") from exc
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {exc.strerror}") from exc
    return temp


def _move(temp: Path, target: Path, force: bool) -> None:
    """Put `temp` at `target`; without `force`, never over a file that appeared meanwhile."""
    try:
        if force:
            os.replace(temp, target)
            return
        try:
            os.link(temp, target)  # Fails if `target` exists: no window between check and write.
        except OSError as exc:
            if exc.errno == errno.EEXIST:
                raise _exists(target) from None
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                raise
            if target.exists():  # No hard links here: check, then rename.
                raise _exists(target) from None
            os.replace(temp, target)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}") from exc


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # Not every platform opens directories; the rename itself is done.
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
