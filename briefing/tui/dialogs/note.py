"""Writing or editing the note on a highlight or an item, in a modal dialog."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Footer, Static, TextArea

from ..text import visible
from .base import Dialog
from .confirm import ConfirmDialog


class NoteDialog(Dialog[str | None]):
    """Edit `note` about `subject`; dismisses with the new note, or None when cancelled.

    `ctrl+s` saves. `escape` cancels, after asking if the note was changed. The subject
    (a passage of the article) and the note are untrusted and shown literally.
    """

    HELP = "Type the note; enter starts a new line. ctrl+s saves, escape cancels."

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    DEFAULT_CSS = """
    NoteDialog {
        & #note-subject { text-style: italic; max-height: 3; }
        & TextArea { height: 8; margin: 1 0 0 0; }
    }
    """

    def __init__(self, subject: str, note: str = "", *, title: str = "Note") -> None:
        super().__init__()
        self.subject = subject
        self.original = visible(note)  # stored notes may come from an import: no control characters
        self.title = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as frame:
            frame.border_title = Content(self.title)
            yield Static(Content(self.subject), id="note-subject", classes="dialog--muted")
            yield TextArea(self.original, soft_wrap=True, show_line_numbers=False, id="note-text")
        yield Footer()

    def on_mount(self) -> None:
        text = self.query_one(TextArea)
        text.focus()
        text.move_cursor(text.document.end)

    @property
    def note(self) -> str:
        """The note as typed so far."""
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        self.dismiss(self.note)

    def action_cancel(self) -> None:
        if self.note == self.original:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog("Discard the changes to this note?", yes="Discard", no="Keep editing"),
                             answered)
