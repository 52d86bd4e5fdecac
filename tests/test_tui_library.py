"""The library with Pilot: literal titles, counts filled by the worker, sort, filter, open/back."""

from __future__ import annotations

from textual.widgets import ProgressBar, Static, TextArea

from briefing.ingest import load, load_text
from briefing.tui.app import BriefingApp
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.library_table import LibraryTable

from .conftest import SEED, SEEDS
from .test_tui_support import fixed_extraction, private_dirs  # noqa: F401 - autouse fixture

HOSTILE = "Headline with [an] aside, [bold]x[/bold] and [/]\n\nBy A WRITER\n\nMarch 1, 2025\n\nTOKYO -- Body [@click=app.quit]go[/] here."


def column(table: LibraryTable, key: str) -> list[str]:
    return [table.cells(position)[key] for position in range(table.row_count)]


async def test_library_lists_titles_verbatim_and_opens_the_reader() -> None:
    articles = [load(SEED), load_text(HOSTILE)]
    app = BriefingApp(articles, extractor=fixed_extraction)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(LibraryTable)
        assert table.row_count == 2
        assert "Headline with [an] aside, [bold]x[/bold] and [/]" in column(table, "title")
        table.cursor = column(table, "title").index("Headline with [an] aside, [bold]x[/bold] and [/]")
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
        while not app.screen.counts:
            await pilot.pause(0.05)
        await pilot.pause()
        table = app.screen.query_one(LibraryTable)
        assert column(table, "quotes") == ["3"]
        assert column(table, "claims") == ["2"]
        assert column(table, "figures") == ["3"]
        assert app.screen.query_one(ProgressBar).has_class("-done")


async def test_the_filter_input_is_built_on_the_first_slash() -> None:
    from textual.widgets import Input

    app = BriefingApp([load(SEED)], extractor=fixed_extraction)
    async with app.run_test(size=(80, 24)) as pilot:
        assert not app.screen.query(Input)  # Not part of the first frame.
        await pilot.press("slash")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#filter Input", Input)
        await pilot.press("escape", "slash", "x")
        await pilot.pause()
        assert len(app.screen.query(Input)) == 1
        assert app.screen.query_one(Input).value == "x"


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


async def test_every_library_binding_moves_the_cursor() -> None:
    from briefing.ingest import scan

    articles, _ = scan([SEEDS])
    app = BriefingApp(articles, extractor=fixed_extraction)
    async with app.run_test(size=(80, 10)) as pilot:
        table = app.screen.query_one(LibraryTable)
        assert app.focused is table and table.cursor == 0
        await pilot.press("j", "down")
        assert table.cursor == 2
        await pilot.press("k", "up")
        assert table.cursor == 0
        await pilot.press("G")
        assert table.cursor == len(articles) - 1
        await pilot.press("g")
        assert table.cursor == 0
        await pilot.press("ctrl+d")
        half = table.cursor
        assert 0 < half < len(articles) - 1
        await pilot.press("ctrl+u")
        assert table.cursor == 0
        await pilot.press("pagedown")
        assert table.cursor > half
        await pilot.press("pageup")
        assert table.cursor == 0
        await pilot.click(LibraryTable, offset=(5, 3))
        assert table.cursor == 2
        await pilot.double_click(LibraryTable, offset=(5, 3))
        await pilot.pause()
        assert app.screen.article is table.rows[2][1]


