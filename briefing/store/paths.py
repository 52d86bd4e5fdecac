"""Where the annotation store lives, and the checks that keep it private.

`BRIEFING_DB` or an explicit path (`--db`) names the store directory; otherwise
it is platformdirs' user data dir, which honours `$XDG_DATA_HOME` on Linux.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import user_data_dir

from .errors import StoreError

ENV_VAR = "BRIEFING_DB"
DIR_MODE = 0o700
FILE_MODE = 0o600


def default_dir() -> Path:
    """The store directory when no path is given: `$BRIEFING_DB`, else the user data dir."""
    return Path(os.environ.get(ENV_VAR) or user_data_dir("briefing", appauthor=False))


def private_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The store directory, created 0700 if missing; refused if it is not safely ours."""
    target = Path(path).expanduser() if path else default_dir()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.mkdir(mode=DIR_MODE, exist_ok=True)
    except FileExistsError:
        pass  # A dangling symlink or a file: check_private says which.
    except OSError as exc:
        raise StoreError(f"cannot create the annotation store {target}: {exc.strerror}") from exc
    check_private(target)
    return target


def check_private(path: Path) -> None:
    """Refuse a directory that is a symlink, not ours, or writable by group/others."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise StoreError(f"cannot use the annotation store {path}: {exc.strerror}") from exc
    if stat.S_ISLNK(info.st_mode):
        raise StoreError(f"refusing the annotation store {path}: it is a symlink")
    if not stat.S_ISDIR(info.st_mode):
        raise StoreError(f"refusing the annotation store {path}: not a directory")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise StoreError(f"refusing the annotation store {path}: owned by another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise StoreError(
            f"refusing the annotation store {path}: writable by group or others "
            f"(fix with: chmod 700 {path})"
        )
