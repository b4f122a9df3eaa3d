"""Event store benchmarks: bulk import rate, single-event latency, loading a million states.

Run (about three minutes and 3 GB on the project's 2-core machine)::

    .venv/bin/python benchmarks/bench_store.py              # 1,000,000 events
    .venv/bin/python benchmarks/bench_store.py --events 100000 --sections bulk,latency

Each figure is printed beside its baseline, measured in the same run on the same
data:

* **bulk import**: ``SqlStore.append_many`` (batches of 50,000 in transactions,
  duplicate check, per-obligation versions and heads) against the floor, raw
  ``sqlite3.executemany`` of the same rows into the same table with no checks
  and no heads, and against the naive way, one ``append`` (one transaction) per
  event, measured on a sample;
* **the CLI path**: ``cascade events import FILE.jsonl`` end to end (parse,
  check every reference against the stored cascade, write) in a subprocess;
* **single-event latency**: ``append`` with the state the event leads to, including the
  transaction and commit, against a raw ``sqlite3`` insert-and-commit;
* **states of a million obligations**: ``heads()`` after a million obligations
  each received an event, against a raw ``SELECT`` of the same rows; and the
  engine's way (for status as of a past day): load the stored definition, read
  the history as columns, replay it;
* **recording one event on a large history** (``--sections record``, not run by
  default: about five minutes): ``tracking.record`` of the same next events on two
  copies of one database holding a million events, the former way (the whole history
  read and replayed, kept here as ``record_full_replay``) against the current one
  (only the obligation's, its children's and the milestone events), with the
  definition load, the history read and the replay timed apart.

SQLite runs as the store configures it: WAL, ``synchronous=NORMAL``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.dialects import sqlite

from cascade.clock import VIETNAM
from cascade.event_batch import EventBatch
from cascade.model import Cascade, Event
from cascade.store import EventStore, open_store
from cascade.store.connections import SQLITE_PRAGMAS
from cascade.store.sql import SqlStore, _row
from cascade.store.statements import build
from cascade.testing.synthetic import generate

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker

RAW_INSERT = build(sqlite.dialect()).insert_events.sql  # the store's own INSERT, as SQL text
T = TypeVar("T")
T0 = dt.datetime(2025, 1, 10, 8, 0, tzinfo=VIETNAM)


def lifecycle(cascade: Cascade, count: int, prefix: str = "e") -> Iterator[Event]:
    """``count`` events that the engine's guards accept: every obligation is started, then
    the obligations without children report and are returned, round-robin (a parent may
    report only once its children have, so parents stay in progress)."""
    obligations = cascade.obligations
    parents = {ob.implements for ob in obligations}
    leaves = [ob for ob in obligations if ob.id not in parents]
    for i in range(count):
        if i < len(obligations):
            ob, trigger = obligations[i], "start"
        else:
            step, at = divmod(i - len(obligations), len(leaves))
            ob, trigger = leaves[at], ("report" if step % 2 == 0 else "return")
        actor = cascade.report_to(ob) if trigger == "return" else ob.lead
        yield Event.model_construct(
            id=f"{prefix}{i}", obligation=ob.id, trigger=trigger, actor=actor,
            at=T0 + dt.timedelta(seconds=i), note=None, evidence=None, milestone=None,
        )  # fmt: skip


def fresh_store(path: Path, cascade: Cascade) -> SqlStore:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = open_store(f"sqlite:///{path}", create=True)
    assert isinstance(store, SqlStore)
    store.save_cascade(cascade)
    return store


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    return conn


def timed(label: str, count: int, seconds: float, unit: str = "events") -> float:
    rate = count / seconds
    print(f"  {label:<58} {count:>9,} {unit} {seconds:7.2f} s {rate:>10,.0f} {unit}/s")
    return rate


def bench_bulk(work: Path, cascade: Cascade, count: int, batch: int, sample: int) -> None:
    print(f"\nBulk import into SQLite: {count:,} events over {len(cascade.obligations):,} "
          f"obligations, batches of {batch:,}")  # fmt: skip
    cid = cascade.cascade.id
    events = list(lifecycle(cascade, count))
    columns = EventBatch.from_events(events)  # what an events file is read into
    gc.collect()
    gc.freeze()  # as `cascade events import` does once the file is read

    store = fresh_store(work / "bulk.db", cascade)
    start = time.perf_counter()
    report = store.append_many(cid, columns, batch_size=batch)
    store_rate = timed("SqlStore.append_many", report.added, time.perf_counter() - start)
    start = time.perf_counter()
    again = store.append_many(cid, columns, batch_size=batch)
    timed("the same again (every event a duplicate, nothing written)", again.duplicates,
          time.perf_counter() - start)  # fmt: skip
    store.close()

    raw_path = work / "raw.db"
    fresh_store(raw_path, cascade).close()
    conn = raw_connection(raw_path)
    key = conn.execute("SELECT key FROM cascade_definitions").fetchone()[0]
    sql = RAW_INSERT
    start = time.perf_counter()
    seen: dict[str, int] = {}
    for first in range(0, count, batch):
        rows = []
        for e in events[first : first + batch]:
            assert e.obligation is not None
            version = seen[e.obligation] = seen.get(e.obligation, 0) + 1
            rows.append(_row(key, e, version))
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
    floor_rate = timed("floor: raw sqlite3 executemany, no checks, no heads", count,
                       time.perf_counter() - start)  # fmt: skip
    conn.close()

    store = fresh_store(work / "naive.db", cascade)
    start = time.perf_counter()
    for e in events[:sample]:
        store.append(cid, e)
    naive_rate = timed("naive: one append (one transaction) per event, sample", sample,
                       time.perf_counter() - start)  # fmt: skip
    store.close()
    print(f"  append_many is {store_rate / naive_rate:.0f}x the naive way and "
          f"{store_rate / floor_rate:.0%} of the floor")  # fmt: skip


def bench_cli(work: Path, cascade: Cascade, count: int, batch: int) -> None:
    print(f"\nCLI: cascade events import, {count:,} events, cascade of "
          f"{len(cascade.obligations):,} obligations")  # fmt: skip
    path = work / "events.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for e in lifecycle(cascade, count, prefix="c"):
            handle.write(json.dumps({"id": e.id, "obligation": e.obligation, "trigger": e.trigger,
                                     "actor": e.actor, "at": e.at.isoformat()}) + "\n")  # fmt: skip
    db = work / "cli.db"
    fresh_store(db, cascade).close()
    command = [sys.executable, "-m", "cascade", "events", "import", str(path), "--db",
               f"sqlite:///{db}", "--batch-size", str(batch), "--no-progress"]  # fmt: skip
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=True)
    timed("cascade events import (start-up, parse, checks, write)", count,
          time.perf_counter() - start)  # fmt: skip
    print(f"  {proc.stdout.strip()}")
    cli_phases(path, work / "phases.db", cascade, batch)


def cli_phases(path: Path, db: Path, cascade: Cascade, batch: int) -> None:
    """Where the command's time goes: its steps again, in this process, on a fresh store."""
    from cascade.files.events_read import read_events
    from cascade.services import Source, open_tracker, unknown_references

    store = fresh_store(db, cascade)
    cid = cascade.cascade.id

    def step(label: str, work: Callable[[], T]) -> T:
        start = time.perf_counter()
        result = work()
        print(f"  {label:<58} {time.perf_counter() - start:6.2f} s")
        return result

    events = step("read_events: parse the JSON Lines file into columns", lambda: read_events(path))
    gc.collect()
    gc.freeze()
    tracker = step("load_tracker: stored definition and history",
                   lambda: open_tracker(Source(db=store, cascade_id=cid)))  # fmt: skip
    step("check_references", lambda: unknown_references(tracker, events))
    done = step("replay with the engine's guards, keeping states",
                lambda: tracker.replay(events, keep_states=True))  # fmt: skip
    step("append_many: write in transactions",
         lambda: store.append_many(cid, events, rows=done.rows, states=done.states,
                                   batch_size=batch))  # fmt: skip
    store.close()
    gc.unfreeze()


