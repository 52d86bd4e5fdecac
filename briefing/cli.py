"""The `briefing` command line.

Headless commands (`list`, `extract`) never import Textual, so they start fast;
only the reader does. Exit codes: 0 ok, 1 error, 2 usage, 130 interrupted.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import re
import shutil
import sys
from collections.abc import Sequence
from typing import Any

import click

from . import __version__
from .article import Article
from .console import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, fail, warn
from .ingest import DEFAULT_MAX_SIZE, IngestError, expand, load, load_bytes, scan
from .resources import seeds_dir

class ByteSize(click.ParamType):
    """Sizes such as `20MB`, `500K` or `1048576`."""

    name = "size"
    _UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(value))
        if not found or found[2].lower() not in self._UNITS:
            self.fail(f"{value!r} is not a size like 20MB, 500K or 1048576", param, ctx)
        return int(float(found[1]) * self._UNITS[found[2].lower()])


max_size_option = click.option(
    "--max-size", type=ByteSize(), default=DEFAULT_MAX_SIZE, show_default="20MB",
    help="Refuse article files larger than this.",
)


# Commands imported only when run: the reader should not pay for the store and export code.
LAZY_COMMANDS = {
    "annotations": ("briefing.annotations_cli", "annotations"),
    "export": ("briefing.export_cli", "export"),
}


class DefaultToReader(click.Group):
    """`briefing [PATH ...]` opens the reader: arguments that are not a command go to `read`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        global_flags = {"--help", "-h", "--version"}
        known = {*self.commands, *LAZY_COMMANDS}
        if not args or (args[0] not in known and args[0] not in global_flags):
            args = ["read", *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS and name not in self.commands:
            module, attribute = LAZY_COMMANDS[name]
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


@click.group(cls=DefaultToReader, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefing", message="%(prog)s %(version)s")
def cli() -> None:
    """briefing: read the day's articles in the terminal — who said what, what is
    claimed, which numbers matter.

    \b
    briefing [PATH ...]            open the reader (no PATH: the bundled samples)
    briefing list [PATH ...]       list articles
    briefing extract PATH ...      print an article and what was extracted, as JSON
    briefing export PATH ...       write an annotated brief in Markdown
    briefing annotations ...       add, list, remove, export and import annotations

    Exit codes: 0 ok, 1 error, 2 usage error.
    """


def _library(paths: Sequence[str], max_size: int) -> list[Article]:
    """Articles of `paths` (default: the samples); bad files are warned about and skipped."""
    try:
        articles, warnings = scan(paths or [seeds_dir()], max_size=max_size)
    except IngestError as exc:
        fail(str(exc))
    for message in warnings:
        warn(message)
    if not articles:
        fail("no readable articles in " + ", ".join(paths))
    return articles


#: Libraries with more files than this open at once and load in the background.
READ_STREAM_AFTER = 200


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--no-mouse", is_flag=True, help="Leave the mouse to the terminal (its own text selection works).")
@click.option("--theme", metavar="NAME",
              help="Color theme, remembered for next time (ansi-dark/ansi-light use the terminal's colors).")
@click.option("--db", type=click.Path(), default=None,
              help="Annotation store directory (default: $BRIEFING_DB, else the user data dir).")
@max_size_option
def read(paths: tuple[str, ...], no_mouse: bool, theme: str | None, db: str | None, max_size: int) -> None:
    """Open the reader on PATHS (files or directories; default: the bundled samples)."""
    # Start-up allocates what lives on (modules, classes, the library): collecting it is wasted
    # work (~12 ms measured). The app turns the collector back on once its library is up.
    gc.disable()
    try:
        files = expand(paths or [seeds_dir()])
    except IngestError as exc:
        fail(str(exc))
    from functools import partial

    from .tui.app import BriefingApp  # Textual only for the reader.

    if len(files) > READ_STREAM_AFTER:
        # Reading 10,000 files takes seconds: the library opens now and fills in as they load.
        app = BriefingApp([], files=files, loader=partial(load, max_size=max_size), theme=theme, db=db)
    else:
        app = BriefingApp(_library(paths, max_size), theme=theme, db=db)
    app.run(mouse=not no_mouse)


@cli.command("list")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="One JSON array of article metadata.")
@max_size_option
def list_command(paths: tuple[str, ...], as_json: bool, max_size: int) -> None:
    """List the articles in PATHS (default: the bundled samples)."""
    articles = _library(paths, max_size)
    if as_json:
        click.echo(json.dumps([a.metadata() for a in articles], ensure_ascii=False, indent=2))
        return
    width = shutil.get_terminal_size((100, 24)).columns
    rows = [(a.title or os.path.basename(a.path or ""), a.byline, (a.published or "")[:10], a.path or "")
            for a in articles]
    headers = ("TITLE", "BYLINE", "PUBLISHED", "PATH")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    widths[1] = min(widths[1], 24)
    widths[0] = max(20, min(widths[0], width - sum(widths[1:]) - 6))
    for row in (headers, *rows):
        cells = [_fit(cell, widths[i]) for i, cell in enumerate(row[:3])]
        click.echo("  ".join(cells) + "  " + row[3])


def _fit(cell: str, width: int) -> str:
    return cell.ljust(width) if len(cell) <= width else cell[: width - 1] + "…"


def _read_stdin(raw: bool, max_size: int) -> Article:
    data = sys.stdin.buffer.read(max_size + 1)
    return load_bytes(data, path="-" if not raw else None, raw=raw, max_size=max_size)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per article; an array for several).")
