"""Untrusted text on its way to widgets.

Article text, titles, file names and extraction results are data: they go to widgets as
`Content`/`Text`/segments (never parsed as markup). Ingest already strips control
characters and escape sequences; `visible` is the last line of defence at the widget,
replacing any that are left one-for-one, so `str` offsets into the text stay valid.
"""

from __future__ import annotations

#: C0 (but tab and newline), DEL, C1 and the bidi overrides/isolates.
_HIDDEN = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
           *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_REPLACE = dict.fromkeys(_HIDDEN, "\ufffd")


def visible(value: str | None) -> str:
    """`value` with control characters and bidi overrides shown as U+FFFD (same length)."""
    return (value or "").translate(_REPLACE)


def one_line(text: str, width: int | None = None) -> str:
    """`text` on one line, control characters shown as U+FFFD, cut to `width` with `…`."""
    text = " ".join(visible(text).split())
    if width is not None and len(text) > width:
        text = text[:width - 1].rstrip() + "…"
    return text
