"""A yes/no question in a modal dialog ("Delete this note?", "Overwrite the file?")."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Footer, Static

from .base import Dialog


class ConfirmDialog(Dialog[bool]):
    """Ask `question`; dismisses with True for `yes`, False for `no` or `escape`.

    The `no` button has the focus at first, so a stray `enter` never does the risky thing;
    `y` and `n` answer directly. The question is shown literally (it may quote article text).
    """

    HELP = "y or the first button: yes. n, escape or the second button: no. tab/arrows move between buttons."

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
        Binding("tab,shift+tab,left,right", "app.focus_next", "Other button", show=False, id="confirm.other"),
    ]

    DEFAULT_CSS = """
    ConfirmDialog {
        & > .dialog { width: 60; border: round $warning; }
        & #confirm-question { width: 1fr; padding: 1 0; }
        & Horizontal { height: auto; align-horizontal: right; }
        & Button { margin: 0 0 0 2; min-width: 10; }
    }
    """

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.question), id="confirm-question")
            with Horizontal():
                yield Button(Content(self.yes), variant="warning", id="confirm-yes", compact=True)
                yield Button(Content(self.no), id="confirm-no", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
