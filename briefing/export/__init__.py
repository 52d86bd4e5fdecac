"""Markdown briefs of annotated articles. Never imports Textual.

    briefs = gather(articles, store, level="starred", starred_only=False, extractor=None)
    text = render(briefs, generated=datetime.now(timezone.utc), level="starred")
    write_brief(path, text, force=False)  # atomic; 0600 when new; TargetExists if it exists

file_name(briefs) offers a name (`brief-<headline>.md`). `extractor` defaults to `briefing.extract.extract`; the reader can pass its cached one.
"""

from .brief import file_name, render
from .errors import ExportError, TargetExists
from .gather import LEVELS, ArticleBrief, Level, Mark, gather
from .write import write_brief

__all__ = ["LEVELS", "ArticleBrief", "ExportError", "Level", "Mark", "TargetExists", "file_name", "gather",
           "render", "write_brief"]
