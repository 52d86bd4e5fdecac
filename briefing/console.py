"""How every command reports to the user: one line on stderr, never a traceback."""

from __future__ import annotations

from typing import NoReturn

import click

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def fail(message: str) -> NoReturn:
    """`briefing: error: MESSAGE` on stderr, exit 1."""
    click.echo(f"briefing: error: {message}", err=True)
    raise click.exceptions.Exit(EXIT_ERROR)


def warn(message: str) -> None:
    """`briefing: warning: MESSAGE` on stderr; the command goes on."""
    click.echo(f"briefing: warning: {message}", err=True)
