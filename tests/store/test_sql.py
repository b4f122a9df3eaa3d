"""The SQL store itself: schema versions and migrations, URLs, SQLite settings."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import (
    Column,
    Connection,
    Index,
    MetaData,
    String,
    Table,
    insert,
    inspect,
    text,
)

from cascade.errors import InputError, StoreError
from cascade.model import CascadeFile
from cascade.store import MemoryStore, open_store, resolve_url
from cascade.store import schema as t
from cascade.store.connections import make_engine
from cascade.store.migrations import CURRENT, MIGRATIONS, Migration, check, migrate
from cascade.store.sql import SqlStore
from cascade.store.url import display_url, sqlalchemy_url
from support import SEED_ID
from support.store import ev


def _engine(url: str):  # type: ignore[no-untyped-def]
    # the store's engine set-up: on SQLite it is what makes DDL transactional
    return make_engine(sqlalchemy_url(url), create=False)


# --- schema versions ----------------------------------------------------------------


def test_init_builds_the_schema_of_the_code(db_url: str) -> None:
    with open_store(db_url, create=True) as store:
        assert isinstance(store, SqlStore) and store.schema_version == CURRENT
    engine = _engine(db_url)
    found = inspect(engine)
    for table in t.metadata.sorted_tables:
        columns = {c["name"] for c in found.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
        uniques = {tuple(u["column_names"]) for u in found.get_unique_constraints(table.name)}
        expected = {
            tuple(c.name for c in constraint.columns)
            for constraint in table.constraints
            if constraint.__class__.__name__ == "UniqueConstraint"
        } | {(c.name,) for c in table.columns if c.unique}
        assert uniques == expected, table.name
    engine.dispose()


def test_an_uninitialised_database_is_refused(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).touch()
    with pytest.raises(StoreError, match="not initialised: run `cascade db init`"):
        open_store(db_url)


def test_a_newer_schema_is_refused(db_url: str) -> None:
    open_store(db_url, create=True).close()
    engine = _engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            insert(t.schema_versions).values(version=99, description="future", applied_at=_now())
        )
    engine.dispose()
    for create in (False, True):
        with pytest.raises(StoreError, match="schema version 99, newer than this cascade"):
            open_store(db_url, create=create)


def _now():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.datetime.now(dt.UTC)


def _add_actor_index(conn: Connection) -> None:
    # a table object of its own: an Index on t.events would join the code's metadata
    events = Table("cascade_events", MetaData(), Column("actor", String))
    Index("cascade_events_actor", events.c.actor).create(conn)


def test_migrations_run_forward_and_keep_the_data(db_url: str, seed_file: CascadeFile) -> None:
    with open_store(db_url, create=True) as store:
        store.save_cascade(seed_file)
        store.append(SEED_ID, ev("e1", "1.4", "start", "dai-ptth"))
    engine = _engine(db_url)
    steps = (*MIGRATIONS, Migration(CURRENT + 1, "index events by actor", _add_actor_index))
    assert migrate(engine, steps) == [CURRENT + 1]
    assert migrate(engine, steps) == []  # nothing left to do
    with engine.connect() as conn:
        assert check(conn, latest=CURRENT + 1) == CURRENT + 1
        with pytest.raises(StoreError, match="newer than this cascade"):
            check(conn)
    indexes = {i["name"] for i in inspect(engine).get_indexes("cascade_events")}
    assert "cascade_events_actor" in indexes
    engine.dispose()
    with pytest.raises(StoreError):
        open_store(db_url)  # this code knows the versions up to CURRENT only
    # ...but the data is all there for code that knows the next one
    engine = _engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT event_id FROM cascade_events")).scalars().all() == ["e1"]
    engine.dispose()


def test_a_failing_migration_leaves_the_previous_version(db_url: str) -> None:
    open_store(db_url, create=True).close()

    def half_done(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE cascade_half_done (x INTEGER)"))
        raise RuntimeError("the migration fails half-way")

    engine = _engine(db_url)
    with pytest.raises(RuntimeError):
        migrate(engine, (*MIGRATIONS, Migration(CURRENT + 1, "fails", half_done)))
    with engine.connect() as conn:
        assert check(conn) == CURRENT
    assert not inspect(engine).has_table("cascade_half_done")
    engine.dispose()


def _inits_at_once(url: str, count: int = 3) -> list[BaseException]:
    """``count`` threads open ``url`` with ``create`` at once; what they raised."""
    errors: list[BaseException] = []

    def init() -> None:
        try:
            open_store(url, create=True).close()
        except BaseException as exc:  # report in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=init) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_two_inits_at_once_apply_each_migration_once(db_url: str) -> None:
    assert _inits_at_once(db_url) == []
    engine = _engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version FROM cascade_schema")).scalars().all()
    engine.dispose()
    assert rows == list(range(1, CURRENT + 1))


def test_inits_at_once_on_a_new_sqlite_file_wait_for_each_other(tmp_path: Path) -> None:
    # switching a new file to WAL is answered "locked" at once while another connection
    # holds it; without the store's retry, each of three runs of this test failed
    for round_ in range(60):
        url = f"sqlite:///{tmp_path / f'new-{round_}.db'}"
        assert _inits_at_once(url) == [], f"round {round_}"


# --- URLs ---------------------------------------------------------------------------


def test_which_database_the_rule() -> None:
    assert resolve_url("sqlite:///a.db", {"CASCADE_DB": "sqlite:///b.db"}) == "sqlite:///a.db"
    assert resolve_url(None, {"CASCADE_DB": "sqlite:///b.db"}) == "sqlite:///b.db"
    assert resolve_url(None, {"CASCADE_DB": "  "}) == "sqlite:///cascade.db"
    assert resolve_url(None, {}) == "sqlite:///cascade.db"


def test_urls_are_normalised_to_the_drivers_used() -> None:
    assert sqlalchemy_url("postgresql://u@h/d").drivername == "postgresql+psycopg"
    assert sqlalchemy_url("postgres://u@h/d").drivername == "postgresql+psycopg"
    assert sqlalchemy_url("data/track.db").database == "data/track.db"
    assert sqlalchemy_url("sqlite:////abs/x.db").database == "/abs/x.db"
    for bad, message in (
        ("mysql://u@h/d", "unsupported database 'mysql'"),
        ("sqlite://", "needs a file"),
        ("sqlite:///:memory:", "needs a file"),
        ("sqlite+aiosqlite:///x.db", "unsupported SQLite driver"),
        ("://nothing", "not a database URL"),
    ):
        with pytest.raises(InputError, match=message):
            sqlalchemy_url(bad)


def test_passwords_are_never_shown() -> None:
    assert "s3cret" not in display_url("postgresql://u:s3cret@h/d")
    assert display_url("postgresql://u:s3cret@h/d").startswith("postgresql://u:***@h/d")


def test_memory_url_is_the_in_memory_store() -> None:
    assert isinstance(open_store("memory:"), MemoryStore)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.db'}", create=True) as store:
        assert isinstance(store, SqlStore)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