@click.option("--raw", is_flag=True, help="Body-only input: no headline, byline or date detection.")
@max_size_option
def extract(paths: tuple[str, ...], as_json: bool, raw: bool, max_size: int) -> None:
    """Print each article of PATHS ("-" = standard input) with what was extracted."""
    articles: list[Article] = []
    errors: list[str] = []
    for given in paths:
        try:
            if given == "-":
                articles.append(_read_stdin(raw, max_size))
                continue
            for file in expand([given]):
                articles.append(load(file, raw=raw, max_size=max_size))
        except IngestError as exc:
            errors.append(str(exc))
    for message in errors:
        click.echo(f"briefing: error: {message}", err=True)  # all of them, then exit
    if errors:
        raise click.exceptions.Exit(EXIT_ERROR)
    for article in articles:
        for message in article.warnings:
            warn(message)
    from .extract import extract as run_extraction, to_contract  # not needed by `list`

    objects = [to_contract(a, run_extraction(a)) for a in articles]
    if as_json:
        payload: Any = objects[0] if len(paths) == 1 and len(objects) == 1 else objects
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    for article, data in zip(articles, objects):
        _print_summary(article, data)


def _print_summary(article: Article, data: dict[str, Any]) -> None:
    """A human-readable digest: metadata, then who said what, claims and figures."""
    click.echo(article.title or article.path or "(untitled)")
    for label, value in (("byline", article.byline), ("published", article.published),
                         ("dateline", article.dateline), ("source", article.source),
                         ("path", article.path)):
        if value:
            click.echo(f"  {label}: {value}")
    click.echo(f"  {len(article.paragraphs)} paragraphs, {len(data['sentences'])} sentences, "
               f"{article.word_count} words")
    speakers = {s["id"]: s for s in data["speakers"]}
    click.echo(f"\nSpeakers ({len(speakers)})")
    for speaker in speakers.values():
        role = f", {speaker['role']}" if speaker["role"] else ""
        click.echo(f"  {speaker['name']}{role} [{speaker['kind']}]")
    click.echo(f"\nQuotes ({len(data['quotes'])})")
    for quote in data["quotes"]:
        who = speakers[quote["speaker"]]["name"] if quote["speaker"] in speakers else "?"
        click.echo(f"  {who} ({quote['kind']}): {quote['text']}")
    click.echo(f"\nClaims ({len(data['claims'])})")
    for claim in data["claims"]:
        click.echo(f"  [{claim['score']:.2f}] {claim['text']}")
    click.echo(f"\nFigures ({len(data['figures'])})")
    for figure in data["figures"]:
        click.echo(f"  {figure['text']} ({figure['kind']})")
    click.echo()


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: never a traceback for an expected failure."""
    try:
        cli.main(args=argv, prog_name="briefing", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("briefing: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        # Output piped into `head` and closed: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except Exception as exc:  # a bug of ours: still one line, the traceback on request
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        click.echo(f"briefing: internal error: {type(exc).__name__}: {exc} "
                   "(run with BRIEFING_DEBUG=1 for details)", err=True)
        sys.exit(EXIT_ERROR)
