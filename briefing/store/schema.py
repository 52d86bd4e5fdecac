"""Schema versions of the store's files and the migrations between them.

Every file carries `{"_meta": {"1": {"schema": N, ...}}}`. A file without it is
version 0: a plain TinyDB file of annotation records in its default table, as
written by the first prototype.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .model import Annotation

SCHEMA = 1
META = "_meta"
ANNOTATIONS = "annotations"

Data = dict[str, dict[str, Any]]


def meta_of(data: Data) -> dict[str, Any]:
    docs = data.get(META) or {}
    return next(iter(docs.values()), {}) if docs else {}


def schema_of(data: Data) -> int:
    value = meta_of(data).get("schema", 0)
    return value if isinstance(value, int) else 0


def with_meta(data: Data, **meta: Any) -> Data:
    """`data` with its meta document updated by `meta` (schema always set)."""
    return {**data, META: {"1": {**meta_of(data), "schema": SCHEMA, **meta}}}


def _v0_to_v1(data: Data) -> Data:
    records = [*data.get("_default", {}).values(), *data.get(ANNOTATIONS, {}).values()]
    annotations = [Annotation.from_dict(r) for r in records]
    table = {str(i): a.to_dict() for i, a in enumerate(annotations, 1)}
    article = annotations[0].article.to_dict() if annotations else None
    rest = {k: v for k, v in data.items() if k not in ("_default", ANNOTATIONS)}
    return with_meta({**rest, ANNOTATIONS: table}, schema=1, article=article)


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1}


def migrate(data: Data) -> Data:
    """`data` brought up to SCHEMA, one version at a time."""
    version = schema_of(data)
    while version < SCHEMA:
        data = MIGRATIONS[version](data)
        version += 1
    return data
