"""The annotation record and its JSON form (what each article file stores)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Literal

from ..article import Article
from .anchor import Quote

Kind = Literal["highlight", "note", "star"]
KINDS: tuple[Kind, ...] = ("highlight", "note", "star")
EDITABLE = frozenset({"note", "tags", "kind", "item"})


def now() -> str:
    """The current time, ISO 8601 UTC with milliseconds (`2026-11-24T07:01:42.123Z`)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def clean_tags(tags: Any) -> tuple[str, ...]:
    """Tags stripped, empty ones dropped, duplicates removed, order kept."""
    if isinstance(tags, str):
        tags = [tags]
    return tuple(dict.fromkeys(t.strip() for t in tags if isinstance(t, str) and t.strip()))


def contains(needle: str, *texts: object) -> bool:
    """Whether one of `texts` (the strings among them) contains `needle`, which is already casefolded."""
    return any(isinstance(t, str) and needle in t.casefold() for t in texts)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """Which article an annotation belongs to: the id changes when its text changes, the path when it moves."""

    id: str
    path: str | None
    title: str

    @classmethod
    def of(cls, article: Article) -> ArticleRef:
        return cls(article.id, os.path.realpath(article.path) if article.path else None, article.title)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "title": self.title}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleRef:
        return cls(str(data["id"]), data.get("path"), str(data.get("title") or ""))


@dataclass(frozen=True, slots=True)
class Item:
    """The extracted item a star points at (a speaker, quote, claim or figure)."""

    type: str
    id: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "id": self.id, "text": self.text}


@dataclass(frozen=True, slots=True)
class Annotation:
    """One highlight, note or star on a passage of an article."""

    id: str
    article: ArticleRef
    kind: Kind
    target: Quote
    note: str = ""
    tags: tuple[str, ...] = ()
    item: Item | None = None
    created: str = field(default_factory=now)
    updated: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown annotation kind {self.kind!r}")
        if not self.updated:
            object.__setattr__(self, "updated", self.created)

    @classmethod
    def new(cls, article: ArticleRef, target: Quote, kind: Kind = "highlight", note: str = "",
            tags: Any = (), item: Item | None = None) -> Annotation:
        return cls(str(uuid.uuid4()), article, kind, target, note, clean_tags(tags), item)

    def edited(self, **changes: Any) -> Annotation:
        """A copy with `changes` (note, tags, kind, item) applied and `updated` set to now."""
        if not changes.keys() <= EDITABLE:
            raise TypeError(f"cannot edit {', '.join(sorted(changes.keys() - EDITABLE))} of an annotation")
        if "tags" in changes:
            changes["tags"] = clean_tags(changes["tags"])
        return replace(self, **changes, updated=now())

    def mentions(self, text: str) -> bool:
        """Whether its note, passage or a tag contains `text`, whatever the case (as `AnnotationStore.search`)."""
        return contains(text.casefold(), self.note, self.target.exact, *self.tags)

    def to_dict(self) -> dict[str, Any]:
        t = self.target
        target: dict[str, Any] = {"exact": t.exact, "prefix": t.prefix, "suffix": t.suffix,
                                  "start": t.start, "end": t.end}
        if self.item:
            target["item"] = self.item.to_dict()
        return {"id": self.id, "article": self.article.to_dict(), "kind": self.kind, "target": target,
                "note": self.note, "tags": list(self.tags), "created": self.created, "updated": self.updated}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        """Parse a stored or imported record; ValueError if it is not one."""
        try:
            t = data["target"]
            item = t.get("item")
            return cls(
                id=str(uuid.UUID(str(data["id"]))),
                article=ArticleRef.from_dict(data["article"]),
                kind=data.get("kind", "highlight"),
                target=Quote(str(t["exact"]), str(t.get("prefix", "")), str(t.get("suffix", "")),
                             int(t["start"]), int(t["end"])),
                note=str(data.get("note") or ""),
                tags=clean_tags(data.get("tags") or ()),
                item=Item(str(item["type"]), str(item["id"]), str(item.get("text", ""))) if item else None,
                created=str(data.get("created") or now()),
                updated=str(data.get("updated") or ""),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not an annotation record (missing or bad {exc})") from exc
