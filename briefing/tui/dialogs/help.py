"""`?` / `F1`: every key of the current screen, generated from the bindings (keymap applied)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


def binding_nodes(screen: Screen) -> list[DOMNode]:
    """The screen, the focused widget, the other widgets with bindings (one per class), the app."""
    focused = screen.focused
    widgets = [focused] if focused is not None else []
    seen = {type(focused)}
    for widget in screen.query("*"):
        if type(widget) not in seen and widget._bindings.key_to_bindings:
            seen.add(type(widget))
            widgets.append(widget)
    return [screen, *widgets, screen.app]


def keys_table(node: DOMNode) -> list[tuple[str, str, str]]:
    """`(keys, description, binding id)` of a node's bindings, after the user's keymap."""
    bindings = node._bindings.copy()
    keymap = node.app._keymap
    if keymap:
        bindings.apply_keymap(keymap)
    rows: dict[str, tuple[list[str], str, str]] = {}
    for key, binding in bindings:
        if binding.system or not binding.description:
            continue
        name = binding.id or binding.action
        keys, _, _ = rows.setdefault(name, ([], binding.description, binding.id or ""))
        display = node.app.get_key_display(Binding(key, binding.action))
        if display not in keys:
            keys.append(display)
    return [(" ".join(keys), description, binding_id) for keys, description, binding_id in rows.values()]


def section_title(node: DOMNode) -> str:
    if isinstance(node, Screen):
        return f"{type(node).__name__.removesuffix('Screen')} screen"
    if node is node.app:
        return "Everywhere"
    return type(node).__name__


def help_content(screen: Screen) -> Content:
    """The help text for `screen`: per widget its HELP and a table of its keys."""
    lines: list[Content] = []
    for node in binding_nodes(screen):
        rows = keys_table(node)
        if not rows:
            continue
        lines.append(Content.styled(section_title(node), "bold underline"))
        help_text = getattr(node, "HELP", None)
        if help_text:
            lines.append(Content.styled(" ".join(help_text.split()), "italic"))
        width = max(len(keys) for keys, _, _ in rows)
        described = max(len(description) for _, description, _ in rows)
        for keys, description, binding_id in rows:
            lines.append(Content.assemble(
                (keys.ljust(width), "bold"), "  ", description.ljust(described), ("  " + binding_id, "dim")))
        lines.append(Content(""))
    lines.append(Content.styled(
        "Rebind keys by id in keymap.toml in the config directory, e.g. \"reader.search\" = \"f\".", "dim"))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None], inherit_bindings=False):
    """Keys of the screen underneath, grouped by widget."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Scroll up", show=False, id="help.up"),
        Binding("g,home", "scroll('home')", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll('end')", "Bottom", show=False, id="help.bottom"),
        Binding("ctrl+d,pagedown,space", "scroll('page_down')", "Page down", show=False, id="help.page_down"),
        Binding("ctrl+u,pageup", "scroll('page_up')", "Page up", show=False, id="help.page_up"),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 90%;
            max-width: 100;
            height: 90%;
            border: round $accent;
            border-title-align: center;
            background: $surface;
            padding: 0 1;
        }
    }
    """

    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self._content = help_content(screen)

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys — escape closes"
            scroll.can_focus = True
            yield Static(self._content, id="help-text")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_scroll(self, where: str) -> None:
        getattr(self.query_one(VerticalScroll), f"scroll_{where}")(animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
