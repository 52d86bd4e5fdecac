"""Heading anchors as GitHub makes them, so links in the contents work where briefs are read."""

from __future__ import annotations

import unicodedata


class Slugs:
    """Anchors for headings in document order: lowercase, punctuation dropped, spaces to `-`,
    `-1`, `-2`... on repeats (github-slugger's rules)."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def add(self, heading: str) -> str:
        base = "".join(c for c in heading.lower() if c.isalnum() or c in "-_ "
                       or unicodedata.category(c).startswith("M")).replace(" ", "-")
        slug, count = base, self._seen.get(base, 0)
        while slug in self._seen and count:
            slug = f"{base}-{count}"
            count += 1
        self._seen[base] = max(count, 1)
        self._seen.setdefault(slug, 1)
        return slug
