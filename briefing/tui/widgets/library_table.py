"""The library table: one row per article, counts filled in as extraction finishes."""

from __future__ import annotations

import os

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from ...article import Article
from ...extract.model import Extraction

#: (key, header, width); the title takes whatever width is left.
COLUMNS = (
    ("title", "Title", 0),
    ("byline", "Source / byline", 16),
    ("published", "Published", 10),
    ("quotes", "Q", 3),
    ("claims", "C", 3),
    ("figures", "F", 3),
    ("read", "✓", 1),
)
MIN_TITLE = 16


def _cell(value: str | None, justify: str = "left") -> Text:
    # Untrusted text: a Text is shown literally (a str cell would be parsed as markup).
    return Text(value or "", no_wrap=True, overflow="ellipsis", justify=justify, end="")  # type: ignore[arg-type]


def title_of(article: Article) -> str:
    return article.title or os.path.basename(article.path or "") or "untitled"


class LibraryTable(DataTable, inherit_bindings=False):
    """Articles in a table; `enter` opens the highlighted one."""

    HELP = """\
Every article of the library. j/k or arrows move, g/G first/last, ctrl+d/ctrl+u half a page,
enter opens. Q/C/F: quotes, claims, figures found (… while extraction runs); ✓: read.
"""

    BINDINGS = [
        Binding("enter", "select_cursor", "Open", id="library.open"),
        Binding("j,down", "cursor_down", "Down", show=False, id="library.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="library.up"),
        Binding("g,home", "scroll_top", "First", show=False, id="library.first"),
        Binding("G,end", "scroll_bottom", "Last", show=False, id="library.last"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="library.half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="library.half_page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="library.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="library.page_up"),
    ]

    DEFAULT_CSS = """
    LibraryTable {
        height: 1fr;
        border: none;
        &:focus { border: none; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True, cell_padding=1)
        self._title_width = MIN_TITLE
        for key, header, width in COLUMNS:
            self.add_column(Text(header, end=""), key=key, width=width or MIN_TITLE)

    def fit_columns(self, total: int) -> None:
        """Give the title every column the others leave (`total`: the table's width)."""
        fixed = sum(width + 2 * self.cell_padding for _, _, width in COLUMNS if width)
        title = max(MIN_TITLE, total - fixed - 2 * self.cell_padding - 2)  # 2: the scrollbar
        if title != self._title_width:
            self._title_width = title
            self.columns["title"].width = title  # type: ignore[index]
            self._clear_caches()
            self._require_update_dimensions = True
            self.refresh()

    def on_resize(self) -> None:
        self.fit_columns(self.size.width)

    def show(self, rows: list[tuple[int, Article]], counts: dict[int, Extraction | None],
             read: set[str]) -> None:
        """Replace the rows; row keys are the articles' library indexes."""
        cursor_key = self._cursor_key()
        self.clear()
        for index, article in rows:
            cells = self.row_cells(article, counts.get(index), index in counts, article.id in read)
            self.add_row(*cells, key=str(index))
        if cursor_key is not None and cursor_key in self.rows:
            self.move_cursor(row=self.get_row_index(cursor_key))

    @property
    def cursor_index(self) -> int | None:
        """The library index of the highlighted article."""
        key = self._cursor_key()
        return int(key) if key is not None else None

    def select_index(self, index: int) -> None:
        if str(index) in self.rows:
            self.move_cursor(row=self.get_row_index(str(index)))

    def _cursor_key(self) -> str | None:
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except Exception:  # noqa: BLE001 - an empty or shrinking table has no cursor row
            return None

    @staticmethod
    def row_cells(article: Article, extraction: Extraction | None, done: bool, read: bool) -> list[Text]:
        return [
            _cell(title_of(article)),
            _cell(article.source or article.byline),
            _cell((article.published or "")[:10]),
            *_counts(extraction, done),
            _cell("✓" if read else ""),
        ]

    def set_counts(self, index: int, extraction: Extraction | None) -> None:
        key = str(index)
        if key not in self.rows:
            return
        for column, cell in zip(("quotes", "claims", "figures"), _counts(extraction, True), strict=True):
            self.update_cell(key, column, cell)

    def set_read(self, index: int, read: bool) -> None:
        if str(index) in self.rows:
            self.update_cell(str(index), "read", _cell("✓" if read else ""))

    def action_half_page(self, direction: int) -> None:
        step = max(1, self.scrollable_content_region.height // 2) * direction
        self.move_cursor(row=max(0, min(self.row_count - 1, self.cursor_row + step)))


def _counts(extraction: Extraction | None, done: bool) -> list[Text]:
    if extraction is None:
        return [_cell("…" if not done else "–", "right")] * 3
    return [_cell(str(len(items)), "right") for items in
            (extraction.quotes, extraction.claims, extraction.figures)]
