"""Eight processes recording events on overlapping obligations against PostgreSQL.

Run (starts the project's throwaway server if no URL is given)::

    .venv/bin/python benchmarks/bench_store_pg.py [--db postgresql://…] [--events 300]

Three runs. Each worker process opens its own store and records ``--events`` events, each on one
of a few obligations that all workers share: it reads the obligation's head, then
appends expecting that version; when another worker got there first the append
raises ``ConflictError`` and the worker reads again and retries. Afterwards the
history is checked: every event stored exactly once, versions 1…n per obligation
with no gap or repeat (a conflict that went unreported would show as a repeated
version or a lost event), heads equal to the counts. The baseline is the same run
with every worker on obligations of its own (no contention), in the same database.
The third run goes through :func:`cascade.store.tracking.record`: each worker
moves shared obligations through their lifecycle (start, report, return …); the
engine's guards run inside the transaction, and a worker whose step was taken by
another gets a refusal or a conflict, reads again and goes on. Afterwards the
recorded history replays through a fresh tracker and the heads' states agree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import queue
import statistics
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

VIETNAM = dt.timezone(dt.timedelta(hours=7))

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
SEED_ID = "kien-giang-xiv-congress"


def worker(
    url: str, run: str, number: int, obligations: list[str], count: int, start: Any, out: Any
) -> None:
    from cascade.errors import ConflictError
    from cascade.model import Event
    from cascade.store import open_store

    store = open_store(url)
    conflicts, times = 0, []
    start.wait()
    began = time.perf_counter()
    for i in range(count):
        ob = obligations[(number + i) % len(obligations)]
        at = dt.datetime(2025, 1, 1, tzinfo=VIETNAM) + dt.timedelta(seconds=i)
        event = Event(
            id=f"{run}{number}-{i}", obligation=ob, trigger="note", actor="so-tttt", at=at
        )
        while True:
            t0 = time.perf_counter()
            version = store.head(SEED_ID, ob).version
            try:
                store.append(SEED_ID, event, expected_version=version)
            except ConflictError:
                conflicts += 1
                continue
            times.append(time.perf_counter() - t0)
            break
    out.put((number, count, conflicts, time.perf_counter() - began, times))
    store.close()


def recorder(
    url: str, run: str, number: int, obligations: list[str], count: int, start: Any, out: Any
) -> None:
    """Record lifecycle steps (start, report, return, report …) with the engine's guards."""
    from cascade.errors import ConflictError, TransitionRefusedError
    from cascade.files.loader import load
    from cascade.model import Event
    from cascade.services import record
    from cascade.store import open_store

    cascade = load(SEED)
    store = open_store(url)
    conflicts, times = 0, []
    start.wait()
    began = time.perf_counter()
    for i in range(count):
        ob = cascade.obligation(obligations[(number + i) % len(obligations)])
        while True:
            t0 = time.perf_counter()
            at = dt.datetime.now(VIETNAM)  # an obligation's events must be in time order
            state = store.head(SEED_ID, ob.id).state or "assigned"
            trigger = {"assigned": "start", "in_progress": "report", "reported": "return"}[state]
            actor = cascade.report_to(ob) if trigger == "return" else ob.lead
            event = Event(id=f"{run}{number}-{i}", obligation=ob.id, trigger=trigger,
                          actor=actor, at=at)  # fmt: skip
            try:
                record(store, event, cascade_id=SEED_ID)
            except (ConflictError, TransitionRefusedError):  # another worker moved it first
                conflicts += 1
                if conflicts > 100 * count:
                    raise
                continue
            times.append(time.perf_counter() - t0)
            break
    out.put((number, count, conflicts, time.perf_counter() - began, times))
    store.close()


