"""Where the bundled sample library and the stylesheets are.

An installed wheel carries them inside the package (`briefing/_data/`, see the
force-include in pyproject.toml); a source checkout has them at the top level.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def seeds_dir() -> Path:
    """The bundled sample articles: the default library."""
    return _bundled("seeds")


def styles_dir() -> Path:
    """The Textual stylesheets (`*.tcss`)."""
    return _bundled("styles")
