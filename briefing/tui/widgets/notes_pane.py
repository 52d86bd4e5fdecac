"""The Notes pane: the article's highlights, notes and stars in reading order, orphans last."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets.option_list import Option

from ..annotating import format_tags, symbol
from ..text import one_line
from .item_pane import ListPane

if TYPE_CHECKING:
    from ...store import Placed

#: Characters of the passage shown per annotation.
EXCERPT = 80


class NotesPane(ListPane):
    """One entry per annotation: its mark, the passage (shortened), the note and `#tags`.

    Moving the highlight calls `on_move(pane, placed, selected)` (the reader shows the
    passage in the text). Orphaned annotations (their passage is no longer in the article)
    come last, marked "orphaned", with the passage they had and their note: never dropped.
    """

    HELP = """\
This article's annotations in reading order: ▌ highlight, ✎ with a note, ★ starred;
orphaned ones (their passage has left the article) last. j/k move and show the passage.
"""

    def __init__(self, title: str = "Notes", *, on_move: Callable[[NotesPane, Placed, bool], None] | None = None,
                 id: str | None = None) -> None:
        super().__init__(title, id=id)
        self.on_move = on_move
        """Called with (pane, annotation, selected) when the highlight moves onto an annotation."""
        self.entries: list[Placed] = []
        self._restoring: str | None = None  # id of the annotation a refresh highlights again
        self._status = True  # a status line is shown, not annotations
        self.set_status("loading…")

    @property
    def entry_count(self) -> int:
        return len(self.entries)

    @property
    def count_label(self) -> str:
        """The number of annotations, `…` until they are known."""
        return "…" if self._status else str(len(self.entries))

    @property
    def current(self) -> Placed | None:
        index = self.highlighted
        return self.entries[index] if index is not None and index < len(self.entries) else None

    def set_status(self, status: str) -> None:
        self.entries = []
        self._status = True
        super().set_status(status)
        self._set_title("…")

    def show_annotations(self, placed: Sequence[Placed], text: str) -> None:
        """List `placed` (in the order given); `text` is the article, for the passages.

        The highlight stays on the annotation it was on (if it is still there) and moving
        it back there calls nothing: a refresh never scrolls the article.
        """
        current = self.current
        keep = current.annotation.id if current is not None else None
        before = self.highlighted or 0
        scroll = self.scroll_y
        self.entries = list(placed)
        self._status = False
        if self.entries:
            self.set_options([Option(self._prompt(p, text)) for p in self.entries])
        else:
            self.set_options([Option(Content.styled("none yet: m highlights, a adds a note", "dim italic"),
                                     disabled=True)])
        orphans = sum(p.anchor.orphaned for p in self.entries)
        self._set_title(str(len(self.entries)), f"{orphans} orphaned" if orphans else "")
        ids = [p.annotation.id for p in self.entries]
        if keep in ids:
            self._restoring = keep
            self.highlighted = ids.index(keep)
            self.scroll_to(y=scroll, animate=False, immediate=True)
        elif current is not None and self.entries:  # it was deleted: its neighbour
            self.highlighted = min(before, len(self.entries) - 1)

    @staticmethod
    def _prompt(placed: Placed, text: str) -> Content:
        a, where = placed.annotation, placed.anchor
        passage = a.target.exact if where.orphaned or where.start is None else text[where.start:where.end]
        parts: list[Content | tuple[str, str] | str] = [(f"{symbol(a)} ", "bold")]
        if where.orphaned:
            parts.append(("orphaned ", "bold italic"))
        if a.item is not None:
            parts.append((f"{a.item.type} ", "dim"))
        parts.append((f"“{one_line(passage, EXCERPT)}”", "italic"))
        if a.note.strip():
            parts += [" — ", Content(one_line(a.note))]
        if a.tags:
            parts += ["  ", (one_line(format_tags(a.tags)), "dim")]
        return Content.assemble(*parts)

    def _entry_moved(self, index: int, selected: bool) -> None:
        placed = self.entries[index]
        if self._restoring is not None:
            restoring, self._restoring = self._restoring, None
            if not selected and restoring == placed.annotation.id:
                return
        if self.on_move is not None:
            self.on_move(self, placed, selected)

    def select_annotation(self, annotation_id: str) -> None:
        """Highlight the annotation with this id, if listed."""
        for index, placed in enumerate(self.entries):
            if placed.annotation.id == annotation_id:
                self.highlighted = index
                return
