"""The library table: one line per article, virtual so that 10,000 rows cost what 20 do.

Only the visible lines are ever rendered, so opening a large library, sorting,
filtering and filling in counts stay instant; `DataTable` re-measures every row.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...article import Article
from ..text import visible

if TYPE_CHECKING:
    from ...extract.model import Extraction  # Extraction loads after the first paint.
    from ...store import ArticleEntry  # The store loads after the first paint.

#: (key, header, width, justify); the title (width 0) takes whatever is left.
COLUMNS = (
    ("title", "Title", 0, "left"),
    ("byline", "Source / byline", 16, "left"),
    ("published", "Published", 10, "left"),
    ("quotes", "Q", 3, "right"),
    ("claims", "C", 3, "right"),
    ("figures", "F", 3, "right"),
    ("annotations", "A", 3, "right"),
    ("stars", "★", 2, "right"),
    ("read", "✓", 1, "left"),
)
#: Before the title of a row marked with `space`.
MARKED = "● "
MIN_TITLE = 12
PADDING = 1

Row = tuple[int, Article]


def title_of(article: Article) -> str:
    return article.title or os.path.basename(article.path or "") or "untitled"


def _fit(text: str, width: int, justify: str) -> str:
    text = visible(text)
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…" if width > 1 else set_cell_size(text, width)
    pad = " " * (width - cell_len(text))
    return pad + text if justify == "right" else text + pad


class LibraryTable(ScrollView, can_focus=True, inherit_bindings=False):
    """Articles, one per line under a fixed header; `enter` (or a double click) opens one."""

    HELP = """\
