"""The reader with Pilot: every binding and flow of issue 5, on a fixed extraction of the seed."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import Callable

from textual.command import CommandPalette
from textual.pilot import Pilot

from briefing.extract.model import Extraction, Quote, Speaker
from briefing.ingest import load
from briefing.tui import config
from briefing.tui.app import BriefingApp
from briefing.tui.dialogs.help import HelpScreen
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.article_body import ArticleBody
from briefing.tui.widgets.item_pane import ItemPane, ListPane
from briefing.tui.widgets.pane_tabs import PaneTabs
from briefing.tui.widgets.search_bar import SearchBar

from .conftest import SEEDS
from .test_tui_support import fixed_extraction, private_dirs, seed  # noqa: F401 - autouse fixture


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 20) -> None:
    """Poll until `condition()` holds (a slow CI machine gets a generous timeout)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out waiting for the app"
        await pilot.pause(0.05)


async def open_reader(pilot: Pilot, size: tuple[int, int] | None = None) -> ReaderScreen:
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ReaderScreen)
                   and pilot.app.screen.extraction is not None)
    await pilot.pause()
    return pilot.app.screen  # type: ignore[return-value]


def reader_app(*articles, extractor=fixed_extraction, **kwargs) -> BriefingApp:
    return BriefingApp(list(articles) or [seed()], extractor=extractor, **kwargs)


def pane(screen: ReaderScreen, kind: str) -> ItemPane:
    return screen.query_one(f"#{kind}", ListPane)  # type: ignore[return-value]


def body(screen: ReaderScreen) -> ArticleBody:
    return screen.query_one(ArticleBody)


def current_span(screen: ReaderScreen) -> tuple[int, int]:
    return body(screen).spans("current")[0]


async def test_panes_show_counts_speakers_roles_readings_and_signals() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        assert screen.has_class("-wide")
        titles = {kind: pane(screen, kind).heading for kind in ("speakers", "quotes", "claims", "figures")}
        assert titles == {"speakers": "Speakers 2", "quotes": "Quotes 3", "claims": "Claims 2", "figures": "Figures 3"}
        quotes = [str(o.prompt) for o in pane(screen, "quotes").options]
        assert "Baiba Braze, Latvian Foreign Minister" in quotes[0]
        assert "Twenty countries have already joined" in quotes[0]
        figures = [str(o.prompt) for o in pane(screen, "figures").options]
        assert "1.8e9 EUR" in figures[0] and "2.12e9 USD" in figures[1]
        claims = [str(o.prompt) for o in pane(screen, "claims").options]
        assert "figure, money" in claims[0] and "hedged" in claims[1]
        assert str(screen.query_one("#meta").render()) == "TAKAYUKI TANAKA · 2025-09-23 00:41 +09:00 · TOKYO"


async def test_number_keys_focus_panes_and_selecting_items_scrolls_to_their_spans() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        extraction = screen.extraction
        assert app.focused is body(screen)
        for key, kind in (("1", "speakers"), ("2", "quotes"), ("3", "claims"), ("4", "figures")):
            await pilot.press(key)
            await pilot.pause()
            assert app.focused is pane(screen, kind)
        await pilot.press("2")
        await pilot.pause()
        assert current_span(screen) == (extraction.quotes[0].start, extraction.quotes[0].end)
        await pilot.press("j")
        assert current_span(screen) == (extraction.quotes[1].start, extraction.quotes[1].end)
        assert body(screen).cursor_offset == extraction.quotes[1].start
        await pilot.press("k")
        assert current_span(screen) == (extraction.quotes[0].start, extraction.quotes[0].end)
        await pilot.press("G")
        assert current_span(screen)[0] == extraction.quotes[-1].start
        await pilot.press("g")
        assert current_span(screen)[0] == extraction.quotes[0].start
        await pilot.press("ctrl+d")
        assert pane(screen, "quotes").highlighted == 2
        await pilot.press("ctrl+u")
        assert pane(screen, "quotes").highlighted == 0
        await pilot.press("4", "down")
        figure = extraction.figures[1]
        assert current_span(screen) == (figure.start, figure.end)
        await pilot.press("0")
        assert app.focused is body(screen)


async def test_choosing_a_speaker_filters_quotes_and_choosing_again_shows_all() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("1", "down", "enter")
        quotes = pane(screen, "quotes")
        assert [q.id for q in quotes.items] == ["q3"]
        assert quotes.heading == "Quotes 1/3 · Japan's Defense Ministry"
        await pilot.press("enter")
        assert [q.id for q in quotes.items] == ["q1", "q2", "q3"]
        await pilot.press("up", "enter")
        assert [q.id for q in quotes.items] == ["q1", "q2"]


