"""`AnnotationStore`: add, change, delete, list and search annotations safely.

Layout of the store directory (0700, files 0600):

    index.json           one entry per annotated article (key, id, path, title, counts)
    articles/<key>.json  that article's annotations, a TinyDB file
    store.lock           held around every read-modify-write

One file per article keeps each write small: TinyDB rewrites a whole file on
every change. Writes are atomic (see storage.py) and made under an exclusive
lock; each operation reads its file once after taking the lock, changes it with
TinyDB's table API in memory and writes it once, so no cache outlives the lock
and two sessions never lose each other's changes. The index is derived data
(rebuilt from the article files, counts rechecked against file stamps), so it
is replaced atomically but without fsync.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import Query, TinyDB
from tinydb.table import Table

from ..article import Article
from . import index
from .anchor import Anchor, anchor, quote
from .errors import CorruptFile, SchemaTooNew, StoreError
from .index import ArticleEntry
from .model import Annotation, ArticleRef, Item, Kind, contains
from .paths import FILE_MODE, private_dir
from .schema import ANNOTATIONS, SCHEMA, Data, meta_of, migrate, schema_of, with_meta
from .storage import BufferedStorage, atomic_write, encode, file_stamp, read_json, remove_temp_files

LOCK_TIMEOUT = 10.0
SETTLE_NS = 2_000_000_000  # Older than any file-system timestamp granularity.


class NotFound(StoreError):
    """No annotation has the given id."""


@dataclass(frozen=True, slots=True)
class Placed:
    """An annotation and where its passage is in the article's current text."""

    annotation: Annotation
    anchor: Anchor


@dataclass(frozen=True, slots=True)
class Token:
    """What the store looked like at one moment; see `AnnotationStore.changed_since`."""

    stat: tuple[int, int, int] | None
    version: int
    settled: bool


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


