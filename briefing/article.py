"""The `Article` record every part of briefing works on.

A plain dataclass with no UI imports: ingest builds it, extraction reads `text`,
the reader renders it, annotations cite offsets into `text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One normalized article.

    `text` is the normalized body; `paragraphs` are `(start, end)` offsets into it,
    so `text[start:end]` is a paragraph without its separating blank line.
    """

    id: str
    path: str | None
    title: str
    dek: str
    byline: str
    published: str | None
    dateline: str
    source: str
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def metadata(self) -> dict[str, str | None]:
        """The `article` object of the JSON contract."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "dek": self.dek,
            "byline": self.byline,
            "published": self.published,
            "dateline": self.dateline,
            "source": self.source,
        }
