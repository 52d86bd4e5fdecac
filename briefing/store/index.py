"""The store's index: one small entry per article (where its file is, how many marks it has).

The index is derived data: every article file also records its article, so a
lost or corrupt index is rebuilt from the article files, and each entry's
counts carry the stamp of the file they were counted from, so stale counts
(a writer killed between its two writes) are noticed and recounted.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from .model import ArticleRef
from .schema import META, Data, meta_of, with_meta

ENTRIES = "articles"


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """An annotated article: its file `key`, last known id/path/title, and counts."""

    key: str
    id: str
    path: str | None
    title: str
    count: int = 0
    stars: int = 0
    notes: int = 0
    stamp: tuple[int, int, int] | None = None  # (inode, mtime_ns, size) of the counted file

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(self.id, self.path, self.title)

    @classmethod
    def new(cls, ref: ArticleRef) -> ArticleEntry:
        return cls(uuid.uuid4().hex[:16], ref.id, ref.path, ref.title)

    def counted(self, ref: ArticleRef, records: Iterable[Mapping[str, Any]],
                stamp: tuple[int, int, int] | None) -> ArticleEntry:
        """This entry for `ref` with counts taken from the file's raw records."""
        marks = list(records)
        return ArticleEntry(self.key, ref.id, ref.path, ref.title, len(marks),
                            sum(m.get("kind") == "star" for m in marks), sum(bool(m.get("note")) for m in marks),
                            stamp)


def entries(data: Data | None) -> list[ArticleEntry]:
    return [_entry(doc) for doc in (data or {}).get(ENTRIES, {}).values()]


def _entry(doc: dict[str, Any]) -> ArticleEntry:
    try:
        entry = ArticleEntry(**doc)
    except TypeError:  # A field added by a later minor version: ignore it.
        fields = ArticleEntry.__dataclass_fields__
        entry = ArticleEntry(**{k: v for k, v in doc.items() if k in fields})
    return replace(entry, stamp=tuple(entry.stamp)) if entry.stamp else entry  # JSON gave a list


class Lookup:
    """Finds the entry for an article reference in one index, which is scanned once:
    for many look-ups (a library, a brief of many articles)."""

    def __init__(self, data: Data | None) -> None:
        self._by_path: dict[str, list[dict[str, Any]]] = {}
        self._by_id: dict[str, dict[str, Any]] = {}
        for doc in (data or {}).get(ENTRIES, {}).values():
            if doc.get("path"):
                self._by_path.setdefault(doc["path"], []).append(doc)
            self._by_id.setdefault(doc.get("id"), doc)

    def __call__(self, ref: ArticleRef) -> ArticleEntry | None:
        """Same path (an edited article keeps its notes), preferring the same id; else same id (a moved one)."""
        same_path = self._by_path.get(ref.path) if ref.path else None
        if same_path:
            return _entry(next((d for d in same_path if d.get("id") == ref.id), same_path[0]))
        doc = self._by_id.get(ref.id)
        return _entry(doc) if doc else None


def find(data: Data | None, ref: ArticleRef) -> ArticleEntry | None:
    """The entry for `ref` (see `Lookup`)."""
    return Lookup(data)(ref)


def get(data: Data | None, key: str) -> ArticleEntry | None:
    doc = next((d for d in (data or {}).get(ENTRIES, {}).values() if d.get("key") == key), None)
    return _entry(doc) if doc else None


def version(data: Data | None) -> int:
    value = meta_of(data or {}).get("version", 0)
    return value if isinstance(value, int) else 0


def put(data: Data | None, entry: ArticleEntry) -> Data:
    """`data` with `entry` added or replaced (by key) and the version counter bumped."""
    table = dict((data or {}).get(ENTRIES, {}))
    doc_id = next((i for i, doc in table.items() if doc.get("key") == entry.key), None)
    if doc_id is None:
        doc_id = str(max((int(i) for i in table), default=0) + 1)
    table[doc_id] = asdict(entry)
    return with_meta({**(data or {}), ENTRIES: table}, version=version(data) + 1)


def build(rows: Iterable[ArticleEntry], previous: Data | None = None) -> Data:
    """A fresh index of `rows`, its version above `previous`'s so watchers notice."""
    table = {str(i): asdict(e) for i, e in enumerate(rows, 1)}
    return with_meta({META: {}, ENTRIES: table}, version=version(previous) + 1)
