"""What the small modal dialogs share: a framed box in the middle of the screen."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType], inherit_bindings=False):
    """A modal screen whose content sits in a `Vertical(classes="dialog")` frame, centered.

    Lines in the frame with the class `dialog--muted` are hints and context (dimmed).
    No inherited bindings: each dialog lists its keys (all with ids, for help and keymaps).
    """

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
        & > .dialog {
            width: 76;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $accent;
            border-title-align: left;
            background: $surface;
            padding: 0 1;
        }
        & .dialog--muted { color: $text-muted; }
    }
    """