def run(
    url: str, workers: int, count: int, shared: bool, target: Any = worker, run_id: str = ""
) -> dict[str, Any]:
    from cascade.files.loader import load

    cascade = load(SEED)
    parents = {ob.implements for ob in cascade.obligations}
    today = dt.datetime.now(VIETNAM).date()
    leaves = [ob.id for ob in cascade.obligations if ob.id not in parents]
    if target is recorder:  # the engine refuses a lead that no longer exists (2025 mergers)
        leaves = [
            ob for ob in leaves
            if cascade.organisation(cascade.obligation(ob).lead).valid_on(today)
            and cascade.organisation(cascade.report_to(cascade.obligation(ob))).valid_on(today)
        ]  # fmt: skip
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Barrier(workers), ctx.Queue()
    processes = []
    for n in range(workers):
        mine = leaves[:4] if shared else leaves[4 + n * 4 : 8 + n * 4]
        args = (url, run_id or ("s" if shared else "b"), n, mine, count, start, out)
        processes.append(ctx.Process(target=target, args=args))
    for p in processes:
        p.start()
    results = []
    while len(results) < workers:
        try:
            results.append(out.get(timeout=1))
        except queue.Empty:
            if any(p.exitcode not in (None, 0) for p in processes):
                raise RuntimeError("a worker failed (see its traceback above)") from None
    for p in processes:
        p.join()
    times = [t for r in results for t in r[4]]
    wall = max(r[3] for r in results)
    return {
        "events": sum(r[1] for r in results),
        "conflicts": sum(r[2] for r in results),
        "wall": wall,
        "median_ms": statistics.median(times) * 1000,
        "p95_ms": sorted(times)[int(len(times) * 0.95)] * 1000,
    }


def check(url: str, expected_events: int) -> None:
    from cascade.engine.tracker import Tracker
    from cascade.store import open_store

    with open_store(url) as store:
        history = store.history(SEED_ID)
        heads = store.heads(SEED_ID)
        recorded = [s.event for s in history if s.event.id.startswith("r")]
        if recorded:  # every recorded event passes the guards again, in the stored order
            tracker = Tracker(store.load_cascade(SEED_ID))
            tracker.replay(recorded)
            for ob in {e.obligation for e in recorded if e.obligation is not None}:
                assert heads[ob].state == tracker.state(ob), f"head state of {ob}"
    ids = [s.event.id for s in history]
    assert len(ids) == expected_events == len(set(ids)), "lost or duplicated events"
    running: Counter[str] = Counter()
    for s in history:
        assert s.event.obligation is not None
        running[s.event.obligation] += 1
        assert s.version == running[s.event.obligation], "a version repeated or skipped"
    assert {ob: h.version for ob, h in heads.items()} == dict(running), "heads disagree"
    print(f"  checked: {len(ids):,} events, each once; versions 1..n on "
          f"{len(running)} obligations; heads agree")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="postgresql://… (default: start scripts/postgres.sh)")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--events", type=int, default=300, help="events per worker")
    parser.add_argument("--records", type=int, default=50,
                        help="events per worker through the engine's guards")  # fmt: skip
    args = parser.parse_args()
    base = (
        args.db
        or subprocess.run(
            [str(ROOT / "scripts" / "postgres.sh")], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    from sqlalchemy import create_engine, text

    from cascade.files.loader import read
    from cascade.store import open_store
    from cascade.store.url import sqlalchemy_url

    admin = create_engine(sqlalchemy_url(base), isolation_level="AUTOCOMMIT")
    print(f"{args.workers} processes against PostgreSQL ({os.cpu_count()} cores)")
    runs = (
        ("baseline: own obligations, no contention", False, worker, ""),
        ("shared: 4 obligations for all workers", True, worker, ""),
        ("record: engine guards, 4 shared obligations", True, recorder, "r"),
    )
    schemas: list[str] = []
    try:
        total = 0
        for label, shared, target, run_id in runs:
            if not schemas or target is recorder:  # the engine replays a schema of its own
                schemas.append(f"bench_{uuid.uuid4().hex[:8]}")
                with admin.connect() as conn:
                    conn.execute(text(f"CREATE SCHEMA {schemas[-1]}"))
                sep = "&" if "?" in base else "?"
                url = f"{base}{sep}options={quote(f'-csearch_path={schemas[-1]}')}"
                with open_store(url, create=True) as store:
                    store.save_cascade(read(SEED)[0])
                total = 0
            count = args.events if target is worker else args.records
            r = run(url, args.workers, count, shared, target, run_id)
            total += r["events"]
            print(f"  {label:<44} {r['events']:>6,} events {r['wall']:6.2f} s "
                  f"{r['events'] / r['wall']:>7,.0f} events/s  median {r['median_ms']:.2f} ms "
                  f"p95 {r['p95_ms']:.2f} ms  conflicts reported {r['conflicts']:,}")  # fmt: skip
            check(url, total)
    finally:
        with admin.connect() as conn:
            for schema in schemas:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
