"""The minimal reader with Pilot: the library lists articles verbatim, enter opens, q goes back."""

from __future__ import annotations

from textual.widgets import DataTable, Static, TextArea

from briefing.ingest import load, load_text
from briefing.tui.app import BriefingApp
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.reader import ReaderScreen

from .conftest import SEED

HOSTILE = "Headline with [an] aside, [bold]x[/bold] and [/]\n\nBy A WRITER\n\nMarch 1, 2025\n\nTOKYO -- Body [@click=app.quit]go[/] here."


async def test_library_lists_titles_verbatim_and_opens_the_reader() -> None:
    articles = [load(SEED), load_text(HOSTILE)]
    app = BriefingApp(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 2
        assert str(table.get_cell_at((1, 0))) == "Headline with [an] aside, [bold]x[/bold] and [/]"
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        headline = app.screen.query_one("#headline", Static)
        assert str(headline.render()) == "Headline with [an] aside, [bold]x[/bold] and [/]"
        assert app.screen.query_one(TextArea).text == "TOKYO -- Body [@click=app.quit]go[/] here."
        await pilot.press("q")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
    assert app.return_code == 0
