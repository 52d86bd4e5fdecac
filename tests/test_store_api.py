"""AnnotationStore's API: add, change, delete with undo, re-anchored lists, search, exchange."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.article import Article
from briefing.store.errors import StoreError
from briefing.store.exchange import parse, to_json, to_jsonld
from briefing.store.model import Item
from briefing.store.store import AnnotationStore, NotFound

TEXT = (
    "Severnside Water was fined a record £450m on Monday. "
    "The regulator said the company had spilled sewage 'systematically' for a decade. "
    "A spokesperson for the company said it would appeal."
)


@pytest.fixture(autouse=True)
def no_real_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def store() -> AnnotationStore:
    return AnnotationStore()


def article(tmp_path: Path, text: str = TEXT, name: str = "fine.txt", article_id: str = "v1") -> Article:
    return Article(article_id, str(tmp_path / name), "Water fine", "", "", None, "", "", text, ())


def span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def test_add_records_everything(store: AnnotationStore, tmp_path: Path) -> None:
    a = article(tmp_path)
    new = store.add(a, *span(TEXT, "a record £450m"), kind="note", note="biggest yet",
                    tags=["fines", " fines", "water", ""])
    assert len(new.id) == 36 and new.kind == "note"
    assert new.article.id == "v1" and new.article.path == os.path.realpath(tmp_path / "fine.txt")
    assert new.target.exact == "a record £450m" and new.target.suffix.startswith(" on Monday")
    assert new.tags == ("fines", "water")
    assert new.created.endswith("Z") and new.created == new.updated
    assert store.get(new.id) == new


def test_star_on_an_item(store: AnnotationStore, tmp_path: Path) -> None:
    item = Item("quote", "q1", "it would appeal")
    new = store.add(article(tmp_path), *span(TEXT, "it would appeal"), kind="star", item=item)
    assert store.get(new.id).item == item
    assert store.articles()[0].stars == 1


def test_update_and_undo(store: AnnotationStore, tmp_path: Path) -> None:
    new = store.add(article(tmp_path), 0, 10)
    changed, previous = store.update(new.id, note="check the appeal", tags=["follow-up"])
    assert previous == new
    assert store.get(new.id).note == "check the appeal" and changed.updated >= new.updated
    store.put(previous)  # undo
    assert store.get(new.id) == new


def test_delete_and_undo(store: AnnotationStore, tmp_path: Path) -> None:
    new = store.add(article(tmp_path), 0, 10, note="n")
    removed = store.delete(new.id)
    assert removed == new and store.get(new.id) is None and store.articles() == []
    assert store.put(removed) is None  # undo: nothing was replaced
    assert store.get(new.id) == new
    with pytest.raises(NotFound):
        store.delete("00000000-0000-4000-8000-000000000000")


def test_undo_of_add_is_delete(store: AnnotationStore, tmp_path: Path) -> None:
    new = store.add(article(tmp_path), 0, 10)
    store.delete(new.id)
    assert store.all() == []


def test_for_article_in_reading_order_with_orphans_last(store: AnnotationStore, tmp_path: Path) -> None:
    a = article(tmp_path)
    late = store.add(a, *span(TEXT, "it would appeal"))
    early = store.add(a, *span(TEXT, "fined a record £450m"))
    doomed = store.add(a, *span(TEXT, "The regulator said the company had spilled sewage"), note="keep")
    edited = TEXT.replace("The regulator said the company had spilled sewage 'systematically' for a decade. ", "")
    placed = store.for_article(article(tmp_path, edited, article_id="v2"))
    assert [p.annotation.id for p in placed] == [early.id, late.id, doomed.id]
    assert [p.anchor.status for p in placed] == ["anchored", "moved", "orphaned"]
    assert placed[2].annotation.note == "keep"  # orphaned, never dropped
    assert len(store.all()) == 3


def test_moved_article_file_keeps_its_annotations(store: AnnotationStore, tmp_path: Path) -> None:
    new = store.add(article(tmp_path), 0, 10)
    moved = article(tmp_path, name="renamed.txt")
    assert [p.annotation.id for p in store.for_article(moved)] == [new.id]


def test_articles_are_kept_apart(store: AnnotationStore, tmp_path: Path) -> None:
    store.add(article(tmp_path, name="one.txt", article_id="1"), 0, 10)
    store.add(article(tmp_path, name="two.txt", article_id="2"), 0, 10)
    store.add(article(tmp_path, name="two.txt", article_id="2"), 11, 20, note="x")
    counts = sorted((e.path.rsplit("/", 1)[1], e.count, e.notes) for e in store.articles())
    assert counts == [("one.txt", 1, 0), ("two.txt", 2, 1)]
    assert len(list(store.articles_dir.glob("*.json"))) == 2


def test_search_and_tags(store: AnnotationStore, tmp_path: Path) -> None:
    a = article(tmp_path)
    one = store.add(a, 0, 10, note="Ask OFWAT about the APPEAL", tags=["water", "fines"])
    two = store.add(a, 11, 20, tags=["water"])
    assert store.search("appeal") == [one]
    assert {x.id for x in store.search("WATER")} == {one.id, two.id}
    assert store.tags() == ["water", "fines"]


def test_resolve_prefix(store: AnnotationStore, tmp_path: Path) -> None:
    new = store.add(article(tmp_path), 0, 10)
    assert store.resolve(new.id[:8].upper()) == new.id
    with pytest.raises(NotFound, match="too short"):
        store.resolve("ab")


def test_changed_since_notices_another_instance(store: AnnotationStore, tmp_path: Path) -> None:
    token = store.token()
    assert not store.changed_since(token)
    other = AnnotationStore()
    other.add(article(tmp_path), 0, 10)
    assert store.changed_since(token)
    token = store.token()
    other.update(other.all()[0].id, note="same size?")
    assert store.changed_since(token)


def test_changed_since_with_an_unchanged_stat(store: AnnotationStore, tmp_path: Path) -> None:
    store.add(article(tmp_path), 0, 10)
    token = store.token()
    assert not token.settled  # just written: a second write could share the timestamp
    fake = replace(token, version=token.version - 1)
    assert store.changed_since(fake)


def test_export_import_round_trip_json_and_jsonld(store: AnnotationStore, tmp_path: Path) -> None:
    a = article(tmp_path)
    store.add(a, 0, 10, kind="note", note="n1", tags=["t"])
    store.add(a, 11, 20, kind="star", item=Item("claim", "c3", "spilled sewage"))
    originals = sorted(store.all(), key=lambda x: x.id)
    for document in (to_json(originals), to_jsonld(originals)):
        text = json.dumps(document)
        assert sorted(parse(json.loads(text)), key=lambda x: x.id) == originals
        fresh = AnnotationStore(tmp_path / f"fresh{len(text)}")
        assert fresh.import_annotations(parse(json.loads(text))).added == 2
        again = fresh.import_annotations(parse(json.loads(text)))
        assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
        assert sorted(fresh.all(), key=lambda x: x.id) == originals


def test_import_takes_newer_versions_only(store: AnnotationStore, tmp_path: Path) -> None:
    new = store.add(article(tmp_path), 0, 10, note="old")
    newer = new.edited(note="new")
    assert store.import_annotations([newer]).updated == 1
    assert store.import_annotations([new]).unchanged == 1
    assert store.get(new.id).note == "new"


def test_jsonld_shape(store: AnnotationStore, tmp_path: Path) -> None:
    new = store.add(article(tmp_path), 0, 10, kind="note", note="n", tags=["t"])
    doc = to_jsonld([new])
    assert doc["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    (item,) = doc["first"]["items"]
    assert item["id"] == f"urn:uuid:{new.id}" and item["motivation"] == "commenting"
    assert {s["type"] for s in item["target"]["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}
    assert item["target"]["source"].startswith("file:///")
    assert [b["purpose"] for b in item["body"]] == ["commenting", "tagging"]


def test_hypothesis_style_annotation_imports(store: AnnotationStore) -> None:
    web = {"type": "Annotation", "id": "https://hyp.is/abc", "motivation": "commenting",
           "body": {"type": "TextualBody", "value": "interesting"},
           "target": [{"source": "https://example.org/story", "selector": [
               {"type": "TextQuoteSelector", "exact": "record", "prefix": "a ", "suffix": " £450m"}]}]}
    (imported,) = parse(web)
    assert imported.note == "interesting" and imported.kind == "note"
    assert parse(web)[0].id == imported.id  # stable id: importing twice adds nothing
    with pytest.raises(ValueError):
        parse({"something": "else"})


def test_locked_store_fails_clearly(tmp_path: Path) -> None:
    from filelock import FileLock

    AnnotationStore()
    held = FileLock(str(tmp_path / "db" / "store.lock"))
    with held:
        with pytest.raises(StoreError, match="locked by another briefing"):
            AnnotationStore(lock_timeout=0.2)


def test_only_note_tags_kind_and_item_can_be_edited(store: AnnotationStore, tmp_path: Path) -> None:
    new = store.add(article(tmp_path), 0, 10)
    with pytest.raises(TypeError, match="created"):
        store.update(new.id, created="1999-01-01T00:00:00Z")
    with pytest.raises(ValueError):
        store.update(new.id, kind="bookmark")
    assert store.update(new.id, tags="single")[0].tags == ("single",)
    assert store.get(new.id).tags == ("single",)


def test_counts_for_the_library(store: AnnotationStore, tmp_path: Path) -> None:
    one, two = article(tmp_path, name="one.txt", article_id="1"), article(tmp_path, name="two.txt", article_id="2")
    store.add(one, 0, 10, kind="star")
    store.add(one, 11, 20, note="n")
    counts = store.counts([one, two])
    assert list(counts) == ["1"]
    assert (counts["1"].count, counts["1"].stars, counts["1"].notes) == (2, 1, 1)


def test_for_articles_reads_each_article_as_for_article_does(store: AnnotationStore, tmp_path: Path) -> None:
    one, two = article(tmp_path, name="one.txt", article_id="1"), article(tmp_path, name="two.txt", article_id="2")
    never = article(tmp_path, name="never.txt", article_id="3")
    store.add(one, *span(TEXT, "it would appeal"), note="one")
    store.add(one, *span(TEXT, "a record £450m"))
    store.add(two, 0, 10, kind="star")
    store.add(article(tmp_path, name="copy.txt", article_id="1b"), 11, 20, tags=["copy"])
    copy = article(tmp_path, name="copy.txt", article_id="1")  # Edited to `one`'s text: keeps its own notes.
    moved = article(tmp_path, name="moved.txt", article_id="2")

    placed = store.for_articles([one, two, copy, never, moved, one])
    assert list(placed) == [one, two, copy, never, moved]
    for a in placed:
        assert placed[a] == store.for_article(a)
    assert [p.annotation.note for p in placed[one]] == ["", "one"]  # Reading order.
    assert [p.annotation.tags for p in placed[copy]] == [("copy",)]
    assert placed[never] == [] and len(placed[moved]) == 1


def test_for_articles_reads_the_index_once(store: AnnotationStore, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [article(tmp_path, name=f"{n}.txt", article_id=str(n)) for n in range(5)]
    for a in articles:
        store.add(a, 0, 10)
    reads = []
    real = store._index
    monkeypatch.setattr(store, "_index", lambda: reads.append(1) or real())
    assert all(len(p) == 1 for p in store.for_articles(articles).values())
    assert len(reads) == 1
