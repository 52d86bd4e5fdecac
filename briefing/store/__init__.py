"""The annotation store: highlights, notes, tags and stars that survive crashes,
concurrent sessions and edited articles. Never imports Textual.

    store = AnnotationStore()              # --db PATH / $BRIEFING_DB / user data dir
    new = store.add(article, start, end, note="...", tags=["..."])
    store.for_article(article)             # [Placed(annotation, anchor)], orphans flagged
    store.for_articles(articles)           # {article: [Placed]}, the index read once
    store.update(new, note="..."), store.delete(new), store.put(previous)   # undo-friendly
    token = store.token(); ...; store.changed_since(token)                   # another process wrote?
"""

from .anchor import Anchor, Quote
from .errors import CorruptFile, SchemaTooNew, StoreError
from .index import ArticleEntry
from .model import Annotation, ArticleRef, Item
from .store import AnnotationStore, ImportResult, NotFound, Placed, Token

__all__ = [
    "Anchor", "Annotation", "AnnotationStore", "ArticleEntry", "ArticleRef", "CorruptFile",
    "ImportResult", "Item", "NotFound", "Placed", "Quote", "SchemaTooNew", "StoreError", "Token",
]
