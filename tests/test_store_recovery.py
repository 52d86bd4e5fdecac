"""Damaged, newer and older store files: never overwritten, never silently lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.article import Article
from briefing.store.errors import SchemaTooNew
from briefing.store.store import AnnotationStore

TEXT = "The ferry union called a 48-hour strike after talks with the operator collapsed on Friday."


@pytest.fixture(autouse=True)
def no_real_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def article(tmp_path: Path, name: str = "a.txt") -> Article:
    return Article(f"id-{name}", str(tmp_path / name), "Ferry strike", "", "", None, "", "", TEXT, ())


def only_article_file(store: AnnotationStore) -> Path:
    (path,) = store.articles_dir.glob("*.json")
    return path


def test_corrupt_article_file_is_moved_aside_and_store_goes_on(tmp_path: Path) -> None:
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    path = only_article_file(store)
    path.write_bytes(b'{"annotations": {"1": {"id": "trunc')
    reopened = AnnotationStore()
    assert reopened.for_article(article(tmp_path)) == []
    (aside,) = reopened.articles_dir.glob("*.corrupt-*")
    assert aside.read_bytes() == b'{"annotations": {"1": {"id": "trunc'  # kept byte for byte
    assert len(reopened.notices) == 1 and str(aside) in reopened.notices[0]
    assert "\n" not in reopened.notices[0]
    reopened.add(article(tmp_path), 0, 3)  # a fresh file for that article
    assert len(reopened.all()) == 1


def test_corrupt_index_is_moved_aside_and_rebuilt_from_article_files(tmp_path: Path) -> None:
    store = AnnotationStore()
    kept = store.add(article(tmp_path), 4, 9, note="keep me")
    store.index_path.write_text("not json at all")
    reopened = AnnotationStore()
    assert [p.annotation.id for p in reopened.for_article(article(tmp_path))] == [kept.id]
    assert [e.count for e in reopened.articles()] == [1]
    assert list(reopened.dir.glob("index.json.corrupt-*"))
    assert any("moved it to" in n for n in reopened.notices)


def test_wrong_shape_counts_as_corrupt(tmp_path: Path) -> None:
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    only_article_file(store).write_text("[1, 2, 3]")
    assert AnnotationStore().all() == []


def test_missing_index_is_rebuilt(tmp_path: Path) -> None:
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    store.index_path.unlink()
    assert len(AnnotationStore().articles()) == 1


def test_article_file_missing_from_index_is_added_back(tmp_path: Path) -> None:
    # A writer killed after creating the article file but before indexing it.
    store = AnnotationStore()
    store.add(article(tmp_path, "a.txt"), 4, 9)
    saved = store.index_path.read_bytes()
    store.add(article(tmp_path, "b.txt"), 4, 9)
    store.index_path.write_bytes(saved)
    reopened = AnnotationStore()
    assert len(reopened.for_article(article(tmp_path, "b.txt"))) == 1


def test_damaged_record_is_skipped_but_kept_in_the_file(tmp_path: Path) -> None:
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    path = only_article_file(store)
    data = json.loads(path.read_text())
    data["annotations"]["99"] = {"id": "not-a-uuid"}
    path.write_text(json.dumps(data))
    assert len(store.all()) == 1
    assert any("damaged annotation" in n for n in store.notices)
    assert "not-a-uuid" in path.read_text()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    future = {"_meta": {"1": {"schema": 99}}, "articles": {}}
    store.index_path.write_text(json.dumps(future))
    with pytest.raises(SchemaTooNew, match="newer briefing"):
        AnnotationStore()
    assert json.loads(store.index_path.read_text()) == future


def test_newer_article_file_is_refused(tmp_path: Path) -> None:
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    path = only_article_file(store)
    path.write_text(json.dumps({"_meta": {"1": {"schema": 2}}, "annotations": {}}))
    with pytest.raises(SchemaTooNew):
        store.for_article(article(tmp_path))
    assert "schema" in path.read_text()


def test_version_0_file_is_migrated_with_a_backup(tmp_path: Path) -> None:
    store = AnnotationStore()
    new = store.add(article(tmp_path), 4, 9, note="old note")
    path = only_article_file(store)
    # What the prototype wrote: records in TinyDB's default table, no meta, no tags/updated.
    record = new.to_dict()
    del record["tags"], record["updated"]
    old = {"_default": {"1": record}}
    path.write_text(json.dumps(old))
    reopened = AnnotationStore()
    (migrated,) = reopened.all()
    assert migrated.id == new.id and migrated.note == "old note" and migrated.updated == new.created
    assert json.loads(path.with_name(path.name + ".v0.bak").read_text()) == old
    data = json.loads(path.read_text())
    assert data["_meta"]["1"]["schema"] == 1 and "_default" not in data
    assert any("migrated" in n for n in reopened.notices)


def test_stale_counts_are_recounted(tmp_path: Path) -> None:
    # A writer killed after writing the article file but before updating the index.
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    saved = store.index_path.read_bytes()
    store.add(article(tmp_path), 10, 20, kind="star")
    store.index_path.write_bytes(saved)
    (entry,) = AnnotationStore().articles()
    assert (entry.count, entry.stars) == (2, 1)


def test_index_without_a_schema_is_rebuilt_with_a_backup(tmp_path: Path) -> None:
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    store.index_path.write_text(json.dumps({"articles": {}}))  # an index from before schemas
    reopened = AnnotationStore()
    assert [e.count for e in reopened.articles()] == [1]
    assert json.loads((reopened.dir / "index.json.v0.bak").read_text()) == {"articles": {}}


def test_unreadable_article_file_is_moved_aside(tmp_path: Path) -> None:
    store = AnnotationStore()
    store.add(article(tmp_path), 4, 9)
    path = only_article_file(store)
    path.unlink()
    path.mkdir()  # reading it fails with an OSError, as an unreadable file would (tests may run as root)
    reopened = AnnotationStore()
    assert reopened.all() == []
    assert any("unreadable" in n and "moved it to" in n for n in reopened.notices)
    assert list(reopened.articles_dir.glob("*.corrupt-*"))
