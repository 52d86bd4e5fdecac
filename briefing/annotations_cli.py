"""`briefing annotations ...`: the annotation store from scripts, backups and tests.

Never imports Textual. Errors are one line (`briefing: error: ...`, exit 1).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .article import Article
from .console import fail, warn
from .ingest import IngestError, expand, load
from .ingest.sanitize import strip_terminal_controls
from .store.anchor import occurrences
from .store.errors import StoreError
from .store.exchange import parse, to_json, to_jsonld
from .store.model import Annotation
from .store.storage import atomic_write
from .store.store import AnnotationStore, Placed

db_option = click.option(
    "--db", type=click.Path(), default=None,
    help="Store directory (default: $BRIEFING_DB, else the user data dir, e.g. ~/.local/share/briefing).",
)


@contextmanager
def _store(db: str | None) -> Iterator[AnnotationStore]:
    """The store, with its notices shown as warnings and its errors as one line."""
    store: AnnotationStore | None = None
    error = None
    try:
        store = AnnotationStore(db)
        yield store
    except StoreError as exc:
        error = str(exc)
    finally:
        for notice in store.notices if store else ():
            warn(notice)
    if error:
        fail(error)


def _load(path: str) -> Article:
    try:
        return load(path)
    except IngestError as exc:
        fail(str(exc))


def find_spans(text: str, exact: str) -> list[tuple[int, int]]:
    """Where `exact` occurs in `text`; if nowhere literally, with any run of whitespace between words."""
    spans = [(at, at + len(exact)) for at in occurrences(text, exact)]
    words = exact.split()
    if not spans and words:
        pattern = r"\s+".join(map(re.escape, words))
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return spans


@click.group("annotations")
def annotations() -> None:
    """Highlights, notes, tags and stars.

    The store is a directory: --db PATH, else $BRIEFING_DB, else the user data dir.
    """


@annotations.command()
@click.argument("path", type=click.Path())
@click.option("--exact", required=True, help="The passage to annotate, as it appears in the article.")
@click.option("--note", default="", help="A note on the passage.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for several).")
@click.option("--star", is_flag=True, help="Star the passage for the brief.")
@click.option("--occurrence", type=click.IntRange(min=1), help="Which occurrence, if the passage occurs more than once (1 = first).")
@db_option
def add(path: str, exact: str, note: str, tags: tuple[str, ...], star: bool, occurrence: int | None,
        db: str | None) -> None:
    """Annotate a passage of the article at PATH; prints the new annotation's id."""
    article = _load(path)
    if not exact.strip():
        fail("--exact must not be empty")
    spans = find_spans(article.text, exact)
    if not spans:
        fail(f"{_short(exact)!r} is not in {path}")
    if occurrence is None and len(spans) > 1:
        fail(f"{_short(exact)!r} occurs {len(spans)} times in {path}: choose one with --occurrence 1..{len(spans)}")
    if occurrence is not None and occurrence > len(spans):
        fail(f"{_short(exact)!r} occurs only {len(spans)} time(s) in {path}, not {occurrence}")
    start, end = spans[(occurrence or 1) - 1]
    kind = "star" if star else "note" if note else "highlight"
    with _store(db) as store:
        new = store.add(article, start, end, kind=kind, note=note, tags=tags)
    click.echo(new.id)


@annotations.command("list")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@db_option
def list_command(paths: tuple[str, ...], as_json: bool, db: str | None) -> None:
    """List annotations: of the articles at PATHS (re-anchored in their current text), else all."""
    with _store(db) as store:
        if paths:
            try:
                files = expand(list(paths))
            except IngestError as exc:
                fail(str(exc))
            rows = [(p.annotation, p) for f in files for p in store.for_article(_load(f))]
        else:
            everything = sorted(store.all(), key=lambda a: (a.article.title, a.article.path or "", a.target.start))
            rows = [(a, None) for a in everything]
    if as_json:
        click.echo(json.dumps([_row_json(a, p) for a, p in rows], ensure_ascii=False, indent=1))
        return
    for a, placed in rows:
        click.echo(_row_text(a, placed))


def _row_json(a: Annotation, placed: Placed | None) -> dict[str, Any]:
    row = a.to_dict()
    if placed:
        row["anchor"] = {"status": placed.anchor.status, "start": placed.anchor.start, "end": placed.anchor.end}
    return row


def _row_text(a: Annotation, placed: Placed | None) -> str:
    where = ""
    if placed:
        where = "ORPHANED" if placed.anchor.orphaned else f"{placed.anchor.start}-{placed.anchor.end}"
    parts = [a.id[:8], a.kind, where, f"“{_short(a.target.exact)}”",
             a.article.title if not placed else "", f"note: {_short(a.note)}" if a.note else "",
             " ".join(f"#{t}" for t in a.tags)]
    return strip_terminal_controls("  ".join(p for p in parts if p))


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@annotations.command()
@click.argument("annotation_id", metavar="ID")
@db_option
def rm(annotation_id: str, db: str | None) -> None:
    """Delete the annotation ID (or a unique prefix of it, as `list` shows)."""
    with _store(db) as store:
        removed = store.delete(store.resolve(annotation_id))
    click.echo(f"removed {removed.id}")


@annotations.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonld"]), default="json", show_default=True,
              help="json: briefing's own; jsonld: W3C Web Annotation JSON-LD.")
@db_option
def export(output: str | None, fmt: str, db: str | None) -> None:
    """Export every annotation."""
    with _store(db) as store:
        annotations_ = store.all()
    document = to_jsonld(annotations_) if fmt == "jsonld" else to_json(annotations_)
    text = json.dumps(document, indent=1) + "\n"  # ASCII: any note survives any encoding.
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        atomic_write(Path(output).absolute(), text.encode("ascii"))
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}")
    click.echo(f"exported {len(annotations_)} annotations to {output}", err=True)


@annotations.command("import")
@click.argument("file", type=click.Path(allow_dash=True))
@db_option
def import_command(file: str, db: str | None) -> None:
    """Import annotations from FILE (either export format; "-" = standard input). Importing twice adds nothing."""
    try:
        raw = sys.stdin.buffer.read() if file == "-" else open(file, "rb").read()
        records = parse(json.loads(raw))
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror}")
    except (ValueError, UnicodeDecodeError) as exc:
        fail(f"{file} is not an annotation export: {_short(str(exc), 120)}")
    with _store(db) as store:
        result = store.import_annotations(records)
    click.echo(f"imported {file}: {result.added} added, {result.updated} updated, {result.unchanged} unchanged")
