"""The reader's per-user files: keymap forms, private atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefing.tui import config

from .test_tui_support import private_dirs  # noqa: F401 - autouse fixture


def test_keymap_accepts_quoted_dotted_and_list_forms(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"reader.search" = "f"\nreader.copy = ["y", "c"]\n[keymap]\n"body.top" = "home"\n')
    # A [keymap] table wins over top-level pairs.
    assert config.load_keymap(path) == {"body.top": "home"}
    path.write_text('"reader.search" = "f"\nreader.copy = ["y", "c"]\n')
    assert config.load_keymap(path) == {"reader.search": "f", "reader.copy": "y,c"}
    assert config.load_keymap(tmp_path / "missing.toml") == {}


@pytest.mark.parametrize("text", ["reader.search = 1\n", "reader.search = ''\n", "not toml ["])
def test_bad_keymaps_raise_a_keymap_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text(text)
    with pytest.raises(config.KeymapError):
        config.load_keymap(path)


def test_settings_and_read_state_are_private_and_atomic(private_dirs: Path) -> None:
    config.save_settings({"theme": "ansi-dark"})
    config.save_read_ids({"b", "a"})
    assert config.load_settings() == {"theme": "ansi-dark"}
    assert config.load_read_ids() == {"a", "b"}
    for path in (config.config_dir() / config.SETTINGS_FILE, config.state_dir() / config.READ_FILE):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
        assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left
    (config.config_dir() / config.SETTINGS_FILE).write_text("{broken")
    assert config.load_settings() == {}
