"""The extraction as GFM tables (`--extractions all`): speakers, quotes, figures, claims."""

from __future__ import annotations

from collections.abc import Sequence

from . import escape
from .gather import ArticleBrief, ItemRecord
from ..readings import figure_reading, speaker_label
from .slugs import Slugs

STAR = "★"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GFM table; cells are escaped here (pipes included), so pass raw text."""
    lines = [header, ["---"] * len(header), *([escape.inline(c) for c in row] for row in rows)]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def extraction_tables(brief: ArticleBrief, slugs: Slugs) -> list[str]:
    """Headings and tables of everything extracted from the article; starred rows marked ★."""
    ex = brief.extraction
    if ex is None:
        return []
    starred = {(type(m.item), m.item.id) for m in brief.marks if m.item is not None}

    def star(item: ItemRecord) -> str:
        return STAR if (type(item), item.id) in starred else ""

    def who(speaker_id: str | None) -> str:
        return speaker_label(brief.speaker(speaker_id)) if speaker_id else ""

    sections = [
        ("Speakers", ["★", "Speaker", "Role", "Kind", "Quotes"],
         [[star(s), s.name, s.role or "", s.kind, str(sum(q.speaker == s.id for q in ex.quotes))]
          for s in ex.speakers]),
        ("Quotes", ["★", "Speaker", "Kind", "Quote"],
         [[star(q), who(q.speaker), q.kind, q.text] for q in ex.quotes]),
        ("Figures", ["★", "Figure", "Kind", "Reading"],
         [[star(f), f.text, f.kind, figure_reading(f)] for f in ex.figures]),
        ("Claims", ["★", "Claim", "Score", "Hedged", "Speaker"],
         [[star(c), c.text, f"{c.score:.2f}", "hedged" if c.hedged else "", who(c.speaker)] for c in ex.claims]),
    ]
    blocks = ["### Extractions"]
    slugs.add("Extractions")
    for heading, header, rows in sections:
        if rows:
            slugs.add(heading)
            blocks += [f"#### {heading}", table(header, rows)]
    return blocks
