"""How items read in the panes: normalized figures, speaker labels, literal text."""

from __future__ import annotations

import pytest

from briefing.extract.model import Extraction, Figure, Quote, Speaker
from briefing.tui.items import Formatter, number, reading, speaker_label


def figure(value=None, low=None, high=None, unit=None, iso=None, qualifier="exact", kind="money") -> Figure:
    return Figure("f", "text", 0, 4, kind, value, low, high, unit, iso, qualifier)


@pytest.mark.parametrize(("fig", "expected"), [
    (figure(1.8e9, unit="EUR"), "1.8e9 EUR"),
    (figure(2.12e9, unit="USD"), "2.12e9 USD"),
    (figure(80, unit="%", qualifier="at_most", kind="percent"), "≤ 80 %"),
    (figure(14, unit="%", qualifier="approx", kind="percent"), "≈ 14 %"),
    (figure(None, low=3, high=5, unit="km", qualifier="range", kind="quantity"), "3–5 km"),
    (figure(2.5, unit="t", qualifier="more_than", kind="quantity"), "> 2.5 t"),
    (figure(iso="2024-02", kind="date"), "2024-02"),
    (figure(20, unit="countries", kind="count"), "20 countries"),
    (figure(None, kind="count"), "?"),
])
def test_normalized_readings(fig: Figure, expected: str) -> None:
    assert reading(fig) == expected


def test_numbers_stay_short_and_exact() -> None:
    assert [number(v) for v in (0, 80, 2.5, 1_000_000, 1.8e9, 0.125)] == ["0", "80", "2.5", "1e6", "1.8e9", "0.125"]


def test_quote_prompt_names_the_speaker_and_role_literally() -> None:
    speaker = Speaker("s1", "[b]Braze[/b]", "person", "Latvian Foreign Minister")
    quote = Quote("q1", "direct", "x [/] y", 0, 7, "s1", "said", 1.0)
    formatter = Formatter(Extraction(speakers=[speaker], quotes=[quote]))
    prompt = formatter.prompt(quote)
    assert prompt.plain == "[b]Braze[/b], Latvian Foreign Minister (direct): “x [/] y”"
    assert speaker_label(None) == "unattributed"
    assert formatter.search_text(quote) == "[b]Braze[/b], Latvian Foreign Minister: x [/] y"


def test_controls_and_bidi_overrides_become_visible_one_for_one() -> None:
    from briefing.tui.text import visible

    hostile = "a\x1b]52;c;x\x07b\u202ecd\u2066e\x9bf\tg\nh"
    shown = visible(hostile)
    assert len(shown) == len(hostile)
    assert shown == "a\ufffd]52;c;x\ufffdb\ufffdcd\ufffde\ufffdf\tg\nh"
