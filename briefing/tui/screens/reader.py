"""One article beside its speakers, quotes, claims and figures."""

from __future__ import annotations

import gc
import re

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer

from ...article import Article
from ...extract.model import Extraction, Quote, Speaker
from ..items import KINDS, Formatter, Item, Kind, items_of, speaker_label, span_of
from ..widgets.article_body import ArticleBody
from ..widgets.article_header import ArticleHeader
from ..widgets.item_pane import ItemPane
from ..widgets.legend import Legend
from ..widgets.pane_tabs import PaneTabs
from ..widgets.search_bar import SearchBar

PANE_TITLES: dict[Kind, str] = {
    "speakers": "Speakers", "quotes": "Quotes", "claims": "Claims", "figures": "Figures",
}
#: Below this many columns the panes become tabs under the article.
WIDE = 110
MAX_MATCHES = 10_000


class ReaderScreen(Screen[None], inherit_bindings=False):
    """The reader. Items chosen in a pane are shown (and marked) in the text."""

    HELP = """\
The article with the speakers, quotes, claims and figures found in it.
Choosing a speaker (enter) filters Quotes to that speaker; enter again shows all.
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
        Binding("tab", "cycle(1)", "Next pane", show=False, id="reader.next_pane"),
        Binding("shift+tab", "cycle(-1)", "Previous pane", show=False, id="reader.previous_pane"),
        Binding("left_square_bracket", "article(-1)", "Previous article", show=False,
                id="reader.previous_article"),
        Binding("right_square_bracket", "article(1)", "Next article", show=False, id="reader.next_article"),
        Binding("c", "copy_item", "Copy", id="reader.copy"),
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

    def compose(self) -> ComposeResult:
        with Horizontal(id="reader"):
            with Vertical(id="article-column"):
                yield ArticleHeader(self.article, id="article-header")
                yield ArticleBody(self.article.text, id="body")
                yield SearchBar(id="search")
                yield Legend(id="legend")
            with Vertical(id="side"):
                yield PaneTabs(id="pane-tabs")
                for kind in KINDS:
                    yield ItemPane(kind, PANE_TITLES[kind], id=kind)
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
        self._update_tabs()
        # A long article leaves ~10^5 long-lived objects: keep full collections from walking
        # them again and again (each one a keypress that waits ~100 ms).
        gc.freeze()

    def _update_tabs(self) -> None:
        tabs = []
        for kind in KINDS:
            count = len(self.query_one(f"#{kind}", ItemPane).items) if self.extraction else "…"
            tabs.append((kind, f"{PANE_TITLES[kind]} {count}"))
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
        self._update_tabs()

    # Panes -----------------------------------------------------------------

    def watch_active_pane(self, pane_id: str) -> None:
        for pane in self.query(ItemPane):
            pane.set_class(pane.id == pane_id, "-active")
        self.query_one(PaneTabs).active = pane_id

    def action_focus_pane(self, pane_id: str) -> None:
        if pane_id == "body":
            self.query_one(ArticleBody).focus()
            return
        self.active_pane = pane_id
        self.query_one(f"#{pane_id}", ItemPane).focus()

    def action_cycle(self, step: int) -> None:
        order = ["body", *KINDS]
        focused = self.focused
        current = focused.id if focused is not None and focused.id in order else "body"
        self.action_focus_pane(order[(order.index(current) + step) % len(order)])

    @on(PaneTabs.Clicked)
    def _tab_clicked(self, event: PaneTabs.Clicked) -> None:
        self.action_focus_pane(event.pane_id)

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if isinstance(focused, ItemPane):
            self.active_pane = focused.id or self.active_pane

    @on(ItemPane.ItemHighlighted)
    def _item_highlighted(self, event: ItemPane.ItemHighlighted) -> None:
        if event.pane.has_focus or isinstance(event, ItemPane.ItemSelected):
            self.show_item(event.item)

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

    @on(ArticleBody.SentenceChanged)
    def _sentence_changed(self, event: ArticleBody.SentenceChanged) -> None:
        for pane in self.query(ItemPane):
            pane.mark_span(event.span)

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
