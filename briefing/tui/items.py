"""How extraction items read in the panes: one line of `Content` each, built literally.

The UI never re-implements extraction; it only formats the records of
`briefing.extract.model`. All item text is untrusted and goes in as plain `Content`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Union

from textual.content import Content

from .. import readings
from ..article import Article
from ..extract.model import Claim, Extraction, Figure, Quote, Speaker
from .text import one_line

Item = Union[Speaker, Quote, Claim, Figure]
Kind = Literal["speakers", "quotes", "claims", "figures"]
KINDS: tuple[Kind, ...] = ("speakers", "quotes", "claims", "figures")

Extractor = Callable[[Article], Extraction]

def speaker_label(speaker: Speaker | None) -> str:
    """`Baiba Braze, Latvian Foreign Minister` on one line (names may hold line breaks)."""
    return one_line(readings.speaker_label(speaker))


def span_of(item: Item) -> tuple[int, int] | None:
    """Where an item is in the article text (a speaker: its first mention)."""
    if isinstance(item, Speaker):
        return tuple(item.mentions[0]) if item.mentions else None  # type: ignore[return-value]
    return item.start, item.end


@dataclass(frozen=True, slots=True)
class Formatter:
    """Formats the items of one extraction (speakers looked up by id)."""

    extraction: Extraction

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        for speaker in self.extraction.speakers:
            if speaker.id == speaker_id:
                return speaker
        return None

    def prompt(self, item: Item) -> Content:
        """The pane line of an item; styles match the marks in the article text."""
        if isinstance(item, Speaker):
            quotes = sum(1 for q in self.extraction.quotes if q.speaker == item.id)
            head = Content.styled(one_line(item.name), "bold")
            role = Content(f" — {one_line(item.role)}") if item.role else Content("")
            noun = "quote" if quotes == 1 else "quotes"
            return Content.assemble(head, role, Content.styled(f"  {item.kind} · {quotes} {noun}", "dim"))
        if isinstance(item, Quote):
            who = Content.styled(speaker_label(self.speaker(item.speaker)), "bold")
            text = Content.styled(f"“{one_line(item.text)}”", "underline")
            return Content.assemble(who, Content(f" ({item.kind}): "), text)
        if isinstance(item, Claim):
            marks = ("~ hedged · " if item.hedged else "") + ", ".join(item.signals)
            text = Content.styled(one_line(item.text), "bold")
            return Content.assemble(Content.styled(f"{item.score:.2f} ", "dim"), text,
                                    Content.styled(f"  [{marks}]" if marks else "", "dim"))
        reading = readings.figure_reading(item)
        return Content.assemble(Content.styled(reading, "reverse"), Content(f" {item.kind}: " if reading else f"{item.kind}: "),
                                Content(one_line(item.text)))

    def search_text(self, item: Item) -> str:
        """Plain text the command palette matches against."""
        if isinstance(item, Speaker):
            return " ".join([item.name, item.role or "", *item.aliases])
        if isinstance(item, Quote):
            return f"{speaker_label(self.speaker(item.speaker))}: {one_line(item.text)}"
        if isinstance(item, Claim):
            return one_line(item.text)
        return f"{readings.figure_reading(item)} {one_line(item.text)}".lstrip()


def items_of(extraction: Extraction, kind: Kind) -> list[Item]:
    return list(getattr(extraction, kind))


def real_extractor() -> Extractor | None:
    """`briefing.extract.extract`, imported lazily (None until it exists)."""
    try:
        from ..extract import extract
    except ImportError:
        return None
    return extract
