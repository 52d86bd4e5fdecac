"""Extraction: who speaks, what they said, what is claimed, which numbers matter.

Pure functions over plain dataclasses; no Textual import, no model download,
deterministic. `extract(article)` runs every step in order:

    sentences -> speakers and quotes -> figures -> claims (which need quotes and figures)

`to_contract(article, extraction)` is the `briefing.extract/1` JSON object that
`briefing extract --json` prints (documented in the README).
"""

from __future__ import annotations

from typing import Any

from ..article import Article
from .model import SCHEMA, Extraction

__all__ = ["SCHEMA", "Extraction", "extract", "to_contract"]


def extract(article: Article) -> Extraction:
    """Everything extracted from `article.text`."""
    # Imported here so that `briefing.extract.model` (the dataclasses the reader's first
    # screen needs) loads without the rules and the claim model (~85 ms of start-up).
    from .claims import find_claims
    from .figures import find_figures
    from .quotes import find_speakers_and_quotes
    from .sentences import split_sentences

    text = article.text
    sentences = split_sentences(text, article.paragraphs)
    speakers, quotes = find_speakers_and_quotes(text, article.paragraphs, sentences, article.byline)
    figures = find_figures(text, article.published)
    claims = find_claims(text, sentences, quotes, figures)
    return Extraction(sentences=sentences, speakers=speakers, quotes=quotes, claims=claims, figures=figures)


def to_contract(article: Article, extraction: Extraction) -> dict[str, Any]:
    """The `briefing.extract/1` object for one article."""
    return {
        "schema": SCHEMA,
        "article": article.metadata(),
        "text": article.text,
        "paragraphs": [list(span) for span in article.paragraphs],
        **extraction.to_json(),
    }
