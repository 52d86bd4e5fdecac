"""The whole reading-to-brief flow of issue 7 in the app, with the real extractor:
highlight and note the seed, star Braze's quote, press `e`, get a brief with all of it.
Also: a note found in the palette opens the reader at that note."""

from __future__ import annotations

import stat
from pathlib import Path

from markdown_it import MarkdownIt
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from briefing.store import AnnotationStore
from briefing.tui.app import BriefingApp
from briefing.tui.dialogs.export import ExportDialog
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.item_pane import ItemPane
from briefing.tui.widgets.notes_pane import NotesPane

from .test_tui_export import home  # noqa: F401 - autouse fixture: ~ is a temp dir
from .test_tui_reader import open_reader, wait_for
from .test_tui_support import private_dirs, seed  # noqa: F401 - autouse fixture

NOTE = "Ask Riga about [an] *Japan* timeline"


async def choose_in_palette(pilot, query: str) -> None:
    """Open the command palette, type `query`, choose the first hit."""
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    await pilot.press(*query)
    options = pilot.app.screen.query_one(CommandList)
    await wait_for(pilot, lambda: options.option_count >= 1)
    await pilot.press("enter")


async def test_highlight_note_star_and_e_give_a_clean_brief(tmp_path: Path) -> None:
    db = tmp_path / "db"
    target = tmp_path / "brief.md"
    app = BriefingApp([seed()], remember=False, db=db)  # The real extractor.
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("0", "j", "m")  # Highlight the second sentence,
        await wait_for(pilot, lambda: len(screen.annotations) == 1)
        await pilot.press("a", *NOTE, "ctrl+s")  # note it,
        await wait_for(pilot, lambda: screen.annotations and screen.annotations[0].annotation.note == NOTE)
        quotes = screen.query_one("#quotes", ItemPane)
        await pilot.press("2")
        braze = screen.extraction.speakers[0]
        assert braze.name == "Baiba Braze"
        while quotes.current.speaker != braze.id:  # type: ignore[union-attr]
            await pilot.press("j")
        await pilot.press("s")  # and star one of Braze's quotes.
        await wait_for(pilot, lambda: len(screen.annotations) == 2)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is screen and target.exists())
        await pilot.pause()
        assert f"written to {target}" in str(list(app._notifications)[-1].message)
    brief = target.read_text(encoding="utf-8")
    highlighted = screen.annotations[0].annotation.target.exact
    rendered = MarkdownIt("commonmark").render(brief)
    assert highlighted in brief
    assert NOTE in rendered  # Escaped in the Markdown, the exact words once rendered.
    assert "Baiba Braze, Latvian Foreign Minister" in brief
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_a_note_chosen_in_the_palette_is_selected_in_the_reader(tmp_path: Path) -> None:
    db = tmp_path / "db"
    article = seed()
    start = article.text.index("Twenty countries")
    added = AnnotationStore(db).add(article, start, start + 16, note="count the members")
    app = BriefingApp([article], remember=False, db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await choose_in_palette(pilot, "count the members")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.annotations)
        screen = app.screen
        notes = screen.query_one(NotesPane)
        await wait_for(pilot, lambda: notes.has_focus)
        assert notes.entries[notes.highlighted].annotation.id == added.id


async def test_a_note_of_another_article_opens_in_place_of_the_reader(tmp_path: Path) -> None:
    from briefing.ingest import scan
    from briefing.tui.screens.library import LibraryScreen

    from .conftest import SEEDS

    db = tmp_path / "db"
    articles, _ = scan([SEEDS])
    other = next(a for a in articles if "Rhine" in a.title)
    start = other.text.index("Rhine")
    AnnotationStore(db).add(other, start, start + 5, note="barge freight rates")
    app = BriefingApp(articles, remember=False, db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await open_reader(pilot)
        assert first.article is not other
        await choose_in_palette(pilot, "barge freight")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.article is other)
        assert len(app.screen_stack) == 2  # The library, then one reader.
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