Every article of the library. j/k or arrows move, g/G first/last, ctrl+d/ctrl+u half a page,
enter opens, space marks (●) or unmarks a row for export. Q/C/F: quotes, claims, figures found
(… while extraction runs, – if it failed); A/★: your annotations and stars; ✓: read.
"""

    BINDINGS = [
        Binding("enter", "open", "Open", id="library.open"),
        Binding("space", "toggle_mark", "Mark", show=False, id="library.mark"),
        Binding("j,down", "move(1)", "Down", show=False, id="library.down"),
        Binding("k,up", "move(-1)", "Up", show=False, id="library.up"),
        Binding("g,home", "first", "First", show=False, id="library.first"),
        Binding("G,end", "last", "Last", show=False, id="library.last"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="library.half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="library.half_page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="library.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="library.page_up"),
    ]

    COMPONENT_CLASSES = {"library-table--header", "library-table--cursor", "library-table--odd"}

    DEFAULT_CSS = """
    LibraryTable {
        height: 1fr;
        background: $surface;
        & > .library-table--header { text-style: bold; background: $panel; }
        & > .library-table--cursor { text-style: bold reverse; }
        & > .library-table--odd { background: $surface-lighten-1; }
        &:blur > .library-table--cursor { text-style: reverse; }
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    """Position of the highlighted row in the shown rows."""

    class Opened(Message):
        """An article was chosen (`index`: its position in the library)."""

        def __init__(self, table: LibraryTable, index: int) -> None:
            super().__init__()
            self.table = table
            self.index = index

        @property
        def control(self) -> LibraryTable:
            return self.table

    class MarksChanged(Message):
        """A row was marked or unmarked (`table.marked` holds the library indices)."""

        def __init__(self, table: LibraryTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> LibraryTable:
            return self.table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Row] = []
        self.counts: Mapping[int, Extraction | None] = {}
        self.read: set[str] = set()
        self.annotations: Mapping[str, ArticleEntry] = {}  # By article id; {} until the store is read.
        self.marked: set[int] = set()  # Library indices of the rows marked for export.

    # Data -------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row], counts: Mapping[int, Extraction | None], read: set[str]) -> None:
        """Show `rows` (library index, article), keeping the highlighted article if still shown."""
        current = self.cursor_index
        self.rows = list(rows)
        self.counts, self.read = counts, read
        self.virtual_size = Size(self.virtual_size.width, len(self.rows) + 1)
        position = next((i for i, (index, _) in enumerate(self.rows) if index == current), 0)
        self.cursor = position
        self.refresh()

    def add_rows(self, rows: Sequence[Row]) -> None:
        """Append rows (a library still loading)."""
        self.rows.extend(rows)
        self.virtual_size = Size(self.virtual_size.width, len(self.rows) + 1)
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def cursor_index(self) -> int | None:
        """The library index of the highlighted article."""
        return self.rows[self.cursor][0] if 0 <= self.cursor < len(self.rows) else None

    def set_annotations(self, annotations: Mapping[str, ArticleEntry]) -> None:
        """Show these annotation counts (by article id)."""
        self.annotations = annotations
        self.refresh()

    def select_index(self, index: int) -> None:
        for position, (row_index, _) in enumerate(self.rows):
            if row_index == index:
                self.cursor = position
                return

    def cells(self, position: int) -> dict[str, str]:
        """The text of each column of a shown row."""
        index, article = self.rows[position]
        extraction = self.counts.get(index)
        if extraction is not None:
            counts = [str(len(x)) for x in (extraction.quotes, extraction.claims, extraction.figures)]
        else:
            counts = ["–" if index in self.counts else "…"] * 3
        entry = self.annotations.get(article.id)
        return {
            "title": (MARKED if index in self.marked else "") + title_of(article),
            "byline": article.source or article.byline,
            "published": (article.published or "")[:10],
            "quotes": counts[0], "claims": counts[1], "figures": counts[2],
            "annotations": str(entry.count) if entry and entry.count else "",
            "stars": str(entry.stars) if entry and entry.stars else "",
            "read": "✓" if article.id in self.read else "",
        }

    # Rendering ----------------------------------------------------------------

    def _widths(self, total: int) -> list[int]:
        fixed = sum(width + 2 * PADDING for _, _, width, _ in COLUMNS if width)
        title = max(MIN_TITLE, total - fixed - 2 * PADDING)
        return [width or title for _, _, width, _ in COLUMNS]

    def _line(self, texts: Sequence[str], total: int) -> str:
        pad = " " * PADDING
        parts = [pad + _fit(text, width, justify) + pad
                 for text, width, (_, _, _, justify) in zip(texts, self._widths(total), COLUMNS, strict=True)]
        return _fit("".join(parts), total, "left")

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            style = self.get_visual_style("library-table--header").rich_style
            return Strip([Segment(self._line([header for _, header, _, _ in COLUMNS], width), style)], width)
        position = self.scroll_offset.y + y - 1
        if position >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        if position == self.cursor:
            style = self.get_visual_style("library-table--cursor").rich_style
        elif position % 2:
            style = self.get_visual_style("library-table--odd").rich_style
        else:
            style = self.rich_style
        cells = self.cells(position)
        return Strip([Segment(self._line([cells[key] for key, *_ in COLUMNS], width), style)], width)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows) + 1)

    # Cursor -----------------------------------------------------------------

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(len(self.rows) - 1, cursor))

    def watch_cursor(self, cursor: int) -> None:
        # Row n is line n + 1 (the header stays on line 0).
        self.scroll_to_region(Region(0, cursor + 1, 1, 1), spacing=Spacing(top=1), animate=False, force=True)
        self.refresh()

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.rows) - 1

    def action_half_page(self, direction: int) -> None:
        self.cursor += max(1, self._page() // 2) * direction

    def action_page(self, direction: int) -> None:
        self.cursor += self._page() * direction

    def action_toggle_mark(self) -> None:
        """Mark the highlighted row (or unmark it) and move down, so `space space space` marks three."""
        if (index := self.cursor_index) is None:
            return
        self.marked ^= {index}
        self.cursor += 1
        self.refresh()
        self.post_message(self.MarksChanged(self))

    def action_open(self) -> None:
        if (index := self.cursor_index) is not None:
            self.post_message(self.Opened(self, index))

    def _on_click(self, event: events.Click) -> None:
        position = self.scroll_offset.y + event.y - 1
        if event.y >= 1 and 0 <= position < len(self.rows):
            self.cursor = position
            if event.chain >= 2:
                self.action_open()
