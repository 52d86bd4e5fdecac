"""Shared pieces of the TUI tests (pytest collects no tests here; other modules import them).

`private_dirs` points the XDG dirs at a temporary directory so tests never touch the
user's settings, keymap or read state. `fixed_extraction` is a hand-built extraction of
the seed article: widget tests and snapshots stay stable while the extractors improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.article import Article
from briefing.extract.model import Claim, Extraction, Figure, Quote, Speaker
from briefing.ingest import load

from .conftest import SEED

SNAPSHOT_ARTICLE = Path(__file__).parent / "snapshots" / "seed_article.txt"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        directory = tmp_path / name.lower()
        directory.mkdir()
        monkeypatch.setenv(name, str(directory))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
    return tmp_path


def seed() -> Article:
    return load(SEED)


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def fixed_extraction(article: Article) -> Extraction:
    """A small, hand-built extraction of the seed article (phrases looked up in its text)."""
    text = article.text
    mention = _span(text, "Baiba Braze")
    later = _span(text, "Braze", mention[1])
    q1 = _span(text, "Twenty countries have already joined the drone coalition, and Japan has also been invited to join,")
    q2 = _span(text, "Our shared task is to rapidly absorb the lessons learned from Ukraine -- to test, produce and innovate,")
    figure = _span(text, "1.8 billion euros")
    dollars = _span(text, "$2.12 billion")
    twenty = _span(text, "Twenty countries")
    claim = _span(text, "The coalition has provided 1.8 billion euros ($2.12 billion) in support as of last year.")
    hedged = _span(text, "The group's current members are concentrated around Europe")
    sentences, start = [], 0
    for paragraph_start, paragraph_end in article.paragraphs:
        start = paragraph_start
        for index in range(paragraph_start, paragraph_end):
            if text[index] in ".?!" and (index + 1 == paragraph_end or text[index + 1] == " "):
                sentences.append((start, index + 1))
                start = index + 2
        if start < paragraph_end:
            sentences.append((start, paragraph_end))
    return Extraction(
        sentences=sentences,
        speakers=[
            Speaker("s1", "Baiba Braze", "person", "Latvian Foreign Minister", ["Braze"], [mention, later]),
            Speaker("s2", "Japan's Defense Ministry", "organization", None, [], [_span(text, "Japan's Defense Ministry")]),
        ],
        quotes=[
            Quote("q1", "direct", text[q1[0]:q1[1]], *q1, "s1", "said", 0.95),
            Quote("q2", "direct", text[q2[0]:q2[1]], *q2, "s1", "said", 0.9),
            Quote("q3", "indirect", "it is considering whether to participate",
                  *_span(text, "it is considering whether to participate"), "s2", "said", 0.6),
        ],
        claims=[
            Claim("c1", text[claim[0]:claim[1]], *claim, 0.91, ["figure", "money"], False, None),
            Claim("c2", text[hedged[0]:hedged[1]], *hedged, 0.55, ["comparison"], True, None),
        ],
        figures=[
            Figure("f1", "1.8 billion euros", *figure, "money", 1.8e9, None, None, "EUR", None, "exact"),
            Figure("f2", "$2.12 billion", *dollars, "money", 2.12e9, None, None, "USD", None, "exact"),
            Figure("f3", "Twenty countries", *twenty, "count", 20, None, None, "countries", None, "exact"),
        ],
    )
