"""The briefing application object: library first, articles open in the reader."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel

from ..article import Article
from ..resources import styles_dir
from . import config
from .commands import ActionCommands, ItemCommands, NoteCommands
from .screens.library import LibraryScreen, Loader

if TYPE_CHECKING:
    from ..extract.model import Extraction
    from ..store import AnnotationStore, Token
    from .items import Extractor

#: Seconds between checks for annotations written by another session.
STORE_POLL = 1.0

#: Themes that use the terminal's own palette (right for 16 colors and NO_COLOR).
ANSI_THEME = "ansi-dark"


def few_colors() -> bool:
    """True for terminals that show 16 colors or none (TERM=xterm/screen, NO_COLOR)."""
    term = os.environ.get("TERM", "")
    truecolor = os.environ.get("COLORTERM", "") in ("truecolor", "24bit")
    return bool(os.environ.get("NO_COLOR")) or (not truecolor and "256color" not in term)


def resume_gc() -> None:
    """Turn the collector back on if start-up (`briefing read`) turned it off."""
    if not gc.isenabled():
        # Start-up objects live as long as the app: later collections need not walk them.
        gc.freeze()
        gc.enable()


class BriefingApp(App[None], inherit_bindings=False):
    """The reader app.

    `extractor` defaults to `briefing.extract.extract` (imported lazily); tests may pass a
    fixed one. `theme` (e.g. from `--theme`) wins over the remembered one.
    """

    TITLE = "briefing"
    CSS_PATH = str(styles_dir() / "app.tcss")
    COMMANDS = App.COMMANDS | {ActionCommands, ItemCommands, NoteCommands}

    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, priority=True, id="app.palette"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit"),
        Binding("ctrl+c", "help_quit", show=False, system=True, id="app.ctrl_c"),
    ]

    def __init__(self, articles: list[Article], *, files: Sequence[Path] = (),
                 loader: Loader | None = None, extractor: Extractor | None = None,
                 theme: str | None = None, remember: bool = True,
                 db: str | os.PathLike[str] | None = None) -> None:
        """`articles` show at once; `files` (a large library) are loaded by `loader` in a worker.

        `db` is the annotation store directory (default: `$BRIEFING_DB`, else the user data dir).
        """
        super().__init__()
        self.articles = articles
        self._pending_files = files
        self._loader = loader
        self._extractor = extractor
        self._extractions: dict[str, Extraction] = {}
        self._lock = threading.Lock()
        self._in_flight: dict[str, threading.Event] = {}
        self._remember = remember
        self._requested_theme = theme
        self._startup_messages: list[str] = []
        self._automatic_theme: str | None = None
        self.read_ids: set[str] = config.load_read_ids() if remember else set()
        self.current_article: Article | None = None
        self._db = db
        self._store: AnnotationStore | None = None
        self._store_error: str | None = None
        self._store_lock = threading.Lock()
        self._store_token: Token | None = None
        try:
            self.set_keymap(config.load_keymap() if remember else {})
        except config.KeymapError as exc:
            self._startup_messages.append(f"keymap ignored: {exc}")

    # Theme ----------------------------------------------------------------

    def _initial_theme(self) -> str | None:
        saved = config.load_settings().get("theme") if self._remember else None
        for candidate in (self._requested_theme, saved):
            if candidate in self.available_themes:
                return candidate
        if self._requested_theme:
            self._startup_messages.append(f"unknown theme {self._requested_theme!r}")
        # The terminal's own 16-color palette reads better than approximated truecolor.
        return ANSI_THEME if few_colors() else None

    def on_mount(self) -> None:
        # Rendering allocates many short-lived objects; the default gen-0 threshold (700)
        # collects every few frames and a collection stalls a keypress (p95 ×2 measured).
        gc.set_threshold(10_000, 10, 10)
        theme = self._initial_theme()
        if theme:
            self.theme = theme
        # What we chose for this terminal is not a user's choice: don't remember it.
        self._automatic_theme = self.theme if not self._requested_theme else None
        if self._remember and self._requested_theme and self.theme == self._requested_theme:
            self._save_theme()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for message in self._startup_messages:
            self.notify(message, severity="warning", markup=False, timeout=8)
        self.screen.call_after_refresh(resume_gc)

    def get_default_screen(self) -> LibraryScreen:
        # The library is the bottom screen itself: pushed over a blank default screen, it
        # cost a frame that is drawn and thrown away (~20 ms of start-up).
        return LibraryScreen(self.articles, self._pending_files, self._loader)

    def _theme_changed(self, theme: object) -> None:
        if self.theme != self._automatic_theme:
            self._save_theme()

    def _save_theme(self) -> None:
        if not self._remember:
            return
        try:
            config.save_settings({**config.load_settings(), "theme": self.theme})
        except OSError as exc:
            self.notify(f"could not save the theme: {exc}", severity="warning", markup=False)

    # Extraction -----------------------------------------------------------

    def cached_extraction(self, article: Article) -> Extraction | None:
        return self._extractions.get(article.id)

    def extraction(self, article: Article) -> Extraction | None:
        """The extraction of `article`, computed once (thread-safe; called from workers).

        A second caller for the same article (the reader while the library's worker is on
        it) waits for the first instead of extracting again.
        """
        while True:
            if (cached := self._extractions.get(article.id)) is not None:
                return cached
            with self._lock:
                running = self._in_flight.get(article.id)
                if running is None:
                    running = self._in_flight[article.id] = threading.Event()
                    break
            running.wait()
            if article.id not in self._extractions:  # the other caller failed: try ourselves
                with self._lock:
                    if self._in_flight.get(article.id) is running:
                        del self._in_flight[article.id]
        try:
            from .items import real_extractor  # not needed before the first paint

            extractor = self._extractor or real_extractor()
            if extractor is None:
                return None
            result = extractor(article)
            self._extractions[article.id] = result
            return result
        finally:
            with self._lock:
                del self._in_flight[article.id]
            running.set()

    # Annotations ------------------------------------------------------------

    @property
    def store(self) -> AnnotationStore | None:
        """The annotation store, opened on first use (from any thread).

        None when it cannot be opened; the user is told why once, and reading goes on.
        """
        with self._store_lock:
            if self._store is not None or self._store_error is not None:
                return self._store
            from ..store import AnnotationStore, StoreError  # tinydb/filelock load on first use

            try:
                store = AnnotationStore(self._db)
            except StoreError as exc:
                self._store_error = str(exc)
                store = None
            else:
                self._store_token = store.token()
                notices, store.notices[:] = list(store.notices), []
                self._store = store
        # Told outside the lock: from a worker this waits for the UI thread, which may itself
        # be waiting for the lock.
        if store is None:
            self._tell(f"annotations unavailable: {self._store_error}", "error")
            return None
        for notice in notices:
            self._tell(notice, "warning")
        self._on_main_thread(lambda: self.set_interval(STORE_POLL, self._poll_store))
        return store

    def annotations_changed(self) -> None:
        """Refresh every screen that shows annotations (after our own write or another session's)."""
        if self._store is not None:
            self._store_token = self._store.token()
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_annotations", None)
            if refresh is not None:
                refresh()

    def _poll_store(self) -> None:
        store, token = self._store, self._store_token
        if store is not None and token is not None and store.changed_since(token):
            self.annotations_changed()

    def _on_main_thread(self, callback: Callable[[], object]) -> None:
        if threading.get_ident() == self._thread_id:
            callback()
        else:
            self.call_from_thread(callback)

    def _tell(self, message: str, severity: SeverityLevel) -> None:
        """Notify from any thread; `message` may hold paths and article text, so no markup."""
        self._on_main_thread(lambda: self.notify(message, severity=severity, markup=False, timeout=8))

    # Reading ----------------------------------------------------------------

    def open_reader(self, articles: list[Article], index: int) -> None:
        """Open `articles[index]`; `[`/`]` then walk `articles` (the library's order).

        From a reader (a note chosen in the palette) the new article replaces the current
        one, as `[`/`]` do, so `q` still goes back to the library.
        """
        from .screens.reader import ReaderScreen  # the reader's widgets load on first use

        reader = ReaderScreen(articles, index)
        if isinstance(self.screen, ReaderScreen):
            self.switch_screen(reader)
        else:
            self.push_screen(reader)

    def mark_read(self, article: Article) -> None:
        self.current_article = article
        if article.id in self.read_ids:
            return
        self.read_ids.add(article.id)
        if self._remember:
            try:
                config.save_read_ids(self.read_ids)
            except OSError as exc:
                self.notify(f"could not save the read state: {exc}", severity="warning", markup=False)

    @property
    def current_index(self) -> int | None:
        """The library index of the article read last."""
        current = self.current_article
        return next((i for i, a in enumerate(self.articles) if a is current), None)

    def action_help(self) -> None:
        from .dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))
