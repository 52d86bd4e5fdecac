"""One article beside its speakers, quotes, claims and figures."""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

from ...article import Article
from ...extract.model import Extraction, Quote, Speaker
from ..annotating import (Annotator, Change, at_offset, badge, describe, item_annotations, pointer, quoted, span,
                          symbol)
from ..dialogs.confirm import ConfirmDialog
from ..dialogs.note import NoteDialog
from ..dialogs.tags import TagsDialog
from ..items import KINDS, Formatter, Item, Kind, items_of, speaker_label, span_of
from ..widgets.article_body import ArticleBody
from ..widgets.article_header import ArticleHeader
from ..widgets.item_pane import ItemPane, ListPane
from ..widgets.legend import Legend
from ..widgets.notes_pane import NotesPane
from ..widgets.pane_tabs import PaneTabs
from ..widgets.search_bar import SearchBar

if TYPE_CHECKING:  # the store loads when the annotations are first read, after the first frame
    from ...store import Annotation, AnnotationStore, Placed
    from ...store import Item as Pointer

PANE_TITLES: dict[str, str] = {
    "speakers": "Speakers", "quotes": "Quotes", "claims": "Claims", "figures": "Figures", "notes": "Notes",
}
#: The panes in `tab` order after the article, numbered from 1.
PANES = (*KINDS, "notes")
#: Below this many columns the panes become tabs under the article.
WIDE = 110
MAX_MATCHES = 10_000
#: Characters of the passage an annotation dialog shows.
SUBJECT = 200


@dataclass(frozen=True, slots=True)
class Target:
    """What an annotation key acts on: an existing annotation, or a passage (and maybe an
    item) to annotate when the user saves."""

    annotation: Annotation | None
    start: int
    end: int
    item: Pointer | None = None
    text: str = ""

    def label(self, width: int = 40) -> str:
        """`note on “…”`, or `“…”` for a passage not annotated yet (passage cut to `width`)."""
        if self.annotation is not None:
            return describe(self.annotation, self.text or None, width)
        what = f"{self.item.type} " if self.item else ""
        return what + quoted(self.text, width)


