"""Markdown briefs of annotated articles. Never imports Textual.

    gather(paths_or_articles, store, ...)   articles, their marks and extraction
    render(briefs, generated=...)           the brief as Markdown text
    write(path, text, force=...)            written atomically, 0600 when new
"""
