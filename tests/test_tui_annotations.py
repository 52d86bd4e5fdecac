"""Annotations in the reader with Pilot: highlight, note, tags, star, delete, undo, the Notes
pane, refreshes from another session, store errors and untrusted text (issue 6)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea
from textual.widgets.text_area import Selection

from briefing.store import AnnotationStore, StoreError
from briefing.tui.app import BriefingApp
from briefing.tui.dialogs.confirm import ConfirmDialog
from briefing.tui.dialogs.help import HelpScreen
from briefing.tui.dialogs.note import NoteDialog
from briefing.tui.dialogs.tags import TagsDialog
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.pane_tabs import PaneTabs

from .test_tui_reader import body, current_span, open_reader, pane, wait_for
from .test_tui_support import fixed_extraction, private_dirs, seed  # noqa: F401 - autouse fixture

HOSTILE = "[bold]x[/] [@click=app.quit]"


def make_app(db: Path, **kwargs) -> BriefingApp:
    return BriefingApp([seed()], extractor=fixed_extraction, db=db, **kwargs)


def stored(db: Path) -> list:
    """The seed's annotations as another session sees them: a store of its own."""
    return [p.annotation for p in AnnotationStore(db).for_article(seed())]


async def until_shown(pilot: Pilot, screen: ReaderScreen, count: int) -> None:
    """Wait until the reader shows `count` annotations and every write has finished."""
    await wait_for(pilot, lambda: len(screen.annotations) == count and not screen.annotator.busy)
    await pilot.pause()


def notifications(app: App) -> list[str]:
    return [str(n.message) for n in app._notifications]


def sentence_text(screen: ReaderScreen, index: int) -> str:
    start, end = screen.extraction.sentences[index]
    return screen.article.text[start:end]


def style_at(app: App, screen: ReaderScreen, offset: int):
    row, column = body(screen).location(offset)
    return body(screen).get_line(row).get_style_at_offset(app.console, column)