class AnnotationStore:
    """The annotations under one store directory (default: the user data dir)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *,
                 lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.dir = private_dir(path)
        self.articles_dir = private_dir(self.dir / "articles")
        self.index_path = self.dir / "index.json"
        self.notices: list[str] = []  # One-line messages for the user (files moved aside, migrated).
        self._lock = FileLock(str(self.dir / "store.lock"), mode=FILE_MODE, timeout=lock_timeout)
        with self._locked():
            remove_temp_files(self.dir)
            remove_temp_files(self.articles_dir)
            self._reconcile()

    # -- reading -------------------------------------------------------------------------

    def articles(self) -> list[ArticleEntry]:
        """Every annotated article with its counts: from the index, recounting only a file
        whose stamp says it changed since it was counted."""
        fresh = []
        for entry in index.entries(self._index()):
            stamp = file_stamp(self._article_path(entry.key))
            if stamp != entry.stamp:
                entry = entry.counted(entry.ref, self._records(entry.key), stamp)
            if entry.count:
                fresh.append(entry)
        return fresh

    def counts(self, articles: Iterable[Article]) -> dict[str, ArticleEntry]:
        """For the library: each annotated article's entry (with counts), by article id."""
        find = index.Lookup(index.build(self.articles()))
        return {a.id: e for a in articles if (e := find(ArticleRef.of(a)))}

    def for_article(self, article: Article) -> list[Placed]:
        """The article's annotations re-anchored in its current text, in reading order, orphans last."""
        return self.for_articles([article])[article]

    def for_articles(self, articles: Iterable[Article]) -> dict[Article, list[Placed]]:
        """`for_article` of each article, reading the index once and each article's file once.

        Keyed by the article itself, not its id: two files with the same text share an id
        but each has its own annotations.
        """
        find = index.Lookup(self._index())
        placed: dict[Article, list[Placed]] = {}
        for article in articles:
            if article in placed:
                continue
            entry = find(ArticleRef.of(article))
            found = [Placed(a, anchor(article.text, a.target)) for a in self._read_article(entry.key)] if entry else []
            placed[article] = sorted(found, key=lambda p: (p.anchor.orphaned, p.anchor.start or 0,
                                                           p.annotation.created))
        return placed

    def all(self) -> list[Annotation]:
        """Every annotation, article by article."""
        return [a for key in self._keys() for a in self._read_article(key)]

    def get(self, annotation_id: str) -> Annotation | None:
        found = self._locate(annotation_id)
        return found[1] if found else None

    def search(self, text: str) -> list[Annotation]:
        """Annotations whose note, passage or tags contain `text` (case-insensitive).

        Matches raw records and builds only the hits: under a second over 100k annotations,
        so an interactive search should keep `all()` in memory and refresh it on `changed_since`.
        """
        needle = text.casefold()
        return [a for key in self._keys()
                for a in self._parse(self._article_path(key), [d for d in self._records(key) if _matches(d, needle)])]

    def tags(self) -> list[str]:
        """Every tag in use, most used first (for completion)."""
        counts: dict[str, int] = {}
        for a in self.all():
            for t in a.tags:
                counts[t] = counts.get(t, 0) + 1
        return sorted(counts, key=lambda t: (-counts[t], t.casefold()))

    def resolve(self, id_or_prefix: str) -> str:
        """The full id of an annotation given its id or a unique prefix of it (as `list` shows)."""
        given = id_or_prefix.strip().lower()
        if len(given) < 4:
            raise NotFound(f"annotation id {id_or_prefix!r} is too short (give at least 4 characters)")
        matches = {str(d.get("id")) for key in self._keys() for d in self._records(key)
                   if str(d.get("id")).startswith(given)}
        if len(matches) > 1:
            raise NotFound(f"annotation id {id_or_prefix!r} is ambiguous ({len(matches)} match)")
        if not matches:
            raise NotFound(f"no annotation with id {id_or_prefix!r}")
        return matches.pop()

    # -- writing (each returns what undo needs) --------------------------------------------

    def add(self, article: Article, start: int, end: int, *, kind: Kind = "highlight", note: str = "",
            tags: Iterable[str] = (), item: Item | None = None) -> Annotation:
        """Annotate `article.text[start:end]`; returns the new annotation (undo: `delete(new.id)`)."""
        new = Annotation.new(ArticleRef.of(article), quote(article.text, start, end), kind, note, tags, item)
        self._store(new, current=True, fresh=True)
        return new

    def put(self, annotation: Annotation) -> Annotation | None:
        """Store `annotation` as given, replacing one with its id; returns the replaced one (undo)."""
        return self._store(annotation, current=False)

    def update(self, target: str | Annotation, **changes: Any) -> tuple[Annotation, Annotation]:
        """Change note, tags, kind or item of `target` (an id, or an annotation: found faster);
        returns (new, previous) — undo: `put(previous)`."""
        with self._locked():
            idx = self._index()
            key, previous = self._require(target, idx)
            new = previous.edited(**changes)
            self._change(key, None, lambda t: _upsert(t, [new]), idx)
        return new, previous

    def delete(self, target: str | Annotation) -> Annotation:
        """Remove `target` (an id, or an annotation); returns it as it was (undo: `put(it)`)."""
        with self._locked():
            idx = self._index()
            key, previous = self._require(target, idx)
            self._change(key, None, lambda t: t.remove(Query().id == previous.id), idx)
        return previous

    def import_annotations(self, annotations: Iterable[Annotation]) -> ImportResult:
        """Add annotations from an export, one write per article. A known id is replaced only
        by a newer version of it, so importing the same file twice changes nothing."""
        added = updated = unchanged = 0
        with self._locked():
            located = {a.id: (key, a) for key in self._keys() for a in self._read_article(key)}
            idx, created = self._index(), False
            key_of: dict[ArticleRef, str] = {}
            batches: dict[str, list[Annotation]] = {}
            for new in annotations:
                old = located.get(new.id)
                if old is not None and (old[1] == new or new.updated <= old[1].updated):
                    unchanged += 1
                    continue
                key = old[0] if old else key_of.get(new.article)
                if key is None:
                    entry = index.find(idx, new.article)
                    if entry is None:
                        entry = ArticleEntry.new(new.article)
                        idx, created = index.put(idx, entry), True
                    key = key_of[new.article] = entry.key
                batches.setdefault(key, []).append(new)
                located[new.id] = (key, new)
                added, updated = (added + 1, updated) if old is None else (added, updated + 1)
            if created:  # New entries first, so every file written below is findable.
                atomic_write(self.index_path, encode(idx or {}), durable=False)
            for key, batch in batches.items():
                idx = self._change(key, None, lambda t, batch=batch: _upsert(t, batch), idx)
        return ImportResult(added, updated, unchanged)

    def _store(self, annotation: Annotation, *, current: bool, fresh: bool = False) -> Annotation | None:
        """Upsert into the annotation's article file; `current`: its article ref is the latest;
        `fresh`: a new id, so no other file can hold it."""
        with self._locked():
            entry, idx = self._entry_for(annotation.article)
            found = None if fresh else self._locate(annotation.id, entry.key)
            if found and found[0] != entry.key:
                self._change(found[0], None, lambda t: t.remove(Query().id == annotation.id))
                idx = None
            self._change(entry.key, annotation.article if current else None,
                         lambda t: _upsert(t, [annotation]), idx)
        return found[1] if found else None

    # -- noticing other processes' writes ---------------------------------------------------

    def token(self) -> Token:
        """A cheap fingerprint of the store, to compare later with `changed_since`."""
        stat = self._stat()
        settled = stat is not None and time.time_ns() - stat[1] > SETTLE_NS
        return Token(stat, index.version(self._index()), settled)

    def changed_since(self, token: Token) -> bool:
        """True if anyone (this or another process) wrote since `token` was taken.

        Usually one `stat`; the index is read only when the token was taken so soon
        after a write that a second write could share its timestamp.
        """
        if self._stat() != token.stat:
            return True
        return not token.settled and index.version(self._index()) != token.version

    # -- internals ---------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            with self._lock:
                yield
        except Timeout:
            raise StoreError(f"the annotation store {self.dir} is locked by another briefing "
                             f"(waited {self._lock.timeout:g} s)") from None

    def _stat(self) -> tuple[int, int, int] | None:
        return file_stamp(self.index_path)

    def _article_path(self, key: str) -> Path:
        return self.articles_dir / f"{key}.json"

    def _keys(self) -> list[str]:
        return sorted(name[:-5] for name in os.listdir(self.articles_dir)
                      if name.endswith(".json") and not name.startswith("."))

    def _index(self) -> Data | None:
        return self._load(self.index_path, lambda data: self._rebuilt_index(data))

    def _records(self, key: str) -> list[dict[str, Any]]:
        """An article file's raw annotation records."""
        return list((self._load(self._article_path(key), migrate) or {}).get(ANNOTATIONS, {}).values())

    def _read_article(self, key: str) -> list[Annotation]:
        return self._parse(self._article_path(key), self._records(key))

    def _parse(self, path: Path, records: Iterable[dict[str, Any]]) -> list[Annotation]:
        """The annotations among `records`; a damaged one is skipped (and left in the file)."""
        found = []
        for doc in records:
            try:
                found.append(Annotation.from_dict(doc))
            except ValueError as exc:
                self._notice(f"skipped a damaged annotation in {path}: {exc}")
        return found

    def _keys_from(self, first: str | None) -> Iterator[str]:
        """All keys, `first` first; the directory is listed only if `first` was not enough."""
        if first:
            yield first
        yield from (k for k in self._keys() if k != first)

    def _locate(self, annotation_id: str, first: str | None = None) -> tuple[str, Annotation] | None:
        """The file key and record of an annotation, looking in file `first` first;
        a byte search spares parsing the other files."""
        needle = annotation_id.encode("ascii", "replace")
        for key in self._keys_from(first):
            try:
                if needle not in self._article_path(key).read_bytes():
                    continue
            except OSError:
                pass  # Unreadable: let _read_article move it aside and say so.
            for record in self._records(key):
                if record.get("id") == annotation_id:
                    found = self._parse(self._article_path(key), [record])
                    return (key, found[0]) if found else None
        return None

    def _require(self, target: str | Annotation, idx: Data | None) -> tuple[str, Annotation]:
        if isinstance(target, Annotation):
            entry = index.find(idx, target.article)
            found = self._locate(target.id, entry.key if entry else None)
        else:
            found = self._locate(target)
        if found is None:
            raise NotFound(f"no annotation with id {getattr(target, 'id', target)!r}")
        return found

    def _entry_for(self, ref: ArticleRef) -> tuple[ArticleEntry, Data]:
        """The index entry for `ref`, created (and written first, so its file is findable) if new;
        and the index as it now is. Caller holds the lock."""
        data = self._index() or {}
        entry = index.find(data, ref)
        if entry is None:
            entry = ArticleEntry.new(ref)
            data = index.put(data, entry)
            atomic_write(self.index_path, encode(data), durable=False)
        return entry, data

    def _change(self, key: str, ref: ArticleRef | None, change: Callable[[Table], Any],
                idx: Data | None = None) -> Data:
        """Apply `change` to an article's table, then refresh its index entry; returns the new
        index. Caller holds the lock (and may pass the index it has just read).

        The file is read once after taking the lock (so no stale cache) and written once.
        """
        path = self._article_path(key)
        idx = idx or self._index()
        data = self._load(path, migrate) or {}
        entry = index.get(idx, key) or ArticleEntry(key, "", None, "")
        ref = ref or (entry.ref if entry.id else self._file_ref(path, data))
        db = TinyDB(with_meta(data, key=key, article=ref.to_dict()), storage=BufferedStorage)
        change(db.table(ANNOTATIONS, cache_size=0))
        data = db.storage.data  # type: ignore[attr-defined]
        atomic_write(path, encode(data))
        idx = index.put(idx, entry.counted(ref, data[ANNOTATIONS].values(), file_stamp(path)))
        atomic_write(self.index_path, encode(idx), durable=False)
        return idx

    def _load(self, path: Path, upgrade: Callable[[Data], Data]) -> Data | None:
        """A file's data, checked: corrupt → moved aside (None); newer schema → refused; older → upgraded."""
        try:
            data = read_json(path)
        except CorruptFile:
            with self._locked():
                try:
                    data = read_json(path)  # Another process may have dealt with it already.
                except CorruptFile as exc:
                    self._quarantine(path, str(exc))
                    return None
        if data is None or schema_of(data) == SCHEMA:
            return data
        if schema_of(data) > SCHEMA:
            raise SchemaTooNew(f"{path} was written by a newer briefing (schema {schema_of(data)}, "
                               f"this one reads up to {SCHEMA}): upgrade briefing or use another --db")
        with self._locked():
            return self._upgrade(path, upgrade)

    def _upgrade(self, path: Path, upgrade: Callable[[Data], Data]) -> Data | None:
        try:
            data = read_json(path)
        except CorruptFile as exc:
            self._quarantine(path, str(exc))
            return None
        if data is None or schema_of(data) >= SCHEMA:
            return data
        old = schema_of(data)
        backup = path.with_name(f"{path.name}.v{old}.bak")
        atomic_write(backup, path.read_bytes())
        try:
            data = upgrade(data)
        except ValueError as exc:
            self._quarantine(path, f"{path} could not be migrated ({exc})")
            return None
        atomic_write(path, encode(data))
        self._notice(f"migrated {path} from schema {old} to {SCHEMA}; the old file is kept as {backup}")
        return data

    def _quarantine(self, path: Path, reason: str) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        try:
            os.replace(path, aside)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"{reason}, and it cannot be moved aside ({exc.strerror})") from exc
        self._notice(f"{reason}; moved it to {aside} and started afresh")

    def _notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)

    def _rebuilt_index(self, previous: Data | None = None) -> Data:
        """An index made from the article files' own records of their article."""
        rows = []
        for key in self._keys():
            path = self._article_path(key)
            data = self._load(path, migrate) or {}
            ref = self._file_ref(path, data)
            records = data.get(ANNOTATIONS, {}).values()
            rows.append(ArticleEntry(key, ref.id, ref.path, ref.title).counted(ref, records, file_stamp(path)))
        return index.build(rows, previous)

    def _file_ref(self, path: Path, data: Data) -> ArticleRef:
        """The article an article file belongs to, as the file itself records it."""
        ref = ArticleRef.from_dict(meta_of(data).get("article") or {"id": "", "title": ""})
        if ref.id:
            return ref
        return next((a.article for a in self._parse(path, data.get(ANNOTATIONS, {}).values())), ref)

    def _reconcile(self) -> None:
        """At open, under the lock: an index that is missing, corrupt or missing files is rebuilt."""
        data = self._index()
        known = {e.key for e in index.entries(data)}
        if data is None or not set(self._keys()) <= known:
            if data is None and not self._keys():
                return
            atomic_write(self.index_path, encode(self._rebuilt_index(data)), durable=False)


def _matches(record: dict[str, Any], needle: str) -> bool:
    """Whether a raw record's note, passage or a tag contains `needle` (already casefolded)."""
    target = record.get("target")
    tags = record.get("tags")
    return contains(needle, record.get("note"), target.get("exact") if isinstance(target, dict) else None,
                    *(tags if isinstance(tags, list) else ()))


def _upsert(table: Table, annotations: list[Annotation]) -> None:
    """Insert or replace by id, in two passes however many annotations."""
    ids = {doc.get("id") for doc in table.all()}
    updates = [(a.to_dict(), Query().id == a.id) for a in annotations if a.id in ids]
    inserts = [a.to_dict() for a in annotations if a.id not in ids]
    if updates:
        table.update_multiple(updates)
    if inserts:
        table.insert_multiple(inserts)
