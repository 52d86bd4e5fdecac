"""Exporting a brief: where to, which extractions, then the export itself in a worker thread.

The dialog stays open while the brief is written (its controls disabled), so an
existing file can be confirmed or renamed and an error corrected in place; it
closes with the message saying where the file went. The work itself is the
`export` callable it is given (see `briefing.tui.export_flow`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Checkbox, Footer, Input, Label, RadioSet, Static

from ...export.errors import ExportError, TargetExists
from ...export.gather import LEVELS, Level
from ..widgets.toggles import MarkedCheckbox, MarkedRadioButton
from .base import Dialog
from .confirm import ConfirmDialog

LEVEL_LABELS: dict[Level, str] = {"none": "none", "starred": "starred", "all": "all (adds tables)"}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the user chose: the target file (`~` allowed, relative to the working directory),
    the extracted items to include and whether to keep only starred annotations."""

    path: str
    level: Level = "starred"
    starred_only: bool = False


#: Writes the brief (called in a worker thread): options, force → the message for the user.
#: Raises TargetExists when the file exists and force is False, ExportError for other failures.
Export = Callable[[ExportOptions, bool], str]


class ExportDialog(Dialog[str | None]):
    """Export `subject` (e.g. "3 articles") to a Markdown file; dismisses with the message
    saying where it went, or None when cancelled."""

    HELP = """\
Edit the file name (~ is your home directory; a relative name is relative to where briefing was
started); choose the extractions with the arrow keys and enter; space toggles starred-only.
enter in the file name or ctrl+s exports; an existing file is replaced only after you confirm.
"""

    BINDINGS = [
        Binding("ctrl+s", "export", "Export", id="export.export"),
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
        Binding("tab", "app.focus_next", "Next field", show=False, id="export.next_field"),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, id="export.previous_field"),
    ]

    DEFAULT_CSS = """
    ExportDialog {
        & #export-subject { margin: 0 0 1 0; }
        & Input { margin: 0 0 1 0; }
        & RadioSet { layout: horizontal; width: 1fr; margin: 0 0 1 0; }
        & RadioSet > RadioButton { margin: 0 2 0 0; }
        & #export-status { height: auto; }
        & #export-status.-error { color: $error; }
        & Horizontal { height: auto; align-horizontal: right; }
        & Button { margin: 0 0 0 2; min-width: 10; }
    }
    """

    def __init__(self, path: str, subject: str, export: Export, *, level: Level = "starred") -> None:
        super().__init__()
        self.path = path
        self.subject = subject
        self.export = export
        self.level = level
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as frame:
            frame.border_title = "Export a brief"
            yield Static(Content(self.subject), id="export-subject", classes="dialog--muted")
            yield Label("File", variant="secondary")
            yield Input(self.path, id="export-path", compact=True, select_on_focus=False)
            yield Label("Extractions", variant="secondary")
            with RadioSet(id="export-level", compact=True):
                for level in LEVELS:
                    yield MarkedRadioButton(LEVEL_LABELS[level], value=level == self.level, id=f"export-{level}",
                                      compact=True)
            yield MarkedCheckbox("Starred annotations only", id="export-starred-only", compact=True)
            yield Static(id="export-status", classes="dialog--muted")
            with Horizontal():
                yield Button("Export", variant="primary", id="export-go", compact=True)
                yield Button("Cancel", id="export-cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        levels = self.query_one(RadioSet)
        for _ in range(LEVELS.index(self.level)):  # The set highlights its first button, not the pressed one.
            levels.action_next_button()
        path = self.query_one("#export-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    @property
    def options(self) -> ExportOptions:
        """The choices as they stand."""
        pressed = self.query_one(RadioSet).pressed_button
        level = next((lv for lv in LEVELS if pressed is not None and pressed.id == f"export-{lv}"), self.level)
        return ExportOptions(self.query_one("#export-path", Input).value.strip(), level,
                             self.query_one("#export-starred-only", Checkbox).value)

    # Actions -----------------------------------------------------------------

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-go")
    def action_export(self) -> None:
        options = self.options
        if self.busy:
            return
        if not options.path:
            self._status("Type a file name first.", error=True)
            return
        self._start(options, force=False)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        if not self.busy:  # The brief is being written: let it finish (it takes a moment at most).
            self.dismiss(None)

    # The export ----------------------------------------------------------------

    def _start(self, options: ExportOptions, *, force: bool) -> None:
        self._set_busy(True)
        self._status("Exporting…")
        self._write(options, force)

    @work(thread=True, exclusive=True, group="export")
    def _write(self, options: ExportOptions, force: bool) -> None:
        try:
            message = self.export(options, force)
        except TargetExists:
            self.app.call_from_thread(self._ask_overwrite, options)
        except ExportError as exc:
            self.app.call_from_thread(self._failed, str(exc))
        except Exception as exc:  # noqa: BLE001 -- a bug must cost a message, not the session.
            self.app.call_from_thread(self._failed, f"export failed ({type(exc).__name__}: {exc})")
        else:
            self.app.call_from_thread(self.dismiss, message)

    def _ask_overwrite(self, options: ExportOptions) -> None:
        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self._start(options, force=True)
            else:
                self._set_busy(False)
                self._status("Not overwritten: choose another file name.")
                self.query_one("#export-path", Input).focus()

        self.app.push_screen(ConfirmDialog(f"{options.path} already exists. Overwrite it?",
                                           yes="Overwrite", no="Keep it"), answered)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._status(message, error=True)
        self.app.notify(message, severity="error", markup=False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in self.query("Input, RadioSet, Checkbox, Button"):
            widget.disabled = busy

    def _status(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#export-status", Static)
        status.update(Content(message))
        status.set_class(error, "-error")