async def test_sentence_cursor_marks_the_items_of_the_current_sentence() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        extraction = screen.extraction
        text_body = body(screen)
        assert text_body.sentence == extraction.sentences[0]
        assert [s.id for s in pane(screen, "speakers").marked] == ["s1"]
        await pilot.press("j")
        assert text_body.sentence == extraction.sentences[1]
        assert pane(screen, "speakers").marked == []
        await pilot.press("j")
        assert text_body.sentence == extraction.sentences[2]
        assert [q.id for q in pane(screen, "quotes").marked] == ["q1"]
        assert [f.id for f in pane(screen, "figures").marked] == ["f3"]
        assert pane(screen, "quotes").render_line(0).text.startswith("▸ Baiba Braze")
        assert pane(screen, "quotes").render_line(3).text.startswith("  Baiba Braze")
        await pilot.press("k")
        assert text_body.sentence == extraction.sentences[1]
        await pilot.press("G")
        assert text_body.cursor_location == text_body.document.end
        await pilot.press("g")
        assert text_body.cursor_location == (0, 0)
        await pilot.press("ctrl+d")
        down = text_body.cursor_location
        assert down[0] > 0 or down[1] > 0
        await pilot.press("ctrl+u")
        assert text_body.cursor_location < down


async def test_tab_and_shift_tab_cycle_article_and_panes_even_when_narrow() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        assert screen.has_class("-narrow")
        order = []
        for _ in range(6):
            await pilot.press("tab")
            await pilot.pause()
            order.append(app.focused.id)
        assert order == ["speakers", "quotes", "claims", "figures", "notes", "body"]
        await pilot.press("shift+tab", "shift+tab")
        await pilot.pause()
        assert app.focused.id == "figures"
        assert screen.query_one(PaneTabs).active == "figures"
        assert pane(screen, "figures").display and not pane(screen, "quotes").display


async def test_live_resize_switches_between_tabs_and_side_panes() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        assert not screen.query_one("#pane-tabs").display is False
        assert [p.display for p in screen.query(ListPane)] == [False, True, False, False, False]
        await pilot.resize_terminal(160, 48)
        await wait_for(pilot, lambda: screen.has_class("-wide"))
        await pilot.pause()
        assert all(p.display for p in screen.query(ListPane))
        assert screen.query_one("#pane-tabs").styles.display == "none"
        await pilot.resize_terminal(80, 24)
        await wait_for(pilot, lambda: screen.has_class("-narrow"))


async def test_search_with_slash_then_n_and_N() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        text = screen.article.text
        starts = [i for i in range(len(text)) if text.startswith("Braze", i)]
        await pilot.press("slash", *"braze")
        bar = screen.query_one(SearchBar)
        assert bar.has_class("-open")
        assert body(screen).spans("match") == [(s, s + 5) for s in starts]
        await pilot.press("enter")
        assert app.focused is body(screen)
        assert current_span(screen) == (starts[0], starts[0] + 5)
        assert str(bar.query_one("#search-status").render()) == f"match 1/{len(starts)}"
        await pilot.press("n")
        assert current_span(screen)[0] == starts[1]
        await pilot.press("N", "N")
        assert current_span(screen)[0] == starts[-1]
        await pilot.press("slash")
        assert app.focused is bar.query_one("Input")
        await pilot.press("escape")
        assert not bar.has_class("-open") and body(screen).spans("match") == []
        assert app.focused is body(screen)
        await pilot.press("n")  # nothing to repeat: a notice, no crash


async def test_brackets_walk_the_library_order_and_q_escape_go_back() -> None:
    first, second = load(SEEDS / "000_386b1cf1fcee2ef2.txt"), load(SEEDS / "001_maine_seawall_vote.txt")
    app = reader_app(first, second)
    async with app.run_test(size=(80, 24)) as pilot:
        library = app.screen
        order = [a for _, a in library.shown]
        await open_reader(pilot)
        assert app.screen.article is order[0]
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: app.screen.article is order[1])
        await pilot.press("right_square_bracket")  # last one: stays
        assert app.screen.article is order[1]
        await pilot.press("left_square_bracket")
        await wait_for(pilot, lambda: app.screen.article is order[0])
        await pilot.press("escape")
        assert app.screen is library
        await open_reader(pilot)
        await pilot.press("q")
        assert app.screen is library
        assert app.read_ids == {first.id, second.id}
        assert library.query_one("#library").cells(0)["read"] == "✓"


