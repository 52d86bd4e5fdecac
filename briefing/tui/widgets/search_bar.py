"""The `/` search line under the article: a query input and a `match 2/5` status."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static


class SearchBar(Horizontal):
    """Search (or filter) as you type; `enter` returns to the text, `escape` closes the bar."""

    HELP = "Type to search the article (case-insensitive). enter: back to the text, n/N: next/previous match, escape: close."

    BINDINGS = [Binding("escape", "close", "Close search", id="search.close")]

    DEFAULT_CSS = """
    SearchBar {
        height: 1;
        display: none;
        padding: 0 1;
        &.-open { display: block; }
        & > #search-prompt { width: 2; text-style: bold; }
        & > Input { width: 1fr; height: 1; border: none; padding: 0; }
        & > Input:focus { border: none; }
        & > #search-status { width: auto; min-width: 12; color: $text-muted; padding: 0 0 0 1; }
    }
    """

    class Changed(Message):
        """The query changed (`submitted`: the user pressed enter)."""

        def __init__(self, bar: SearchBar, query: str, submitted: bool = False) -> None:
            super().__init__()
            self.bar = bar
            self.query = query
            self.submitted = submitted

        @property
        def control(self) -> SearchBar:
            return self.bar

    class Closed(Message):
        """The bar was closed with `escape`."""

        def __init__(self, bar: SearchBar) -> None:
            super().__init__()
            self.bar = bar

        @property
        def control(self) -> SearchBar:
            return self.bar

    def __init__(self, *, placeholder: str = "search the article", lazy: bool = False,
                 id: str | None = None) -> None:
        """`lazy`: the input is built when the bar first opens, not with the screen (its keys are
        listed in the help from then on)."""
        super().__init__(id=id)
        self.placeholder = placeholder
        self.lazy = lazy

    def compose(self) -> ComposeResult:
        return [] if self.lazy else self._parts()

    def _parts(self) -> ComposeResult:
        yield Static("/", id="search-prompt")
        yield Input(placeholder=self.placeholder, id="search-input")
        yield Static("", id="search-status")

    @property
    def query(self) -> str:
        return self.query_one(Input).value if self.has_class("-open") else ""

    def open(self) -> None:
        if not self.children:
            self.mount_all(self._parts())
        self.add_class("-open")
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.remove_class("-open")
        self.query_one(Input).value = ""
        self.set_status("")
        self.post_message(self.Closed(self))

    def set_status(self, status: str) -> None:
        self.query_one("#search-status", Static).update(Content(status))

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Changed(self, event.value, submitted=True))