async def test_a_large_library_streams_in_and_the_keyboard_stays_live(tmp_path) -> None:
    source = SEED.read_text(encoding="utf-8")
    files = []
    for number in range(300):
        path = tmp_path / f"{number:04d}.txt"
        path.write_text(source.replace("Latvia invites Japan", f"Story {number} Latvia invites Japan", 1))
        files.append(path)
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00" * 10)
    files.append(tmp_path / "broken.txt")

    def loader(path):
        if path.name == "broken.txt":
            raise ValueError("not an article")
        return load(path)

    app = BriefingApp([], files=files, loader=loader, extractor=fixed_extraction)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LibraryTable)
        await pilot.press("j")  # keys work while loading
        while len(app.screen.counts) < 300:
            await pilot.pause(0.05)
        await pilot.pause()
        assert table.row_count == 300
        assert len(app.screen.counts) == 300
        assert any("1 files skipped" in str(n.message) for n in app._notifications)
        await pilot.press("slash", *"story 29")
        assert {t.split()[1] for t in column(table, "title")} == {"29", *(f"29{d}" for d in range(10))}


def _annotate_two(db) -> tuple:
    """In the sample library: the Latvia seed with a note and a star, the Rhine one with a highlight."""
    from briefing.store import AnnotationStore

    latvia, rhine = load(SEED), load(SEEDS / "005_rhine_low_water.txt")
    store = AnnotationStore(db)
    store.add(latvia, 0, 20, note="Check [bold]this[/bold] *claim*", tags=["drones"])
    store.add(latvia, 30, 50, kind="star")
    store.add(rhine, 0, 10)
    return store, latvia, rhine


async def test_annotation_counts_filter_and_refresh(tmp_path) -> None:
    from briefing.ingest import scan

    from .test_tui_reader import wait_for

    store, latvia, rhine = _annotate_two(tmp_path / "db")
    articles, _ = scan([SEEDS])
    app = BriefingApp(articles, extractor=fixed_extraction, remember=False, db=tmp_path / "db")
    async with app.run_test(size=(80, 24)) as pilot:
        library = app.screen
        table = library.query_one(LibraryTable)
        await wait_for(pilot, lambda: library.annotations is not None)
        await pilot.pause()
        counts = {t: (a, s) for t, a, s in zip(column(table, "title"), column(table, "annotations"),
                                               column(table, "stars"))}
        assert counts[latvia.title] == ("2", "1") and counts[rhine.title] == ("1", "")
        assert sorted(counts.values()).count(("", "")) == len(articles) - 2
        await pilot.press("f")
        assert sorted(column(table, "title")) == sorted([latvia.title, rhine.title])
        assert library.sub_title.startswith(f"2 of {len(articles)} articles · annotated")
        await pilot.press("f")
        assert column(table, "title") == [latvia.title] and "· starred ·" in library.sub_title
        await pilot.press("slash", *"rhine")
        assert column(table, "title") == []  # Both filters apply.
        await pilot.press("escape", "f")
        assert table.row_count == len(articles) and "annotated" not in library.sub_title
        store.add(rhine, 20, 30, kind="star")  # Another session writes; the app polls and refreshes.
        await wait_for(pilot, lambda: library.annotations[rhine.id].stars == 1)
        await pilot.pause()
        assert rhine.title in [t for t, s in zip(column(table, "title"), column(table, "stars")) if s == "1"]


async def test_search_notes_in_the_palette_opens_the_article(tmp_path, monkeypatch) -> None:
    from briefing.ingest import scan

    from .test_tui_reader import wait_for

    store, latvia, _ = _annotate_two(tmp_path / "db")
    note = store.search("claim")[0]
    shown: list[str] = []
    monkeypatch.setattr(ReaderScreen, "show_annotation", lambda self, id: shown.append(id), raising=False)
    articles, _ = scan([SEEDS])
    app = BriefingApp(articles, extractor=fixed_extraction, remember=False, db=tmp_path / "db")
    async with app.run_test(size=(80, 24)) as pilot:
        from textual.command import CommandList, CommandPalette

        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"bold claim")
        options = app.screen.query_one(CommandList)
        await wait_for(pilot, lambda: options.option_count == 1)
        prompt = options.get_option_at_index(0).prompt
        assert "Note: Check [bold]this[/bold] *claim*" in prompt.plain  # Literally, no markup.
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen) and shown)
        assert app.screen.article == latvia and shown == [note.id]
