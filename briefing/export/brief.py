"""The brief as Markdown: front matter, title, contents, one section per article, who said what.

Output is CommonMark with GFM tables and YAML front matter, for GitHub and
Obsidian alike. Every piece of article or note text goes through `escape`;
everything else is fixed wording. Nothing depends on the clock but `generated`,
and every list is in a fixed order, so two exports of the same state differ
only in the timestamp.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone

from . import escape
from .gather import ArticleBrief, Level, Mark
from ..readings import figure_reading, plural, speaker_label
from .slugs import Slugs
from .tables import extraction_tables
from .who import who_said_what


def render(briefs: Sequence[ArticleBrief], *, generated: datetime, level: Level = "starred",
           title: str | None = None) -> str:
    """The whole brief; `generated` is the only clock reading in it."""
    stamp = generated.astimezone(timezone.utc).replace(microsecond=0)
    title = title or _default_title(briefs)
    slugs = Slugs()
    slugs.add(title)
    several = len(briefs) > 1
    if several:
        slugs.add("Contents")
    anchors, sections = [], []
    for brief in briefs:  # Anchors are taken in document order, as GitHub numbers repeated headings.
        anchors.append(slugs.add(brief.headline))
        sections.append(_article(brief, slugs, level))
    who_anchor, who = who_said_what(briefs, anchors, slugs, level) if level != "none" else ("", "")
    blocks = [
        _front_matter(title, stamp, briefs),
        f"# {escape.inline(title)}",
        f"Generated {stamp:%Y-%m-%d %H:%M} UTC · {_counts(briefs)}",
        _contents(briefs, anchors, who_anchor) if several else "",
        *sections,
        who,
    ]
    return "\n\n".join(b for b in blocks if b) + "\n"


def file_name(briefs: Sequence[ArticleBrief]) -> str:
    """A file name to offer for the brief: `brief-<headline>.md`, or `brief-<n>-articles.md`."""
    return f"brief-{file_stem([b.headline for b in briefs])}.md"


def file_stem(headlines: Sequence[str]) -> str:
    """A file-name slug for a brief of articles with these headlines: the headline's
    (60 characters at most), or `<n>-articles`."""
    stem = Slugs().add(headlines[0] if len(headlines) == 1 else plural(len(headlines), "article"))
    stem = "-".join(part for part in stem.replace("_", "-").split("-") if part)[:60].rstrip("-")
    return stem or "untitled"


def summary(briefs: Sequence[ArticleBrief]) -> str:
    """`a brief of 3 articles (12 annotations)`: what was exported, for the message saying where."""
    marks = sum(len(b.marks) for b in briefs)
    return f"a brief of {plural(len(briefs), 'article')} ({plural(marks, 'annotation')})"


def _default_title(briefs: Sequence[ArticleBrief]) -> str:
    return f"Brief: {briefs[0].headline}" if len(briefs) == 1 else f"Brief: {plural(len(briefs), 'article')}"


def _front_matter(title: str, stamp: datetime, briefs: Sequence[ArticleBrief]) -> str:
    lines = ["---", f"title: {escape.yaml_string(title)}", f"generated: {stamp:%Y-%m-%dT%H:%M:%SZ}",
             "articles:" if briefs else "articles: []"]
    for b in briefs:
        a = b.article
        lines.append(f"  - title: {escape.yaml_string(b.headline)}")
        lines += [f"    {key}: {escape.yaml_string(value)}"
                  for key, value in (("path", a.path), ("published", a.published), ("id", a.id)) if value]
    return "\n".join([*lines, "---"])


def _counts(briefs: Sequence[ArticleBrief]) -> str:
    marks = [m for b in briefs for m in b.marks]
    parts = [
        plural(len(briefs), "article"),
        plural(sum(not m.starred for m in marks), "highlight"),
        plural(sum(bool(m.annotation.note) for m in marks), "note"),
        plural(sum(m.starred for m in marks), "star"),
    ]
    orphans = sum(m.orphaned for m in marks)
    return " · ".join(parts + ([plural(orphans, "orphaned annotation")] if orphans else []))


def _contents(briefs: Sequence[ArticleBrief], anchors: Sequence[str], who: str) -> str:
    rows = [f"{i}. [{escape.inline(b.headline)}](#{a})" for i, (b, a) in enumerate(zip(briefs, anchors), 1)]
    if who:
        rows.append(f"{len(rows) + 1}. [Who said what](#{who})")
    return "## Contents\n\n" + "\n".join(rows)


def _article(brief: ArticleBrief, slugs: Slugs, level: Level) -> str:
    a = brief.article
    facts = [(label, value) for label, value in (("Byline", a.byline), ("Published", a.published),
                                                 ("Dateline", a.dateline), ("Source", a.source)) if value]
    meta = [f"- **{label}:** {escape.inline(value)}" for label, value in facts]
    if a.path:
        meta.append(f"- **Path:** {escape.code(a.path)}")
    blocks = [f"## {escape.inline(brief.headline)}", escape.text(a.dek), "\n".join(meta)]
    blocks += _section(slugs, "Highlights", [_highlight(m) for m in brief.highlights])
    if level != "none":
        blocks += _section(slugs, "Starred speakers", [_speaker(brief, m) for m in brief.starred_speakers()])
        blocks += _section(slugs, "Starred quotes", [_quote(brief, m) for m in brief.starred_quotes()])
        blocks += _section(slugs, "Starred claims", [_claim(brief, m) for m in brief.starred_claims()])
        blocks += _section(slugs, "Starred figures", [_figure(m) for m in brief.starred_figures()])
    blocks += _section(slugs, "Orphaned annotations", [_orphan(m) for m in brief.orphans],
                       "Their passages are no longer in the article's current text; kept with their notes.")
    if not brief.marks:
        blocks.append("No annotations.")
    if level == "all" and brief.extraction:
        blocks += extraction_tables(brief, slugs)
    return "\n\n".join(b for b in blocks if b)


def _section(slugs: Slugs, heading: str, entries: Iterable[str], intro: str = "") -> list[str]:
    entries = [e for e in entries if e]
    if not entries:
        return []
    slugs.add(heading)
    return [f"### {heading}", intro, *entries]


def _entry(passage: str, caption: str, mark: Mark) -> str:
    """A passage as a block quote, a caption line inside it, then the note and the tags."""
    quoted = escape.quoted(passage) or "> (empty passage)"
    blocks = [quoted + (f"\n>\n> {caption}" if caption else "")]
    note = escape.paragraphs(mark.annotation.note)
    if note:
        note[0] = f"**Note:** {note[0]}"
        blocks += note
    tags = tag_line(mark.annotation.tags)
    if tags:
        blocks.append(tags)
    return "\n\n".join(blocks)


def tag_line(tags: Iterable[str]) -> str:
    """Tags as `#tags` (Obsidian's tag syntax: runs of other characters become `-`)."""
    slugs = (re.sub(r"[^\w/]+|_+", "-", t).strip("-/") for t in tags)
    return " ".join(dict.fromkeys(f"#{s}" for s in slugs if s and not s.isdigit()))


def _highlight(mark: Mark) -> str:
    pointer = mark.annotation.item
    caption = f"★ starred {pointer.type if pointer else 'passage'}" if mark.starred else ""
    return _entry(mark.text, caption, mark)


def _speaker(brief: ArticleBrief, mark: Mark) -> str:
    speaker = mark.item
    quotes = sum(q.speaker == speaker.id for q in brief.extraction.quotes) if brief.extraction else 0
    return _entry(mark.text, f"— **{escape.inline(speaker_label(speaker))}** · {speaker.kind} · "
                             f"{plural(quotes, 'quote')}", mark)


def _quote(brief: ArticleBrief, mark: Mark) -> str:
    quote = mark.item
    who = escape.inline(speaker_label(brief.speaker(quote.speaker)))
    return _entry(mark.text, f"— **{who}** · {quote.kind} quote", mark)


def _claim(brief: ArticleBrief, mark: Mark) -> str:
    claim = mark.item
    parts = ["⚠ *hedged*" if claim.hedged else "claim", f"score {claim.score:.2f}"]
    if claim.speaker:
        parts.append(escape.inline(speaker_label(brief.speaker(claim.speaker))))
    return _entry(mark.text, "— " + " · ".join(parts), mark)


def _figure(mark: Mark) -> str:
    figure = mark.item
    reading = figure_reading(figure)
    return _entry(mark.text, f"→ {escape.inline(reading)} · {figure.kind}" if reading else f"→ {figure.kind}", mark)


def _orphan(mark: Mark) -> str:
    a = mark.annotation
    what = f"starred {a.item.type}" if a.item else a.kind
    return _entry(mark.text, f"— {what}, orphaned (was at {a.target.start}–{a.target.end})", mark)
