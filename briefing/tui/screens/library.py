"""The start screen: every article of the library; a worker loads and counts in the background."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header
from textual.worker import get_current_worker

from ...article import Article
from ..commands import NoteCommands, open_note_search
from ..widgets.library_table import LibraryTable, Row, title_of
from ..widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from textual.widgets import ProgressBar

    from ...extract.model import Extraction  # Extraction loads after the first paint.
    from ...store import ArticleEntry  # The store loads after the first paint.

#: How often the worker hands finished rows to the UI.
BATCH_SECONDS = 0.1

Loader = Callable[[Path], Article]

#: What `f` cycles through: every article, the annotated ones, the ones with a star.
SHOWS = ("all", "annotated", "starred")


class LibraryScreen(Screen[None], inherit_bindings=False):
    """Lists the articles; `enter` opens one, `/` filters as you type, `f` shows only annotated
    or starred ones, `d`/`t` sort, `e`/`E` export briefs."""

    HELP = """\
The library: every article of the opened paths. The list appears at once; quotes, claims
and figures are counted in the background (progress bar at the bottom), your annotations
(A) and stars (★) read from the annotation store. e exports the marked articles (space marks)
or else the highlighted one; E exports every annotated article.
"""

    COMMANDS = {NoteCommands}

    BINDINGS = [
        Binding("q,escape", "app.quit", "Quit", id="library.quit"),
        Binding("slash", "filter", "Filter", id="library.filter"),
        Binding("d", "sort('date')", "By date", id="library.sort_date"),
        Binding("t", "sort('title')", "By title", id="library.sort_title"),
        Binding("f", "cycle_show", "Annotated/starred", show=False, id="library.show"),
        Binding("e", "export", "Export", id="library.export"),
        Binding("E", "export_annotated", "Export all annotated", show=False, id="library.export_annotated"),
        Binding("n", "search_notes", "Search notes", show=False, id="library.search_notes"),
        Binding("tab", "app.focus_next", "Next field", show=False, id="library.focus_next"),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, id="library.focus_previous"),
    ]

    DEFAULT_CSS = """
    LibraryScreen {
        & > #progress { height: 1; padding: 0 1; }
        & > #progress.-done { display: none; }
        & > SearchBar { dock: top; }
    }
    """

    def __init__(self, articles: list[Article], files: Sequence[Path] = (),
                 loader: Loader | None = None) -> None:
        """`articles` are shown at once; `files` are loaded with `loader` in the background."""
        super().__init__()
        self.articles = articles
        self.files = list(files)
        self.loader = loader
        self.sort = "date"
        self.descending = True
        self.filter_text = ""
        self.show = "all"
        self.annotations: dict[str, ArticleEntry] | None = None  # By article id; None until read.
        self.counts: dict[int, Extraction | None] = {}
        self.shown: list[Row] = []
        self.skipped: list[str] = []
        self._haystacks: list[str] = []
        self._progress: ProgressBar | None = None  # Mounted after the first paint.

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        # Built on the first `/`: the hidden input would cost the first frame ~5 ms.
        yield SearchBar(id="filter", placeholder="filter by title, byline or source", lazy=True)
        yield LibraryTable(id="library")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "briefing"
        self._refresh_rows()
        self.query_one(LibraryTable).focus()
        # Start loading/extracting after the first paint, so the list is not slowed down by it.
        # Pushed at start-up, this screen mounts inside Textual's start-up batch, where the
        # frame is rendered but not written and after-refresh callbacks run at once: wait for
        # the app's message loop (after the batch) and a refresh from there (~10 ms measured).
        self.app.call_later(self._after_startup)

    def _after_startup(self) -> None:
        self.refresh()
        self.call_after_refresh(self._start_work)
        self.call_after_refresh(self.refresh_annotations)

    def on_screen_resume(self) -> None:
        table = self.query_one(LibraryTable)
        if (current := self.app.current_index) is not None:  # type: ignore[attr-defined]
            table.select_index(current)
        table.refresh()

    # Rows -----------------------------------------------------------------

    def _refresh_rows(self) -> None:
        self._haystacks.extend(_haystack(a) for a in self.articles[len(self._haystacks):])
        self.shown = self._ordered([row for row in enumerate(self.articles) if self._wanted(row)])
        self.query_one(LibraryTable).set_rows(self.shown, self.counts, self.app.read_ids)  # type: ignore[attr-defined]
        self._update_subtitle()

    def _wanted(self, row: Row) -> bool:
        """Whether a row passes the `/` filter and the annotated/starred one."""
        index, article = row
        needle = self.filter_text.casefold()
        if needle and needle not in self._haystacks[index]:
            return False
        if self.show == "all":
            return True
        entry = (self.annotations or {}).get(article.id)
        return entry is not None and bool(entry.stars if self.show == "starred" else entry.count)

    def _ordered(self, rows: list[Row]) -> list[Row]:
        """`rows` in the chosen order."""
        if self.sort == "title":
            rows.sort(key=lambda row: title_of(row[1]).casefold(), reverse=self.descending)
        else:
            # Undated articles last, whatever the direction.
            dated = sorted((r for r in rows if r[1].published), key=lambda r: r[1].published or "",
                           reverse=self.descending)
            rows = dated + [r for r in rows if not r[1].published]
        return rows

    def _update_subtitle(self) -> None:
        total = len(self.articles)
        filtered = self.filter_text or self.show != "all"
        shown = f"{len(self.shown)} of {total}" if filtered else str(total)
        noun = "article" if total == 1 else "articles"
        order = "newest first" if self.descending else "oldest first"
        if self.sort == "title":
            order = "Z–A" if self.descending else "A–Z"
        parts = [f"{shown} {noun}", *([self.show] if self.show != "all" else []), f"{self.sort}, {order}"]
        if marked := len(self.query_one(LibraryTable).marked):
            parts.append(f"{marked} marked")
        self.sub_title = " · ".join(parts)

    def action_cycle_show(self) -> None:
        """All articles → annotated ones → starred ones → all."""
        self.show = SHOWS[(SHOWS.index(self.show) + 1) % len(SHOWS)]
        self._refresh_rows()

    def action_sort(self, key: str) -> None:
        """Sort by `key`; again by the same key reverses the order."""
        self.descending = not self.descending if key == self.sort else key == "date"
        self.sort = key
        self._refresh_rows()

    def action_filter(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Changed, "#filter")
    def _filter_changed(self, event: SearchBar.Changed) -> None:
        self.filter_text = event.query
        self._refresh_rows()
        event.bar.set_status(f"{len(self.shown)} shown")
        if event.submitted:
            self.query_one(LibraryTable).focus()

    @on(SearchBar.Closed, "#filter")
    def _filter_closed(self) -> None:
        self.filter_text = ""
        self._refresh_rows()
        self.query_one(LibraryTable).focus()

    @on(LibraryTable.MarksChanged, "#library")
    def _marks_changed(self) -> None:
        self._update_subtitle()

    @on(LibraryTable.Opened, "#library")
    def open_article(self, event: LibraryTable.Opened) -> None:
        order = [index for index, _ in self.shown]
        self.app.open_reader([a for _, a in self.shown], order.index(event.index))  # type: ignore[attr-defined]

    # Export -----------------------------------------------------------------

    def action_export(self) -> None:
        """Export the marked articles, or else the highlighted one."""
        table = self.query_one(LibraryTable)
        if table.marked:
            chosen = [a for i, a in self._ordered(list(enumerate(self.articles))) if i in table.marked]
        elif (index := table.cursor_index) is not None:
            chosen = [self.articles[index]]
        else:
            chosen = []
        self._export(chosen)

    def action_export_annotated(self) -> None:
        """Export every annotated article of the library, in the shown order."""
        if self.annotations is None:
            self.notify("The annotations are still being read; try again in a moment.", severity="warning")
            return
        annotated = [a for _, a in self._ordered(list(enumerate(self.articles)))
                     if (e := self.annotations.get(a.id)) and e.count]
        if not annotated:
            self.notify("No article of this library is annotated yet.", severity="warning")
            return
        self._export(annotated)

    def _export(self, articles: list[Article]) -> None:
        from ..export_flow import start_export  # The export (and the store) load on first use.

        start_export(self, articles)

    def action_search_notes(self) -> None:
        """A command palette searching every note, passage and tag."""
        open_note_search(self.app)

    # Annotations ----------------------------------------------------------------

    def refresh_annotations(self) -> None:
        """Read the annotation counts again (the app calls this after any write, ours or another session's)."""
        self._read_annotations()

    @work(thread=True, exclusive=True, group="annotations")
    def _read_annotations(self) -> None:
        from ...store import StoreError  # The slow part of opening the store, done off the UI thread.

        # Opened on the UI thread: `app.store` waits for the UI thread while it opens the store, so
        # opening it here would deadlock if the UI thread asked for it meanwhile.
        store = self.app.call_from_thread(lambda: self.app.store)  # type: ignore[attr-defined]
        try:
            counts = store.counts(list(self.articles)) if store is not None else {}
        except StoreError as exc:
            self.app.call_from_thread(self.notify, f"annotations unavailable: {exc}", severity="error", markup=False)
            counts = {}
        if not get_current_worker().is_cancelled:  # A newer read is on its way.
            self.app.call_from_thread(self._apply_annotations, counts)

    def _apply_annotations(self, counts: dict[str, ArticleEntry]) -> None:
        self.annotations = counts
        if self._table_gone:
            return
        self.query_one(LibraryTable).set_annotations(counts)
        if self.show != "all":
            self._refresh_rows()

    # Background work --------------------------------------------------------

    def _start_work(self) -> None:
        """Show the progress bar and start the worker."""
        # Not in the first frame: the bar's module, CSS and widgets cost start-up ~8 ms.
        from textual.widgets import ProgressBar

        self._progress = ProgressBar(total=len(self.articles) + len(self.files), show_eta=False, id="progress")
        self.mount(self._progress, after=self.query_one(LibraryTable))
        self._work()

    @work(thread=True, exclusive=True, group="library")
    def _work(self) -> None:
        """Load the remaining files (rows appear as they come), then count every article."""
        worker = get_current_worker()
        app = self.app
        if self.files and self.loader is not None:
            batch: list[Article] = []
            last = time.monotonic()
            for path in self.files:
                if worker.is_cancelled:
                    return
                try:
                    batch.append(self.loader(path))
                except Exception as exc:  # noqa: BLE001 - a bad file is skipped and reported
                    self.skipped.append(f"{path}: {exc}")
                if time.monotonic() - last >= BATCH_SECONDS:
                    app.call_from_thread(self._add_articles, batch)
                    batch, last = [], time.monotonic()
            app.call_from_thread(self._loaded, batch)
        pending: list[tuple[int, Extraction | None]] = []
        last = time.monotonic()
        for index, article in enumerate(list(self.articles)):
            if worker.is_cancelled:
                return
            try:
                extraction = app.extraction(article)  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - one bad article must not stop the others
                extraction = None
            pending.append((index, extraction))
            time.sleep(0)  # hand the GIL to the UI thread between articles: keys stay snappy
            if time.monotonic() - last >= BATCH_SECONDS:
                app.call_from_thread(self._apply_counts, pending)
                pending, last = [], time.monotonic()
        app.call_from_thread(self._apply_counts, pending)

    @property
    def _table_gone(self) -> bool:
        # The app may be shutting down while the worker hands over a last batch.
        return not self.is_attached or not self.query(LibraryTable)

    def _add_articles(self, batch: list[Article]) -> None:
        if self._table_gone:
            return
        start = len(self.articles)
        self.articles.extend(batch)
        self._haystacks.extend(_haystack(a) for a in batch)
        rows = [row for row in enumerate(batch, start) if self._wanted(row)]
        self.shown.extend(rows)
        self.query_one(LibraryTable).add_rows(rows)
        self._update_subtitle()
        if self._progress is not None:
            self._progress.update(progress=len(self.articles))

    def _loaded(self, batch: list[Article]) -> None:
        if self._table_gone:
            return
        self._add_articles(batch)
        self.files = []
        if self._progress is not None:
            self._progress.update(total=len(self.articles), progress=0)
        self._refresh_rows()  # sorted now that everything is in
        self.refresh_annotations()  # counts for the articles that came in
        if self.skipped:
            self.notify(f"{len(self.skipped)} files skipped; first: {self.skipped[0]}",
                        severity="warning", markup=False, timeout=10)

    def _apply_counts(self, results: list[tuple[int, Extraction | None]]) -> None:
        self.counts.update(results)
        if self._table_gone:
            return
        self.query_one(LibraryTable).refresh()
        if self._progress is not None:
            self._progress.update(progress=len(self.counts))
            self._progress.set_class(len(self.counts) >= len(self.articles), "-done")


def _haystack(article: Article) -> str:
    return " ".join((title_of(article), article.byline, article.source)).casefold()
