""""Who said what": the brief's quotes grouped by speaker, one person's quotes from every article together."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.model import Quote, Speaker
from . import escape
from .gather import ArticleBrief, Level
from .slugs import Slugs

HEADING = "Who said what"
UNATTRIBUTED = "Unattributed"
KIND_ORDER = {"person": 0, "organization": 1, "document": 2, "anonymous": 3}  # People first.


def who_said_what(briefs: Sequence[ArticleBrief], anchors: Sequence[str], slugs: Slugs,
                  level: Level) -> tuple[str, str]:
    """(anchor, Markdown) of the section; quotes are the starred ones, or all of them at level "all"."""
    groups: dict[str, list[tuple[int, Quote, Speaker | None, bool]]] = {}
    for index, brief in enumerate(briefs):
        starred = {m.item.id: m.item for m in brief.starred_quotes()}
        quotes = brief.extraction.quotes if level == "all" and brief.extraction else list(starred.values())
        for quote in quotes:
            speaker = brief.speaker(quote.speaker)
            groups.setdefault(_key(speaker), []).append((index, quote, speaker, quote.id in starred))
    if not groups:
        return "", ""
    anchor = slugs.add(HEADING)
    blocks = [f"## {HEADING}"]
    for key in sorted(groups, key=lambda k: (_kind_rank(groups[k]), k)):
        rows = sorted(groups[key], key=lambda r: (r[0], r[1].start, r[1].end))
        label = _label([speaker for _, _, speaker, _ in rows])
        slugs.add(label)
        items = []
        for index, quote, _, star in rows:  # Quotes under their article, articles in brief order.
            if not items or items[-1][0] != index:
                items.append((index, f"- [{escape.inline(briefs[index].headline)}](#{anchors[index]})"))
            items.append((index, f"  - {'★ ' if star and level == 'all' else ''}{_said(quote)}"))
        blocks += [f"### {escape.inline(label)}", "\n".join(line for _, line in items)]
    return anchor, "\n\n".join(blocks)


def _kind_rank(rows: Sequence[tuple[int, Quote, Speaker | None, bool]]) -> int:
    speaker = next((s for _, _, s, _ in rows if s), None)
    return KIND_ORDER.get(speaker.kind, len(KIND_ORDER)) if speaker else len(KIND_ORDER) + 1


def _key(speaker: Speaker | None) -> str:
    """Speakers are the same person when their names match, whatever the case or spacing."""
    return " ".join(speaker.name.split()).casefold() if speaker else ""


def _label(speakers: Sequence[Speaker | None]) -> str:
    """The first name seen, with the first role any article gives."""
    known = [s for s in speakers if s]
    if not known:
        return UNATTRIBUTED
    role = next((s.role for s in known if s.role), None)
    return f"{known[0].name}, {role}" if role else known[0].name


def _said(quote: Quote) -> str:
    text = escape.inline(quote.text)
    return text + " *(indirect)*" if quote.kind == "indirect" else f"“{text}”"
