"""The reader's side of the annotation store: what an annotation looks like, which one is
where, and this session's changes (applied in order off the UI thread, undoable).

Store calls do file I/O and may wait up to 10 s for another session's lock, so they never
run on a keypress: `Annotator` runs them one after another in a worker thread.

The store (tinydb, filelock) and the brief's matching load on first use, not with the reader:
~20 ms less before an article's first frame.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from textual.notifications import SeverityLevel

from ..extract.model import Extraction, Speaker
from .items import Item
from .text import one_line
from .widgets.article_body import GUTTER_MARKS

if TYPE_CHECKING:
    from textual.app import App

    from ..store import Annotation, AnnotationStore, Placed
    from ..store import Item as Pointer

#: How annotations are marked, in the text's gutter and in the panes.
NOTE, STAR, HIGHLIGHT = GUTTER_MARKS


def quoted(text: str, width: int = 40) -> str:
    """`“Twenty countries have already…”`: a passage or note in titles and notifications."""
    return f"“{one_line(text, width)}”"


def format_tags(tags: Iterable[str]) -> str:
    """`#policy #drones`."""
    return " ".join(f"#{tag}" for tag in tags)


def parse_tags(text: str) -> list[str]:
    """Tags typed as `#policy, drones asia`: comma or space separated, `#` optional."""
    return list(dict.fromkeys(t for word in re.split(r"[,\s]+", text) if (t := word.lstrip("#"))))


def symbol(annotation: Annotation) -> str:
    """The mark of an annotation: ✎ with a note, ★ starred, ▌ a plain highlight."""
    if annotation.note.strip():
        return NOTE
    return STAR if annotation.kind == "star" else HIGHLIGHT


def badge(annotation: Annotation) -> str:
    """What an annotated item shows in its pane: `★`, `✎`, `★✎` (or `▌` for tags only)."""
    marks = (STAR if annotation.kind == "star" else "") + (NOTE if annotation.note.strip() else "")
    return marks or HIGHLIGHT


def pointer(item: Item) -> Pointer:
    """What a star (or a note on an item) remembers of the item: type, id and text."""
    from ..store import Item as Pointer

    if isinstance(item, Speaker):
        return Pointer("speaker", item.id, item.name)
    return Pointer(type(item).__name__.lower(), item.id, item.text)


def describe(annotation: Annotation, text: str | None = None, width: int = 40) -> str:
    """`note on “Twenty countries…”`, `star on quote “…”`: for titles and notifications."""
    what = {"highlight": "highlight of", "note": "note on", "star": "star on"}[annotation.kind]
    if annotation.item is not None:
        what += f" {annotation.item.type}"
    return f"{what} {quoted(text if text is not None else annotation.target.exact, width)}"


def at_offset(placed: Sequence[Placed], offset: int) -> Placed | None:
    """The annotation whose passage holds `offset`: the shortest one, then the newest."""
    covering = [(p, where) for p in placed if (where := span(p)) and where[0] <= offset < where[1]]
    covering.sort(key=lambda pair: pair[0].annotation.created, reverse=True)
    return min(covering, key=lambda pair: pair[1][1] - pair[1][0], default=(None, None))[0]


def span(placed: Placed) -> tuple[int, int] | None:
    """Where an annotation's passage is in the current text (None: orphaned)."""
    where = placed.anchor
    if where.orphaned or where.start is None or where.end is None:
        return None
    return where.start, where.end


def item_annotations(placed: Sequence[Placed], extraction: Extraction) -> dict[tuple[str, str], Placed]:
    """The annotations that point at an extracted item, by `(type, id)` of the item.

    Matched the way the brief matches stars (passage, then text, then id), so the reader
    and the export agree on what is starred.
    """
    from ..export.gather import resolve

    found: dict[tuple[str, str], Placed] = {}
    for p in placed:
        a, where = p.annotation, span(p)
        if where is None or (a.item is None and a.kind != "star"):
            continue  # orphaned; or a highlight that happens to cover an item, not about the item
        item = resolve(a, *where, extraction)
        if item is not None:
            key = (pointer(item).type, item.id)
            # A star wins over a note on the same item.
            if key not in found or (a.kind == "star" and found[key].annotation.kind != "star"):
                found[key] = p
    return found


@dataclass(frozen=True, slots=True)
class Change:
    """One change this session made: what it was (for "Undone: …") and how to take it back."""

    label: str
    undo: Callable[[AnnotationStore], object]


Write = Callable[["AnnotationStore"], "Change | None"]


class Annotator:
    """This session's annotation writes, one per app: applied in order in a worker thread,
    kept for undo (several levels), with `StoreError`s turned into one-line notifications."""

    _sessions: WeakKeyDictionary[App, Annotator] = WeakKeyDictionary()

    @classmethod
    def of(cls, app: App) -> Annotator:
        """The annotator of `app` (made on first use; all reader screens share it)."""
        annotator = cls._sessions.get(app)
        if annotator is None:
            annotator = cls._sessions[app] = cls(app)
        return annotator

    def __init__(self, app: App) -> None:
        self.app = app
        self.history: list[Change] = []
        self._queue: deque[tuple[Write, str]] = deque()
        self._lock = threading.Lock()
        self._running = False

    def submit(self, write: Write, failure: str = "not saved") -> None:
        """Run `write(store)` after the writes before it; keep the `Change` it returns for undo.

        Every screen showing annotations is refreshed after it; an error is shown as
        `failure: message`.
        """
        with self._lock:
            self._queue.append((write, failure))
            if self._running:
                return
            self._running = True
        self.app.run_worker(self._drain, thread=True, group="annotation-writes")

    def undo(self) -> None:
        """Take back the last change of this session (in order with the writes before it)."""
        self.submit(self._undo_last, "not undone")

    @property
    def busy(self) -> bool:
        """Writes are queued or running."""
        return self._running

    def _undo_last(self, store: AnnotationStore) -> None:
        from ..store import StoreError

        with self._lock:
            change = self.history.pop() if self.history else None
        if change is None:
            self._tell("Nothing to undo", "information")
            return
        try:
            change.undo(store)
        except (StoreError, OSError):
            with self._lock:
                self.history.append(change)  # not taken back: it can be tried again
            raise
        self._tell(f"Undone: {change.label}", "information")

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._running = False
                    return
                write, failure = self._queue.popleft()
            self._apply(write, failure)

    def _apply(self, write: Write, failure: str) -> None:
        from ..store import StoreError

        store = self.app.store  # type: ignore[attr-defined]
        if store is None:
            self._tell("Annotations are unavailable (see the earlier message)", "error")
            return
        try:
            change = write(store)
        except (StoreError, OSError, ValueError) as exc:
            self._tell(f"{failure}: {exc}", "error")
            return
        if change is not None:
            with self._lock:
                self.history.append(change)
        self._main(self.app.annotations_changed)  # type: ignore[attr-defined]

    def _tell(self, message: str, severity: SeverityLevel) -> None:
        # Messages quote article text and notes: never markup.
        self._main(lambda: self.app.notify(message, severity=severity, markup=False,
                                           timeout=8 if severity == "error" else 3))

    def _main(self, callback: Callable[[], object]) -> None:
        try:
            self.app.call_from_thread(callback)
        except RuntimeError:
            pass  # the app has closed meanwhile: nobody to show it to