def bench_latency(work: Path, cascade: Cascade, count: int) -> None:
    print(f"\nSingle recorded events on SQLite ({count:,} appends, each its own transaction)")
    cid = cascade.cascade.id
    events = list(lifecycle(cascade, count + 100, prefix="l"))
    store = fresh_store(work / "latency.db", cascade)
    for e in events[:100]:  # warm up: connections, statement cache
        store.append(cid, e, state="in_progress")
    times = []
    for e in events[100:]:
        start = time.perf_counter()
        store.append(cid, e, state="in_progress")
        times.append(time.perf_counter() - start)
    store.close()
    report("SqlStore.append with a state (lock head, check id, insert, update)", times)

    raw_path = work / "latency-raw.db"
    fresh_store(raw_path, cascade).close()
    conn = raw_connection(raw_path)
    key = conn.execute("SELECT key FROM cascade_definitions").fetchone()[0]
    sql = RAW_INSERT
    times = []
    for i, e in enumerate(events[100:]):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(sql, _row(key, e, i + 1))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    report("floor: raw sqlite3 insert + commit", times)


def report(label: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[int(len(ms) * 0.95)]
    print(f"  {label:<66} mean {statistics.fmean(ms):.3f} ms  median {statistics.median(ms):.3f} ms"
          f"  p95 {p95:.3f} ms  max {ms[-1]:.2f} ms")  # fmt: skip


def bench_states(work: Path, obligations: int, batch: int) -> None:
    print(f"\nStates of {obligations:,} obligations from SQLite")
    cascade = generate(obligations)
    cid = cascade.cascade.id
    start = time.perf_counter()
    store = fresh_store(work / "states.db", cascade)
    timed("store the definition (canonical JSON, compressed)", obligations,
          time.perf_counter() - start, "obligations")  # fmt: skip
    events = (
        Event.model_construct(id=f"s{i}", obligation=ob.id, trigger="start", actor=ob.lead,
                              at=T0, note=None, evidence=None, milestone=None)
        for i, ob in enumerate(cascade.obligations)
    )  # fmt: skip
    states = ("in_progress" for _ in range(obligations))
    start = time.perf_counter()
    store.append_many(cid, events, states=states, batch_size=batch)
    timed("import one start event per obligation", obligations, time.perf_counter() - start)
    del cascade
    gc.collect()
    start = time.perf_counter()
    heads = store.heads(cid)
    seconds = time.perf_counter() - start
    assert len(heads) == obligations
    timed("SqlStore.heads(): obligation -> (version, state)", obligations, seconds, "obligations")
    conn = raw_connection(work / "states.db")
    start = time.perf_counter()
    rows = conn.execute(
        "SELECT obligation_id, version, state FROM cascade_heads WHERE cascade = 1"
    ).fetchall()
    timed("floor: raw sqlite3 SELECT of the same rows", len(rows), time.perf_counter() - start,
          "obligations")  # fmt: skip
    conn.close()
    del heads, rows
    gc.collect()

    # the engine's view: definition, history as columns, bulk replay (for --as-of)
    start = time.perf_counter()
    loaded = store.load_cascade(cid)
    timed("load_cascade(): validate and expand the stored definition", obligations,
          time.perf_counter() - start, "obligations")  # fmt: skip
    start = time.perf_counter()
    batch_columns = store.history_batch(cid)
    timed("history_batch(): the history as the engine's columns", len(batch_columns),
          time.perf_counter() - start)  # fmt: skip
    from cascade.engine.tracker import Tracker

    start = time.perf_counter()
    tracker = Tracker(loaded)
    tracker.replay(batch_columns)
    timed("Tracker(...).replay(): states from the history", obligations,
          time.perf_counter() - start, "obligations")  # fmt: skip
    assert tracker.state(tracker.tables.ob_ids[0]) == "in_progress"
    store.close()


# --- record: one event on a large history --------------------------------------------


def padded_history(cascade: Cascade, events: int) -> EventBatch:
    """A legal history of exactly ``events`` events: ``generate_events`` where the
    cascade is big enough for that many, else its history padded with return / report
    rounds on reported leaf obligations (no roll-up under them), dated after it."""
    from cascade.engine.tracker import Tracker
    from cascade.testing.synthetic import generate_events

    try:
        return generate_events(cascade, events)
    except ValueError:
        batch = generate_events(cascade)
    tracker = Tracker(cascade)
    tracker.replay(batch)
    states = tracker.states()
    del tracker
    parents = {ob.implements for ob in cascade.obligations}
    issuer = {doc.id: doc.on_behalf_of or doc.issuer for doc in cascade.documents}
    leaves = [
        (ob.id, ob.lead, issuer[ob.document])
        for ob in cascade.obligations
        if ob.id not in parents and states[ob.id] == "reported"
    ]
    at = max(batch.at) + 86400
    n = 0
    while len(batch) < events:
        for ob, lead, by in leaves:
            for trigger, actor in (("return", by), ("report", lead)):
                if len(batch) == events:
                    break
                batch.ids.append(f"pad{n:08d}")  # after "ev…": the ids keep increasing
                batch.obligations.append(ob)
                batch.triggers.append(trigger)
                batch.actors.append(actor)
                batch.at.append(at + n)
                batch.offsets.append(420)
                n += 1
    return batch


def next_events(tracker: Tracker, cascade: Cascade, count: int, after: float) -> list[Event]:
    """``count`` events the engine accepts next, dated a day after ``after`` (POSIX
    seconds): half of them on the parents with the most children (the most history to
    replay), a fifth roll-up reports of parents (the largest whose children are done),
    the rest on random leaves."""
    import random

    rng = random.Random(1)
    at = dt.datetime.fromtimestamp(after, VIETNAM) + dt.timedelta(days=1)
    issuer = {doc.id: doc.on_behalf_of or doc.issuer for doc in cascade.documents}
    kids: dict[str, int] = {}
    for ob in cascade.obligations:
        if ob.implements:
            kids[ob.implements] = kids.get(ob.implements, 0) + 1
    nxt = {"assigned": "start", "in_progress": "report", "reported": "accept"}

    def candidate(i: int, ob_id: str) -> Event | None:
        ob = cascade.obligation(ob_id)
        trigger = nxt.get(tracker.state(ob_id))
        if trigger is None:
            return None
        actor = issuer[ob.document] if trigger == "accept" else ob.lead
        event = Event(id=f"next{i}", obligation=ob_id, trigger=trigger, actor=actor,
                      at=at + dt.timedelta(minutes=i))  # fmt: skip
        return event if tracker.check(event) is None else None

    picked: list[Event] = []
    by_size = sorted(kids, key=kids.__getitem__, reverse=True)
    for ob_id in by_size:
        if len(picked) == count // 2:
            break
        e = candidate(len(picked), ob_id)
        if e is not None:
            picked.append(e)
    for ob_id in by_size:
        if len(picked) == count // 2 + count // 5:
            break
        if tracker.state(ob_id) == "in_progress" and all(p.obligation != ob_id for p in picked):
            e = candidate(len(picked), ob_id)
            if e is not None:
                picked.append(e)
    leaves = [ob.id for ob in cascade.obligations if ob.id not in kids]
    while len(picked) < count:
        e = candidate(len(picked), rng.choice(leaves))
        if e is not None and all(p.obligation != e.obligation for p in picked):
            picked.append(e)
    return picked


def record_full_replay(
    store: EventStore, cascade_id: str, event: Event, parts: dict[str, list[float]]
) -> str | None:
    """The baseline: ``record`` as it was, the whole stored history replayed before the
    same decision and the same write; times its steps."""
    from cascade.services import empty_tracker

    start = time.perf_counter()
    tracker = empty_tracker(store, cascade_id)
    read = time.perf_counter()
    batch = store.history_batch(cascade_id)
    replay = time.perf_counter()
    tracker.replay(batch)
    decide = time.perf_counter()
    ob = event.obligation
    assert ob is not None
    seen = len(tracker.history(ob))
    done = tracker.apply(event)
    state = done.new if done is not None else tracker.state(ob)
    store.append(cascade_id, event, expected_version=seen, state=state)
    end = time.perf_counter()
    for name, seconds in (("definition", read - start), ("read", replay - read),
                          ("replay", decide - replay), ("rest", end - decide)):  # fmt: skip
        parts[name].append(seconds)
    parts["events"].append(len(batch))
    return state


def partial_parts(
    store: EventStore, cascade_id: str, event: Event, parts: dict[str, list[float]]
) -> None:
    """Time the steps of ``services.decision_tracker`` for ``event``: the new way's
    definition (the part its guards read), history read and replay (what ``record`` does
    before deciding)."""
    from cascade.engine.tracker import Tracker
    from cascade.services.shared import stored_lifecycle

    ob = event.obligation
    assert ob is not None
    with store.reading():
        start = time.perf_counter()
        lifecycle = stored_lifecycle(store, cascade_id)
        tracker = Tracker(store.definition_part(cascade_id, ob, event.actor), lifecycle)
        read = time.perf_counter()
        wanted = [ob, *tracker.tables.children_of(ob)]
        batch = store.history_batch(cascade_id, obligations=wanted)
        replay = time.perf_counter()
    tracker.replay(batch, guards=False)
    end = time.perf_counter()
    for name, seconds in (("definition", read - start), ("read", replay - read),
                          ("replay", end - replay)):  # fmt: skip
        parts[name].append(seconds)
    parts["events"].append(len(batch))


def bench_record(work: Path, obligations: int, events: int, count: int, batch: int) -> None:
    from cascade.services import Source, import_events, open_tracker, record

    print(f"\nRecording one event on a large history in SQLite: {events:,} events over "
          f"{obligations:,} obligations, {count} events recorded each way")  # fmt: skip
    cascade = generate(obligations)
    cid = cascade.cascade.id
    history = padded_history(cascade, events)
    path = work / "record.db"
    store = fresh_store(path, cascade)
    start = time.perf_counter()
    import_events(store, history, cascade_id=cid, batch_size=batch)
    timed("setup: import_events (the engine checks the history, then the write)",
          len(history), time.perf_counter() - start)  # fmt: skip
    latest = max(history.at)
    del history
    gc.collect()
    tracker = open_tracker(Source(db=store, cascade_id=cid))
    chosen = next_events(tracker, cascade, count, latest)
    del tracker
    store.close()
    # the setup's objects out of the collector's way: a `cascade record` process holds
    # none of them, and a full collection walking them would land in whichever step
    gc.collect()
    gc.freeze()
    copies = {}
    for way in ("full", "part"):  # the same database twice: each way records the same events
        copies[way] = work / f"record-{way}.db"
        source, target = sqlite3.connect(path), sqlite3.connect(copies[way])
        source.backup(target)
        source.close()
        target.close()

    full: dict[str, list[float]] = {
        k: [] for k in ("definition", "read", "replay", "rest", "events")
    }
    with open_store(f"sqlite:///{copies['full']}") as old:
        totals_full, states_full = [], []
        for e in chosen:
            start = time.perf_counter()
            states_full.append(record_full_replay(old, cid, e, full))
            totals_full.append(time.perf_counter() - start)
    part: dict[str, list[float]] = {k: [] for k in ("definition", "read", "replay", "events")}
    with open_store(f"sqlite:///{copies['part']}") as new:
        totals_part, states_part = [], []
        for e in chosen:
            start = time.perf_counter()
            states_part.append(record(new, e, cascade_id=cid).state)
            totals_part.append(time.perf_counter() - start)
        assert states_part == states_full, (states_part, states_full)
        with open_store(f"sqlite:///{copies['full']}") as old:
            assert new.heads(cid) == old.heads(cid)
        for e in chosen:  # the new way's steps, timed apart (the events are stored now)
            partial_parts(new, cid, e, part)

    def ms(values: list[float]) -> str:
        return f"{statistics.fmean(values) * 1000:9.1f} ms"

    parents = {ob.implements for ob in cascade.obligations}
    on_parents = [e for e in chosen if e.obligation in parents]
    rollups = sum(1 for e in on_parents if e.trigger == "report")
    print(f"  events: {', '.join(sorted({str(e.trigger) for e in chosen}))} "
          f"({len(on_parents)} on parents, {rollups} of them roll-up reports); states after: "
          f"{', '.join(sorted({str(s) for s in states_part}))}")  # fmt: skip
    print(f"  {'mean per recorded event':<52} {'full replay (before)':>22} {'partial (now)':>16}")
    rows = (
        ("record(), end to end", totals_full, totals_part),
        ("  definition (before: all of it; now: the part read)",
         full["definition"], part["definition"]),
        ("  history read (history_batch)", full["read"], part["read"]),
        ("  replay", full["replay"], part["replay"]),
    )  # fmt: skip
    for label, before, now in rows:
        print(f"  {label:<52} {ms(before):>22} {ms(now):>16}")
    read_replay_full = [a + b for a, b in zip(full["read"], full["replay"], strict=True)]
    read_replay_part = [a + b for a, b in zip(part["read"], part["replay"], strict=True)]
    print(
        f"  {'  history read + replay':<52} {ms(read_replay_full):>22} {ms(read_replay_part):>16}"
        f"   ({statistics.fmean(read_replay_full) / statistics.fmean(read_replay_part):,.0f}x)"
    )
    print(f"  {'  events replayed per record (mean / max)':<52} "
          f"{statistics.fmean(full['events']):>13,.0f} / {max(full['events']):,} "
          f"{statistics.fmean(part['events']):>9,.0f} / {max(part['events']):,}")  # fmt: skip
    print(f"  median record(): full {statistics.median(totals_full) * 1000:.1f} ms, "
          f"partial {statistics.median(totals_part) * 1000:.1f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--obligations", type=int, default=100_000,
                        help="size of the synthetic cascade the events refer to")  # fmt: skip
    parser.add_argument("--states", type=int, default=1_000_000,
                        help="obligations whose states are loaded")  # fmt: skip
    parser.add_argument("--batch", type=int, default=50_000)
    parser.add_argument("--latency", type=int, default=2000, help="single appends timed")
    parser.add_argument("--sections", default="bulk,latency,cli,states",
                        help="which parts to run, comma-separated (also: record)")  # fmt: skip
    parser.add_argument("--record-events", type=int, default=1_000_000,
                        help="record: the stored history's size")  # fmt: skip
    parser.add_argument("--record-obligations", type=int, default=100_000,
                        help="record: the synthetic cascade's size")  # fmt: skip
    parser.add_argument("--record", type=int, default=10, help="record: events recorded each way")
    args = parser.parse_args()
    print(f"cascade store benchmark: Python {sys.version.split()[0]}, SQLite "
          f"{sqlite3.sqlite_version}, {os.cpu_count()} cores")  # fmt: skip
    cascade = generate(args.obligations)
    with tempfile.TemporaryDirectory(prefix="cascade-bench-") as tmp:
        work = Path(tmp)
        sections = args.sections.split(",")
        if "bulk" in sections:
            bench_bulk(work, cascade, args.events, args.batch, sample=min(5000, args.events))
        if "latency" in sections:
            bench_latency(work, cascade, args.latency)
        if "cli" in sections:
            bench_cli(work, cascade, args.events, args.batch)
        if "states" in sections:
            bench_states(work, args.states, args.batch)
        if "record" in sections:
            bench_record(work, args.record_obligations, args.record_events, args.record,
                         args.batch)  # fmt: skip


if __name__ == "__main__":
    main()
