"""Sanity checks for the hand-labelled gold in tests/gold/.

The gold files are the judge for the extractors, so they must stay in step with the
sample articles in seeds/: one gold file per article, and every labelled text
(quotes, figures, claims) must occur in the article as it reads. This test does not
import briefing: it checks the labels against the raw files with a crude reading
(`\\$` unescaped; HTML scripts/tags stripped and entities unescaped; Markdown
emphasis and link syntax removed; whitespace collapsed).
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}

SPEAKER_KINDS = {"person", "organization", "anonymous", "document"}
QUOTE_KINDS = {"direct", "partial", "indirect"}
FIGURE_KINDS = {"money", "percent", "count", "quantity", "ratio", "date", "duration"}
QUALIFIERS = {"exact", "approx", "at_most", "at_least", "more_than", "less_than", "range"}
REQUIRED = {
    "article", "title", "byline", "published", "dateline", "source",
    "speakers", "quotes", "not_speakers", "figures", "claims", "non_claims",
}


def _articles() -> list[Path]:
    return sorted(p for p in SEEDS.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def _readable(path: Path) -> str:
    """The article's text as a reader sees it, crudely: good enough for substring checks."""
    raw = path.read_text(encoding="utf-8").replace("\\$", "$")
    if path.suffix.lower() in {".html", ".htm"}:
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    elif path.suffix.lower() in {".md", ".markdown"}:
        raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)
        raw = raw.replace("**", "").replace("*", "")
    return _squash(raw)


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _gold(article: Path) -> dict:
    path = GOLD / f"{article.stem}.json"
    assert path.is_file(), f"no gold file for {article.name}: expected {path.relative_to(ROOT)}"
    return json.loads(path.read_text(encoding="utf-8"))


ARTICLES = _articles()


def test_there_are_sample_articles():
    assert len(ARTICLES) >= 7


def test_no_orphan_gold_files():
    stems = {p.stem for p in ARTICLES}
    orphans = [p.name for p in GOLD.glob("*.json") if p.stem not in stems]
    assert not orphans, f"gold files without an article in seeds/: {orphans}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_gold_shape(article: Path):
    g = _gold(article)
    missing = REQUIRED - g.keys()
    assert not missing, f"{article.name}: missing keys {sorted(missing)}"
    assert g["article"] == article.name
    if g["published"] is not None:
        dt = datetime.fromisoformat(g["published"])
        assert dt.tzinfo is not None, "published must carry a UTC offset"

    names = [s["name"] for s in g["speakers"]]
    assert len(names) == len(set(names)), "speaker names must be unique"
    for s in g["speakers"]:
        assert s["kind"] in SPEAKER_KINDS, s
        assert isinstance(s.get("aliases", []), list), s
    lowered = {n.lower() for n in names}
    for n in g["not_speakers"]:
        assert n.lower() not in lowered, f"{n!r} is both a speaker and a not_speaker"

    for q in g["quotes"]:
        assert q["kind"] in QUOTE_KINDS, q
        assert q["speaker"] is None or q["speaker"] in names, f"unknown speaker in {q}"
        assert q["text"] == q["text"].strip(), f"quote text has outer whitespace: {q}"

    for f in g["figures"]:
        assert f["kind"] in FIGURE_KINDS, f
        assert f["qualifier"] in QUALIFIERS, f
        if f["qualifier"] == "range":
            assert f["low"] is not None and f["high"] is not None and f["low"] < f["high"], f
        if f["kind"] == "date":
            assert f["iso"], f"date without iso: {f}"
        elif f["kind"] == "ratio":
            assert f["unit"] is None, f
        else:
            assert f["unit"], f"figure without unit: {f}"
            assert f["value"] is not None or f["qualifier"] == "range", f
        if f["kind"] == "money":
            assert re.fullmatch(r"[A-Z]{3}", f["unit"]), f"money unit must be ISO 4217: {f}"
        if f["kind"] == "percent":
            assert f["unit"] == "percent", f


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_gold_texts_occur_in_article(article: Path):
    g = _gold(article)
    body = _readable(article)
    missing = []
    for section in ("quotes", "figures"):
        for item in g[section]:
            if _squash(item["text"]) not in body:
                missing.append((section, item["text"]))
    for section in ("claims", "non_claims"):
        for text in g[section]:
            if _squash(text) not in body:
                missing.append((section, text))
    assert not missing, f"{article.name}: labelled texts not found in the article: {missing}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_figures_are_in_reading_order(article: Path):
    """Figures are listed in the order they appear, so repeated texts ("2018") map to occurrences."""
    g = _gold(article)
    body = _readable(article)
    # Start after the header block: the first claim or quote marks the body.
    anchors = [body.find(_squash(t)) for t in g["claims"][:1]]
    pos = max(0, min((a for a in anchors if a >= 0), default=0) - 400)
    for f in g["figures"]:
        i = body.find(_squash(f["text"]), pos)
        assert i >= 0, f"{article.name}: figure {f['text']!r} not found after offset {pos} (out of order?)"
        pos = i + 1


def test_long_article_is_long():
    long_ones = [p for p in ARTICLES if len(p.read_text(encoding="utf-8").split()) >= 3000]
    assert long_ones, "the sample library needs one article of at least 3,000 words"
