"""The article body: a read-only `TextArea` with a sentence cursor and marked spans."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual._cells import cell_len
from textual._wrap import compute_wrap_offsets
from textual.document._document import Document
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.expand_tabs import get_tab_widths
from textual.geometry import Region, Spacing
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Location, Selection

from ..text import visible

Span = tuple[int, int]

#: The kinds of spans the body can mark, lowest priority first (later styles win).
MARK_KINDS = ("quote", "claim", "figure", "sentence", "highlight", "match", "current")
#: The kinds that change as the user reads (cursor, search), in `MARK_KINDS` order.
DYNAMIC_KINDS = ("sentence", "match", "current")
#: Gutter marks of annotations, strongest first: with a note, starred, highlighted. The line
#: where a passage starts shows its own mark, the lines it continues on the plain bar.
GUTTER_MARKS = ("✎", "★", "▌")


class _View(NamedTuple):
    """What the look of a visible line depends on besides its text, marks and dynamic spans."""

    frame: tuple[object, ...]  # the widget's size and theme
    scroll_y: int
    selection: tuple[Location, Location] | None  # (top, bottom), for the rows it covers
    cursor_rows: tuple[int, int]  # the rows of the cursor and of its matching bracket
    cursor: tuple[object, ...]  # the cursor, bracket and focus, for those rows


class _WrappedDocument(WrappedDocument):
    """Textual's wrapped document, faster for long articles: `height` in O(1) (TextArea asks
    for it on every rendered line, and the stock property sums over every line: 12,000 for a
    20,000-word article), and `wrap` 2-3x faster on lines without tabs (26 -> 12 ms for a
    30,000-word article at 88 columns, on every open)."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        # WrappedDocument.wrap (Textual 8.2), with `_wrap_offsets` for the lines without tabs.
        self._width = width
        if tab_width:
            self._tab_width = tab_width
        tab_width = self._tab_width
        wrap_offsets: list[list[int]] = []
        offset_to_line_info: list[tuple[int, int]] = []
        line_index_to_offsets: list[list[int]] = []
        line_tab_widths: list[list[int]] = []
        y = 0
        for line_index, line in enumerate(self.document.lines):
            if "\t" in line:
                sections = get_tab_widths(line, tab_width)
                offsets = compute_wrap_offsets(line, width, tab_size=tab_width,
                                               precomputed_tab_sections=sections) if width else []
                line_tab_widths.append([expanded for _, expanded in sections])
            else:
                offsets = _wrap_offsets(line, width) if width else []
                line_tab_widths.append([0] if line else [])  # what get_tab_widths gives
            wrap_offsets.append(offsets)
            count = len(offsets) + 1
            offset_to_line_info.extend((line_index, section) for section in range(count))
            line_index_to_offsets.append(list(range(y, y + count)))
            y += count
        self._wrap_offsets = wrap_offsets
        self._offset_to_line_info = offset_to_line_info
        self._line_index_to_offsets = line_index_to_offsets
        self._tab_width_cache = line_tab_widths


_CHUNK = re.compile(r"\S+\s*|\s+")  # a word and the spaces after it, as Textual wraps


def _wrap_offsets(line: str, width: int) -> list[int]:
    """`compute_wrap_offsets(line, width, ...)` for a line without tabs: the same breaks,
    measuring a line whose characters take one cell each (most lines of an article) by its
    length."""
    simple = line.isprintable() and (line.isascii() or all(cell_len(c) == 1 for c in set(line) if not c.isascii()))
    breaks: list[int] = []
    offset = 0  # cells used on the current visual line
    for chunk in _CHUNK.finditer(line):
        start, end = chunk.span()
        chunk_width = end - start if simple else cell_len(chunk.group())
        if width - offset >= chunk_width:
            offset += chunk_width
        elif chunk_width > width:  # longer than a line: folded
            if not simple:
                return compute_wrap_offsets(line, width, tab_size=4)
            if start:
                breaks.append(start)
            while chunk_width > width:
                start += width
                chunk_width -= width
                breaks.append(start)
            offset = chunk_width
        elif offset and start:
            breaks.append(start)
            offset = chunk_width
    return breaks


