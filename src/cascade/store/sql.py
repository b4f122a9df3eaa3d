"""The SQL event store: SQLAlchemy 2 Core over SQLite (default) or PostgreSQL (psycopg 3).

How the port's promises are kept:

* every write is one transaction. On SQLite it starts with ``BEGIN IMMEDIATE``
  (the write lock is taken at once, so two writers queue instead of failing
  half-way) in WAL mode with ``synchronous=NORMAL``: readers never block the
  writer, and a committed transaction survives the process being killed;
* the obligation's head row is created if missing and then locked (``SELECT …
  FOR UPDATE`` on PostgreSQL; the database lock on SQLite) before anything is
  decided, so the version check, the ``decide`` call and the write see one
  state; a unique (cascade, obligation, version) key backs this up;
* an event id is unique per cascade. A single append inserts with ``ON
  CONFLICT DO NOTHING`` and compares with the stored event when nothing was
  inserted; a batch looks its ids up after locking its heads and inserts only
  the new ones (a silently skipped row would leave a head counting an event
  that is not there).
"""

from __future__ import annotations

import datetime as dt
import functools
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Insert,
    Row,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError

from cascade.errors import ConflictError, StoreError, UnknownReferenceError
from cascade.loader import expand
from cascade.model import Cascade, CascadeFile, Event
from cascade.store import definitions, migrations
from cascade.store import schema as t
from cascade.store.port import (
    DEFAULT_BATCH,
    AppendResult,
    Batch,
    BatchPlan,
    CascadeRecord,
    Decide,
    EventStore,
    Head,
    ImportReport,
    StoredEvent,
    conflict,
    difference,
    instant_us,
    plan_batch,
    reused_id,
    run_batches,
)
from cascade.store.url import display_url, sqlalchemy_url

P = ParamSpec("P")
R = TypeVar("R")
_DEFS = t.definitions
_IN_CHUNK = 10_000  # SQLite allows 32,766 bound parameters in one statement
_BUSY_SECONDS = 30


