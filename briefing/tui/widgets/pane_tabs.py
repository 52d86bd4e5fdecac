"""The one-line tab bar that replaces the side column on narrow terminals."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class PaneTabs(Widget):
    """`1 Speakers 3 │ 2 Quotes 7 │ …` with the active pane reversed; clicks switch panes.

    Not focusable: the number keys and `tab` switch panes, so nothing here needs the mouse.
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
        self._tabs: list[tuple[str, str]] = []  # (pane id, label)
        self._ranges: list[tuple[int, int, str]] = []

    def set_tabs(self, tabs: list[tuple[str, str]]) -> None:
        self._tabs = tabs
        self.refresh()

    def render(self) -> Content:
        parts: list[Content] = []
        self._ranges = []
        position = 0
        for number, (pane_id, label) in enumerate(self._tabs, 1):
            text = f" {number} {label} "
            parts.append(Content.styled(text, "bold reverse") if pane_id == self.active else Content(text))
            self._ranges.append((position, position + len(text), pane_id))
            position += len(text) + 1
        return Content("│").join(parts)

    def _on_click(self, event: events.Click) -> None:
        for start, end, pane_id in self._ranges:
            if start <= event.x - 1 < end:
                self.post_message(self.Clicked(pane_id))
