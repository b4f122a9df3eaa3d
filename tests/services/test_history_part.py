"""The stores' filtered history read: ``history_batch(cascade, obligations=[…])`` gives
the events of those obligations and the milestone events, in history order, read on the
(cascade, obligation_id, version) unique index on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cascade.clock import VIETNAM
from cascade.event_batch import EventBatch
from cascade.files.loader import expand
from cascade.model import CascadeFile, Event
from cascade.services import import_events
from cascade.store import EventStore

T0 = dt.datetime(2025, 1, 10, 8, 0, tzinfo=VIETNAM)


def milestone(event_id: str, milestone_id: str, actor: str, at: dt.datetime) -> Event:
    return Event(id=event_id, milestone=milestone_id, actor=actor, at=at)


def _rows(batch: EventBatch) -> list[Event]:
    return list(batch.events())


@pytest.fixture
def stored_seed(store: EventStore, cascade_files: dict[str, CascadeFile]) -> EventStore:
    """The seed with a history over several obligations, milestones among them."""
    store.save_cascade(cascade_files["seed"])
    seed = expand(cascade_files["seed"])
    obs = [ob for ob in seed.obligations if ob.implements == "cv12724.stttt"][:6]
    events: list[Event] = []
    for k in range(30):
        ob = obs[k % len(obs)]
        at = T0 + dt.timedelta(hours=k)
        if k == 13:
            events.append(milestone("m13", "xiv-congress", "btv-tu", at))
        trigger = "start" if k < 6 else ("report" if (k // 6) % 2 else "return")
        actor = seed.report_to(ob) if trigger == "return" else ob.lead
        note = f"ghi chú {k}" if k % 5 == 0 else None
        events.append(
            Event(id=f"h{k:02d}", obligation=ob.id, trigger=trigger, actor=actor, at=at, note=note)
        )
    import_events(store, EventBatch.from_events(events), cascade_id="kien-giang-xiv-congress")
    return store


@pytest.mark.parametrize("chunk", [10_000, 2])
def test_history_batch_of_some_obligations(
    stored_seed: EventStore, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the events of the obligations asked for and the milestone events, in history
    order, with every field; several IN lists merge back in order."""
    monkeypatch.setattr("cascade.store.sql._IN_CHUNK", chunk)
    cid = "kien-giang-xiv-congress"
    whole = _rows(stored_seed.history_batch(cid))
    wanted = {e.obligation for e in whole[:5] if e.obligation} | {"nothing-here"}
    part = _rows(stored_seed.history_batch(cid, obligations=wanted))
    expected = [e for e in whole if e.obligation is None or e.obligation in wanted]
    assert part == expected
    assert len(expected) < len(whole) and any(e.milestone for e in part)
    assert _rows(stored_seed.history_batch(cid, obligations=[])) == [
        e for e in whole if e.obligation is None
    ]
    until = T0 + dt.timedelta(hours=14, minutes=30)
    assert _rows(stored_seed.history_batch(cid, until=until, obligations=wanted)) == [
        e for e in expected if e.at <= until
    ]


def test_sqlite_reads_a_part_of_the_history_through_the_index(tmp_path: Path) -> None:
    """The filtered reads search the (cascade, obligation_id, version) unique index; they
    do not scan the cascade's events."""
    import sqlite3

    from cascade.store import open_store
    from cascade.store.sql import SqlStore

    path = tmp_path / "plan.db"
    with open_store(f"sqlite:///{path}", create=True) as store:
        assert isinstance(store, SqlStore)
        lookups = (store.sql.history_of, store.sql.history_of_and_milestones)
        statements = [
            (lookup.sql(len(ids)), lookup.params(1, ids))
            for lookup in lookups
            for ids in (["a", "b", "c"], [])
            if ids or lookup is not store.sql.history_of
        ]
    conn = sqlite3.connect(path)
    for sql, params in statements:
        plan = " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "SEARCH cascade_events USING" in plan, plan
        assert "INDEX" in plan and "(cascade=? AND obligation_id=?)" in plan, plan
        assert "SCAN" not in plan, plan
    conn.close()


def test_postgresql_reads_a_part_of_the_history_through_the_index(
    postgres_url: str, cascade_files: dict[str, CascadeFile]
) -> None:
    """With statistics on 10,000 events, PostgreSQL plans both filtered reads on the
    (cascade, obligation_id, version) unique index."""
    from sqlalchemy import text

    from cascade.store import open_store
    from cascade.store.sql import SqlStore

    with open_store(postgres_url, create=True) as store:
        assert isinstance(store, SqlStore)
        store.save_cascade(cascade_files["seed"])
        cid = cascade_files["seed"].cascade.id
        rows = (  # plain rows for the planner: the store does not check them against the cascade
            Event(id=f"p{k}", obligation=f"ob{k % 1000}", trigger="start", actor="x", at=T0)
            if k % 500
            else milestone(f"p{k}", "xiv-congress", "x", T0)
            for k in range(10_000)
        )
        store.append_many(cid, rows)
        lookup, with_milestones = store.sql.history_of, store.sql.history_of_and_milestones
        obs = ["ob1", "ob2", "ob3"]
        with store.engine.connect() as conn:
            conn.execute(text("ANALYZE cascade_events"))
            cursor = conn.connection.cursor()
            for sql, params in (
                (lookup.sql(3), lookup.params(1, obs)),
                (with_milestones.sql(3), with_milestones.params(1, obs)),
                (with_milestones.sql(0), with_milestones.params(1, [])),
            ):
                cursor.execute(f"EXPLAIN {sql}", params)
                plan = "\n".join(row[0] for row in cursor.fetchall())
                assert "Index Scan" in plan and "cascade_events_version_key" in plan, plan
                assert "Seq Scan" not in plan, plan
