"""Nothing lost: writers killed with SIGKILL at random moments, and several writing at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from briefing.store.store import AnnotationStore

# A writer: opens the store, says "ready", then adds (and now and then edits) annotations,
# printing each id only after the store has returned.
WRITER = r"""
import sys
from briefing.article import Article
from briefing.store.store import AnnotationStore

db, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = "The council voted 7-2 to approve the seawall. Residents cheered. " * 20
store = AnnotationStore(db)
print("ready", flush=True)
for n in range(count):
    name = ("shared", tag)[n % 2]  # half into a file every writer shares
    article = Article(name, f"/nowhere/{name}.txt", name, "", "", None, "", "", text, ())
    new = store.add(article, n % 500, n % 500 + 20, note=f"{tag} {n}", tags=[tag])
    if n % 3 == 2:
        store.update(new.id, note=f"{tag} {n} edited")
    print("ok", new.id, flush=True)
"""


def writer(db: Path, tag: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db), tag, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "BRIEFING_DB": str(db)})


def reported(output: str) -> set[str]:
    """Ids on complete `ok` lines: the writer finished those adds before it said so."""
    lines = output.split("\n")[:-1]  # the last piece may have been cut by the kill
    return {line.split()[1] for line in lines if line.startswith("ok ")}


def test_killed_writers_never_lose_a_reported_annotation(tmp_path: Path) -> None:
    db = tmp_path / "db"
    rng = random.Random(int(os.environ.get("KILL_SEED", "6")))
    promised: set[str] = set()
    kills = mid_write = 0
    deadline = time.monotonic() + 12
    while time.monotonic() < deadline or kills < 10:
        proc = writer(db, f"w{kills}", 10_000)
        assert proc.stdout is not None
        assert proc.stdout.readline() == "ready\n", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0, 0.08))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        assert proc.returncode == -signal.SIGKILL, err
        kills += 1
        promised |= reported(out)
        mid_write += bool(list(db.rglob("*.tmp")))  # killed between temp file and rename

        store = AnnotationStore(db)  # loads, cleaning up the killed writer's temp file
        assert store.notices == []  # nothing corrupt, nothing moved aside
        stored = {a.id for a in store.all()}
        missing = promised - stored
        assert not missing, f"after kill {kills}: {len(missing)} reported annotations lost"
        assert not list(db.rglob("*.tmp"))
    assert len(promised) > kills  # the kills did land between and during writes
    print(f"{kills} kills ({mid_write} mid-write), {len(promised)} reported annotations all kept")


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db"
    AnnotationStore(db)
    writers, each = 4, 25
    procs = [writer(db, f"p{i}", each) for i in range(writers)]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
    ids = set().union(*(reported(out) for out, _ in outputs))
    assert len(ids) == writers * each
    store = AnnotationStore(db)
    stored = store.all()
    assert len(stored) == writers * each and {a.id for a in stored} == ids
    counts = {e.id: e.count for e in store.articles()}
    assert counts["shared"] == writers * (each // 2 + each % 2)
    assert sum(counts.values()) == writers * each
    edited = [a for a in stored if a.note.endswith("edited")]
    assert len(edited) == writers * (each // 3)
