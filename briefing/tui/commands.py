"""Command palette (`ctrl+p`): every action of the current screen, and jumping to any item."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Matcher, Provider
from textual.content import Content
from textual.dom import DOMNode

from .items import KINDS, Formatter

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

