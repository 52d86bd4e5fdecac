"""Nothing from an article may reach the terminal as a control sequence."""

import pytest

from briefing.ingest import load_text
from briefing.ingest.sanitize import sanitize


@pytest.mark.parametrize(
    "dirty",
    [
        "a\x1b]52;c;aGVsbG8=\x07b",          # OSC 52 clipboard write, BEL-terminated
        "a\x1b]52;c;aGVsbG8=\x1b\\b",        # ... ST-terminated
        "a\x1b]0;pwned title\x07b",          # OSC 0 window title
        "a\x1b]8;;https://evil.example\x1b\\b",  # OSC 8 hyperlink
        "a\x1b[2Jb",                         # CSI clear screen
        "a\x1b[31;1mb",                      # SGR
        "a\x9b2Jb",                          # 8-bit CSI
        "a\x9d0;title\x9cb",                 # 8-bit OSC
        "a\x1bPqdata\x1b\\b",                # DCS
        "a\x1bcb",                           # RIS (reset)
        "a\x00\x07\x08\x7fb",                # C0 controls and DEL
        "a\x80\x90\x9fb",                    # C1 controls
        "a\u202eb",                          # right-to-left override
        "a\u2066\u2069b",                    # bidi isolates
    ],
)
def test_escape_sequences_and_controls_are_removed(dirty: str) -> None:
    assert sanitize(dirty) == "ab"


def test_tabs_and_newlines_keep_their_meaning() -> None:
    assert sanitize("a\tb\nc") == "a\tb\nc"


def test_line_ends_and_page_breaks() -> None:
    assert sanitize("a\r\nb\rc") == "a\nb\nc"
    assert sanitize("a\fb") == "a\n\nb"


@pytest.mark.parametrize("text", ["[an] attempt", "[bold]x[/bold]", "x [/] y", "[@click=app.quit]go[/]"])
def test_square_brackets_stay_verbatim(text: str) -> None:
    article = load_text(f"He said it was {text} today.", raw=True)
    assert text in article.text


def test_article_text_has_no_escape_left() -> None:
    article = load_text("Title\n\nTOKYO -- Body \x1b]52;c;ZXZpbA==\x07with\x9b2J junk.\n", raw=False)
    assert "\x1b" not in article.text and "\x9b" not in article.text
    assert "Body with junk." in article.text


def test_unterminated_string_sequence_does_not_swallow_the_article() -> None:
    assert sanitize("a\x90b c d\n\ne f") == "ab c d\n\ne f"
    assert sanitize("a\x1b]0;title b c") == "a0;title b c"
