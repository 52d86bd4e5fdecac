"""Command palette (`ctrl+p`): every action of the current screen, jumping to any item,
and searching every note of the annotation store."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import CommandPalette, DiscoveryHit, Hit, Matcher, Provider
from textual.content import Content
from textual.dom import DOMNode

from .text import one_line

if TYPE_CHECKING:
    from textual.app import App

    from ..store import Annotation  # The store loads on first use, not with the app.

KIND_LABELS = {"speakers": "Speaker", "quotes": "Quote", "claims": "Claim", "figures": "Figure"}


def highlighted(matcher: Matcher, text: str) -> Content:
    """`text` literally, with the fuzzy-matched letters styled.

    `Matcher.highlight` parses its argument as markup, so it must never see article text.
    """
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            if offset < len(text) and not text[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ActionCommands(Provider):
    """Every binding of the screen (and the app) as a command, named by its description."""

    def _binding_commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        screen = self.screen
        seen: set[str] = set()
        focused = self.focused
        nodes: list[DOMNode] = [screen, screen.app]
        if focused is not None:
            nodes.insert(0, focused)
        for node in nodes:
            for _key, binding in node._bindings:
                if not binding.description or binding.system or binding.description in seen:
                    continue
                if binding.action in ("command_palette", "app.command_palette"):
                    continue
                seen.add(binding.description)
                keys = screen.app.get_key_display(binding)
                yield binding.description, f"key: {keys}", partial(node.run_action, binding.action)

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        for name, help_text, command in self._binding_commands():
            yield DiscoveryHit(Content(name), command, text=name, help=help_text)

    async def search(self, query: str) -> AsyncIterator[Hit]:
        matcher = self.matcher(query)
        for name, help_text, command in self._binding_commands():
            if score := matcher.match(name):
                yield Hit(score, highlighted(matcher, name), command, text=name, help=help_text)


class ItemCommands(Provider):
    """Jump to any speaker, quote, claim or figure of the open article by typing."""

    def _items(self) -> Iterator[tuple[str, Callable[[], object]]]:
        screen = self.screen
        extraction = getattr(screen, "extraction", None)
        jump = getattr(screen, "jump_to", None)
        if extraction is None or jump is None:
            return
        from .items import KINDS, Formatter  # the reader's formatting, not needed at start-up

        formatter = Formatter(extraction)
        for kind in KINDS:
            for item in getattr(extraction, kind):
                text = f"{KIND_LABELS[kind]}: {formatter.search_text(item)}"
                yield text, partial(jump, kind, item)
        if getattr(screen, "speaker_filter", None) is not None:
            yield "Show quotes of every speaker", partial(screen.filter_quotes, None)  # type: ignore[attr-defined]

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        for text, command in self._items():
            yield DiscoveryHit(Content(text), command, text=text)

    async def search(self, query: str) -> AsyncIterator[Hit]:
        matcher = self.matcher(query)
        for text, command in self._items():
            if score := matcher.match(text):
                yield Hit(score, highlighted(matcher, text), command, text=text)


#: How a note hit names its annotation.
NOTE_KINDS = {"highlight": "Highlight", "note": "Note", "star": "Star"}
#: Longest text shown for a hit (the palette shows one line per hit).
HIT_WIDTH = 100
#: Annotations listed when the note search opens, most recently changed first.
RECENT = 30


def open_note_search(app: App) -> None:
    """A command palette for notes only (the library's `n`)."""
    app.push_screen(CommandPalette(providers=[NoteSearch], placeholder="Search notes, passages and tags…"))


class NoteCommands(Provider):
    """Search the notes, highlighted passages and tags of every annotated article; a hit
    opens its article in the reader, at the annotation.

    Every query word must occur (case-insensitive, as `AnnotationStore.search`) in the
    note, the passage or a tag. The annotations are read once, in a thread, when the
    palette opens; notes are untrusted and shown literally.
    """

    async def startup(self) -> None:
        self._annotations: list[Annotation] = await asyncio.to_thread(self._read)

    def _read(self) -> list[Annotation]:
        store = self.app.store  # type: ignore[attr-defined]
        return store.all() if store is not None else []

    def _hit_text(self, annotation: Annotation) -> tuple[str, Content]:
        """(text to match and show, help line) of an annotation.

        The help line is Content: Textual parses a `str` help as markup, and notes are untrusted.
        """
        label = "Note" if annotation.note else NOTE_KINDS.get(annotation.kind, annotation.kind.title())
        body = annotation.note or f"“{annotation.target.exact}”"
        text = one_line(f"{label}: {body}", HIT_WIDTH)
        about = [f"“{annotation.target.exact}”" if annotation.note else "",
                 " ".join(f"#{t}" for t in annotation.tags), annotation.article.title]
        return text, Content(one_line(" · ".join(a for a in about if a), HIT_WIDTH))

    async def search(self, query: str) -> AsyncIterator[Hit]:
        words = query.split()
        if not words:
            return
        matcher = self.matcher(query)
        for annotation in self._annotations:
            if all(annotation.mentions(word) for word in words):
                text, help_text = self._hit_text(annotation)
                score = max(matcher.match(text), 0.1)  # A word in the passage or a tag only: still a hit.
                yield Hit(score, highlighted(matcher, text), partial(self.open_annotation, annotation),
                          text=text, help=help_text)  # type: ignore[arg-type]

    def open_annotation(self, annotation: Annotation) -> None:
        """Open the annotation's article (from the library) in the reader and show the annotation there."""
        app = self.app
        articles = list(app.articles)  # type: ignore[attr-defined]
        ref = annotation.article
        index = next((i for i, a in enumerate(articles) if ref.path and a.path and os.path.realpath(a.path) == ref.path),
                     next((i for i, a in enumerate(articles) if a.id == ref.id), None))
        if index is None:
            app.notify(f"“{ref.title}” is not in this library ({ref.path or 'no file'})", severity="warning",
                       markup=False)
            return
        app.open_reader(articles, index)  # type: ignore[attr-defined]

        def show() -> None:
            # The reader's hook (if it has one) selects the annotation once its annotations are loaded.
            show_annotation = getattr(app.screen, "show_annotation", None)
            if show_annotation is not None:
                show_annotation(annotation.id)

        app.call_after_refresh(show)


class NoteSearch(NoteCommands):
    """The notes-only palette: opens with the most recently changed annotations."""

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        recent = sorted(self._annotations, key=lambda a: a.updated, reverse=True)[:RECENT]
        for annotation in recent:
            text, help_text = self._hit_text(annotation)
            yield DiscoveryHit(Content(text), partial(self.open_annotation, annotation), text=text,
                               help=help_text)  # type: ignore[arg-type]
