"""Exporting a brief from the app with Pilot: the dialog, the file, overwrite confirmation, messages."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, RadioSet

from briefing.article import Article
from briefing.ingest import load
from briefing.store import AnnotationStore
from briefing.tui.app import BriefingApp
from briefing.tui.dialogs.confirm import ConfirmDialog
from briefing.tui.dialogs.export import ExportDialog
from briefing.tui.export_flow import default_path, start_export
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.widgets.library_table import LibraryTable

from .conftest import SEEDS
from .test_tui_reader import wait_for
from .test_tui_support import fixed_extraction, private_dirs, seed  # noqa: F401 - autouse fixture

SLUG = "latvia-invites-japan-into-coalition-supporting-ukraine-drone"
NOTE = "Check *this* [link](x) <b>and</b> [bold]that[/bold]"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`~` is a temp dir: the default ~/briefs/ is created there."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def annotated(db: Path) -> Article:
    """The seed with a note on a passage and a starred quote."""
    article = seed()
    store = AnnotationStore(db)
    start = article.text.index("Twenty countries")
    store.add(article, start, start + 40, note=NOTE, tags=["drones"])
    quote = fixed_extraction(article).quotes[0]
    from briefing.store import Item

    store.add(article, quote.start, quote.end, kind="star", item=Item("quote", quote.id, quote.text))
    return article


def annotated_app(tmp_path: Path) -> BriefingApp:
    """The app on the annotated seed, with its own store."""
    return BriefingApp([annotated(tmp_path / "db")], extractor=fixed_extraction, remember=False, db=tmp_path / "db")


def messages(app: BriefingApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def open_dialog(pilot, key: str = "e", path: Path | None = None) -> ExportDialog:
    """Press `key` in the library, wait for the export dialog; type `path` as the file if given."""
    await pilot.press(key)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportDialog))
    await pilot.pause()
    dialog: ExportDialog = pilot.app.screen  # type: ignore[assignment]
    if path is not None:
        dialog.query_one("#export-path", Input).value = str(path)
    return dialog


async def test_e_shows_the_default_path_and_writes_the_brief(tmp_path: Path, home: Path) -> None:
    app = annotated_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot)
        path = dialog.query_one("#export-path", Input).value
        assert path == f"~/briefs/{SLUG}-{date.today().isoformat()}.md"
        assert dialog.query_one(RadioSet).pressed_button.id == "export-starred"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and messages(app))
        target = home / "briefs" / f"{SLUG}-{date.today().isoformat()}.md"
        assert messages(app)[-1] == f"A brief of 1 article (2 annotations) written to {target}"
    brief = target.read_text(encoding="utf-8")
    assert "Twenty countries have already joined" in brief  # The highlight,
    assert r"Check \*this\* \[link\](x) \<b\>and\</b\> \[bold\]that\[/bold\]" in brief  # its note, escaped,
    assert "Baiba Braze, Latvian Foreign Minister" in brief  # the starred quote's speaker.
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


async def test_an_existing_file_is_kept_on_no_and_replaced_on_yes(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old brief\n")
    app = annotated_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, path=target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert str(target) in str(app.screen.question)
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is dialog and not dialog.busy)
        assert "Not overwritten" in str(dialog.query_one("#export-status").render())
        assert target.read_text() == "old brief\n"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and messages(app))
        assert messages(app)[-1].endswith(f"written to {target}")
    assert target.read_text().startswith("---\ntitle: ")


async def test_options_are_passed_and_escape_cancels(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "dir" / "all.md"
    app = annotated_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen) and not messages(app)
        dialog = await open_dialog(pilot, path=target)
        await pilot.press("tab", "right", "enter", "tab", "space")  # Keyboard only: "all", starred only.
        await pilot.pause()
        assert dialog.options.level == "all" and dialog.options.starred_only
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and messages(app))
    brief = target.read_text(encoding="utf-8")
    assert "#### Quotes" in brief  # The tables of --extractions all,
    assert "Check \\*this\\*" not in brief  # and no plain highlight (starred only).


async def test_a_failure_is_one_line_and_the_dialog_stays(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    app = annotated_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, path=blocker / "brief.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: messages(app))
        [message] = messages(app)
        assert "\n" not in message and str(blocker) in message
        assert app.screen is dialog and not dialog.busy


async def test_marked_rows_are_exported_together_and_E_exports_the_annotated(tmp_path: Path) -> None:
    from briefing.ingest import scan

    db = tmp_path / "db"
    first = annotated(db)
    articles, _ = scan([SEEDS])
    app = BriefingApp(articles, extractor=fixed_extraction, remember=False, db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        library = app.screen
        table = library.query_one(LibraryTable)
        await pilot.press("space", "space")
        assert len(table.marked) == 2 and "2 marked" in library.sub_title
        assert table.cells(0)["title"].startswith("● ") and table.cursor == 2
        dialog = await open_dialog(pilot)
        assert dialog.subject == "2 articles"
        assert f"/2-articles-{date.today().isoformat()}.md" in dialog.query_one("#export-path", Input).value
        await pilot.press("escape")
        await wait_for(pilot, lambda: library.annotations is not None)
        dialog = await open_dialog(pilot, "E")
        assert dialog.subject == f"“{first.title}”"


async def test_start_export_with_nothing_says_so(tmp_path: Path) -> None:
    app = BriefingApp([seed()], extractor=fixed_extraction, remember=False, db=tmp_path / "db")
    async with app.run_test(size=(80, 24)) as pilot:
        start_export(app.screen, [])
        await pilot.pause()
        assert messages(app) == ["Nothing to export: no article chosen."]
        assert isinstance(app.screen, LibraryScreen)


def test_default_path_names_one_article_or_counts_several() -> None:
    article = seed()
    assert default_path([article], date(2026, 11, 24)) == f"~/briefs/{SLUG}-2026-11-24.md"
    assert default_path([article] * 3, date(2026, 11, 24)) == "~/briefs/3-articles-2026-11-24.md"
    assert os.path.expanduser(default_path([article])).startswith(os.environ["HOME"])


async def test_E_with_no_annotated_article_says_so(tmp_path: Path) -> None:
    app = BriefingApp([seed()], extractor=fixed_extraction, remember=False, db=tmp_path / "db")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.annotations is not None)
        await pilot.press("E")
        await pilot.pause()
        assert messages(app) == ["No article of this library is annotated yet."]
        assert isinstance(app.screen, LibraryScreen)


async def test_the_chosen_options_show_without_color(tmp_path: Path) -> None:
    """16 colors or NO_COLOR: which level and whether 'starred only' is on are in the glyphs."""
    app = annotated_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot)
        glyphs = lambda selector: str(dialog.query_one(selector).render())[:3]  # noqa: E731
        assert [glyphs(f"#export-{level}") for level in ("none", "starred", "all")] == ["▐ ▌", "▐●▌", "▐ ▌"]
        assert glyphs("#export-starred-only") == "▐ ▌"
        await pilot.press("tab", "right", "enter", "tab", "space")
        await pilot.pause()
        assert [glyphs(f"#export-{level}") for level in ("none", "starred", "all")] == ["▐ ▌", "▐ ▌", "▐●▌"]
        assert glyphs("#export-starred-only") == "▐X▌"
