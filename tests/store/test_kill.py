"""A bulk import killed with SIGKILL at random points leaves a consistent database, and
re-running it completes the job exactly: the same rows as an uninterrupted import."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from cascade.files.loader import load, read
from cascade.model import Event
from cascade.store import open_store
from cascade.store.schema import events as events_table
from cascade.store.url import sqlalchemy_url
from support import SEED, SEED_ID
from support.store import lifecycle_events, write_jsonl

TOTAL = 2000
BATCH = 20
KILLS = 3


def _import(url: str, path: Path, output: int = subprocess.DEVNULL) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "cascade", "events", "import", str(path), "--db", url,
               "--batch-size", str(BATCH), "--no-progress"]  # fmt: skip
    return subprocess.Popen(command, stdout=output, stderr=output, text=True)


def _kill_when(proc: subprocess.Popen[str], url: str, target: int) -> None:
    """SIGKILL ``proc`` once ``target`` events are stored (at once if it has ended)."""
    engine = create_engine(sqlalchemy_url(url))
    count = select(func.count()).select_from(events_table)
    deadline = time.monotonic() + 60
    with engine.connect() as conn:
        while proc.poll() is None and time.monotonic() < deadline:
            if conn.execute(count).scalar_one() >= target:
                break
            conn.rollback()  # a fresh snapshot for the next look
            time.sleep(0.001)
    engine.dispose()
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def _check_consistent(url: str, events: list[Event]) -> int:
    """Whole batches of the file, in order, with heads that count them; the number stored."""
    with open_store(url) as store:
        stored = store.history(SEED_ID)
        heads = store.heads(SEED_ID)
    ids = [s.event.id for s in stored]
    assert ids == [e.id for e in events[: len(ids)]], "not a prefix of the file"
    assert len(ids) % BATCH == 0 or len(ids) == len(events), "a batch was split"
    running: Counter[str] = Counter()
    for s in stored:
        assert s.event.obligation is not None
        running[s.event.obligation] += 1
        assert s.version == running[s.event.obligation]
    assert {ob: h.version for ob, h in heads.items()} == dict(running)
    if url.startswith("sqlite"):
        engine = create_engine(sqlalchemy_url(url))
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        engine.dispose()
    return len(ids)


def _rows(url: str) -> list[tuple[Event, int | None]]:
    with open_store(url) as store:
        return [(s.event, s.version) for s in store.history(SEED_ID)]


@pytest.mark.slow  # four CLI processes per backend: ~4 s on SQLite, ~7 s on PostgreSQL
def test_a_killed_import_is_consistent_and_a_rerun_completes_it(
    db_url: str, tmp_path: Path
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    events = lifecycle_events(load(SEED), TOTAL)
    path = write_jsonl(events, tmp_path / "events.jsonl")
    with open_store(db_url, create=True) as store:
        store.save_cascade(read(SEED)[0])

    stored, mid_import = 0, 0
    for _ in range(KILLS):
        # within the first quarter of what is left: the import writes a batch of 20 in about
        # a millisecond, and a kill aimed near the end could land after it finished
        target = rng.randrange(stored + 1, stored + (TOTAL - stored) // 4 + 2)
        _kill_when(_import(db_url, path), db_url, target)
        stored = _check_consistent(db_url, events)
        mid_import += stored < TOTAL
    assert mid_import >= 2, f"too few kills landed mid-import (random seed {seed})"

    proc = _import(db_url, path, subprocess.PIPE)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert f"{TOTAL - stored} events added, {stored} already stored" in out
    assert _check_consistent(db_url, events) == TOTAL

    fresh = f"sqlite:///{tmp_path / 'uninterrupted.db'}"
    with open_store(fresh, create=True) as store:
        store.save_cascade(read(SEED)[0])
        store.append_many(SEED_ID, events, batch_size=BATCH)
    assert _rows(db_url) == _rows(fresh), f"random seed {seed}"
