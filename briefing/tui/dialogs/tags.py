"""Tagging a highlight or an item: one input line that completes tags already in use."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.suggester import Suggester
from textual.widgets import Footer, Input, Static

from ..annotating import format_tags, parse_tags
from ..text import one_line
from .base import Dialog


class TagSuggester(Suggester):
    """Completes the last tag typed (`#pol` → `#policy`) from `tags`, the most used first."""

    def __init__(self, tags: Sequence[str] = ()) -> None:
        # Case-sensitive in Textual's sense: we casefold ourselves and keep what was typed.
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = list(tags)

    async def get_suggestion(self, value: str) -> str | None:
        typed = re.split(r"[,\s]+", value)[-1].lstrip("#")
        if not typed:
            return None
        already = set(parse_tags(value))
        for tag in self.tags:
            if tag.casefold().startswith(typed.casefold()) and tag != typed and tag not in already:
                return value + tag[len(typed):]
        return None


class TagsDialog(Dialog[list[str] | None]):
    """Edit the tags of `subject`; dismisses with the new tags, or None when cancelled.

    `known` (called in a worker thread: it reads the store) gives the tags in use, for
    completion with `right`. Tags are separated by commas or spaces; `#` is optional.
    """

    HELP = "Type tags separated by spaces or commas. right accepts a completion, enter saves, escape cancels."

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="tags.cancel")]

    DEFAULT_CSS = """
    TagsDialog {
        & #tags-subject { text-style: italic; max-height: 3; }
        & Input { margin: 1 0 0 0; }
    }
    """

    def __init__(self, subject: str, tags: Sequence[str] = (),
                 known: Callable[[], Sequence[str]] | None = None) -> None:
        super().__init__()
        self.subject = subject
        self.tags = [one_line(tag) for tag in tags]
        self._known = known
        self._suggester = TagSuggester()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as frame:
            frame.border_title = Content("Tags")
            yield Static(Content(self.subject), id="tags-subject", classes="dialog--muted")
            value = format_tags(self.tags) + " " if self.tags else ""
            yield Input(value, placeholder="#tag, another", suggester=self._suggester, id="tags-input")
            yield Static(Content(""), id="tags-known", classes="dialog--muted")
            yield Static(Content("→ completes a tag · enter saves"), classes="dialog--muted")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self._known is not None:
            self._load_known()

    @work(thread=True, exclusive=True)
    def _load_known(self) -> None:
        assert self._known is not None
        tags = [one_line(tag) for tag in self._known()]
        self.app.call_from_thread(self._show_known, tags)

    def _show_known(self, tags: list[str]) -> None:
        self._suggester.tags = tags
        if tags and self.is_attached:
            self.query_one("#tags-known", Static).update(Content(one_line("in use: " + format_tags(tags[:12]), 70)))

    @on(Input.Submitted, "#tags-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(parse_tags(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)
