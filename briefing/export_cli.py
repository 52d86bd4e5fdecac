"""`briefing export PATH ...`: a Markdown brief of annotated articles.

Never imports Textual. Errors are one line (`briefing: error: ...`, exit 1);
an existing output file is left untouched unless `--force` is given.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import click

from .annotations_cli import db_option
from .article import Article
from .console import fail, warn
from .export.brief import render, summary
from .export.errors import ExportError, TargetExists
from .export.extractors import brief_extractor
from .export.gather import LEVELS, Extractor, Level, gather
from .export.write import write_brief
from .ingest import DEFAULT_MAX_SIZE, IngestError, load, scan
from .store.errors import StoreError
from .store.store import AnnotationStore


@click.command("export")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to FILE (default, or -: standard output).")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@click.option("--starred-only", is_flag=True, help="Only starred annotations (no plain highlights or notes).")
@click.option("--extractions", "level", type=click.Choice(LEVELS), default="starred", show_default=True,
              help="Extracted items to include: none, the starred ones, or all (adds tables of speakers, "
                   "quotes, figures and claims).")
@db_option
def export(paths: tuple[str, ...], output: str | None, force: bool, starred_only: bool, level: Level,
           db: str | None) -> None:
    """Export a Markdown brief of the articles at PATHS with their highlights, notes and stars.

    A file is always included; from a directory, only its annotated articles.
    Extractions are cached in $BRIEFING_CACHE, else the user cache dir.
    Set SOURCE_DATE_EPOCH to fix the "generated" time (reproducible output).
    """
    output = None if output == "-" else output
    if output and os.path.lexists(output) and not force:
        fail(f"{output} already exists; use --force to overwrite it")
    articles = _articles(paths)
    store = None
    try:
        store = AnnotationStore(db)
        briefs = gather([a for a, _ in articles], store, level=level, starred_only=starred_only,
                        extractor=_extractor() if level != "none" else None)
    except StoreError as exc:
        fail(str(exc))
    finally:
        for notice in store.notices if store else ():
            warn(notice)
    chosen = [b for b, (_, explicit) in zip(briefs, articles) if explicit or b.marks]
    if not chosen:
        fail("no annotated articles in " + ", ".join(paths))
    text = render(chosen, generated=_now(), level=level)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_brief(Path(output), text, force=force)
    except TargetExists as exc:
        fail(f"{exc}; use --force to overwrite it")
    except ExportError as exc:
        fail(str(exc))
    click.echo(f"exported {summary(chosen)} to {output}", err=True)


def _articles(paths: tuple[str, ...]) -> list[tuple[Article, bool]]:
    """Each article once, with whether it was named itself (True) or found in a directory."""
    found: dict[str, tuple[Article, bool]] = {}
    for given in paths:
        try:
            if os.path.isdir(given):
                loaded, warnings = scan([given], max_size=DEFAULT_MAX_SIZE)
                for message in warnings:
                    warn(message)
                batch = [(a, False) for a in loaded]
            else:
                article = load(given)
                batch = [(article, True)]
                for message in article.warnings:
                    warn(message)
        except IngestError as exc:
            fail(str(exc))
        for article, explicit in batch:
            key = os.path.realpath(article.path or "")
            first, named = found.get(key, (article, False))
            found[key] = (first, named or explicit)
    return list(found.values())


def _extractor() -> Extractor:
    """Extraction through the disk cache; if the extractor fails on an article, the brief goes on without it."""
    from .extract import extract

    return brief_extractor(extract, warn)


def _now() -> datetime:
    """Now, or SOURCE_DATE_EPOCH (the reproducible-builds convention) when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return datetime.now(timezone.utc)


if __name__ == "__main__":
    export(prog_name="briefing export")
