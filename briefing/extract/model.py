"""Plain records produced by extraction: the `briefing.extract/1` JSON contract.

Every span is a pair of Python `str` offsets into `Article.text`, and each item's
`text` equals `article.text[start:end]`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

SCHEMA = "briefing.extract/1"

Span = tuple[int, int]
SpeakerKind = Literal["person", "organization", "anonymous", "document"]
QuoteKind = Literal["direct", "partial", "indirect"]
FigureKind = Literal["money", "percent", "count", "quantity", "ratio", "date", "duration"]
Qualifier = Literal["exact", "approx", "at_most", "at_least", "more_than", "less_than", "range"]


@dataclass(slots=True)
class Speaker:
    id: str
    name: str
    kind: SpeakerKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    id: str
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None
    confidence: float


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    start: int
    end: int
    score: float
    signals: list[str]
    hedged: bool
    speaker: str | None


@dataclass(slots=True)
class Figure:
    id: str
    text: str
    start: int
    end: int
    kind: FigureKind
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    iso: str | None
    qualifier: Qualifier


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article's text."""

    sentences: list[Span] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def to_json(self) -> dict[str, list]:
        """The extraction part of the contract (spans as `[s, e]` lists)."""
        return {
            "sentences": [list(s) for s in self.sentences],
            "speakers": [
                {**asdict(s), "mentions": [list(m) for m in s.mentions]} for s in self.speakers
            ],
            "quotes": [asdict(q) for q in self.quotes],
            "claims": [asdict(c) for c in self.claims],
            "figures": [asdict(f) for f in self.figures],
        }