async def test_help_is_generated_from_bindings_with_the_user_keymap(private_dirs) -> None:
    keymap = private_dirs / "xdg_config_home" / "briefing" / "keymap.toml"
    keymap.parent.mkdir(parents=True)
    keymap.write_text('[keymap]\n"reader.search" = "f"\nreader.copy = ["y", "c"]\n')
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("f")
        assert screen.query_one(SearchBar).has_class("-open")
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.query_one("#help-text").render())
        for expected in ("f  ", "Search", "reader.search", "Next match", "reader.focus_quotes",
                         "Next sentence", "body.next_sentence", "pane.choose", "app.palette", "y c"):
            assert expected in help_text, expected
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("j", "k", "G", "g", "f1")
        assert app.screen is screen


async def test_a_broken_keymap_is_reported_not_fatal(private_dirs) -> None:
    keymap = private_dirs / "xdg_config_home" / "briefing" / "keymap.toml"
    keymap.parent.mkdir(parents=True)
    keymap.write_text('reader.search = [1, 2]\n')
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("keymap ignored" in str(n.message) for n in app._notifications)


async def test_command_palette_runs_actions_and_jumps_to_items() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"shared task")
        await wait_for(pilot, lambda: any("Our shared task" in str(c.prompt) for c in
                                          app.screen.query_one("CommandList").options))
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen and app.focused is pane(screen, "quotes"))
        quote = screen.extraction.quotes[1]
        assert current_span(screen) == (quote.start, quote.end)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"Search")
        await wait_for(pilot, lambda: any(str(c.prompt).startswith("Search") for c in
                                          app.screen.query_one("CommandList").options))
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.query_one(SearchBar).has_class("-open"))


async def test_copy_sends_the_quote_with_its_speaker_to_the_clipboard() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(pilot)
        await pilot.press("2", "c")
        assert app.clipboard == ("“Twenty countries have already joined the drone coalition, and Japan has "
                                 "also been invited to join,” — Baiba Braze, Latvian Foreign Minister")
        await pilot.press("0", "c")  # the article: the sentence under the cursor (the quote's)
        assert app.clipboard.startswith('"Twenty countries') and app.clipboard.endswith("Braze said.")
        await pilot.press("g", "shift+right", "shift+right", "c")
        assert app.clipboard == "TO"


async def test_untrusted_item_text_is_shown_verbatim_and_runs_nothing() -> None:
    hostile = "[@click=app.quit]Evil[/]"

    def extractor(article):
        extraction = fixed_extraction(article)
        extraction.speakers[0] = Speaker("s1", hostile, "person", "[bold]x[/bold] [an] role", [], [(0, 5)])
        extraction.quotes[0] = Quote("q1", "direct", "x [/] y", 0, 5, "s1", None, 1.0)
        return extraction

    app = reader_app(extractor=extractor)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        speakers = [str(o.prompt) for o in pane(screen, "speakers").options]
        assert f"{hostile} — [bold]x[/bold] [an] role" in speakers[0]
        assert "“x [/] y”" in str(pane(screen, "quotes").options[0].prompt)
        await pilot.press("1", "enter")
        assert pane(screen, "quotes").heading.endswith(hostile)
        await pilot.click(pane(screen, "speakers"), offset=(4, 1))
        await pilot.pause()
        assert app.is_running and app.screen is screen


async def test_missing_or_failing_extraction_leaves_the_article_readable() -> None:
    def broken(article) -> Extraction:
        raise RuntimeError("boom [/]")

    app = reader_app(extractor=broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen)
                       and "failed" in str(app.screen.query_one("#quotes", ItemPane).options[0].prompt))
        await pilot.press("2", "j", "enter", "0", "j")
        assert app.screen.query_one(ArticleBody).text.startswith("TOKYO")


async def test_marks_use_attributes_that_survive_no_color() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        text_body = body(screen)
        extraction = screen.extraction

        def style_at(offset: int):
            row, column = text_body.location(offset)
            return text_body.get_line(row).get_style_at_offset(app.console, column)

        assert style_at(extraction.quotes[0].start + 3).underline
        assert style_at(extraction.claims[0].start + 2).bold
        assert style_at(extraction.figures[0].start + 1).reverse