def _translated(method: Callable[P, R]) -> Callable[P, R]:
    """Turn a driver failure (connection refused, database locked) into a StoreError."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except IntegrityError as exc:
            raise ConflictError(
                f"a concurrent writer stored the same rows first ({_reason(exc)}); retry"
            ) from None
        except DBAPIError as exc:
            store = args[0]
            url = store.url if isinstance(store, SqlStore) else "the database"
            raise StoreError(f"{url}: {_reason(exc)}") from None

    return wrapper


def _reason(exc: DBAPIError) -> str:
    text = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    if "database is locked" in text:
        return f"database is busy (another writer held it for over {_BUSY_SECONDS} s); retry"
    return text


class SqlStore(EventStore):
    """An :class:`~cascade.store.port.EventStore` in a SQLite file or a PostgreSQL database.

    ``create`` initialises or migrates the schema (what ``cascade db init``
    does); otherwise the database must exist at the current schema version.
    """

    def __init__(self, url: str, *, create: bool = False) -> None:
        self.url = display_url(url)
        sa_url = sqlalchemy_url(url)
        self.dialect = sa_url.get_backend_name()
        if self.dialect == "sqlite":
            _check_sqlite_file(sa_url, create=create)
        self.engine = _engine(sa_url)
        try:
            self._open(create)
        except BaseException:
            self.engine.dispose()
            raise

    @_translated
    def _open(self, create: bool) -> None:
        if create:
            migrations.migrate(self.engine)
        with self._read() as conn:
            self.schema_version = migrations.check(conn)

    def close(self) -> None:
        self.engine.dispose()

    # --- definitions ------------------------------------------------------------

    @_translated
    def save_cascade(self, cascade: CascadeFile | Cascade, *, replace: bool = False) -> bool:
        expanded = expand(cascade) if isinstance(cascade, CascadeFile) else cascade
        text = definitions.to_json(cascade)
        new_digest = definitions.digest(text)
        cascade_id = expanded.cascade.id
        values = {
            "title": expanded.cascade.title,
            "definition": zlib.compress(text.encode("utf-8"), 6),
            "digest": new_digest,
            "loaded_at": dt.datetime.now(dt.UTC),
        }
        with self._write() as conn:
            row = conn.execute(
                select(_DEFS.c.digest, _DEFS.c.revision)
                .where(_DEFS.c.id == cascade_id)
                .with_for_update()
            ).first()
            if row is None:
                conn.execute(insert(t.definitions).values(id=cascade_id, revision=1, **values))
                return True
            if row.digest == new_digest:
                return False
            if not replace:
                raise definitions.already_stored(cascade_id)
            tracked = conn.execute(
                select(t.heads.c.obligation_id).where(
                    t.heads.c.cascade_id == cascade_id, t.heads.c.version > 0
                )
            ).scalars()
            definitions.check_replacement(cascade_id, tracked, expanded)
            conn.execute(
                update(t.definitions)
                .where(_DEFS.c.id == cascade_id)
                .values(revision=row.revision + 1, **values)
            )
            return True

    @_translated
    def load_cascade(self, cascade_id: str) -> Cascade:
        with self._read() as conn:
            blob = conn.execute(select(_DEFS.c.definition).where(_DEFS.c.id == cascade_id)).scalar()
        if blob is None:
            raise _unknown(cascade_id)
        return definitions.from_json(zlib.decompress(blob).decode("utf-8"), cascade_id)

    @_translated
    def cascades(self) -> list[CascadeRecord]:
        counts = (
            select(t.events.c.cascade_id, func.count().label("n"))
            .group_by(t.events.c.cascade_id)
            .subquery()
        )
        query = (
            select(
                _DEFS.c.id,
                _DEFS.c.title,
                _DEFS.c.revision,
                _DEFS.c.loaded_at,
                counts.c.n,
            )
            .outerjoin(counts, counts.c.cascade_id == _DEFS.c.id)
            .order_by(_DEFS.c.id)
        )
        with self._read() as conn:
            return [
                CascadeRecord(r.id, r.title, r.revision, _aware(r.loaded_at), r.n or 0)
                for r in conn.execute(query)
            ]

    # --- events -----------------------------------------------------------------

    @_translated
    def append(
        self,
        cascade_id: str,
        event: Event,
        *,
        expected_version: int | None = None,
        decide: Decide | None = None,
    ) -> AppendResult:
        ob = event.obligation
        with self._write() as conn:
            self._require(conn, cascade_id)
            head = Head()
            if ob is not None:
                head = self._lock_heads(conn, cascade_id, [ob]).get(ob, Head())
            earlier = self._find(conn, cascade_id, [event.id]).get(event.id)
            if earlier is not None:
                return _duplicate(earlier, event)
            if ob is not None and expected_version is not None and expected_version != head.version:
                raise conflict(ob, expected_version, head.version)
            state = decide(head) if (decide is not None and ob is not None) else None
            version = head.version + 1 if ob is not None else None
            seq = conn.execute(
                self._insert(t.events)
                .values(_row(cascade_id, event, version))
                .on_conflict_do_nothing(index_elements=["cascade_id", "event_id"])
                .returning(t.events.c.seq)
            ).scalar()
            if seq is None:  # the same id arrived meanwhile from a writer on another obligation
                return _duplicate(self._find(conn, cascade_id, [event.id])[event.id], event)
            if ob is not None:
                moved = conn.execute(
                    update(t.heads)
                    .where(
                        t.heads.c.cascade_id == cascade_id,
                        t.heads.c.obligation_id == ob,
                        t.heads.c.version == head.version,
                    )
                    .values(version=version, state=state)
                ).rowcount
                if moved != 1:  # cannot happen while the head is locked; never store it if it does
                    raise conflict(ob, head.version, -1)
            return AppendResult(int(seq), version)

    def append_many(
        self,
        cascade_id: str,
        events: Iterable[Event],
        *,
        states: Iterable[str | None] | None = None,
        expected_versions: Mapping[str, int] | None = None,
        batch_size: int = DEFAULT_BATCH,
        progress: Callable[[int], None] | None = None,
    ) -> ImportReport:
        self._require_now(cascade_id)

        @_translated
        def write(batch: Batch, expected: Mapping[str, int] | None) -> BatchPlan:
            with self._write() as conn:
                obligations = sorted({e.obligation for e, _ in batch if e.obligation is not None})
                locked = self._lock_heads(conn, cascade_id, obligations)
                versions = {ob: head.version for ob, head in locked.items()}
                found = self._find(conn, cascade_id, [e.id for e, _ in batch])
                stored = {event_id: s.event for event_id, s in found.items()}
                plan = plan_batch(batch, stored, versions, expected)
                if plan.new:
                    conn.execute(
                        insert(t.events), [_row(cascade_id, e, version) for e, version in plan.new]
                    )
                if plan.heads:
                    conn.execute(
                        update(t.heads)
                        .where(
                            t.heads.c.cascade_id == cascade_id,
                            t.heads.c.obligation_id == bindparam("b_ob"),
                        )
                        .values(version=bindparam("b_version"), state=bindparam("b_state"))
                        .execution_options(synchronize_session=False),
                        [
                            {"b_ob": ob, "b_version": h.version, "b_state": h.state}
                            for ob, h in plan.heads.items()
                        ],
                    )
                return plan

        return run_batches(events, states, expected_versions, batch_size, progress, write)

    @_translated
    def history(
        self,
        cascade_id: str,
        *,
        obligation: str | None = None,
        until: dt.datetime | None = None,
    ) -> list[StoredEvent]:
        query = select(t.events).where(t.events.c.cascade_id == cascade_id).order_by(t.events.c.seq)
        if obligation is not None:
            query = query.where(t.events.c.obligation_id == obligation)
        if until is not None:
            query = query.where(t.events.c.at_us <= instant_us(until))
        with self._read() as conn:
            self._require(conn, cascade_id)
            return [_stored(row) for row in conn.execute(query)]

    @_translated
    def find_events(self, cascade_id: str, event_ids: Iterable[str]) -> dict[str, StoredEvent]:
        with self._read() as conn:
            self._require(conn, cascade_id)
            return self._find(conn, cascade_id, list(event_ids))

    @_translated
    def head(self, cascade_id: str, obligation: str) -> Head:
        with self._read() as conn:
            self._require(conn, cascade_id)
            row = conn.execute(
                select(t.heads.c.version, t.heads.c.state).where(
                    t.heads.c.cascade_id == cascade_id, t.heads.c.obligation_id == obligation
                )
            ).first()
        return Head(row.version, row.state) if row is not None else Head()

    @_translated
    def heads(self, cascade_id: str) -> dict[str, Head]:
        query = select(t.heads.c.obligation_id, t.heads.c.version, t.heads.c.state).where(
            t.heads.c.cascade_id == cascade_id, t.heads.c.version > 0
        )
        with self._read() as conn:
            self._require(conn, cascade_id)
            return {ob: Head(version, state) for ob, version, state in conn.execute(query)}

    # --- internals --------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(cascade_read_only=True)
            with conn.begin():
                yield conn

    @_translated
    def _require_now(self, cascade_id: str) -> None:
        with self._read() as conn:
            self._require(conn, cascade_id)

    def _require(self, conn: Connection, cascade_id: str) -> None:
        if conn.execute(select(_DEFS.c.id).where(_DEFS.c.id == cascade_id)).first() is None:
            raise _unknown(cascade_id)

    def _insert(self, table: Any) -> Any:
        """An INSERT that supports ``on_conflict_do_nothing`` on this database."""
        dialect_insert: Callable[[Any], Insert] = (
            postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        )
        return dialect_insert(table)

    def _lock_heads(
        self, conn: Connection, cascade_id: str, obligations: Sequence[str]
    ) -> dict[str, Head]:
        """Create missing heads at version 0, then lock and read them (sorted: no deadlock)."""
        if not obligations:
            return {}
        conn.execute(
            self._insert(t.heads).on_conflict_do_nothing(
                index_elements=["cascade_id", "obligation_id"]
            ),
            [{"cascade_id": cascade_id, "obligation_id": ob, "version": 0} for ob in obligations],
        )
        found: dict[str, Head] = {}
        for chunk in _chunks(sorted(obligations)):
            query = (
                select(t.heads.c.obligation_id, t.heads.c.version, t.heads.c.state)
                .where(t.heads.c.cascade_id == cascade_id, t.heads.c.obligation_id.in_(chunk))
                .order_by(t.heads.c.obligation_id)
                .with_for_update()
            )
            found.update((ob, Head(v, s)) for ob, v, s in conn.execute(query))
        return found

    def _find(
        self, conn: Connection, cascade_id: str, event_ids: Sequence[str]
    ) -> dict[str, StoredEvent]:
        found: dict[str, StoredEvent] = {}
        for chunk in _chunks(event_ids):
            query = select(t.events).where(
                t.events.c.cascade_id == cascade_id, t.events.c.event_id.in_(chunk)
            )
            found.update((row.event_id, _stored(row)) for row in conn.execute(query))
        return found


# --- module helpers ----------------------------------------------------------------


def _engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url)
    engine = create_engine(url, connect_args={"timeout": _BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # take transactions out of pysqlite's hands so that BEGIN is ours (see "begin")
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=NORMAL",
            "foreign_keys=ON",
            f"busy_timeout={_BUSY_SECONDS * 1000}",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        read_only = conn.get_execution_options().get("cascade_read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _check_sqlite_file(url: URL, *, create: bool) -> None:
    assert url.database is not None
    path = Path(url.database)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.is_file():
        raise StoreError(f"no database at {path}: run `cascade db init` first (or give --db)")


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def _row(cascade_id: str, event: Event, version: int | None) -> dict[str, Any]:
    return {
        "cascade_id": cascade_id,
        "event_id": event.id,
        "obligation_id": event.obligation,
        "trigger": event.trigger,
        "actor": event.actor,
        "at": event.at.isoformat(),
        "at_us": instant_us(event.at),
        "note": event.note,
        "evidence": event.evidence,
        "milestone": event.milestone,
        "version": version,
    }


def _stored(row: Row[Any]) -> StoredEvent:
    # stored events were validated on the way in; rebuilding them needs no second check
    event = Event.model_construct(
        id=row.event_id,
        obligation=row.obligation_id,
        trigger=row.trigger,
        actor=row.actor,
        at=dt.datetime.fromisoformat(row.at),
        note=row.note,
        evidence=row.evidence,
        milestone=row.milestone,
    )
    return StoredEvent(row.seq, event, row.version, _aware(row.recorded_at))


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite gives back naive UTC times; PostgreSQL gives aware ones
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _duplicate(earlier: StoredEvent, event: Event) -> AppendResult:
    diff = difference(earlier.event, event)
    if diff is not None:
        raise reused_id(event.id, diff)
    return AppendResult(earlier.seq, earlier.version, duplicate=True)


def _unknown(cascade_id: str) -> UnknownReferenceError:
    return UnknownReferenceError(
        "cascade", cascade_id, "not in the database; load it with `cascade db load FILE`"
    )