class ArticleBody(TextArea, inherit_bindings=False):
    """The body text, read-only, literal (never markup), with quotes, claims and figures marked.

    `j`/`k` move a sentence cursor; `on_sentence` is called with the sentence under the
    cursor whenever it changes (at once, like the panes' `on_move`, so that the panes mark
    its items in the same frame). Annotated passages are drawn in
    italics with a mark in the one-cell gutter on their left (`▌`, `✎` note, `★` star):
    a mark that needs neither color nor an attribute the terminal might lack.
    """

    HELP = """\
The article text. j/k move by sentence, arrows by character and line,
g/G to the top/bottom, ctrl+d/ctrl+u half a page. shift+arrows select;
ctrl+c copies the selection.
Marks: quotes underlined, claims bold, figures reversed, your highlights in italics
with ▌ in the margin (✎ where a note starts, ★ a star).
"""

    BINDINGS = [
        Binding("j", "sentence(1)", "Next sentence", show=False, id="body.next_sentence"),
        Binding("k", "sentence(-1)", "Previous sentence", show=False, id="body.previous_sentence"),
        Binding("down", "cursor_down", "Down", show=False, id="body.down"),
        Binding("up", "cursor_up", "Up", show=False, id="body.up"),
        Binding("left", "cursor_left", "Left", show=False, id="body.left"),
        Binding("right", "cursor_right", "Right", show=False, id="body.right"),
        Binding("g,home", "top", "Top", show=False, id="body.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="body.bottom"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="body.half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="body.half_page_up"),
        Binding("pagedown,space", "cursor_page_down", "Page down", show=False, id="body.page_down"),
        Binding("pageup", "cursor_page_up", "Page up", show=False, id="body.page_up"),
        Binding("shift+down", "cursor_down(True)", "Select down", show=False, id="body.select_down"),
        Binding("shift+up", "cursor_up(True)", "Select up", show=False, id="body.select_up"),
        Binding("shift+left", "cursor_left(True)", "Select left", show=False, id="body.select_left"),
        Binding("shift+right", "cursor_right(True)", "Select right", show=False, id="body.select_right"),
        Binding("ctrl+c", "copy", "Copy selection", show=False, id="body.copy"),
    ]

    COMPONENT_CLASSES = {
        "article-body--quote",
        "article-body--claim",
        "article-body--figure",
        "article-body--sentence",
        "article-body--match",
        "article-body--current",
        "article-body--highlight",
        "article-body--gutter",
    }

    DEFAULT_CSS = """
    ArticleBody {
        border: none;
        scrollbar-gutter: stable;
        padding: 0 1 0 0;  /* the left cell is the gutter */
        height: 1fr;
        &:focus { border: none; }
        & > .article-body--quote { text-style: underline; color: $text-success; }
        & > .article-body--claim { text-style: bold; color: $text-warning; }
        & > .article-body--figure { text-style: reverse; }
        & > .article-body--sentence { background: $boost; }
        & > .article-body--highlight { text-style: italic; background: $secondary 30%; }
        & > .article-body--gutter { color: $secondary; text-style: bold; }
        & > .article-body--match { text-style: bold underline; background: $warning 40%; }
        & > .article-body--current { text-style: bold underline reverse; background: $accent 60%; }
    }
    """

    def __init__(self, text: str = "", *, on_sentence: Callable[[Span | None], None] | None = None,
                 id: str | None = None) -> None:
        # Set before TextArea.__init__, whose document load moves the cursor (and so calls us).
        self.on_sentence = on_sentence
        """Called with the span of the sentence under the cursor when it changes (`None`:
        between sentences)."""
        text = visible(text)  # one-for-one: offsets into the article stay valid
        self._line_starts = _line_starts(text)
        self._marks: dict[int, list[tuple[int, int, str]]] = {}
        self._annotated: dict[int, list[tuple[int, int]]] = {}  # row → annotated column ranges
        self._gutter: dict[int, list[tuple[int, str]]] = {}  # row → (column, mark) where passages start
        self._dynamic: dict[str, list[Span]] = {kind: [] for kind in DYNAMIC_KINDS}
        # The same spans by row: row → (column_start, column_end) pieces, per kind.
        self._dynamic_rows: dict[str, dict[int, tuple[tuple[int, int], ...]]] = {kind: {} for kind in DYNAMIC_KINDS}
        self._sentences: list[Span] = []
        self._sentence_starts: list[int] = []
        self._sentence: Span | None = None
        self._view: _View | None = None
        # The text is loaded after: TextArea's own __init__ builds (and wraps) its document
        # three times over, ~10 ms each for a 30,000-word article.
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False,
                         highlight_cursor_line=False, id=id)
        self._set_document(text, None)
        self.cursor_blink = False

    def _set_document(self, text: str, language: str | None) -> None:
        # TextArea's, for plain text (the body has no language), with our wrapped document.
        self._highlight_query = None
        self.document = Document(text)
        self.wrapped_document = _WrappedDocument(self.document, tab_width=self.indent_width)
        self.navigator = DocumentNavigator(self.wrapped_document)
        self._build_highlight_map()
        self.move_cursor((0, 0))
        self._rewrap_and_refresh_virtual_size()

    def _rewrap_and_refresh_virtual_size(self) -> None:
        # TextArea rewraps on every resize and scrollbar change, and a new document it has
        # just wrapped; a 30,000-word article costs 10-25 ms a wrap, so wrap only when the
        # width really changed (the gutter is stable).
        wrapped = self.wrapped_document
        if (wrapped._width, wrapped._tab_width) != (self.wrap_width, self.indent_width):
            wrapped.wrap(self.wrap_width, self.indent_width)
        self._line_cache.clear()
        self._refresh_size()

    # Offsets <-> locations -------------------------------------------------

    def location(self, offset: int) -> Location:
        """The (row, column) of a `str` offset into the article text."""
        row = bisect_right(self._line_starts, offset) - 1
        return row, offset - self._line_starts[row]

    def offset(self, location: Location) -> int:
        row, column = location
        return self._line_starts[min(row, len(self._line_starts) - 1)] + column

    @property
    def sentence(self) -> Span | None:
        """The span of the sentence under the cursor."""
        return self._sentence

    @property
    def cursor_offset(self) -> int:
        return self.offset(self.cursor_location)

    @property
    def selected_span(self) -> Span | None:
        """The offsets of the selection (shift+movement or the mouse), None if there is none."""
        start, end = sorted(self.selection)
        return (self.offset(start), self.offset(end)) if start != end else None

    # Marks ------------------------------------------------------------------

    def set_marks(self, marks: Iterable[tuple[int, int, str]], sentences: Sequence[Span]) -> None:
        """Mark `(start, end, kind)` spans (kind: quote/claim/figure) and set the sentences."""
        order = {kind: rank for rank, kind in enumerate(MARK_KINDS)}
        by_line: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for start, end, kind in sorted(marks, key=lambda m: order[m[2]]):
            for row, column_start, column_end in self._split(start, end):
                by_line[row].append((column_start, column_end, kind))
        self._marks = dict(by_line)
        self._sentences = sorted(sentences)
        self._sentence_starts = [s for s, _ in self._sentences]
        self._set_sentence(None)
        self._update_sentence()
        self._restyle()

    def set_spans(self, kind: str, spans: Iterable[Span]) -> None:
        """Set the dynamic spans of `kind` ("match" or "current")."""
        self._set_dynamic(kind, spans)
        self.refresh()

    def spans(self, kind: str) -> list[Span]:
        """The dynamic spans of `kind` ("sentence", "match" or "current")."""
        return list(self._dynamic[kind])

    def _set_dynamic(self, kind: str, spans: Iterable[Span]) -> None:
        self._dynamic[kind] = list(spans)
        rows: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for start, end in self._dynamic[kind]:
            for row, column_start, column_end in self._split(start, end):
                rows[row].append((column_start, column_end))
        self._dynamic_rows[kind] = {row: tuple(pieces) for row, pieces in rows.items()}

    def set_annotations(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Draw `(start, end, mark)` passages as annotated; `mark` is one of `GUTTER_MARKS`."""
        pieces: dict[int, list[tuple[int, int]]] = defaultdict(list)
        starts: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for start, end, mark in spans:
            row, column = self.location(start)
            starts[row].append((column, mark))
            for row, column_start, column_end in self._split(start, end):
                pieces[row].append((column_start, column_end))
        self._annotated, self._gutter = dict(pieces), dict(starts)
        self._restyle()

    def _split(self, start: int, end: int) -> Iterable[tuple[int, int, int]]:
        """The per-line pieces `(row, column_start, column_end)` of a span."""
        row, column = self.location(start)
        end_row, end_column = self.location(end)
        while row < end_row:
            line_length = self._line_starts[row + 1] - self._line_starts[row] - 1
            yield row, column, line_length
            row, column = row + 1, 0
        yield row, column, end_column

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        style = self._mark_style
        for start, end, kind in self._marks.get(line_index, ()):
            line.stylize(style(kind), start, end)
        for kind in ("sentence", "highlight", "match", "current"):
            rows = self._annotated if kind == "highlight" else self._dynamic_rows[kind]
            for start, end in rows.get(line_index, ()):
                line.stylize(style(kind), start, end)
        return line

    def render_lines(self, crop: Region) -> list[Strip]:
        self._view = self._view_state()  # once a frame rather than once a line
        try:
            return super().render_lines(crop)
        finally:
            self._view = None

    def render_line(self, y: int) -> Strip:
        # TextArea's own line cache has the whole selection in its key (with soft wrap), so
        # every cursor move re-rendered every visible line (~40 at 160x48). Our key holds only
        # what changes this line's look: scrolling reuses the lines already drawn.
        if not self.text:
            return super().render_line(y)
        view = self._view or self._view_state()
        try:
            row, section = self.wrapped_document._offset_to_line_info[view.scroll_y + y]
        except IndexError:
            row, section = -1, 0
        selection = view.selection
        key = (view.frame, row, section, tuple(rows.get(row) for rows in self._dynamic_rows.values()),
               selection if selection and selection[0][0] <= row <= selection[1][0] else None,
               view.cursor if row in view.cursor_rows else None)
        line = self._line_cache.get(key)
        if line is None:
            line = self._line_cache[key] = self._render_line(y)
        return line

    def _view_state(self) -> _View:
        start, end = self.selection
        top, bottom = sorted((start, end))
        bracket = self._matching_bracket_location
        return _View(frame=(self.size, self.theme), scroll_y=self.scroll_offset.y,
                     selection=(top, bottom) if start != end else None,
                     cursor_rows=(end[0], bracket[0] if bracket is not None else end[0]),
                     cursor=(end, start == end, bracket, self._draw_cursor, self.has_focus))

    # The gutter -----------------------------------------------------------

    @property
    def gutter_width(self) -> int:
        # One cell left of the text for the annotation marks (TextArea accounts for it when
        # wrapping, placing the cursor and mapping clicks).
        return 1

    def _render_line(self, y: int) -> Strip:
        strip = super()._render_line(y)
        try:
            row, section = self.wrapped_document._offset_to_line_info[y + self.scroll_offset.y]
        except IndexError:  # below the text: a blank line, already full width
            return strip
        mark = self.gutter_mark(row, section)
        theme = self._theme
        style = theme.base_style if theme and theme.base_style else self.rich_style
        if mark:
            style += self.get_component_rich_style("article-body--gutter")
        return Strip.join([Strip([Segment(mark or " ", style)], 1), strip])

    def gutter_mark(self, row: int, section: int = 0) -> str:
        """The mark in the gutter of a visual line (`section` of document line `row`), or ""."""
        pieces = self._annotated.get(row)
        if not pieces:
            return ""
        offsets = self.wrapped_document.get_offsets(row)
        low = offsets[section - 1] if section else 0
        high = offsets[section] if section < len(offsets) else len(self.document[row]) + 1
        marks = {mark for column, mark in self._gutter.get(row, ()) if low <= column < high}
        if any(start < high and end > low for start, end in pieces):
            marks.add(GUTTER_MARKS[-1])
        return next((mark for mark in GUTTER_MARKS if mark in marks), "")

    def _mark_style(self, kind: str):
        return self.get_component_rich_style(f"article-body--{kind}", partial=True)

    def _restyle(self) -> None:
        """Redraw every line after the static marks (extraction, annotations) changed."""
        self._line_cache.clear()
        self.refresh()

    # Movement ---------------------------------------------------------------

    def show_span(self, start: int, end: int) -> None:
        """Put the cursor on a span, mark it as current and scroll it to the middle."""
        self.set_spans("current", [(start, end)])
        self.move_cursor(self.location(start))
        self._scroll_to_cursor(center=True)

    def _scroll_to_cursor(self, center: bool) -> None:
        """`scroll_cursor_visible`, but at once. TextArea's waits for the next frame, which then
        shows the cursor (and the panes) moved but the text not yet scrolled, and the scroll
        a frame later: 17-33 ms more per key with Textual's frame timer (measured)."""
        if not self.size:  # not laid out yet: nothing to measure the scroll against
            self.scroll_cursor_visible(center)
            return
        self._recompute_cursor_offset()
        x, y = self._cursor_offset
        self.scroll_to_region(Region(x, y, width=3, height=1), spacing=Spacing(right=self.gutter_width),
                              animate=False, force=True, center=center, immediate=True)

    def action_sentence(self, step: int) -> None:
        """Move the cursor to the start of the next (`step=1`) or previous sentence."""
        if not self._sentences:
            self.action_cursor_down() if step > 0 else self.action_cursor_up()
            return
        offset = self.cursor_offset
        index = bisect_right(self._sentence_starts, offset) - 1
        if step < 0 and index >= 0 and self._sentence_starts[index] < offset:
            target = index  # back to the start of the current sentence first
        else:
            target = max(0, min(len(self._sentences) - 1, index + step))
        self.move_cursor(self.location(self._sentence_starts[target]))
        self._scroll_to_cursor(center=False)

    def action_top(self) -> None:
        self.move_cursor((0, 0))

    def action_bottom(self) -> None:
        self.move_cursor(self.document.end)

    def action_half_page(self, direction: int) -> None:
        height = max(1, self.content_size.height // 2) * direction
        target = self.navigator.get_location_at_y_offset(self.cursor_location, height)
        self.scroll_relative(y=height, animate=False)
        self.move_cursor(target)

    def _watch_selection(self, previous_selection: Selection, selection: Selection) -> None:
        super()._watch_selection(previous_selection, selection)
        self._update_sentence()

    def _update_sentence(self) -> None:
        if not self._sentences:
            return
        offset = self.cursor_offset
        index = bisect_right(self._sentence_starts, offset) - 1
        span = self._sentences[index] if index >= 0 and offset < self._sentences[index][1] + 1 else None
        if span != self._sentence:
            self._set_sentence(span)
            self.refresh()
            if self.on_sentence is not None:
                self.on_sentence(span)

    def _set_sentence(self, span: Span | None) -> None:
        self._sentence = span
        self._set_dynamic("sentence", [span] if span else [])


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts
