"""How items read in the panes: normalized figures, speaker labels, literal text."""

from __future__ import annotations

from briefing.extract.model import Extraction, Figure, Quote, Speaker
from briefing.tui.items import Formatter, speaker_label


def test_figure_lines_lead_with_the_shared_reading() -> None:
    figure = Figure("f1", "up to 80%", 0, 9, "percent", 80.0, None, None, "percent", None, "at_most")
    tally = Figure("f2", "6-3", 0, 3, "ratio", None, None, None, None, None, "exact")
    formatter = Formatter(Extraction(figures=[figure, tally]))
    assert formatter.prompt(figure).plain == "≤ 80% percent: up to 80%"
    assert formatter.prompt(tally).plain == "ratio: 6-3"
    assert formatter.search_text(tally) == "6-3"


def test_quote_prompt_names_the_speaker_and_role_literally() -> None:
    speaker = Speaker("s1", "[b]Braze[/b]", "person", "Latvian Foreign Minister")
    quote = Quote("q1", "direct", "x [/] y", 0, 7, "s1", "said", 1.0)
    formatter = Formatter(Extraction(speakers=[speaker], quotes=[quote]))
    prompt = formatter.prompt(quote)
    assert prompt.plain == "[b]Braze[/b], Latvian Foreign Minister (direct): “x [/] y”"
    assert speaker_label(None) == "Unattributed"
    assert formatter.search_text(quote) == "[b]Braze[/b], Latvian Foreign Minister: x [/] y"


def test_controls_and_bidi_overrides_become_visible_one_for_one() -> None:
    from briefing.tui.text import visible

    hostile = "a\x1b]52;c;x\x07b\u202ecd\u2066e\x9bf\tg\nh"
    shown = visible(hostile)
    assert len(shown) == len(hostile)
    assert shown == "a\ufffd]52;c;x\ufffdb\ufffdcd\ufffde\ufffdf\tg\nh"
