"""Export and import: briefing's own JSON, and W3C Web Annotation JSON-LD.

JSON-LD follows the W3C Web Annotation Data Model (the model Hypothesis uses):
an AnnotationCollection whose items carry a TextQuoteSelector and a
TextPositionSelector. briefing's extra fields (kind, article, starred item) go
under the `briefing:` prefix, so a round trip loses nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from .anchor import Quote
from .model import Annotation, ArticleRef, Item, now
from .schema import SCHEMA

FORMAT = "briefing-annotations"
CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"briefing": "urn:briefing:"}]
MOTIVATIONS = {"highlight": "highlighting", "note": "commenting", "star": "bookmarking"}
KIND_OF = {v: k for k, v in MOTIVATIONS.items()}


def to_json(annotations: Iterable[Annotation]) -> dict[str, Any]:
    return {"format": FORMAT, "schema": SCHEMA, "exported": now(),
            "annotations": [a.to_dict() for a in annotations]}


def to_jsonld(annotations: Iterable[Annotation]) -> dict[str, Any]:
    items = [_web_annotation(a) for a in annotations]
    return {"@context": CONTEXT, "type": "AnnotationCollection", "label": "briefing annotations",
            "total": len(items), "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}


def _web_annotation(a: Annotation) -> dict[str, Any]:
    t = a.target
    body = [{"type": "TextualBody", "value": a.note, "format": "text/plain", "purpose": "commenting"}] \
        if a.note else []
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in a.tags]
    source = Path(a.article.path).as_uri() if a.article.path else f"urn:briefing:article:{a.article.id}"
    out: dict[str, Any] = {
        "id": f"urn:uuid:{a.id}", "type": "Annotation", "motivation": MOTIVATIONS[a.kind],
        "created": a.created, "modified": a.updated,
        "target": {"source": source, "selector": [
            {"type": "TextQuoteSelector", "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix},
            {"type": "TextPositionSelector", "start": t.start, "end": t.end},
        ]},
        "briefing:kind": a.kind, "briefing:article": a.article.to_dict(),
    }
    if body:
        out["body"] = body
    if a.item:
        out["briefing:item"] = a.item.to_dict()
    return out


def parse(data: Any) -> list[Annotation]:
    """Annotations from either export format (or a bare list of records); ValueError if neither."""
    if isinstance(data, dict) and data.get("format") == FORMAT:
        if not isinstance(data.get("schema"), int) or data["schema"] > SCHEMA:
            raise ValueError(f"the file is from a newer briefing (schema {data.get('schema')})")
        records = data.get("annotations")
    elif isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        records = (data.get("first") or {}).get("items")
    elif isinstance(data, dict) and data.get("type") == "AnnotationPage":
        records = data.get("items")
    elif isinstance(data, dict) and data.get("type") == "Annotation":
        records = [data]
    else:
        records = data
    if not isinstance(records, list):
        raise ValueError("not a briefing export or a Web Annotation collection")
    return [_from_web(r) if isinstance(r, dict) and r.get("type") == "Annotation" else Annotation.from_dict(r)
            for r in records]


def _from_web(w: dict[str, Any]) -> Annotation:
    target = w.get("target")
    target = target[0] if isinstance(target, list) and target else target
    if not isinstance(target, dict):
        raise ValueError("a Web Annotation without a target")
    selectors = target.get("selector") or []
    selectors = selectors if isinstance(selectors, list) else [selectors]
    by_type = {s.get("type"): s for s in selectors if isinstance(s, dict)}
    tq, tp = by_type.get("TextQuoteSelector"), by_type.get("TextPositionSelector") or {}
    if not tq or not tq.get("exact"):
        raise ValueError("a Web Annotation without a TextQuoteSelector")
    exact = str(tq["exact"])
    start = int(tp.get("start", 0))
    quote = Quote(exact, str(tq.get("prefix", "")), str(tq.get("suffix", "")), start,
                  int(tp.get("end", start + len(exact))))
    bodies = w.get("body") or []
    bodies = [b for b in (bodies if isinstance(bodies, list) else [bodies]) if isinstance(b, dict)]
    note = "\n\n".join(str(b.get("value", "")) for b in bodies if b.get("purpose", "commenting") == "commenting")
    tags = [str(b.get("value", "")) for b in bodies if b.get("purpose") == "tagging"]
    article = w.get("briefing:article") or _article_from_source(str(target.get("source", "")))
    item = w.get("briefing:item")
    kind = w.get("briefing:kind") or KIND_OF.get(str(w.get("motivation")), "note" if note else "highlight")
    return Annotation(
        id=_uuid(str(w.get("id", ""))), article=ArticleRef.from_dict(article), kind=kind, target=quote,
        note=note, tags=tuple(tags), created=str(w.get("created") or now()),
        updated=str(w.get("modified") or w.get("created") or ""),
        item=Item(str(item["type"]), str(item["id"]), str(item.get("text", ""))) if item else None,
    )


def _uuid(web_id: str) -> str:
    """Our id for a Web Annotation id: its own uuid, else one derived from it (stable, so re-import is idempotent)."""
    tail = web_id.removeprefix("urn:uuid:")
    try:
        return str(uuid.UUID(tail))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, web_id or "briefing:anonymous"))


def _article_from_source(source: str) -> dict[str, Any]:
    parsed = urlparse(source)
    path = unquote(parsed.path) if parsed.scheme == "file" else None
    return {"id": source.removeprefix("urn:briefing:article:"), "path": path, "title": ""}
