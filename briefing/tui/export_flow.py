"""Exporting a brief from the app: the library's `e`/`E` and the reader's `e` all call `start_export`.

`start_export(screen, articles)` opens the export dialog with a default file,
`~/briefs/<headline or n-articles>-<YYYY-MM-DD>.md` (the directory is created,
0700, on first use: briefs quote private notes), writes the brief with
`briefing.export` in a worker thread, asks before replacing an existing file
and says where the file went.

Extractions come from the app's memory (the library counts with them), else
the export's disk cache, else the app's extractor; so an export from the app
also warms the cache of the `briefing export` command.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import Screen

from ..article import Article
from ..export import ExportError, file_stem, gather, headline, render, summary, write_brief
from ..export.errors import TargetExists
from ..export.extractors import brief_extractor
from ..readings import plural
from ..store import StoreError
from .dialogs.export import ExportDialog, ExportOptions

if TYPE_CHECKING:
    from .app import BriefingApp

#: Where briefs go unless the user types another path.
BRIEFS_DIR = "~/briefs"


def default_path(articles: Sequence[Article], today: date | None = None) -> str:
    """`~/briefs/<slug>-<date>.md`: the headline's slug for one article, `<n>-articles` for several."""
    stem = file_stem([headline(a) for a in articles])
    return f"{BRIEFS_DIR}/{stem}-{(today or date.today()).isoformat()}.md"


def start_export(screen: Screen, articles: Sequence[Article]) -> None:
    """Ask where to export a brief of `articles` (in this order), then write it and say where it went."""
    app = screen.app
    chosen = list(articles)
    if not chosen:
        app.notify("Nothing to export: no article chosen.", severity="warning")
        return
    subject = f"“{headline(chosen[0])}”" if len(chosen) == 1 else plural(len(chosen), "article")

    def export(options: ExportOptions, force: bool) -> str:
        return export_brief(app, chosen, options, force=force)  # type: ignore[arg-type]

    def done(message: str | None) -> None:
        if message:
            app.notify(message, title="Exported", markup=False, timeout=10)

    app.push_screen(ExportDialog(default_path(chosen), subject, export), done)


def export_brief(app: BriefingApp, articles: Sequence[Article], options: ExportOptions, *, force: bool) -> str:
    """Write the brief as `options` say (in a worker thread); returns the message for the user.

    Raises TargetExists if the file exists and `force` is False (checked before the work,
    and again atomically by the write), ExportError with a one-line message otherwise.
    """
    target = Path(os.path.abspath(Path(options.path).expanduser()))
    if not force and os.path.lexists(target):
        raise TargetExists(f"{target} already exists")
    store = app.store
    if store is None:
        raise ExportError("annotations are unavailable, so there is nothing to export")
    warnings: list[str] = []
    extractor = None
    if options.level != "none":
        extractor = brief_extractor(app.extraction, warnings.append, memory=app.cached_extraction)
    try:
        briefs = gather(articles, store, level=options.level, starred_only=options.starred_only,
                        extractor=extractor)
    except StoreError as exc:
        raise ExportError(str(exc)) from exc
    text = render(briefs, generated=datetime.now(timezone.utc), level=options.level)
    _make_dir(target.parent)
    write_brief(target, text, force=force)
    for warning in warnings:
        app.call_from_thread(app.notify, warning, severity="warning", markup=False, timeout=10)
    return f"{summary(briefs).capitalize()} written to {target}"


def _make_dir(directory: Path) -> None:
    """Create the target's directory (0700) if missing, e.g. ~/briefs on the first export."""
    if directory.is_dir():
        return
    try:
        directory.mkdir(mode=0o700, parents=True)
    except OSError as exc:
        raise ExportError(f"cannot create the directory {directory}: {exc.strerror or exc}") from exc
