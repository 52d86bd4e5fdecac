"""Radio buttons and checkboxes whose state shows without color.

Textual draws an on and an off toggle with the same glyph and tells them apart by color
alone, which is lost with 16 colors, `NO_COLOR` or a monochrome terminal.
"""

from __future__ import annotations

from textual.widgets import Checkbox, RadioButton


class MarkedRadioButton(RadioButton):
    """`▐●▌` when chosen, `▐ ▌` when not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 - Textual's name
        return "●" if self.value else " "


class MarkedCheckbox(Checkbox):
    """`▐X▌` when checked, `▐ ▌` when not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 - Textual's name
        return "X" if self.value else " "
