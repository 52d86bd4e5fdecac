"""The brief: golden files for one and several articles, what each section holds, determinism.

Goldens use a fixed clock, a temp store and extraction snapshots (tests/golden/export/*.extraction.json).
After an intended change of the output, rewrite them with: UPDATE_GOLDEN=1 pytest tests/test_export_brief.py
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from briefing.article import Article
from briefing.export.brief import render
from briefing.export.gather import ArticleBrief, Mark, gather
from briefing.extract.model import Extraction, Quote, Speaker
from briefing.ingest import load
from briefing.store.model import Item
from briefing.store.store import AnnotationStore
from tests.conftest import ROOT, SEEDS
from tests.test_export_support import (
    GENERATED, GOLDEN, article, blocks, fixed_extraction, orphan, star, store_at, words,
)

LATVIA = "seeds/000_386b1cf1fcee2ef2.txt"
RHINE = "seeds/005_rhine_low_water.txt"
SEAWALL = "seeds/001_maine_seawall_vote.txt"


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Relative article paths (as a user types them) and no chance of touching the real store."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "env-db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def _span(a: Article, text: str) -> tuple[int, int]:
    start = a.text.index(text)
    return start, start + len(text)


def annotate_latvia(store: AnnotationStore, a: Article) -> None:
    ex = fixed_extraction(a)
    store.add(a, *_span(a, "Latvia has invited Japan to join a group of Western countries"),
              note="Lead: *who* invited whom?\n\nSee [the coalition](http://example.com) <b>page</b>.",
              tags=["drones", "Latvia & Japan", "to check"])
    store.add(a, *_span(a, "The Drone Coalition, originally proposed by Latvia"), kind="note",
              note="1. Founded February 2024\n# not a heading")
    star(store, a, ex.quotes[1], "quote", note="The number to remember.")
    star(store, a, next(f for f in ex.figures if f.text == "1.8 billion euros"), "figure")
    if ex.claims:
        star(store, a, next((c for c in ex.claims if c.hedged), ex.claims[0]), "claim")
    braze = ex.speakers[0]
    store.add(a, *braze.mentions[0], kind="star", item=Item("speaker", braze.id, braze.name))
    store.add(a, *_span(a, "first East Asian member"), kind="star")  # A bare passage: no item there.
    orphan(store, a, "a passage the editors have since cut", note="Kept, never dropped.")


def annotate_rhine(store: AnnotationStore, a: Article) -> None:
    ex = fixed_extraction(a)
    store.add(a, *a.paragraphs[-1], note="Ending.", tags=["shipping"])
    star(store, a, ex.quotes[0], "quote")


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"differs from {path} (UPDATE_GOLDEN=1 to accept)"


def _one(tmp_path: Path, level: str = "starred", **options: bool) -> tuple[list[ArticleBrief], str]:
    store = store_at(tmp_path)
    latvia = load(LATVIA)
    annotate_latvia(store, latvia)
    briefs = gather([latvia], store, level=level, extractor=fixed_extraction, **options)
    return briefs, render(briefs, generated=GENERATED, level=level)


def _several(tmp_path: Path, level: str = "all") -> str:
    store = store_at(tmp_path)
    latvia, rhine, seawall = load(LATVIA), load(RHINE), load(SEAWALL)
    annotate_latvia(store, latvia)
    annotate_rhine(store, rhine)
    briefs = gather([latvia, rhine, seawall], store, level=level, extractor=fixed_extraction)
    return render(briefs, generated=GENERATED, level=level)


def test_golden_one_article(tmp_path: Path) -> None:
    _check_golden("one_article.md", _one(tmp_path)[1])


def test_golden_several_articles_with_all_extractions(tmp_path: Path) -> None:
    _check_golden("several_articles.md", _several(tmp_path))


def test_one_article_holds_every_note_highlight_and_starred_quote(tmp_path: Path) -> None:
    briefs, text = _one(tmp_path)
    rendered = blocks(text)
    quoted = [t for where, t in rendered if "blockquote" in where]
    assert "Latvia has invited Japan to join a group of Western countries" in quoted
    assert "— Baiba Braze, Latvian Foreign Minister · direct quote" in quoted
    assert "1.8 billion euros" in quoted and "→ 1.8e9 EUR · money" in quoted
    assert "a passage the editors have since cut" in quoted  # The orphan, under its own heading.
    assert (("h3",), "Orphaned annotations") in rendered
    plain = [t for _, t in rendered]
    assert "Note: Lead: *who* invited whom?" in plain
    assert "See [the coalition](http://example.com) <b>page</b>." in plain
    assert "#drones #Latvia-Japan #to-check" in plain
    for mark in briefs[0].marks:  # Every note is in the brief, word for word.
        for paragraph in mark.annotation.note.split("\n\n"):
            assert any(words(paragraph) in t for t in plain)


def test_no_contents_for_one_article_and_contents_for_several(tmp_path: Path) -> None:
    assert "## Contents" not in _one(tmp_path)[1]
    text = _several(tmp_path / "b")
    assert "## Contents" in text
    assert "1. [Latvia invites Japan into coalition supporting Ukraine drones](#latvia-invites-japan" in text
    assert "(#who-said-what)" in text


def test_the_same_state_exports_byte_identical(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    latvia, rhine = load(LATVIA), load(RHINE)
    annotate_latvia(store, latvia)
    annotate_rhine(store, rhine)

    def export(generated=GENERATED) -> str:
        briefs = gather([latvia, rhine], store, level="all", extractor=fixed_extraction)
        return render(briefs, generated=generated, level="all")

    first = export()
    assert export() == first
    later = export(GENERATED + timedelta(days=1, minutes=7))
    changed = [(a, b) for a, b in zip(first.splitlines(), later.splitlines()) if a != b]
    assert len(first.splitlines()) == len(later.splitlines())
    assert [a.split()[0] for a, _ in changed] == ["generated:", "Generated"]


def test_ties_are_ordered_by_creation_then_id(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    a = load(LATVIA)
    for note in ("second", "first", "third"):
        store.add(a, 0, 10, note=note)
    orders = {tuple(m.annotation.note for m in gather([a], store, level="none")[0].marks) for _ in range(3)}
    assert orders == {("second", "first", "third")}


def test_starred_only_leaves_out_plain_highlights(tmp_path: Path) -> None:
    briefs, text = _one(tmp_path, starred_only=True)
    assert all(m.starred for m in briefs[0].marks)
    assert "Latvia has invited Japan to join a group" not in text.split("## Who said what")[0].split("### Starred")[0]
    assert "Baiba Braze, Latvian Foreign Minister" in text


def test_extractions_none_runs_no_extractor_and_keeps_stars_as_passages(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    a = load(LATVIA)
    annotate_latvia(store, a)

    def refuse(_: Article) -> Extraction:
        raise AssertionError("extraction ran")

    briefs = gather([a], store, level="none", extractor=refuse)
    text = render(briefs, generated=GENERATED, level="none")
    assert "★ starred quote" in text and "★ starred figure" in text
    assert "Who said what" not in text and "### Starred" not in text


def test_a_star_follows_its_item_when_extraction_ids_shift(tmp_path: Path) -> None:
    store = store_at(tmp_path)
    a = load(LATVIA)
    ex = fixed_extraction(a)
    star(store, a, ex.quotes[1], "quote")
    renumbered = [Quote(f"q{i + 10}", q.kind, q.text, q.start, q.end, q.speaker, q.cue, q.confidence)
                  for i, q in enumerate(ex.quotes)]
    other = Extraction(ex.sentences, ex.speakers, renumbered, ex.claims, ex.figures)
    [brief] = gather([a], store, extractor=lambda _: other)
    assert [m.item.id for m in brief.starred_quotes()] == ["q11"]


def test_who_said_what_merges_one_speaker_across_articles() -> None:
    def one(id_: str, title: str, name: str, role: str | None, said: str) -> ArticleBrief:
        a = article(f"{said} she said.", id=id_, title=title)
        speaker = Speaker("s1", name, "person", role)
        quote = Quote("q1", "direct", said, 0, len(said), "s1", "said", 0.9)
        return ArticleBrief(a, (), Extraction([], [speaker], [quote], [], []))

    briefs = [one("a", "First story", "Baiba Braze", None, "One."),
              one("b", "Second story", "baiba  BRAZE", "Latvian Foreign Minister", "Two."),
              one("c", "Third story", "Edgars Rinkēvičs", "President", "Three.")]
    rendered = blocks(render(briefs, generated=GENERATED, level="all"))
    after = [t for _, t in rendered[rendered.index((("h2",), "Who said what")):]]
    assert after == ["Who said what", "Baiba Braze, Latvian Foreign Minister",
                     "First story", "“One.”", "Second story", "“Two.”",
                     "Edgars Rinkēvičs, President", "Third story", "“Three.”"]


def test_hostile_article_and_notes_render_as_their_words(tmp_path: Path) -> None:
    hostile = ["[an] attempt", "[link](javascript:alert(1))", "<script>alert(1)</script>", "**bold**",
               "# heading", "1. item", "a | b", "back\\slash\\", "- dash", "> quote", "`tick`", "AT&T &amp;"]
    text = "\n\n".join(hostile)
    a = article(text, id="hostile", title="<b>[Title](javascript:x)</b> # | *x*", byline="_By_ **me**",
                dek="1. dek", dateline="> HERE", source="a|b", path="dir/we_ird`name.txt")
    speaker = Speaker("s1", "**Bold** [Name]", "person", "# Role | <i>x</i>")
    quotes = [Quote(f"q{i}", "direct", p, s, e, "s1", "said", 0.9)
              for i, (p, (s, e)) in enumerate(zip(hostile, a.paragraphs), 1)]
    ex = Extraction([], [speaker], quotes, [], [])
    store = store_at(tmp_path)
    for q in quotes:
        star(store, a, q, "quote", note=q.text)
    store.add(a, 0, len(text), note=text, tags=["[x]", "**y**"])
    briefs = gather([a], store, level="all", extractor=lambda _: ex)
    rendered = blocks(render(briefs, generated=GENERATED, level="all"))
    plain = [t for _, t in rendered]
    assert (("h2",), "<b>[Title](javascript:x)</b> # | *x*") in rendered
    assert "Byline: _By_ **me**" in plain and "1. dek" in plain and "Dateline: > HERE" in plain
    assert "Path: dir/we_ird`name.txt" in plain
    whole = [t for where, t in rendered if where[-2:] == ("blockquote", "p")][:len(hostile)]
    assert whole == [words(h) for h in hostile]  # The highlight of the whole text, paragraph by paragraph.
    cells = [t for where, t in rendered if where[-1] == "td"]
    for h in hostile:
        assert f"Note: {words(h)}" in plain
        assert words(h) in cells  # The quotes table.
        assert f"— **Bold** [Name], # Role | <i>x</i> · direct quote" in plain
    assert "#x #y" in plain


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.iterdir() if not p.name.startswith(".")))
def test_every_sample_round_trips_through_the_export(tmp_path: Path, seed: str) -> None:
    a = load(SEEDS / seed)
    store = store_at(tmp_path)
    store.add(a, 0, len(a.text), note=a.text)
    text = render(gather([a], store, level="none"), generated=GENERATED, level="none")
    rendered = blocks(text)
    paragraphs = [words(a.text[s:e]) for s, e in a.paragraphs if a.text[s:e].strip()]
    assert [t for where, t in rendered if where[-2:] == ("blockquote", "p")] == paragraphs
    notes = [t for where, t in rendered if where == ("p",)]
    start = notes.index("Note: " + paragraphs[0])
    assert notes[start:start + len(paragraphs)] == ["Note: " + paragraphs[0], *paragraphs[1:]]


def test_marks_render_in_reading_order_with_orphans_last(tmp_path: Path) -> None:
    briefs, _ = _one(tmp_path)
    marks: list[Mark] = list(briefs[0].marks)
    anchored = [m.start for m in marks if not m.orphaned]
    assert anchored == sorted(anchored) and marks[-1].orphaned


def test_a_file_name_is_offered(tmp_path: Path) -> None:
    from briefing.export import file_name

    briefs, _ = _one(tmp_path)
    assert file_name(briefs) == "brief-latvia-invites-japan-into-coalition-supporting-ukraine-drone.md"
    assert file_name(briefs * 3) == "brief-3-articles.md"
    assert file_name([ArticleBrief(article("x", title="¿¡!!"), (), None)]) == "brief-untitled.md"


def test_a_starred_speaker_is_found_by_mention_name_or_alias(tmp_path: Path) -> None:
    from briefing.export.gather import resolve

    a = load(LATVIA)
    ex = fixed_extraction(a)
    braze = ex.speakers[0]
    store = store_at(tmp_path)
    start, end = braze.mentions[1]
    by_mention = store.add(a, start, end, kind="star", item=Item("speaker", "s99", "whatever the UI showed"))
    by_alias = store.add(a, 0, 5, kind="star", item=Item("speaker", "s99", braze.aliases[0]))
    assert resolve(by_mention, start, end, ex) is braze
    assert resolve(by_alias, 0, 5, ex) is braze


def test_front_matter_is_yaml_whatever_the_titles() -> None:
    yaml = pytest.importorskip("yaml")
    titles = ['say "hi": #1 | > [x]', "tab\there\u2028line\x85next\x7f", "---", "null", "é ★ 1.8e9"]
    briefs = [ArticleBrief(article("Body.", id=f"id{i}", title=t, path=f"p{i}.txt"), (), None)
              for i, t in enumerate(titles)]
    text = render(briefs, generated=GENERATED, level="none")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert [a["title"] for a in meta["articles"]] == titles
    assert meta["title"] == "Brief: 5 articles" and meta["generated"].isoformat() == "2026-11-24T09:30:00+00:00"
