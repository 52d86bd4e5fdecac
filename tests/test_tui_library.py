"""The library with Pilot: literal titles, counts filled by the worker, sort, filter, open/back."""

from __future__ import annotations

from textual.widgets import DataTable, ProgressBar, Static, TextArea

from briefing.ingest import load, load_text
from briefing.tui.app import BriefingApp
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.library_table import LibraryTable

from .conftest import SEED, SEEDS
from .test_tui_support import fixed_extraction, private_dirs  # noqa: F401 - autouse fixture

HOSTILE = "Headline with [an] aside, [bold]x[/bold] and [/]\n\nBy A WRITER\n\nMarch 1, 2025\n\nTOKYO -- Body [@click=app.quit]go[/] here."


def column(table: DataTable, key: str) -> list[str]:
    return [str(table.get_cell(row, key)) for row in table.rows]


async def test_library_lists_titles_verbatim_and_opens_the_reader() -> None:
    articles = [load(SEED), load_text(HOSTILE)]
    app = BriefingApp(articles, extractor=fixed_extraction)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(LibraryTable)
        assert table.row_count == 2
        assert "Headline with [an] aside, [bold]x[/bold] and [/]" in column(table, "title")
        table.move_cursor(row=column(table, "title").index("Headline with [an] aside, [bold]x[/bold] and [/]"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        headline = app.screen.query_one("#headline", Static)
        assert str(headline.render()) == "Headline with [an] aside, [bold]x[/bold] and [/]"
        assert app.screen.query_one(TextArea).text == "TOKYO -- Body [@click=app.quit]go[/] here."
        await pilot.press("q")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_counts_are_filled_by_the_worker_and_the_progress_bar_hides() -> None:
    app = BriefingApp([load(SEED)], extractor=fixed_extraction)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(LibraryTable)
        assert column(table, "quotes") == ["3"]
        assert column(table, "claims") == ["2"]
        assert column(table, "figures") == ["3"]
        assert app.screen.query_one(ProgressBar).has_class("-done")


async def test_sort_by_title_and_date_and_filter_as_you_type() -> None:
    from briefing.ingest import scan

    articles, _ = scan([SEEDS])
    app = BriefingApp(articles, extractor=fixed_extraction)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LibraryTable)
        dates = column(table, "published")
        dated = [d for d in dates if d]
        assert dated == sorted(dated, reverse=True)
        await pilot.press("t")
        titles = column(table, "title")
        assert titles == sorted(titles, key=str.casefold)
        await pilot.press("t")
        assert column(table, "title") == sorted(titles, key=str.casefold, reverse=True)
        await pilot.press("d")
        assert column(table, "published")[: len(dated)] == sorted(dated, reverse=True)
        await pilot.press("slash", "L", "a", "t", "v")
        await pilot.pause()
        assert [t.startswith("Latvia") for t in column(table, "title")] == [True]
        await pilot.press("enter")
        assert app.focused is table
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("slash", "escape")
        assert table.row_count == len(articles)
        await pilot.press("escape")
    assert app.return_code == 0
