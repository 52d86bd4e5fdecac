"""Panes listing items beside the article: speakers, quotes, claims or figures (`ItemPane`),
built on `ListPane`, which the Notes pane shares."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..items import Formatter, Item, Kind, span_of

MARKER = "▸ "
NO_MARKER = "  "


class ListPane(OptionList, inherit_bindings=False):
    """A bordered list beside the article: keys, a status line and a `Title count` border.

    Subclasses say how many entries they hold (`entry_count`) and what moving onto an
    entry does (`_entry_moved`); the first two cells of each prompt are theirs to use.

    Moving onto an entry calls the pane's `on_move` callback at once rather than posting a
    message: the reader then moves the article in the same turn, so pane and article repaint
    in one frame. (A message reaches the reader after the pane's own repaint has gone out,
    and Textual's frame timer then holds the article's repaint back 17-33 ms, measured.)
    """

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="pane.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="pane.up"),
        Binding("g,home", "first", "First", show=False, id="pane.first"),
        Binding("G,end", "last", "Last", show=False, id="pane.last"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="pane.half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="pane.half_page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="pane.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="pane.page_up"),
        Binding("enter", "select", "Choose", show=False, id="pane.choose"),
    ]

    DEFAULT_CSS = """
    ListPane {
        height: 1fr;
        border: round $foreground 30%;
        border-title-align: left;
        padding: 0;
        &:focus { border: round $accent; border-title-style: bold; }
        & > .option-list--option { padding: 0 1 0 0; }
    }
    """

    def __init__(self, title: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title = title
        self.heading = ""
        """The border title as plain text."""

    @property
    def entry_count(self) -> int:
        """How many entries the pane lists (status lines are not entries)."""
        raise NotImplementedError

    def _entry_moved(self, index: int, selected: bool) -> None:
        """The highlight moved onto entry `index` (`selected`: it was chosen with enter/click)."""
        raise NotImplementedError

    def set_status(self, status: str) -> None:
        """Show a one-line status instead of entries (e.g. while extraction runs)."""
        self.set_options([Option(Content.styled(status, "dim italic"), disabled=True)])

    def _set_title(self, count: str, label: str = "") -> None:
        title = Content.assemble((self.title, "bold"), f" {count}")
        if label:
            title = Content.assemble(title, " · ", (label, "italic"))
        self.border_title = title
        self.heading = title.plain

    def watch_highlighted(self, highlighted: int | None) -> None:
        # Before OptionList's watcher scrolls this pane: whatever `_entry_moved` changes must
        # be refreshed in this same turn for everything to repaint in one frame.
        if highlighted is not None and highlighted < self.entry_count:
            self._entry_moved(highlighted, False)
        super().watch_highlighted(highlighted)

    def on_focus(self) -> None:
        # Arriving at a pane shows its entry in the text at once, the first one to begin with.
        if self.highlighted is None and self.entry_count:
            self.highlighted = 0
        elif self.highlighted is not None and self.highlighted < self.entry_count:
            self._entry_moved(self.highlighted, False)

    def action_half_page(self, direction: int) -> None:
        if not self.entry_count:
            return
        step = max(1, self.scrollable_content_region.height // 2)
        index = (self.highlighted or 0) + step * direction
        self.highlighted = max(0, min(self.entry_count - 1, index))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is self:
            event.stop()  # `watch_highlighted` has acted on it

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list is self and event.option_index < self.entry_count:
            event.stop()
            self._entry_moved(event.option_index, True)


class ItemPane(ListPane):
    """Items of one kind, in reading order, with a count in the border title.

    Moving the highlight calls `on_move(pane, item, False)` (the reader scrolls the article
    to the item); `enter` calls `on_move(pane, item, True)` and posts `ItemSelected`. Items
    inside the article's current sentence carry a `▸` marker; annotated items a badge
    (`★` starred, `✎` with a note).
    """

    HELP = """\