async def test_m_highlights_the_sentence_in_italics_with_a_margin_mark(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("j", "m")
        await until_shown(pilot, screen, 1)
        (annotation,) = stored(db)
        assert (annotation.kind, annotation.target.exact) == ("highlight", sentence_text(screen, 1))
        start = screen.extraction.sentences[1][0]
        assert style_at(app, screen, start + 3).italic
        assert not style_at(app, screen, screen.extraction.sentences[0][0] + 3).italic
        row, _ = body(screen).location(start)
        assert body(screen).gutter_mark(row) == "▌"
        assert body(screen).gutter_mark(0) == ""
        assert pane(screen, "notes").heading == "Notes 1"
        await pilot.press("m")  # the same sentence again: nothing new
        await pilot.pause()
        assert "Already highlighted" in notifications(app)
        assert len(stored(db)) == 1


async def test_m_highlights_a_keyboard_or_mouse_selection(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("g", *["shift+right"] * 5, "m")
        await until_shown(pilot, screen, 1)
        assert [a.target.exact for a in stored(db)] == ["TOKYO"]
        assert body(screen).selected_span is None  # the selection became the highlight
        text_body = body(screen)
        start = screen.article.text.index("Latvian Foreign Minister")
        # What a mouse drag leaves behind: a selection, here backwards and with a space at its end.
        text_body.selection = Selection(text_body.location(start + 25), text_body.location(start))
        await pilot.press("m")
        await until_shown(pilot, screen, 2)
        assert sorted(a.target.exact for a in stored(db)) == ["Latvian Foreign Minister", "TOKYO"]


async def test_a_writes_a_note_ctrl_s_saves_and_escape_asks_before_discarding(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, NoteDialog)
        await pilot.press("escape")  # nothing typed: closes at once
        assert app.screen is screen
        await pilot.press("a", *"Ask Riga", "enter", *"twice", "ctrl+s")
        await until_shown(pilot, screen, 1)
        (annotation,) = stored(db)
        assert (annotation.kind, annotation.note) == ("note", "Ask Riga\ntwice")
        assert annotation.target.exact == sentence_text(screen, 0)
        assert body(screen).gutter_mark(0) == "✎"
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, NoteDialog) and dialog.note == "Ask Riga\ntwice"
        await pilot.press(*" more", "escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # keep editing
        assert app.screen is dialog and dialog.note.endswith("twice more")
        await pilot.press("escape", "y")  # discard
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.pause()
        assert [a.note for a in stored(db)] == ["Ask Riga\ntwice"]
        await pilot.press("a", *["backspace"] * 20, "ctrl+s")  # an emptied note: a highlight again
        await wait_for(pilot, lambda: stored(db)[0].kind == "highlight")
        assert stored(db)[0].note == ""


async def test_a_on_a_focused_item_notes_the_item(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("3", "a", *"check the figure", "ctrl+s")
        await until_shown(pilot, screen, 1)
        (annotation,) = stored(db)
        claim = screen.extraction.claims[0]
        assert annotation.item is not None and (annotation.item.type, annotation.item.id) == ("claim", "c1")
        assert (annotation.target.start, annotation.target.end) == (claim.start, claim.end)
        assert pane(screen, "claims").badges == {0: "✎"}
        assert str(pane(screen, "claims").options[0].prompt).startswith("  ✎ ")
        await pilot.press("a")  # the same item: its note, to edit
        assert app.screen.note == "check the figure"


async def test_t_tags_with_completion_from_tags_in_use(tmp_path: Path) -> None:
    db = tmp_path / "db"
    article = seed()
    AnnotationStore(db).add(article, 0, 5, tags=["policy", "people"])
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await until_shown(pilot, screen, 1)
        await pilot.press("j", "t")
        dialog = app.screen
        assert isinstance(dialog, TagsDialog)
        field = dialog.query_one(Input)
        await wait_for(pilot, lambda: "#policy" in str(dialog.query_one("#tags-known", Static).render()))
        await pilot.press(*"#pol")
        await wait_for(pilot, lambda: field._suggestion == "#policy")
        await pilot.press("right", *", drones", "enter")
        await until_shown(pilot, screen, 2)
        tagged = next(a for a in stored(db) if a.target.exact == sentence_text(screen, 1))
        assert (tagged.kind, tagged.tags) == ("highlight", ("policy", "drones"))
        await pilot.press("t")  # shown as #tags; the same annotation now
        assert app.screen.query_one(Input).value == "#policy #drones "
        await pilot.press("escape")
        await pilot.press("5")
        prompts = [str(o.prompt) for o in pane(screen, "notes").options]
        assert prompts[1].endswith("#policy #drones")


async def test_s_stars_and_unstars_the_focused_item(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("s")  # the article: nothing to star there
        await pilot.pause()
        assert any("to star it" in n for n in notifications(app))
        await pilot.press("2", "j", "s")
        await until_shown(pilot, screen, 1)
        (star,) = stored(db)
        quote = screen.extraction.quotes[1]
        assert star.kind == "star" and star.item.to_dict() == {"type": "quote", "id": "q2", "text": quote.text}
        assert pane(screen, "quotes").badges == {1: "★"}
        assert "★ Baiba Braze" in str(pane(screen, "quotes").options[1].prompt)
        await pilot.press("1", "s")
        await until_shown(pilot, screen, 2)
        speaker = next(a for a in stored(db) if a.item and a.item.type == "speaker")
        assert (speaker.item.id, speaker.item.text, speaker.target.exact) == ("s1", "Baiba Braze", "Baiba Braze")
        await pilot.press("2", "s")  # starred: the star goes
        await until_shown(pilot, screen, 1)
        assert pane(screen, "quotes").badges == {}
        assert [a.item.type for a in stored(db)] == ["speaker"]


async def test_a_star_with_a_note_keeps_the_note_when_unstarred(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("4", "s")
        await until_shown(pilot, screen, 1)
        await pilot.press("a", *"key number", "ctrl+s")
        await wait_for(pilot, lambda: stored(db)[0].note == "key number")
        assert stored(db)[0].kind == "star"
        await wait_for(pilot, lambda: pane(screen, "figures").badges == {0: "★✎"})
        await pilot.press("s")
        await wait_for(pilot, lambda: stored(db)[0].kind == "note")
        assert stored(db)[0].note == "key number"


async def test_x_deletes_after_confirmation_and_u_undoes_several_levels(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert "No annotation here to delete" in notifications(app)
        await pilot.press("m")
        await until_shown(pilot, screen, 1)
        (first,) = stored(db)
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert app.screen is screen and len(stored(db)) == 1
        await pilot.press("x", "enter")  # the focus starts on "Keep"
        assert app.screen is screen and len(stored(db)) == 1
        await pilot.press("x", "y")
        await until_shown(pilot, screen, 0)
        assert stored(db) == []
        await pilot.press("u")
        await until_shown(pilot, screen, 1)
        assert stored(db) == [first]
        assert any(n.startswith("Undone: deletion of the highlight of “TOKYO") for n in notifications(app))
        await pilot.press("u")
        await until_shown(pilot, screen, 0)
        await pilot.press("u")
        await wait_for(pilot, lambda: "Nothing to undo" in notifications(app))


async def test_u_undoes_an_edit_by_putting_the_old_version_back(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("a", *"one", "ctrl+s")
        await until_shown(pilot, screen, 1)
        (before,) = stored(db)
        await pilot.press("a", "backspace", "backspace", "backspace", *"two", "ctrl+s")
        await wait_for(pilot, lambda: stored(db)[0].note == "two")
        await pilot.press("u")
        await wait_for(pilot, lambda: stored(db) == [before])
        await wait_for(pilot, lambda: screen.annotations[0].annotation.note == "one")


async def test_notes_pane_lists_reading_order_orphans_last_and_jumps(tmp_path: Path) -> None:
    db = tmp_path / "db"
    article = seed()
    text = article.text
    store = AnnotationStore(db)
    later = text.index("Japan's Defense Ministry")
    store.add(article, later, later + 24, note="later")
    store.add(article, 0, 5, kind="highlight", tags=["first"])
    # Annotated in an earlier version of the article; the passage has gone since.
    earlier = dataclasses.replace(article, text=text + "\n\nA paragraph that was cut from the article.")
    store.add(earlier, len(text) + 2, len(earlier.text), note="gone but kept")
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await until_shown(pilot, screen, 3)
        await pilot.press("5")
        notes = pane(screen, "notes")
        assert app.focused is notes and notes.display
        assert notes.heading == "Notes 3 · 1 orphaned"
        assert screen.query_one(PaneTabs).active == "notes"
        prompts = [str(o.prompt) for o in notes.options]
        assert prompts[0] == "▌ “TOKYO”  #first"
        assert prompts[1] == "✎ “Japan's Defense Ministry” — later"
        assert prompts[2] == "✎ orphaned “A paragraph that was cut from the article.” — gone but kept"
        assert current_span(screen) == (0, 5)
        await pilot.press("j")
        assert current_span(screen) == (later, later + 24)
        assert body(screen).cursor_offset == later
        await pilot.press("j")
        await pilot.pause()
        assert any(n.startswith("Orphaned") for n in notifications(app))
        await pilot.press("x", "y")  # delete the orphan from the pane
        await until_shown(pilot, screen, 2)
        assert [a.note for a in stored(db)] == ["", "later"]
        assert app.focused is notes and notes.highlighted == 1


async def test_another_sessions_write_shows_up_and_keeps_cursor_and_focus(tmp_path: Path) -> None:
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("j", "j", "2")
        await wait_for(pilot, lambda: app.focused is pane(screen, "quotes"))
        cursor, scroll = body(screen).cursor_location, body(screen).scroll_offset
        AnnotationStore(db).add(screen.article, 0, 5, note="from the other session")
        await until_shown(pilot, screen, 1)  # the app polls the store every second
        assert screen.annotations[0].annotation.note == "from the other session"
        assert app.focused is pane(screen, "quotes")
        assert (body(screen).cursor_location, body(screen).scroll_offset) == (cursor, scroll)


async def test_notes_and_tags_are_shown_literally_and_run_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db"
    article = seed()
    AnnotationStore(db).add(article, 0, 5, note=HOSTILE + "\x1b]52;c;eA==\x07", tags=["[red]t[/red]"])
    app = make_app(db)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_reader(pilot)
        await until_shown(pilot, screen, 1)
        await pilot.press("5")
        prompt = str(pane(screen, "notes").options[0].prompt)
        assert prompt == f"✎ “TOKYO” — {HOSTILE}\ufffd]52;c;eA==\ufffd  #[red]t[/red]"
        await pilot.click(pane(screen, "notes"), offset=(20, 1))
        await pilot.pause()
        assert app.is_running
        await pilot.press("a")
        assert app.screen.query_one(TextArea).text == f"{HOSTILE}\ufffd]52;c;eA==\ufffd"
        await pilot.press("escape")
        await pilot.press("x")
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert HOSTILE in question
        await pilot.press("n", "t")
        assert app.screen.query_one(Input).value == "#[red]t[/red] "
        await pilot.press("escape")
        assert app.is_running and app.screen is screen


async def test_store_errors_become_one_line_notifications(tmp_path: Path, monkeypatch) -> None:
    def locked(*args, **kwargs):
        raise StoreError("the annotation store is locked by another briefing [x]")

    monkeypatch.setattr(AnnotationStore, "add", locked)
    app = make_app(tmp_path / "db")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("m")
        await wait_for(pilot, lambda: any(n.startswith("not saved: the annotation store is locked") for n in
                                          notifications(app)))
        assert app.is_running and app.screen is screen and screen.annotations == []
        await pilot.press("u")
        await wait_for(pilot, lambda: "Nothing to undo" in notifications(app))


async def test_an_unusable_store_leaves_the_reader_working(tmp_path: Path) -> None:
    db = tmp_path / "db"
    db.mkdir()
    os.chmod(db, 0o777)  # refused: writable by others
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await wait_for(pilot, lambda: "unavailable" in str(pane(screen, "notes").options[0].prompt))
        assert str(screen.query_one(PaneTabs).render()).endswith("│ 5 Notes … ")
        await pilot.press("m")
        await wait_for(pilot, lambda: any(n.startswith("Annotations are unavailable") for n in notifications(app)))
        await pilot.press("j", "5", "0")
        assert app.is_running and app.screen is screen


async def test_notes_pane_is_a_tab_at_80x24_and_tabs_shorten_when_narrower(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        tabs = screen.query_one(PaneTabs)
        await wait_for(pilot, lambda: str(tabs.render()).endswith("│ 5 Notes 0 "))  # "5 Notes …" while reading
        await pilot.press("5")
        assert pane(screen, "notes").display and not pane(screen, "quotes").display
        assert tabs.active == "notes"
        await pilot.resize_terminal(50, 24)
        await pilot.pause()
        assert str(tabs.render()) == " 1 S 2 │ 2 Q 3 │ 3 C 2 │ 4 F 3 │ 5 N 0 "


async def test_annotation_keys_are_in_help_the_palette_and_the_footer(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        footer = " ".join(str(w.render()) for w in screen.query("FooterKey"))
        for shown in ("Highlight", "Note", "Star", "Export", "Help"):
            assert shown in footer, shown
        await pilot.press("question_mark")
        help_text = str(app.screen.query_one("#help-text").render())
        for expected in ("reader.highlight", "reader.note", "reader.tags", "reader.star", "reader.delete",
                         "reader.undo", "reader.focus_notes", "Delete annotation", "NotesPane"):
            assert expected in help_text, expected
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"Delete annotation")
        await wait_for(pilot, lambda: any(str(c.prompt).startswith("Delete annotation") for c in
                                          app.screen.query_one("CommandList").options))
        await pilot.press("escape")


async def test_the_keymap_rebinds_annotation_keys(tmp_path: Path, private_dirs: Path) -> None:
    keymap = private_dirs / "xdg_config_home" / "briefing" / "keymap.toml"
    keymap.parent.mkdir(parents=True)
    keymap.write_text('[keymap]\n"reader.highlight" = "h"\n')
    db = tmp_path / "db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("h")
        await until_shown(pilot, screen, 1)


class _Asking(App[None]):
    """A bare app that asks one question, for the dialog on its own."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool | None] = []

    def compose(self) -> ComposeResult:
        yield Static("under")

    def ask(self) -> None:
        self.push_screen(ConfirmDialog("Overwrite brief.md [bold]?", yes="Overwrite"), self.answers.append)


async def test_confirm_dialog_is_generic_and_answers_a_bool() -> None:
    app = _Asking()
    async with app.run_test(size=(80, 24)) as pilot:
        for keys, answer in ((("y",), True), (("n",), False), (("escape",), False), (("enter",), False),
                             (("tab", "enter"), True), (("left", "enter"), True)):
            app.ask()
            await pilot.pause()
            assert str(app.screen.query_one("#confirm-question", Static).render()) == "Overwrite brief.md [bold]?"
            await pilot.press(*keys)
            await pilot.pause()
            assert app.answers[-1] is answer, keys
        app.ask()
        await pilot.pause()
        await pilot.click("#confirm-yes")
        await pilot.pause()
        assert app.answers[-1] is True
