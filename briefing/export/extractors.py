"""The extractor a brief is made with: cached, and never fatal.

Both the `export` command and the reader's export use it: extractions come from
memory (the reader's own, when given), else the disk cache, else `extract`
(whose result is cached); an extractor that fails on an article costs a warning,
not the brief: that article's stars are shown as passages.
"""

from __future__ import annotations

from collections.abc import Callable

from ..article import Article
from ..extract.model import Extraction
from .cache import ExtractionCache
from .gather import Extractor


def brief_extractor(extract: Extractor, warn: Callable[[str], None], *,
                    memory: Extractor | None = None, cache: ExtractionCache | None = None) -> Extractor:
    """`extract` behind `memory` and the disk cache (default: `ExtractionCache()`); failures go to `warn`."""
    cached = (cache or ExtractionCache()).cached(extract)

    def extract_or_warn(article: Article) -> Extraction | None:
        try:
            found = memory(article) if memory else None
            return found if found is not None else cached(article)
        except Exception as exc:  # noqa: BLE001 -- a bug there must not cost the user the notes.
            warn(f"{article.path}: extraction failed ({type(exc).__name__}: {exc}); stars are shown as passages")
            return None

    return extract_or_warn
