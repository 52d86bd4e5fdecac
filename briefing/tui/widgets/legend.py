"""One line explaining the marks in the article text."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from .article_body import GUTTER_MARKS


class Legend(Static):
    """`quote  claim  figure  ▌highlight  ✎ note  ★ star  ▸ this sentence`, drawn with the
    same attributes as the marks.

    Attributes (underline, bold, reverse, italic) and margin marks rather than color alone,
    so the marks stay distinguishable with 16 colors and with NO_COLOR.
    """

    DEFAULT_CSS = """
    Legend {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        note, star, highlight = GUTTER_MARKS
        super().__init__(
            Content.assemble(
                ("quote", "underline"), "  ", ("claim", "bold"), "  ", ("figure", "reverse"), "  ",
                (highlight, "bold"), ("highlight", "italic"), "  ", (note, "bold"), " note  ", (star, "bold"), " star",
                "  ▸ this sentence  ", ("?", "bold"), " help",
            ),
            id=id,
        )