class ReaderScreen(Screen[None], inherit_bindings=False):
    """The reader. Items chosen in a pane are shown (and marked) in the text; the user's
    highlights, notes, tags and stars are kept in the annotation store."""

    HELP = """\
The article with the speakers, quotes, claims and figures found in it.
Choosing a speaker (enter) filters Quotes to that speaker; enter again shows all.
m highlights the sentence under the cursor (or the selection: shift+arrows or the mouse).
a, t, s and x act on the highlight under the cursor, or on the item or note focused in a
pane: note, tags, star, delete. u undoes your last change. 5 lists your notes.
"""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]

    BINDINGS = [
        Binding("q,escape", "back", "Back", id="reader.back"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("n", "match(1)", "Next match", show=False, id="reader.next_match"),
        Binding("N", "match(-1)", "Previous match", show=False, id="reader.previous_match"),
        Binding("0", "focus_pane('body')", "Article", show=False, id="reader.focus_article"),
        Binding("1", "focus_pane('speakers')", "Speakers", show=False, id="reader.focus_speakers"),
        Binding("2", "focus_pane('quotes')", "Quotes", show=False, id="reader.focus_quotes"),
        Binding("3", "focus_pane('claims')", "Claims", show=False, id="reader.focus_claims"),
        Binding("4", "focus_pane('figures')", "Figures", show=False, id="reader.focus_figures"),
        Binding("5", "focus_pane('notes')", "Notes", show=False, id="reader.focus_notes"),
        Binding("tab", "cycle(1)", "Next pane", show=False, id="reader.next_pane"),
        Binding("shift+tab", "cycle(-1)", "Previous pane", show=False, id="reader.previous_pane"),
        Binding("left_square_bracket", "article(-1)", "Previous article", show=False,
                id="reader.previous_article"),
        Binding("right_square_bracket", "article(1)", "Next article", show=False, id="reader.next_article"),
        Binding("c", "copy_item", "Copy", show=False, id="reader.copy"),
        Binding("m", "highlight", "Highlight", id="reader.highlight"),
        Binding("a", "note", "Note", id="reader.note"),
        Binding("t", "tags", "Tags", show=False, id="reader.tags"),
        Binding("s", "star", "Star", id="reader.star"),
        Binding("x", "delete_annotation", "Delete annotation", show=False, id="reader.delete"),
        Binding("u", "undo", "Undo", show=False, id="reader.undo"),
        Binding("e", "export", "Export", id="reader.export"),
    ]

    active_pane: reactive[str] = reactive("quotes")
    """The pane shown under the article on narrow terminals."""

    def __init__(self, articles: list[Article], index: int) -> None:
        super().__init__()
        self.articles = articles
        self.index = index
        self.article = articles[index]
        self.extraction: Extraction | None = None
        self.speaker_filter: Speaker | None = None
        self._matches: list[tuple[int, int]] = []
        self._match = -1
        self.annotations: list[Placed] = []
        """The article's annotations as last read from the store (reading order, orphans last)."""
        self._by_item: dict[tuple[str, str], Placed] = {}
        self._wanted_annotation: str | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="reader"):
            with Vertical(id="article-column"):
                yield ArticleHeader(self.article, id="article-header")
                yield ArticleBody(self.article.text, on_sentence=self._sentence_changed, id="body")
                yield SearchBar(id="search")
                yield Legend(id="legend")
            with Vertical(id="side"):
                yield PaneTabs(id="pane-tabs")
                for kind in KINDS:
                    yield ItemPane(kind, PANE_TITLES[kind], on_move=self._item_moved, id=kind)
                yield NotesPane(PANE_TITLES["notes"], on_move=self._annotation_moved, id="notes")
        yield Footer()

    def _sync_layout(self) -> None:
        # Textual sets breakpoint classes only on a Resize reaching this screen; a screen pushed
        # (or resumed) after the terminal changed size must catch up itself.
        wide = self.app.size.width >= WIDE
        self.set_class(wide, "-wide")
        self.set_class(not wide, "-narrow")

    def on_screen_resume(self) -> None:
        self._sync_layout()

    def on_mount(self) -> None:
        self._sync_layout()
        self.app.mark_read(self.article)  # type: ignore[attr-defined]
        self._update_tabs()
        self.watch_active_pane(self.active_pane)
        self.query_one(ArticleBody).focus()
        cached = self.app.cached_extraction(self.article)  # type: ignore[attr-defined]
        if cached is not None:
            self.show_extraction(cached)
        else:
            # After the first paint: the article shows at once, the panes fill in after.
            self.call_after_refresh(self._extract)
        self.call_after_refresh(self.refresh_annotations)

    @work(thread=True, exclusive=True, group="reader-extract")
    def _extract(self) -> None:
        try:
            extraction = self.app.extraction(self.article)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - extraction bugs must not take the reader down
            self.app.call_from_thread(self._extraction_failed, f"extraction failed: {exc}")
            return
        if extraction is None:
            self.app.call_from_thread(self._extraction_failed, "extraction is not available")
        else:
            self.app.call_from_thread(self.show_extraction, extraction)

    def _extraction_failed(self, message: str) -> None:
        if not self.is_attached:
            return
        for pane in self.query(ItemPane):
            pane.set_status(message)
        self.notify(message, severity="warning", markup=False)

    # Showing the extraction ------------------------------------------------

    def show_extraction(self, extraction: Extraction) -> None:
        """Fill the panes and mark quotes, claims and figures in the text."""
        self.extraction = extraction
        if not self.is_attached:  # closed while the worker ran
            return
        formatter = Formatter(extraction)
        for kind in KINDS:
            self.query_one(f"#{kind}", ItemPane).show_items(items_of(extraction, kind), formatter)
        marks = [(q.start, q.end, "quote") for q in extraction.quotes]
        marks += [(c.start, c.end, "claim") for c in extraction.claims]
        marks += [(f.start, f.end, "figure") for f in extraction.figures]
        self.query_one(ArticleBody).set_marks(marks, extraction.sentences)
        self._show_item_annotations()
        self._update_tabs()
        # A long article leaves ~10^5 long-lived objects: keep full collections from walking
        # them again and again (each one a keypress that waits ~100 ms).
        gc.freeze()

    def _update_tabs(self) -> None:
        tabs = []
        for kind in KINDS:
            count = len(self.query_one(f"#{kind}", ItemPane).items) if self.extraction else "…"
            tabs.append((kind, PANE_TITLES[kind], str(count)))
        tabs.append(("notes", PANE_TITLES["notes"], self.query_one(NotesPane).count_label))
        self.query_one(PaneTabs).set_tabs(tabs)

    def filter_quotes(self, speaker: Speaker | None) -> None:
        """Show only `speaker`'s quotes (None: all quotes)."""
        if self.extraction is None:
            return
        self.speaker_filter = speaker
        quotes = self.query_one("#quotes", ItemPane)
        everything = self.extraction.quotes
        if speaker is None:
            quotes.show_items(everything, Formatter(self.extraction))
        else:
            chosen = [q for q in everything if q.speaker == speaker.id]
            quotes.show_items(chosen, Formatter(self.extraction), total=len(everything),
                              filter_label=speaker.name)
        quotes.mark_span(self.query_one(ArticleBody).sentence)
        self._show_item_annotations()
        self._update_tabs()

    # Panes -----------------------------------------------------------------

    def watch_active_pane(self, pane_id: str) -> None:
        for pane in self.query(ListPane):
            pane.set_class(pane.id == pane_id, "-active")
        self.query_one(PaneTabs).active = pane_id

    def action_focus_pane(self, pane_id: str) -> None:
        if pane_id == "body":
            self.query_one(ArticleBody).focus()
            return
        self.active_pane = pane_id
        self.query_one(f"#{pane_id}", ListPane).focus()

    def action_cycle(self, step: int) -> None:
        order = ["body", *PANES]
        focused = self.focused
        current = focused.id if focused is not None and focused.id in order else "body"
        self.action_focus_pane(order[(order.index(current) + step) % len(order)])

    @on(PaneTabs.Clicked)
    def _tab_clicked(self, event: PaneTabs.Clicked) -> None:
        self.action_focus_pane(event.pane_id)

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if isinstance(focused, ListPane):
            self.active_pane = focused.id or self.active_pane

    def _item_moved(self, pane: ItemPane, item: Item, selected: bool) -> None:
        # `focused`, not `pane.has_focus`: a pane moves onto its first item while it receives focus.
        if self.focused is pane or selected:
            self.show_item(item)

    @on(ItemPane.ItemSelected, "#speakers")
    def _speaker_chosen(self, event: ItemPane.ItemSelected) -> None:
        speaker = event.item
        assert isinstance(speaker, Speaker)
        self.filter_quotes(None if self.speaker_filter is speaker else speaker)

    def show_item(self, item: Item) -> None:
        """Scroll the article to `item` and mark it as the current span."""
        span = span_of(item)
        if span is not None:
            self.query_one(ArticleBody).show_span(*span)

    def jump_to(self, kind: Kind, item: Item) -> None:
        """Focus the pane of `item`, highlight it and show it in the text (command palette)."""
        if kind == "quotes" and self.speaker_filter is not None and item not in self.query_one("#quotes", ItemPane).items:
            self.filter_quotes(None)
        self.action_focus_pane(kind)
        pane = self.query_one(f"#{kind}", ItemPane)
        pane.select_item(item)
        self.show_item(item)

    def _sentence_changed(self, span: tuple[int, int] | None) -> None:
        for pane in self.query(ItemPane):
            pane.mark_span(span)

    # Search ----------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Changed)
    def _search_changed(self, event: SearchBar.Changed) -> None:
        body = self.query_one(ArticleBody)
        self._matches = find_all(self.article.text, event.query)
        body.set_spans("match", self._matches)
        if not self._matches:
            self._match = -1
            event.bar.set_status("no match" if event.query else "")
        else:
            cursor = body.cursor_offset if not event.submitted or self._match < 0 else self._matches[self._match][0]
            self._match = next((i for i, (s, _) in enumerate(self._matches) if s >= cursor), 0)
            self._show_match()
        if event.submitted:
            body.focus()

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self._matches, self._match = [], -1
        body = self.query_one(ArticleBody)
        body.set_spans("match", [])
        body.focus()

    def _show_match(self) -> None:
        start, end = self._matches[self._match]
        self.query_one(ArticleBody).show_span(start, end)
        self.query_one(SearchBar).set_status(f"match {self._match + 1}/{len(self._matches)}")

    def action_match(self, step: int) -> None:
        if not self._matches:
            self.notify("Nothing to repeat: search with /", timeout=2)
            return
        self._match = (self._match + step) % len(self._matches)
        self._show_match()

    # Other actions ---------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss()

    def action_article(self, step: int) -> None:
        index = self.index + step
        if not 0 <= index < len(self.articles):
            self.notify("No more articles" if step > 0 else "This is the first article", timeout=2)
            return
        self.app.switch_screen(ReaderScreen(self.articles, index))

    def action_copy_item(self) -> None:
        """Copy the focused item (a quote with its speaker) or the text selection (OSC 52)."""
        focused = self.focused
        text = ""
        if isinstance(focused, ItemPane) and focused.current is not None:
            item = focused.current
            text = getattr(item, "text", "") or getattr(item, "name", "")
            if isinstance(item, Quote) and self.extraction is not None:
                text = f"“{item.text}” — {speaker_label(Formatter(self.extraction).speaker(item.speaker))}"
        elif isinstance(focused, ArticleBody):
            text = focused.selected_text or _sentence_text(self.article.text, focused.sentence)
        if not text:
            self.notify("Nothing to copy", timeout=2)
            return
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {len(text)} characters", timeout=2)

    def action_export(self) -> None:
        """Export this article's brief (a dialog asks where)."""
        from ..export_flow import start_export  # the export code loads on first use

        start_export(self, [self.article])

    # Annotations: reading ----------------------------------------------------

    def refresh_annotations(self) -> None:
        """Read this article's annotations again (after a write, ours or another session's)
        and redraw them; the cursor, scroll and focus stay where they are."""
        self._load_annotations()

    @work(thread=True, exclusive=True, group="reader-annotations")
    def _load_annotations(self) -> None:
        from ...store import StoreError

        store: AnnotationStore | None = self.app.store  # type: ignore[attr-defined]
        if store is None:
            self.app.call_from_thread(self._annotations_unavailable)
            return
        try:
            placed = store.for_article(self.article)
        except StoreError as exc:
            self.app.call_from_thread(self.notify, f"annotations not read: {exc}", severity="error",
                                      markup=False)
            return
        if not get_current_worker().is_cancelled:  # a newer read is on its way
            self.app.call_from_thread(self.show_annotations, placed)

    def _annotations_unavailable(self) -> None:
        if self.is_attached:
            self.query_one(NotesPane).set_status("annotations unavailable")
            self._update_tabs()

    def show_annotations(self, placed: Sequence[Placed]) -> None:
        """Draw `placed` in the text, the Notes pane and (stars, notes) the item panes."""
        if not self.is_attached:
            return
        self.annotations = list(placed)
        marks = [(*where, symbol(p.annotation)) for p in self.annotations if (where := span(p))]
        self.query_one(ArticleBody).set_annotations(marks)
        self.query_one(NotesPane).show_annotations(self.annotations, self.article.text)
        self._show_item_annotations()
        self._update_tabs()
        if self._wanted_annotation is not None:
            self.show_annotation(self._wanted_annotation)

    def show_annotation(self, annotation_id: str) -> None:
        """Select the annotation in the Notes pane and show its passage (as soon as the
        annotations are read, if they are not yet): how a note found in the palette opens."""
        self._wanted_annotation = annotation_id
        placed = next((p for p in self.annotations if p.annotation.id == annotation_id), None)
        if placed is None:
            return
        self._wanted_annotation = None
        self.action_focus_pane("notes")
        notes = self.query_one(NotesPane)
        notes.select_annotation(annotation_id)
        if (where := span(placed)) is not None:
            self.query_one(ArticleBody).show_span(*where)

    def _show_item_annotations(self) -> None:
        if self.extraction is None:
            return
        self._by_item = item_annotations(self.annotations, self.extraction)
        for pane in self.query(ItemPane):
            badges = {}
            for index, item in enumerate(pane.items):
                found = self._by_item.get((pointer(item).type, item.id))
                if found is not None:
                    badges[index] = badge(found.annotation)
            pane.set_badges(badges)

    def _annotation_moved(self, pane: NotesPane, placed: Placed, selected: bool) -> None:
        if not (self.focused is pane or selected):
            return
        where = span(placed)
        if where is None:
            self.notify("Orphaned: its passage is no longer in the article", timeout=3)
        else:
            self.query_one(ArticleBody).show_span(*where)

    def _target(self, *, new: bool = True) -> Target | None:
        """What `a`, `t`, `s` and `x` act on: the annotation selected in the Notes pane, the
        focused item (annotated or not), else the annotation under the text cursor, else
        (`new`) the passage `m` would highlight."""
        focused = self.focused
        text = self.article.text
        if isinstance(focused, NotesPane):
            placed = focused.current
            return self._existing(placed) if placed is not None else None
        if isinstance(focused, ItemPane):
            item = focused.current
            where = span_of(item) if item is not None else None
            if item is None or where is None:
                return None
            found = self._by_item.get((pointer(item).type, item.id))
            if found is not None:
                return self._existing(found)
            return Target(None, *where, item=pointer(item), text=text[where[0]:where[1]]) if new else None
        body = self.query_one(ArticleBody)
        placed = at_offset(self.annotations, body.cursor_offset) if body.selected_span is None else None
        if placed is not None:
            return self._existing(placed)
        passage = self._passage() if new else None
        return Target(None, *passage, text=text[passage[0]:passage[1]]) if passage else None

    def _existing(self, placed: Placed) -> Target:
        annotation, where = placed.annotation, span(placed)
        if where is None:  # orphaned: the passage as it was
            return Target(annotation, annotation.target.start, annotation.target.end, annotation.item,
                          annotation.target.exact)
        return Target(annotation, *where, item=annotation.item, text=self.article.text[where[0]:where[1]])

    def _passage(self) -> tuple[int, int] | None:
        """The selection, else the sentence under the cursor, else its paragraph; trimmed."""
        body = self.query_one(ArticleBody)
        where = body.selected_span or body.sentence
        if where is None:
            offset = body.cursor_offset
            where = next(((s, e) for s, e in self.article.paragraphs if s <= offset <= e), None)
        if where is None:
            return None
        start, end = where
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    # Annotations: writing ----------------------------------------------------

    @property
    def annotator(self) -> Annotator:
        return Annotator.of(self.app)

    def _add(self, target: Target, label: str, **fields: object) -> None:
        article = self.article

        def write(store: AnnotationStore) -> Change:
            new = store.add(article, target.start, target.end, item=target.item, **fields)  # type: ignore[arg-type]
            return Change(label, lambda s: s.delete(new))

        self.annotator.submit(write)

    def _update(self, annotation: Annotation, label: str, **changes: object) -> None:
        def write(store: AnnotationStore) -> Change:
            _new, previous = store.update(annotation, **changes)
            return Change(label, lambda s: s.put(previous))

        self.annotator.submit(write)

    def _delete(self, annotation: Annotation, label: str) -> None:
        def write(store: AnnotationStore) -> Change:
            previous = store.delete(annotation)
            return Change(label, lambda s: s.put(previous))

        self.annotator.submit(write)

    def action_highlight(self) -> None:
        """Highlight the selection, else the sentence under the cursor."""
        passage = self._passage()
        if passage is None:
            self.notify("Nothing to highlight here", timeout=2)
            return
        if any(span(p) == passage and p.annotation.item is None for p in self.annotations):
            self.notify("Already highlighted", timeout=2)
            return
        body = self.query_one(ArticleBody)
        body.move_cursor(body.location(passage[0]))  # ends the selection; the cursor is on it now
        target = Target(None, *passage, text=self.article.text[passage[0]:passage[1]])
        self._add(target, f"highlight of {quoted(target.text)}", kind="highlight")

    def action_note(self) -> None:
        """Add or edit the note on the target (`_target`)."""
        target = self._target()
        if target is None:
            self.notify("Nothing to annotate here", timeout=2)
            return
        note = target.annotation.note if target.annotation else ""
        title = "Edit note" if note else "Add note"
        self.app.push_screen(NoteDialog(target.label(SUBJECT), note, title=title), partial(self._save_note, target))

    def _save_note(self, target: Target, note: str | None) -> None:
        annotation = target.annotation
        if note is None or (annotation is not None and note == annotation.note):
            return
        if annotation is None:
            if note.strip():
                self._add(target, f"note on {quoted(target.text)}", kind="note", note=note)
            return
        kind = annotation.kind if annotation.kind == "star" else "note" if note.strip() else "highlight"
        self._update(annotation, f"note on {quoted(target.text)}", note=note, kind=kind)

    def action_tags(self) -> None:
        """Edit the tags of the target (`_target`), with completion from the tags in use."""
        target = self._target()
        if target is None:
            self.notify("Nothing to tag here", timeout=2)
            return
        tags = target.annotation.tags if target.annotation else ()
        self.app.push_screen(TagsDialog(target.label(SUBJECT), tags, known=self._tags_in_use),
                             partial(self._save_tags, target))

    def _tags_in_use(self) -> list[str]:
        """Every tag in the store, most used first (runs in the dialog's worker thread)."""
        from ...store import StoreError

        store: AnnotationStore | None = self.app.store  # type: ignore[attr-defined]
        try:
            return store.tags() if store is not None else []
        except StoreError:
            return []  # completion is a convenience: the dialog works without it

    def _save_tags(self, target: Target, tags: list[str] | None) -> None:
        annotation = target.annotation
        if tags is None or (annotation is not None and tuple(tags) == annotation.tags):
            return
        label = f"tags on {quoted(target.text)}"
        if annotation is not None:
            self._update(annotation, label, tags=tags)
        elif tags:
            self._add(target, label, kind="highlight", tags=tags)

    def action_star(self) -> None:
        """Star the focused speaker, quote, claim or figure (or the annotation under the
        cursor); on a starred one, take the star away."""
        target = self._target()
        if target is None or (target.annotation is None and target.item is None):
            self.notify("Focus a speaker, quote, claim or figure (1-4) to star it", timeout=3)
            return
        annotation = target.annotation
        what = f"{target.item.type} " if target.item else ""
        passage = what + quoted(target.text)
        if annotation is None:
            self._add(target, f"star on {passage}", kind="star")
        elif annotation.kind != "star":
            self._update(annotation, f"star on {passage}", kind="star")
        elif annotation.item is not None and not annotation.note.strip() and not annotation.tags:
            self._delete(annotation, f"unstarring {passage}")  # it was only a star
        else:
            self._update(annotation, f"unstarring {passage}", kind="note" if annotation.note.strip() else "highlight")

    def action_delete_annotation(self) -> None:
        """Delete the annotation under the cursor (or selected in a pane), after asking."""
        target = self._target(new=False)
        if target is None or target.annotation is None:
            self.notify("No annotation here to delete", timeout=2)
            return
        annotation = target.annotation

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(annotation, f"deletion of the {target.label()}")

        question = f"Delete the {target.label()}?"
        if annotation.note.strip():
            question += f"\nIts note: {quoted(annotation.note, 60)}"
        self.app.push_screen(ConfirmDialog(question, yes="Delete", no="Keep"), answered)

    def action_undo(self) -> None:
        """Take back your last annotation change (add, edit, star or delete)."""
        self.annotator.undo()


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Case-insensitive literal matches of `query` (offsets into the original text)."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    matches = []
    for found in pattern.finditer(text):
        matches.append(found.span())
        if len(matches) >= MAX_MATCHES:
            break
    return matches


def _sentence_text(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0]:span[1]] if span else ""
