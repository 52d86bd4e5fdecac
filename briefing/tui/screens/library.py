"""The start screen: every article of the library, with counts filled in by a worker."""

from __future__ import annotations

import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, ProgressBar
from textual.worker import get_current_worker

from ...article import Article
from ...extract.model import Extraction
from ..widgets.library_table import LibraryTable, title_of
from ..widgets.search_bar import SearchBar

SORTS = ("date", "title")
#: How often the counts worker hands finished rows to the UI.
BATCH_SECONDS = 0.1


class LibraryScreen(Screen[None], inherit_bindings=False):
    """Lists the articles; `enter` opens one, `/` filters as you type, `d`/`t` sort."""

    HELP = """\
The library: every article of the opened paths. The list appears at once; quotes, claims
and figures are counted in the background (progress bar at the bottom).
"""

    BINDINGS = [
        Binding("q,escape", "app.quit", "Quit", id="library.quit"),
        Binding("slash", "filter", "Filter", id="library.filter"),
        Binding("d", "sort('date')", "By date", id="library.sort_date"),
        Binding("t", "sort('title')", "By title", id="library.sort_title"),
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

    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles
        self.sort = "date"
        self.descending = True
        self.filter_text = ""
        self.counts: dict[int, Extraction | None] = {}
        self.shown: list[tuple[int, Article]] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield SearchBar(id="filter", placeholder="filter by title, byline or source")
        yield LibraryTable(id="library")
        yield ProgressBar(total=len(self.articles), show_eta=False, id="progress")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "briefing"
        self._refresh_rows()
        self.query_one(LibraryTable).focus()
        self._count()

    def on_screen_resume(self) -> None:
        table = self.query_one(LibraryTable)
        read = self.app.read_ids  # type: ignore[attr-defined]
        for index, article in self.shown:
            table.set_read(index, article.id in read)
        if (current := self.app.current_index) is not None:  # type: ignore[attr-defined]
            table.select_index(current)

    # Rows -----------------------------------------------------------------

    def _refresh_rows(self) -> None:
        needle = self.filter_text.casefold()
        rows = [(i, a) for i, a in enumerate(self.articles)
                if not needle or needle in _haystack(a)]
        if self.sort == "title":
            rows.sort(key=lambda row: title_of(row[1]).casefold(), reverse=self.descending)
        else:
            # Undated articles last, whatever the direction.
            dated = sorted((r for r in rows if r[1].published), key=lambda r: r[1].published or "",
                           reverse=self.descending)
            rows = dated + [r for r in rows if not r[1].published]
        self.shown = rows
        self.query_one(LibraryTable).show(rows, self.counts, self.app.read_ids)  # type: ignore[attr-defined]
        shown = f"{len(rows)} of {len(self.articles)}" if needle else str(len(self.articles))
        order = "newest first" if self.descending else "oldest first"
        if self.sort == "title":
            order = "Z–A" if self.descending else "A–Z"
        noun = "article" if len(self.articles) == 1 else "articles"
        self.sub_title = f"{shown} {noun} · {self.sort}, {order}"

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

    @on(DataTable.RowSelected, "#library")
    def open_article(self, event: DataTable.RowSelected) -> None:
        index = int(event.row_key.value or 0)
        order = [i for i, _ in self.shown]
        self.app.open_reader([a for _, a in self.shown], order.index(index))  # type: ignore[attr-defined]

    # Counts ---------------------------------------------------------------

    @work(thread=True, exclusive=True, group="library-counts")
    def _count(self) -> None:
        """Extract every article in the background, handing results over in batches."""
        worker = get_current_worker()
        app = self.app
        pending: list[tuple[int, Extraction | None]] = []
        last = time.monotonic()
        for index, article in enumerate(self.articles):
            if worker.is_cancelled:
                return
            try:
                extraction = app.extraction(article)  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - one bad article must not stop the others
                extraction = None
            pending.append((index, extraction))
            if time.monotonic() - last >= BATCH_SECONDS:
                app.call_from_thread(self._apply_counts, pending)
                pending, last = [], time.monotonic()
        app.call_from_thread(self._apply_counts, pending)

    def _apply_counts(self, results: list[tuple[int, Extraction | None]]) -> None:
        table = self.query_one(LibraryTable)
        for index, extraction in results:
            self.counts[index] = extraction
            table.set_counts(index, extraction)
        progress = self.query_one(ProgressBar)
        progress.update(progress=len(self.counts))
        progress.set_class(len(self.counts) >= len(self.articles), "-done")


def _haystack(article: Article) -> str:
    return " ".join((title_of(article), article.byline, article.source)).casefold()
