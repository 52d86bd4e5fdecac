"""Markdown briefs of annotated articles. Never imports Textual.

    briefs = gather(articles, store, level="starred", starred_only=False, extractor=None)
    text = render(briefs, generated=datetime.now(timezone.utc), level="starred")
    write_brief(path, text, force=False)  # atomic; 0600 when new; TargetExists if it exists

file_name(briefs) offers a name (`brief-<headline>.md`), file_stem(headlines) its slug, summary(briefs)
says what was exported. `extractor` defaults to `briefing.extract.extract`; `extractors.brief_extractor`
puts the disk cache (and the reader's own extractions) in front of it.
"""

from .brief import file_name, file_stem, render, summary
from .errors import ExportError, TargetExists
from .gather import LEVELS, ArticleBrief, Level, Mark, gather, headline
from .write import write_brief

__all__ = ["LEVELS", "ArticleBrief", "ExportError", "Level", "Mark", "TargetExists", "file_name", "file_stem",
           "gather", "headline", "render", "summary", "write_brief"]
