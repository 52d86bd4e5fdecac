"""The annotation store: highlights, notes, tags and stars that survive crashes,
concurrent sessions and edited articles. Never imports Textual.

    AnnotationStore(path)   open (or create) the store directory
    anchor(text, quote)     find a passage again in changed text
"""
