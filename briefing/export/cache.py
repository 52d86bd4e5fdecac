"""A disk cache of extractions, so a brief of many articles does not re-extract unchanged ones.

Extraction costs about 14 ms per article, the rest of an export well under 1 ms.
An entry is keyed by what extraction reads of the article (text, paragraphs,
byline, published) and records a fingerprint of the extractor's own files, so
an edited article or a changed extractor is a miss. Best effort: an entry that
cannot be read or written is a miss, never an error; a torn file is just a miss,
so entries are renamed into place without fsync.

Where: `$BRIEFING_CACHE`, else the user cache dir (`$XDG_CACHE_HOME/briefing`),
in `extractions/` (0700, files 0600: entries quote the articles). One file per
article version; a new extractor overwrites it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from ..article import Article
from ..extract.model import Claim, Extraction, Figure, Quote, Speaker
from ..store.errors import StoreError
from ..store.paths import private_dir

ENV_VAR = "BRIEFING_CACHE"


def default_dir() -> Path:
    return Path(os.environ.get(ENV_VAR) or user_cache_dir("briefing", appauthor=False)) / "extractions"


@cache
def extractor_fingerprint() -> str:
    """A hash of every file of the extract package (code and model)."""
    from .. import extract

    digest = hashlib.sha256()
    root = Path(extract.__file__).parent
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def article_key(article: Article) -> str:
    """A hash of what extraction reads of the article."""
    read = [article.text, article.paragraphs, article.byline, article.published]
    return hashlib.sha256(json.dumps(read, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def from_json(data: dict[str, Any]) -> Extraction:
    """The inverse of `Extraction.to_json`."""
    return Extraction(
        sentences=[(s, e) for s, e in data["sentences"]],
        speakers=[Speaker(**{**s, "mentions": [(a, b) for a, b in s["mentions"]]}) for s in data["speakers"]],
        quotes=[Quote(**q) for q in data["quotes"]],
        claims=[Claim(**c) for c in data["claims"]],
        figures=[Figure(**f) for f in data["figures"]],
    )


class ExtractionCache:
    """Extractions on disk; `cached(extract)` wraps an extractor with it."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory: Path | None
        try:
            self.directory = private_dir(Path(directory) if directory else default_dir())
        except StoreError:
            self.directory = None  # Unsafe or unwritable: run without a cache.

    def get(self, article: Article) -> Extraction | None:
        if self.directory is None:
            return None
        try:
            entry = json.loads((self.directory / f"{article_key(article)}.json").read_bytes())
            if entry.get("fingerprint") != extractor_fingerprint():
                return None
            return from_json(entry["extraction"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, article: Article, extraction: Extraction) -> None:
        if self.directory is None:
            return
        entry = {"fingerprint": extractor_fingerprint(), "extraction": extraction.to_json()}
        payload = json.dumps(entry, separators=(",", ":")).encode("ascii")
        try:
            fd, temp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=self.directory)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:  # mkstemp makes it 0600.
                handle.write(payload)
            os.replace(temp, self.directory / f"{article_key(article)}.json")
        except OSError:
            Path(temp).unlink(missing_ok=True)

    def cached(self, extract: Callable[[Article], Extraction | None]) -> Callable[[Article], Extraction | None]:
        """`extract` with the cache in front; an extractor's None (no extraction) is not cached."""
        def extract_cached(article: Article) -> Extraction | None:
            found = self.get(article)
            if found is None:
                found = extract(article)
                if found is not None:
                    self.put(article, found)
            return found

        return extract_cached
