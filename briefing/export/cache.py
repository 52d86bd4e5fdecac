"""A disk cache of extractions, so a brief of many articles does not re-extract unchanged ones.

Extraction costs about 12 ms per article; reading an entry back well under 1 ms.
An entry is keyed by what extraction reads of the article (text, paragraphs,
byline, published) and records a fingerprint of the extractor's own files, so
an edited article or a changed extractor is a miss. Best effort: an entry that
cannot be read or written is a miss, never an error; a torn or damaged file is
just a miss (its digest does not match), so entries are renamed into place
without fsync.

An entry is made to be read fast: a JSON header line (format, extractor
fingerprint, digest of the rest), then one JSON line per list of the extraction
(sentences, speakers, quotes, claims, figures), records as arrays in field order,
spans flattened, and an item's text left out (null) when it is the article's
text at its span, as it nearly always is. Each list is decoded on first use: a
brief of starred items needs the speakers, quotes and figures of an article, not
its claims or sentences.

Where: `$BRIEFING_CACHE`, else the user cache dir (`$XDG_CACHE_HOME/briefing`),
in `extractions/` (0700, files 0600: entries quote the articles). One file per
article version; a new extractor overwrites it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, Union

from platformdirs import user_cache_dir

from ..article import Article
from ..extract.model import Claim, Extraction, Figure, Quote, Speaker
from ..store.errors import StoreError
from ..store.paths import private_dir

ENV_VAR = "BRIEFING_CACHE"
FORMAT = "briefing.extraction-cache/2"
#: The lines of an entry after its header, in this order.
SECTIONS = ("sentences", "speakers", "quotes", "claims", "figures")

Item = Union[Quote, Claim, Figure]


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


def encode(article: Article, extraction: Extraction) -> bytes:
    """A cache entry: a header line, then one line per list of the extraction (see the module doc)."""
    text = article.text

    def rows(items: Sequence[Item]) -> list[list[Any]]:
        fields = _fields(type(items[0])) if items else ()
        packed = []
        for item in items:
            row = [getattr(item, name) for name in fields]
            if item.text == text[item.start:item.end]:
                row[fields.index("text")] = None  # Read back from the article: a third of the entry.
            packed.append(row)
        return packed

    sections = [
        [offset for span in extraction.sentences for offset in span],
        [[s.id, s.name, s.kind, s.role, s.aliases, [offset for span in s.mentions for offset in span]]
         for s in extraction.speakers],
        rows(extraction.quotes), rows(extraction.claims), rows(extraction.figures),
    ]
    body = b"\n".join(json.dumps(section, separators=(",", ":")).encode("ascii") for section in sections)
    return json.dumps(_header(body)).encode("ascii") + b"\n" + body


def decode(article: Article, entry: bytes) -> Extraction | None:
    """The extraction in an entry `encode` wrote for this article; None if the entry is another
    format's or extractor's, or damaged (its digest does not match)."""
    header, _, body = entry.partition(b"\n")
    if json.loads(header) != _header(body):
        return None
    lines = body.split(b"\n")
    if len(lines) != len(SECTIONS):
        return None
    found = _CachedExtraction.__new__(_CachedExtraction)  # Every field left empty: see __getattr__.
    found._lines, found._text = lines, article.text
    return found


def _header(body: bytes) -> dict[str, str]:
    return {"format": FORMAT, "fingerprint": extractor_fingerprint(),
            "digest": hashlib.sha256(body).hexdigest()[:32]}


class _CachedExtraction(Extraction):
    """An extraction read from a cache entry, each list decoded when it is first read.

    Building the records is most of the cost of a cache hit, and a brief of starred
    items reads the speakers and quotes of each article, the claims and figures of
    few, the sentences of none. The entry's digest was checked when it was read, so
    a late decode does not fail on a damaged file. Equal to an `Extraction` with the
    same lists.
    """

    __slots__ = ("_lines", "_text")
    _lines: list[bytes]
    _text: str

    def __getattr__(self, name: str) -> Any:
        # Only reached while the field's slot is empty, i.e. before its first read.
        if name not in SECTIONS:
            raise AttributeError(name)
        rows = json.loads(self._lines[SECTIONS.index(name)])
        value = _spans(rows) if name == "sentences" else self._records(name, rows)
        setattr(self, name, value)
        return value

    def _records(self, name: str, rows: list[list[Any]]) -> list[Any]:
        if name == "speakers":
            return [Speaker(i, full, kind, role, aliases, _spans(mentions))
                    for i, full, kind, role, aliases, mentions in rows]
        cls = {"quotes": Quote, "claims": Claim, "figures": Figure}[name]
        made = [cls(*row) for row in rows]
        for item in made:
            if item.text is None:
                item.text = self._text[item.start:item.end]
        return made

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Extraction):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in SECTIONS)

    __hash__ = None  # type: ignore[assignment]  # Mutable, like Extraction.


def _spans(flat: list[int]) -> list[tuple[int, int]]:
    pairs = iter(flat)
    return list(zip(pairs, pairs, strict=True))


@cache
def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


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
            return decode(article, (self.directory / f"{article_key(article)}.json").read_bytes())
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, article: Article, extraction: Extraction) -> None:
        if self.directory is None:
            return
        payload = encode(article, extraction)
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
