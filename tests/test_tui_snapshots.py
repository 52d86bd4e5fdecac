"""SVG snapshots of the library and the reader at 80×24 and 160×48.

Deterministic: a fixed copy of the seed article (tests/snapshots/), a hand-built extraction,
no clock, no cursor blink, private XDG dirs and a fixed truecolor terminal.
Regenerate with `pytest tests/test_tui_snapshots.py --snapshot-update` and review the SVGs.
"""

from __future__ import annotations

from textual.pilot import Pilot

from briefing.ingest import load
from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen

from .test_tui_support import SNAPSHOT_ARTICLE, fixed_extraction, private_dirs  # noqa: F401

SIZES = {"80x24": (80, 24), "160x48": (160, 48)}


def make_app() -> BriefingApp:
    return BriefingApp([load(SNAPSHOT_ARTICLE)], extractor=fixed_extraction, remember=False)


async def settle(pilot: Pilot) -> None:
    """Wait until the library's worker has counted every article."""
    library = pilot.app.screen_stack[0]
    while len(library.counts) < len(library.articles):
        await pilot.pause(0.05)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_article(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("enter")
    while not (isinstance(pilot.app.screen, ReaderScreen) and pilot.app.screen.extraction):
        await pilot.pause(0.05)
    await settle(pilot)


def test_library_80x24(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZES["80x24"], run_before=settle)


def test_library_160x48(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZES["160x48"], run_before=settle)


def test_reader_80x24(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZES["80x24"], run_before=open_article)


def test_reader_160x48(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZES["160x48"], run_before=open_article)


def test_reader_quotes_of_a_speaker_80x24(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await open_article(pilot)
        await pilot.press("1", "enter", "2", "j")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZES["80x24"], run_before=run_before)


def test_reader_help_80x24(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await open_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZES["80x24"], run_before=run_before)


def test_reader_highlight_and_note_80x24(snap_compare) -> None:
    """A highlighted sentence (▌ in the margin, italics) and a note (✎) in the Notes pane."""

    async def run_before(pilot: Pilot) -> None:
        await open_article(pilot)
        await pilot.press("j", "j", "j", "m", "j", "a", *"Ask Riga [bold]who[/]", "ctrl+s")
        screen = pilot.app.screen
        while len(screen.annotations) < 2 or screen.annotator.busy:
            await pilot.pause(0.05)
        await pilot.press("5", "0")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZES["80x24"], run_before=run_before)