async def test_sixteen_colors_choose_ansi_dark_and_the_theme_is_remembered(private_dirs, monkeypatch) -> None:
    monkeypatch.setenv("TERM", "screen")
    monkeypatch.delenv("COLORTERM")
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == "ansi-dark"
        app.theme = "ansi-light"
        await pilot.pause()
    settings = private_dirs / "xdg_config_home" / "briefing" / "settings.json"
    assert json.loads(settings.read_text()) == {"theme": "ansi-light"}
    assert stat.S_IMODE(os.stat(settings).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(settings.parent).st_mode) == 0o700
    app = reader_app()
    async with app.run_test(size=(80, 24)):
        assert app.theme == "ansi-light"
    app = reader_app(theme="textual-light")
    async with app.run_test(size=(80, 24)):
        assert app.theme == "textual-light"
    assert config.load_settings() == {"theme": "textual-light"}


async def test_no_color_chooses_ansi_dark(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = reader_app()
    async with app.run_test(size=(80, 24)):
        assert app.theme == "ansi-dark"


async def test_read_state_file_is_private(private_dirs) -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(pilot)
    read = private_dirs / "xdg_state_home" / "briefing" / "read.json"
    assert json.loads(read.read_text()) == [seed().id]
    assert stat.S_IMODE(os.stat(read).st_mode) == 0o600


def test_every_binding_has_an_id() -> None:
    from briefing.tui.dialogs.confirm import ConfirmDialog
    from briefing.tui.dialogs.help import HelpScreen as Help
    from briefing.tui.dialogs.note import NoteDialog
    from briefing.tui.dialogs.tags import TagsDialog
    from briefing.tui.widgets.library_table import LibraryTable
    from briefing.tui.widgets.notes_pane import NotesPane
    from briefing.tui.widgets.search_bar import SearchBar as Search

    for node in (BriefingApp, LibraryScreen, ReaderScreen, Help, ArticleBody, ItemPane, LibraryTable, Search,
                 NotesPane, ConfirmDialog, NoteDialog, TagsDialog):
        bindings = list(node._merge_bindings())
        assert bindings, node
        for _key, binding in bindings:
            assert binding.id, (node.__name__, binding)


async def test_resizing_under_the_help_screen_updates_the_reader_layout() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        assert screen.has_class("-wide")
        await pilot.press("question_mark")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen and screen.has_class("-narrow"))


async def test_control_characters_that_slip_past_ingest_never_reach_a_widget() -> None:
    import dataclasses

    article = seed()
    text = article.text.replace("TOKYO --", "\x1b]0;xy\x07-", 1)
    assert len(text) == len(article.text)
    article = dataclasses.replace(article, text=text, title="Title\x9b2J\u202e")
    app = reader_app(article, extractor=lambda a: Extraction())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        assert body(screen).text.startswith("\ufffd]0;xy\ufffd-")
        assert str(screen.query_one("#headline").render()) == "Title\ufffd2J\ufffd"


def test_the_body_wraps_every_line_exactly_as_textual_does() -> None:
    # The body's faster wrap must break lines where Textual's own would (it is a copy of
    # Textual's algorithm for one-cell characters): checked on what articles hold.
    from textual.document._document import Document
    from textual.document._wrapped_document import WrappedDocument

    from briefing.tui.widgets.article_body import _WrappedDocument

    lines = [
        "", "plain words here", "“Curly” quotes — dashes… and café", "日本語のテキストと English 日本語のテキスト",
        "emoji 👍🏽 and 🇯🇵 flags", "e\u0301 combining", "\ttab\tseparated\tvalues", "x" * 130, "日" * 70,
        "  leading", "trailing   ", "word " * 50, "a\u00a0b non-breaking", "\u200bzero\u200bwidth",
        "mixed x" + "y" * 100 + " z", "“" + "é" * 100 + "” long", "Ωmega " * 30, "x\ufe0f vs16", "ＡＢ fullwidth",
        seed().text,
    ]
    document = Document("\n".join(lines))
    for width in (0, 1, 2, 3, 5, 8, 13, 40, 80, 119):
        ours, textuals = _WrappedDocument(document, width), WrappedDocument(document, width)
        for attribute in ("_wrap_offsets", "_offset_to_line_info", "_line_index_to_offsets", "_tab_width_cache"):
            assert getattr(ours, attribute) == getattr(textuals, attribute), (width, attribute)
