"""The app's link to the annotation store: opened on use, other sessions' writes noticed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing.ingest import load
from briefing.store import AnnotationStore
from briefing.tui.app import BriefingApp

from .conftest import SEED


async def test_store_opens_in_the_given_dir_and_notices_another_session(tmp_path: Path) -> None:
    db = tmp_path / "db"
    article = load(SEED)
    app = BriefingApp([article], extractor=lambda a: None, remember=False, db=db)
    async with app.run_test() as pilot:
        store = app.store
        assert store is not None and store.dir == db
        refreshed: list[int] = []
        app.screen.refresh_annotations = lambda: refreshed.append(1)  # type: ignore[attr-defined]
        AnnotationStore(db).add(article, 0, 10, note="from the other session")
        for _ in range(40):
            await pilot.pause(0.1)
            if refreshed:
                break
        assert refreshed, "a write by another process was not noticed"


async def test_unusable_store_is_reported_once_and_reading_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "db"
    db.mkdir()
    os.chmod(db, 0o777)  # World-writable: the store refuses it.
    app = BriefingApp([load(SEED)], extractor=lambda a: None, remember=False, db=db)
    async with app.run_test() as pilot:
        assert app.store is None
        assert app.store is None
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert len([m for m in messages if "annotations unavailable" in m]) == 1
        assert stat.S_IMODE(db.stat().st_mode) == 0o777  # Not silently "fixed" either.
