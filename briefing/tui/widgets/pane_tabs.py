"""The one-line tab bar that replaces the side column on narrow terminals."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class PaneTabs(Widget):
    """`1 Speakers 3 │ 2 Quotes 7 │ …` with the active pane reversed; clicks switch panes.

    Too narrow for the titles, the tabs shorten them to their first letter (`1 S 3 │ 2 Q 7`):
    the number keys stay readable. Not focusable: the number keys and `tab` switch panes,
    so nothing here needs the mouse.
    """

    DEFAULT_CSS = """
    PaneTabs {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    """

    active: reactive[str] = reactive("")
    """The id of the pane shown below the article."""

    class Clicked(Message):
        """A tab was clicked."""

        def __init__(self, pane_id: str) -> None:
            super().__init__()
            self.pane_id = pane_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._tabs: list[tuple[str, str, str]] = []  # (pane id, title, count)
        self._ranges: list[tuple[int, int, str]] = []

    def set_tabs(self, tabs: list[tuple[str, str, str]]) -> None:
        """Show `(pane id, title, count)` tabs, numbered from 1."""
        self._tabs = tabs
        self.refresh()

    def render(self) -> Content:
        labels = [f" {number} {title} {count} " for number, (_, title, count) in enumerate(self._tabs, 1)]
        if sum(len(label) + 1 for label in labels) - 1 > self.content_size.width:
            labels = [f" {number} {title[:1]} {count} " for number, (_, title, count) in enumerate(self._tabs, 1)]
        parts: list[Content] = []
        self._ranges = []
        position = 0
        for label, (pane_id, _, _) in zip(labels, self._tabs):
            parts.append(Content.styled(label, "bold reverse") if pane_id == self.active else Content(label))
            self._ranges.append((position, position + len(label), pane_id))
            position += len(label) + 1
        return Content("│").join(parts)

    def _on_click(self, event: events.Click) -> None:
        for start, end, pane_id in self._ranges:
            if start <= event.x - 1 < end:
                self.post_message(self.Clicked(pane_id))
