"""Per-user files of the reader: settings (theme), keymap and read state.

Everything lives in the XDG dirs (platformdirs): `settings.json` and `keymap.toml` in
`user_config_dir("briefing")`, `read.json` in `user_state_dir("briefing")`. Our own
directories are 0700 and files 0600, written atomically (temp file + `os.replace`).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_state_dir

APP = "briefing"
KEYMAP_FILE = "keymap.toml"
SETTINGS_FILE = "settings.json"
READ_FILE = "read.json"


def config_dir() -> Path:
    return Path(user_config_dir(APP))


def state_dir() -> Path:
    return Path(user_state_dir(APP))


def _ensure_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o700)


def write_private(path: Path, data: str) -> None:
    """Write `data` to `path` atomically, mode 0600, in a 0700 directory."""
    _ensure_dir(path.parent)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def load_settings() -> dict[str, Any]:
    data = _read_json(config_dir() / SETTINGS_FILE)
    return data if isinstance(data, dict) else {}


def save_settings(settings: dict[str, Any]) -> None:
    write_private(config_dir() / SETTINGS_FILE, json.dumps(settings, indent=1, sort_keys=True))


def load_read_ids() -> set[str]:
    data = _read_json(state_dir() / READ_FILE)
    return {str(v) for v in data} if isinstance(data, list) else set()


def save_read_ids(ids: set[str]) -> None:
    write_private(state_dir() / READ_FILE, json.dumps(sorted(ids)))


class KeymapError(ValueError):
    """The keymap file exists but cannot be used."""


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """Binding id → keys from `keymap.toml`.

    Either top-level `"reader.search" = "ctrl+f"` pairs or the same under a `[keymap]` table;
    a list of keys is joined with commas. A missing file is an empty keymap.
    """
    path = path or config_dir() / KEYMAP_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise KeymapError(f"{path}: {exc}") from None
    import tomllib  # most users have no keymap: start-up skips the TOML parser

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KeymapError(f"{path}: {exc}") from None
    table = data.get("keymap", data)
    if not isinstance(table, dict):
        raise KeymapError(f"{path}: [keymap] must be a table")
    keymap: dict[str, str] = {}
    for binding_id, keys in _flatten(table):
        if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
            keys = ",".join(keys)
        if not isinstance(keys, str) or not keys.strip():
            raise KeymapError(f"{path}: {binding_id!r} needs a key string such as \"ctrl+f\"")
        keymap[binding_id] = keys
    return keymap


def _flatten(table: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    # Unquoted dotted TOML keys (reader.search = "x") arrive as nested tables.
    pairs: list[tuple[str, Any]] = []
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            pairs.extend(_flatten(value, name + "."))
        else:
            pairs.append((name, value))
    return pairs
