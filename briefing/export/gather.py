"""What goes into a brief: each article with its marks, re-anchored, and the items stars point at.

A star names an extracted item (type, id, text). Extraction ids are positional
and can shift when the article or the extractor changes, so a star is matched to
the current extraction by its passage first (same span), then by its text, and
only then by id; a star that matches nothing is shown as a starred passage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Union

from ..article import Article
from ..extract.model import Claim, Extraction, Figure, Quote, Speaker
from ..store import Annotation, AnnotationStore, Placed

Level = Literal["none", "starred", "all"]
LEVELS: tuple[Level, ...] = ("none", "starred", "all")
ItemRecord = Union[Speaker, Quote, Claim, Figure]
Extractor = Callable[[Article], Union[Extraction, None]]


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotation as the brief shows it.

    `start`/`end` locate the passage in the current text (None when orphaned);
    `text` is that passage, or the stored one for an orphan; `item` is the
    extracted record a star points at, if it was found.
    """

    annotation: Annotation
    start: int | None
    end: int | None
    text: str
    item: ItemRecord | None = None

    @property
    def orphaned(self) -> bool:
        return self.start is None

    @property
    def starred(self) -> bool:
        return self.annotation.kind == "star"


def headline(article: Article) -> str:
    """How a brief names an article: its title, else its file name."""
    return article.title or (article.path or "").rsplit("/", 1)[-1] or "(untitled)"


@dataclass(frozen=True, slots=True)
class ArticleBrief:
    """An article of the brief: its marks in reading order (orphans last) and its extraction."""

    article: Article
    marks: tuple[Mark, ...]
    extraction: Extraction | None

    @property
    def headline(self) -> str:
        return headline(self.article)

    @property
    def highlights(self) -> list[Mark]:
        """Anchored marks that are not resolved stars: highlights, notes, starred passages."""
        return [m for m in self.marks if not m.orphaned and m.item is None]

    @property
    def orphans(self) -> list[Mark]:
        return [m for m in self.marks if m.orphaned]

    def starred_speakers(self) -> list[Mark]:
        return [m for m in self.marks if isinstance(m.item, Speaker)]

    def starred_quotes(self) -> list[Mark]:
        return [m for m in self.marks if isinstance(m.item, Quote)]

    def starred_claims(self) -> list[Mark]:
        return [m for m in self.marks if isinstance(m.item, Claim)]

    def starred_figures(self) -> list[Mark]:
        return [m for m in self.marks if isinstance(m.item, Figure)]

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        speakers = self.extraction.speakers if self.extraction else ()
        return next((s for s in speakers if s.id == speaker_id), None)


def gather(articles: Iterable[Article], store: AnnotationStore, *, level: Level = "starred",
           starred_only: bool = False, extractor: Extractor | None = None) -> list[ArticleBrief]:
    """The brief's articles in the order given, each with its marks and (if `level` needs it) extraction."""
    if extractor is None:
        from ..extract import extract as extractor  # Deferred: only briefs with extractions pay for it.
    articles = list(articles)
    by_article = store.for_articles(articles)
    briefs = []
    for article in articles:
        placed = [p for p in by_article[article] if p.annotation.kind == "star" or not starred_only]
        wanted = level == "all" or (level == "starred" and any(p.annotation.kind == "star" for p in placed))
        extraction = extractor(article) if wanted else None
        marks = sorted((_mark(article, p, extraction) for p in placed), key=_reading_order)
        briefs.append(ArticleBrief(article, tuple(marks), extraction))
    return briefs


def _reading_order(mark: Mark) -> tuple[bool, int, int, str, str]:
    """Position, then creation time and id: ties are broken the same way every time."""
    return (mark.orphaned, mark.start or 0, mark.end or 0, mark.annotation.created, mark.annotation.id)


def _mark(article: Article, placed: Placed, extraction: Extraction | None) -> Mark:
    a, where = placed.annotation, placed.anchor
    if where.orphaned or where.start is None or where.end is None:
        return Mark(a, None, None, a.target.exact)
    item = resolve(a, where.start, where.end, extraction) if extraction and a.kind == "star" else None
    return Mark(a, where.start, where.end, article.text[where.start:where.end], item)


def resolve(annotation: Annotation, start: int, end: int, extraction: Extraction) -> ItemRecord | None:
    """The extracted item a star at `start:end` points at, or None (a starred passage)."""
    pointer = annotation.item
    if pointer is None:
        # A star on a bare passage: the item with exactly that span, if any.
        spanned: list[Sequence[ItemRecord]] = [extraction.quotes, extraction.claims, extraction.figures]
        return next((i for items in spanned for i in items if (i.start, i.end) == (start, end)), None)
    if pointer.type == "speaker":  # Its passage is one of its mentions; its text, its name.
        speakers = extraction.speakers
        found_speaker = ([s for s in speakers if (start, end) in s.mentions]
                         or [s for s in speakers if pointer.text in (s.name, *s.aliases)]
                         or [s for s in speakers if s.id == pointer.id and not pointer.text])
        return found_speaker[0] if found_speaker else None
    kind = {"quote": "quotes", "claim": "claims", "figure": "figures"}.get(pointer.type)
    # Only the list of the star's kind is read: a cached extraction decodes each list on first use.
    candidates: Sequence[Quote | Claim | Figure] = getattr(extraction, kind) if kind else []
    same_span = [i for i in candidates if (i.start, i.end) == (start, end)]
    same_text = sorted((i for i in candidates if i.text == pointer.text), key=lambda i: abs(i.start - start))
    same_id = [i for i in candidates if i.id == pointer.id and (not pointer.text or i.text == pointer.text)]
    found = same_span or same_text or same_id
    return found[0] if found else None