Items extracted from the article. j/k or arrows move and show the item in the text,
g/G first/last, ctrl+d/ctrl+u half a page, enter chooses.
A ▸ marks the items of the sentence under the article's cursor, ★ starred items
and ✎ items with a note.
"""

    class ItemSelected(Message):
        """An item was chosen with `enter` (or a click)."""

        def __init__(self, pane: ItemPane, item: Item) -> None:
            super().__init__()
            self.pane = pane
            self.item = item

        @property
        def control(self) -> ItemPane:
            return self.pane

    def __init__(self, kind: Kind, title: str, *, on_move: Callable[[ItemPane, Item, bool], None] | None = None,
                 id: str | None = None) -> None:
        super().__init__(title, id=id)
        self.kind = kind
        self.on_move = on_move
        """Called with (pane, item, selected) when the highlight moves onto an item."""
        self.items: list[Item] = []
        self.formatter: Formatter | None = None
        self._total = 0
        self._spans: list[tuple[int, int, int]] = []  # (start, end, item index), by start
        self._span_starts: list[int] = []
        self._longest = 0
        self._marked: set[int] = set()
        self._badges: dict[int, str] = {}
        self._filter_label = ""
        self.set_status("extracting…")

    @property
    def entry_count(self) -> int:
        return len(self.items)

    def set_status(self, status: str) -> None:
        self._set_items([])
        super().set_status(status)
        self._set_title("…")

    def _set_items(self, items: Sequence[Item]) -> None:
        self.items = list(items)
        self._marked = set()
        self._badges = {}
        # The items' spans sorted by start, so that marking a sentence looks at a few items.
        self._spans = sorted((s, e, index) for index, item in enumerate(self.items) for s, e in _spans(item))
        self._span_starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def show_items(self, items: Sequence[Item], formatter: Formatter, *, total: int | None = None,
                   filter_label: str = "") -> None:
        """List `items`; `total` and `filter_label` describe a filtered view."""
        self._set_items(items)
        self.formatter = formatter
        self._total = len(items) if total is None else total
        self._filter_label = filter_label
        if self.items:
            self.set_options([Option(self._item_prompt(index)) for index in range(len(self.items))])
        else:
            self.set_options([Option(Content.styled("none found", "dim italic"), disabled=True)])
        count = f"{len(self.items)}/{self._total}" if filter_label else str(self._total)
        self._set_title(count, filter_label)

    def set_badges(self, badges: Mapping[int, str]) -> None:
        """Put a badge (e.g. `★`) before the items at these indices; the others lose theirs."""
        changed = {i for i in badges.keys() | self._badges.keys() if badges.get(i) != self._badges.get(i)}
        self._badges = dict(badges)
        for index in sorted(changed):
            if index < len(self.items):
                self.replace_option_prompt_at_index(index, self._item_prompt(index))

    @property
    def badges(self) -> dict[int, str]:
        """The badges shown, by item index."""
        return dict(self._badges)

    def _item_prompt(self, index: int) -> Content:
        assert self.formatter is not None
        # The first two cells are left blank for the `▸` that `render_line` draws over them.
        badge = self._badges.get(index)
        prompt = self.formatter.prompt(self.items[index])
        return Content.assemble(NO_MARKER, (f"{badge} " if badge else "", "bold"), prompt)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if not self._marked:
            return strip
        try:
            index, line_offset = self._lines[self.scroll_offset.y + y]
        except IndexError:
            return strip
        if line_offset or index not in self._marked:
            return strip
        first = next(iter(strip.crop(0, 1)), None)
        style = first.style if first is not None else None
        marker = Strip([Segment(MARKER.rstrip(), (style or RichStyle()) + RichStyle(bold=True))], 1)
        return Strip.join([marker, strip.crop(1, strip.cell_length)])

    def mark_span(self, span: tuple[int, int] | None) -> None:
        """Mark the items that overlap `span` (the article's current sentence)."""
        marked: set[int] = set()
        if span is not None:
            start, end = span
            # Only spans starting less than the longest span's length before `start` can reach it.
            first = bisect_right(self._span_starts, start - self._longest)
            for s, e, index in self._spans[first:bisect_left(self._span_starts, end)]:
                if e > start and s < end:
                    marked.add(index)
        if marked != self._marked:
            changed, self._marked = marked ^ self._marked, marked
            # Only the marker changes: repaint the first line of those items, nothing else.
            lines = self._index_to_line
            for index in changed:
                if index in lines:
                    self.refresh_line(lines[index])
                else:  # not laid out yet (a hidden tab): it is drawn whole when shown
                    self.refresh()

    @property
    def marked(self) -> list[Item]:
        return [self.items[index] for index in sorted(self._marked)]

    @property
    def current(self) -> Item | None:
        index = self.highlighted
        return self.items[index] if index is not None and index < len(self.items) else None

    def select_item(self, item: Item) -> None:
        """Highlight `item` (which calls `on_move`)."""
        for index, candidate in enumerate(self.items):
            if candidate is item:
                self.highlighted = index
                return

    def _entry_moved(self, index: int, selected: bool) -> None:
        item = self.items[index]
        if self.on_move is not None:
            self.on_move(self, item, selected)
        if selected:
            self.post_message(self.ItemSelected(self, item))


def _spans(item: Item) -> list[tuple[int, int]]:
    mentions = getattr(item, "mentions", None)
    if mentions is not None:
        return [tuple(m) for m in mentions]  # type: ignore[misc]
    span = span_of(item)
    return [span] if span else []
