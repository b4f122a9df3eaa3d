"""The SQL event store: SQLAlchemy 2 Core over SQLite (default) or PostgreSQL (psycopg 3).

How the port's promises are kept:

* every write is one transaction (on SQLite ``BEGIN IMMEDIATE``, see
  :mod:`.connections`);
* the obligation's head row is read under a lock before anything is decided
  (on PostgreSQL a missing head is created and the row locked by one ``INSERT …
  ON CONFLICT DO UPDATE … RETURNING``; on SQLite the transaction holds the
  database write lock), so the
  version check and the write see one state; a unique
  (cascade, obligation, version) key on the events backs this up: two writers
  can never both store "version n";
* an event id is unique per cascade. A single append inserts with ``ON
  CONFLICT DO NOTHING`` and compares with the stored event when nothing was
  inserted; a batch looks its ids up after locking its heads and inserts only
  the new ones (a silently skipped row would leave a head counting an event
  that is not there).
"""

from __future__ import annotations

import datetime as dt
import threading
import zlib
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, Table, insert, select, update

from cascade.boundary.collector import no_gc
from cascade.clock import instant_us
from cascade.engine.compiled import FEW_ROWS
from cascade.engine.lifecycle import LifecycleDefinition
from cascade.errors import ConflictError, UnknownReferenceError
from cascade.files.loader import expand
from cascade.model import Cascade, CascadeFile, Document, Event, EventContent
from cascade.store import definitions, items, migrations, pg_bulk
from cascade.store import schema as t
from cascade.store.connections import READ_ONLY, make_engine, translated
from cascade.store.items import ItemSource
from cascade.store.port import (
    DEFAULT_BATCH,
    AppendResult,
    BatchPlan,
    CascadeRecord,
    Chunk,
    EventStore,
    FindingsOf,
    Head,
    ImportReport,
    Revision,
    StoredEvent,
    conflict,
    plan_batch,
    run_batches,
)
from cascade.store.statements import EVENT_COLUMNS, build
from cascade.store.url import display_url, sqlalchemy_url

if TYPE_CHECKING:
    from cascade.engine.compiled import Tables
    from cascade.event_batch import EventBatch

_IN_CHUNK = 10_000  # SQLite allows 32,766 bound parameters in one statement
ANALYZE_AFTER = 1_000  # rows a bulk write adds before PostgreSQL's statistics are renewed
_translated = translated(lambda store: store.url)


class SqlStore(EventStore):
    """An :class:`~cascade.store.port.EventStore` in a SQLite file or a PostgreSQL database.

    ``create`` initialises or migrates the schema (what ``cascade db init``
    does); otherwise the database must exist at the current schema version.
    """

    def __init__(self, url: str, *, create: bool = False) -> None:
        self.url = display_url(url)
        self.engine = make_engine(sqlalchemy_url(url), create=create)
        self.dialect = self.engine.dialect.name
        self.sql = build(self.engine.dialect)
        self._keys: dict[str, int] = {}  # cascade id -> key; a key never changes
        self._held = threading.local()  # the connection of this thread's reading(), if any
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
    def save_cascade(
        self,
        cascade: CascadeFile | Cascade,
        *,
        replace: bool = False,
        lifecycle: LifecycleDefinition | None = None,
        findings: FindingsOf | None = None,
    ) -> bool:
        expanded = expand(cascade) if isinstance(cascade, CascadeFile) else cascade
        text = definitions.to_json(cascade)
        lifecycle_text = definitions.lifecycle_json(lifecycle)
        new_digest = definitions.digest(text, lifecycle_text)
        cascade_id = expanded.cascade.id
        found = None
        if findings is not None and self._digest(cascade_id) != new_digest:
            found = findings(expanded)  # before the write lock: the rules take a while
        values = {
            "title": expanded.cascade.title,
            "definition": zlib.compress(text.encode("utf-8"), 6),
            "lifecycle": lifecycle_text,
            "digest": new_digest,
            "loaded_at": dt.datetime.now(dt.UTC),
        }
        with self._write() as conn:
            row = conn.execute(self.sql.definition_head, {"id": cascade_id}).first()
            if row is None:
                added = insert(t.definitions).values(id=cascade_id, revision=1, **values)
                key = conn.execute(added).inserted_primary_key[0]  # type: ignore[index]
            elif row.digest == new_digest:
                return False
            elif not replace:
                raise definitions.already_stored(cascade_id)
            else:
                key = row.key
                tracked = conn.execute(self.sql.tracked, {"c": key}).scalars()
                definitions.check_replacement(cascade_id, tracked, expanded)
                conn.execute(
                    update(t.definitions)
                    .where(t.definitions.c.key == key)
                    .values(revision=row.revision + 1, **values)
                )
            items.write(conn, key, expanded, new_digest, replace=row is not None)
            revision = 1 if row is None else row.revision + 1
            conn.execute(
                insert(t.revisions).values(
                    cascade=key, revision=revision, definition=values["definition"],
                    lifecycle=lifecycle_text, digest=new_digest,
                    obligations=len(expanded.obligations), loaded_at=values["loaded_at"],
                )
            )  # fmt: skip
            if found is not None:
                ruleset, blob = found
                kept = {"cascade": key, "ruleset": ruleset, "digest": new_digest, "findings": blob}
                conn.execute(self.sql.set_findings, kept)
        self._analyze_after(len(expanded.obligations), t.items)
        return True

    @_translated
    def revisions(self, cascade_id: str) -> list[Revision]:
        r = t.revisions.c
        with self._read() as conn:
            key = self._key(conn, cascade_id)
            rows = conn.execute(
                select(r.revision, r.loaded_at, r.digest, r.obligations)
                .where(r.cascade == key)
                .order_by(r.revision)
            ).all()
        return [Revision(n, _aware(at), digest, count) for n, at, digest, count in rows]

    @_translated
    def load_revision(self, cascade_id: str, revision: int) -> Cascade:
        r = t.revisions.c
        with self._read() as conn:
            key = self._key(conn, cascade_id)
            blob = conn.execute(
                select(r.definition).where(r.cascade == key, r.revision == revision)
            ).scalar()
        if blob is None:
            raise UnknownReferenceError("revision", str(revision), f"of cascade {cascade_id}")
        return definitions.from_stored(blob, cascade_id)

    @_translated
    def load_cascade(self, cascade_id: str) -> Cascade:
        with self._read() as conn:
            key = self._key(conn, cascade_id)
            blob = conn.execute(self.sql.definition, {"c": key}).scalar_one()
        return definitions.from_stored(blob, cascade_id)

    @_translated
    def cascade_ids(self) -> list[str]:
        with self._read() as conn:
            return list(
                conn.execute(select(t.definitions.c.id).order_by(t.definitions.c.id)).scalars()
            )

    @_translated
    def load_compiled(self, cascade_id: str) -> Tables | None:
        with self._read() as conn:
            return items.compiled(conn, self._key(conn, cascade_id))

    @_translated
    def load_findings(self, cascade_id: str, digest: str, ruleset: str) -> bytes | None:
        f = t.findings.c
        with self._read() as conn:
            key = self._key(conn, cascade_id)
            query = select(f.findings).where(
                f.cascade == key, f.ruleset == ruleset, f.digest == digest
            )
            found: bytes | None = conn.execute(query).scalar()
        return found

    @_translated
    def save_findings(self, cascade_id: str, digest: str, ruleset: str, findings: bytes) -> None:
        with self._write() as conn:
            key = self._key(conn, cascade_id)
            row = {"cascade": key, "ruleset": ruleset, "digest": digest, "findings": findings}
            conn.execute(self.sql.set_findings, row)

    @_translated
    def organisation_names(self, cascade_id: str) -> dict[str, str]:
        with self._read() as conn:
            return items.names(conn, self._key(conn, cascade_id), items.ORGANISATION)

    @_translated
    def load_documents(self, cascade_id: str, ids: Collection[str]) -> list[Document]:
        if not ids:
            return []
        with self._read() as conn:
            return ItemSource(conn, self._key(conn, cascade_id)).documents(ids)

    @_translated
    def definition_part(
        self, cascade_id: str, obligation: str | None, actor: str | None = None
    ) -> Cascade:
        from cascade.engine.part import decision_part

        with self._read() as conn:
            source = ItemSource(conn, self._key(conn, cascade_id), obligation)
            return decision_part(source, obligation, actor)

    @_translated
    def load_lifecycle(self, cascade_id: str) -> LifecycleDefinition | None:
        with self._read() as conn:
            key = self._key(conn, cascade_id)
            text = conn.execute(self.sql.lifecycle, {"c": key}).scalar()
        return definitions.lifecycle_from_json(text, cascade_id)

    @_translated
    def cascades(self) -> list[CascadeRecord]:
        with self._read() as conn:
            return [
                CascadeRecord(r.id, r.title, r.revision, _aware(r.loaded_at), r.n or 0)
                for r in conn.execute(self.sql.definitions_with_counts)
            ]

    # --- events -----------------------------------------------------------------

    @_translated
    def append(
        self,
        cascade_id: str,
        event: Event,
        *,
        expected_version: int | None = None,
        state: str | None = None,
    ) -> AppendResult:
        ob = event.obligation
        if ob is not None and expected_version is not None:
            return self._append_from(cascade_id, event, ob, expected_version, state)
        with self._write() as conn:
            key = self._key(conn, cascade_id)
            head = Head()
            if ob is not None:
                head = self._lock_head(conn, key, ob)
            earlier = self._find(conn, key, [event.id]).get(event.id)
            if earlier is not None:
                return _duplicate(earlier, event)
            version = head.version + 1 if ob is not None else None
            row = dict(zip(EVENT_COLUMNS, _row(key, event, version), strict=True))
            seq = conn.execute(self.sql.insert_event_once, row).scalar()
            if seq is None:  # the same id arrived meanwhile from a writer on another obligation
                return _duplicate(self._find(conn, key, [event.id])[event.id], event)
            if ob is not None:
                conn.execute(
                    self.sql.set_head,
                    {"cascade": key, "obligation_id": ob, "version": version, "state": state},
                )
            return AppendResult(int(seq), version)

    def _append_from(
        self, cascade_id: str, event: Event, ob: str, expected: int, state: str | None
    ) -> AppendResult:
        """:meth:`append` of an event on ``ob`` from the version the caller decided on:
        the head moved and the event inserted by one statement each, nothing read first
        (a stored id or a moved head is looked into only when a statement finds it)."""
        if self.sql.postgresql:
            return self._append_in_one(cascade_id, event, ob, expected, state)
        key = -1
        try:
            with self._write() as conn:
                key = self._key(conn, cascade_id)
                move = self.sql.start_head if expected == 0 else self.sql.advance_head
                values = {"c": key, "ob": ob, "state": state}
                moved = conn.execute(move, {**values, **_from_version(expected)})
                if moved.first() is None:  # this event again, or another writer's
                    return self._not_moved(conn, key, event, ob, expected)
                row = dict(zip(EVENT_COLUMNS, _row(key, event, expected + 1), strict=True))
                seq = conn.execute(self.sql.insert_event_once, row).scalar()
                if seq is None:  # the id is stored (another obligation's): the head goes back
                    raise _StoredAlreadyError
                return AppendResult(int(seq), expected + 1)
        except _StoredAlreadyError:
            with self._read() as conn:
                return _duplicate(self._find(conn, key, [event.id])[event.id], event)

    def _append_in_one(
        self, cascade_id: str, event: Event, ob: str, expected: int, state: str | None
    ) -> AppendResult:
        """PostgreSQL's :meth:`_append_from`: the head moved and the event inserted by one
        statement committed on its own, one round trip where a transaction takes four (its
        ``BEGIN``, two statements, ``COMMIT``). No row back: the head is elsewhere. The
        event's id stored already fails the statement whole: nothing is written."""
        from sqlalchemy.exc import IntegrityError

        with self.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT")
            key = self._key(conn, cascade_id)
            row = dict(zip(EVENT_COLUMNS, _row(key, event, None), strict=True))
            del row["version"]  # the head's new version, from the statement itself
            row["c"], row["ob"] = row.pop("cascade"), row.pop("obligation_id")
            sql = self.sql
            move = sql.start_head_with_event if expected == 0 else sql.advance_head_with_event
            assert move is not None  # built for PostgreSQL
            values = {**row, "state": state, **_from_version(expected)}
            try:
                seq = conn.execute(move, values).scalar()
            except IntegrityError:  # the id is stored: looked up below
                seq = None
            if seq is not None:
                return AppendResult(int(seq), expected + 1)
            return self._not_moved(conn, key, event, ob, expected)

    def _not_moved(
        self, conn: Connection, key: int, event: Event, ob: str, expected: int
    ) -> AppendResult:
        """The head was not at ``expected`` (or the event's id is stored): this event
        again (a duplicate), its id given to another (refused), else another writer's
        event came first (a conflict naming the head's version)."""
        earlier = self._find(conn, key, [event.id]).get(event.id)
        if earlier is not None:
            return _duplicate(earlier, event)
        raise conflict(ob, expected, self._read_head(conn, key, ob).version)

    def append_many(
        self,
        cascade_id: str,
        events: Iterable[Event] | EventBatch,
        *,
        rows: Sequence[int] | None = None,
        states: Iterable[str | None] | None = None,
        expected_versions: Mapping[str, int] | None = None,
        batch_size: int = DEFAULT_BATCH,
        progress: Callable[[int], None] | None = None,
    ) -> ImportReport:
        with self._read() as conn:
            key = self._key(conn, cascade_id)
        hopeful = True  # until a batch meets a stored id: then look ids up first

        def write(chunk: Chunk, expected: Mapping[str, int] | None) -> BatchPlan:
            nonlocal hopeful
            if hopeful:
                try:
                    return self._write_batch(key, chunk, expected, look_up=False)
                except _StoredAlreadyError:
                    hopeful = False
            return self._write_batch(key, chunk, expected, look_up=True)

        report = run_batches(events, rows, states, expected_versions, batch_size, progress, write)
        self._analyze_after(report.added, t.events, t.heads)
        return report

    def _analyze_after(self, written: int, *tables: Table) -> None:
        """PostgreSQL: the planner's statistics of ``tables`` brought up to date after a
        bulk write of ``written`` rows. Until the autovacuum daemon got to a store just
        loaded and imported, its statistics said the tables were empty, and `record`'s
        queries took 36 ms instead of 2.4 (94,452 obligations, 195,412 events); ANALYZE
        reads a sample, a tenth of a second at that size."""
        if not self.sql.postgresql or written < ANALYZE_AFTER:
            return
        with self.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in tables:
                conn.exec_driver_sql(f"ANALYZE {table.name}")

    @_translated
    def _write_batch(
        self, key: int, chunk: Chunk, expected: Mapping[str, int] | None, *, look_up: bool
    ) -> BatchPlan:
        """Write one batch in one transaction. Without ``look_up`` the batch is taken
        to be new: its rows are inserted skipping stored ids, and if any was skipped
        the transaction is rolled back (_StoredAlreadyError) for the caller to look up.

        When the caller expects a version for every obligation of the batch (an
        import does), the heads are not read: they are moved only from those
        versions, and a row count short of the batch's means another writer moved
        one (ConflictError, nothing of the batch written).
        """
        # the hot path of imports: every statement runs on the DBAPI cursor (see .statements)
        with self._write() as conn:
            cursor = conn.connection.cursor()
            obligations = [ob for ob in set(chunk.obligations) if ob is not None]
            if self.sql.postgresql:  # PostgreSQL locks heads: in one order, so no deadlock
                obligations.sort()
            trusted = expected is not None and all(ob in expected for ob in obligations)
            if trusted:
                assert expected is not None
                versions = {ob: expected[ob] for ob in obligations}
            else:
                versions = self._read_heads(cursor, key, obligations)
            stored: dict[str, EventContent] = {}
            for part in _chunks(chunk.ids if look_up else []):
                lookup = self.sql.find_keys
                cursor.execute(lookup.sql(len(part)), lookup.params(key, part))
                stored.update((row[0], EventContent(*row[1:])) for row in cursor.fetchall())
            plan = plan_batch(chunk, stored, versions, expected)
            if trusted:
                self._move_heads(cursor, key, plan, versions)
            elif plan.versions and self.sql.postgresql:
                pg_bulk.move_heads(cursor, pg_bulk.SET_HEADS, key, plan.head_rows())
            elif plan.versions:
                bulk = self.sql.set_heads
                rows = [(key, *head) for head in plan.head_rows()]
                cursor.executemany(bulk.sql, bulk.rows(rows))
            if plan.new:
                self._insert_events(cursor, _chunk_rows(key, chunk, plan.new), look_up)
            cursor.close()
            return plan

    def _insert_events(self, cursor: Any, rows: list[tuple[Any, ...]], look_up: bool) -> None:
        """Append the rows of new events; without ``look_up``, a stored id among them
        raises _StoredAlreadyError (the batch is rolled back)."""
        if self.sql.postgresql:
            try:
                pg_bulk.copy_events(cursor, rows)
            except pg_bulk.StoredIdError:
                raise _StoredAlreadyError from None
            return
        bulk = self.sql.insert_events if look_up else self.sql.insert_new_events
        cursor.executemany(bulk.sql, bulk.rows(rows))
        if not look_up and cursor.rowcount != len(rows):
            raise _StoredAlreadyError  # rolls the batch back

    def _read_heads(self, cursor: Any, key: int, obligations: list[str]) -> dict[str, int]:
        """The versions of ``obligations`` (locked on PostgreSQL, which needs the rows)."""
        if self.sql.postgresql and obligations:
            pg_bulk.create_heads(cursor, key, obligations)
        versions: dict[str, int] = {}
        lookup = self.sql.read_heads
        for part in _chunks(obligations):
            cursor.execute(lookup.sql(len(part)), lookup.params(key, part))
            versions.update((ob, version) for ob, version, _state in cursor.fetchall())
        return versions

    def _move_heads(self, cursor: Any, key: int, plan: BatchPlan, before: dict[str, int]) -> None:
        """Move the heads from the versions ``before``; ConflictError naming an obligation
        whose head is elsewhere."""
        heads = plan.head_rows()
        started = [(ob, v, s) for ob, v, s in heads if before[ob] == 0]
        advanced = [(ob, v, s, before[ob]) for ob, v, s in heads if before[ob] > 0]
        for rows, start in ((started, True), (advanced, False)):
            if rows and self._move(cursor, key, rows, start=start) != len(rows):
                found = self._read_heads(cursor, key, [ob for ob, _, _ in heads])
                moved = [ob for ob, _, _ in heads if found.get(ob, 0) != before[ob]]
                if not moved:  # pragma: no cover - the count and the rows disagree
                    raise ConflictError("obligation heads moved under this batch; retry")
                raise conflict(moved[0], before[moved[0]], found.get(moved[0], 0))

    def _move(self, cursor: Any, key: int, rows: list[tuple[Any, ...]], *, start: bool) -> int:
        """Start heads at version 0 from (obligation, version, state) rows, or advance them
        from (obligation, version, state, expected) rows; the number of heads changed."""
        if self.sql.postgresql:
            sql = pg_bulk.START_HEADS if start else pg_bulk.ADVANCE_HEADS
            return pg_bulk.move_heads(cursor, sql, key, rows)
        if start:
            bulk, plain = self.sql.start_heads, [(key, *row) for row in rows]
        else:
            bulk, plain = self.sql.advance_heads, [(v, s, key, ob, e) for ob, v, s, e in rows]
        cursor.executemany(bulk.sql, bulk.rows(plain))
        return int(cursor.rowcount)

    @_translated
    def history(
        self,
        cascade_id: str,
        *,
        obligation: str | None = None,
        until: dt.datetime | None = None,
    ) -> list[StoredEvent]:
        query = self.sql.history
        if obligation is not None:
            query = query.where(t.events.c.obligation_id == obligation)
        if until is not None:
            query = query.where(t.events.c.at_us <= instant_us(until))
        with self._read() as conn:
            key = self._key(conn, cascade_id)
            return [_stored(row) for row in conn.execute(query, {"c": key})]

    @_translated
    def history_batch(
        self,
        cascade_id: str,
        *,
        until: dt.datetime | None = None,
        obligations: Collection[str] | None = None,
    ) -> EventBatch:
        """The history as columns straight from the rows: no model per event.

        With ``obligations``, the filter runs in the database (on the unique
        (cascade, obligation_id, version) index), a query per 10,000 ids and one
        for the milestone events, merged back into history order.
        """
        from cascade.event_batch import EventBatch

        batch = EventBatch()
        limit = instant_us(until) if until is not None else None
        # rows arrive as tuples; with a large cascade in memory, collections triggered by
        # them would walk all of its objects again and again
        # a server-side cursor needs a transaction of its own
        with self._read(own=obligations is None) as conn, no_gc():
            key = self._key(conn, cascade_id)
            if obligations is None and self.sql.postgresql:
                # a server-side cursor, FETCH rows at a time (a client cursor takes the whole
                # result in first)
                driver: Any = conn.connection.dbapi_connection
                cursor = driver.cursor(name="cascade_history")
            else:
                cursor = conn.connection.cursor()
            if obligations is None:
                cursor.execute(self.sql.history_columns, self._cascade_param(key))
                _fill(batch, _rows(cursor), limit)
            else:
                _fill(batch, [self._part(cursor, key, sorted(set(obligations)))], limit)
            cursor.close()
        return batch

    def _cascade_param(self, key: int) -> tuple[int] | dict[str, int]:
        """The parameters of driver SQL that takes just the cascade key."""
        return (key,) if self.sql.positional else {"c": key}

    def _part(self, cursor: Any, key: int, obligations: Sequence[str]) -> list[tuple[Any, ...]]:
        """The rows of ``obligations`` and the milestone rows in history order, each as
        ``history_columns`` gives it (the queries add seq, to sort by)."""
        rows: list[tuple[Any, ...]] = []
        # the first query takes the milestone events too: one round trip for most parts
        for n, chunk in enumerate(list(_chunks(obligations)) or [()]):
            lookup = self.sql.history_of if n else self.sql.history_of_and_milestones
            cursor.execute(lookup.sql(len(chunk)), lookup.params(key, chunk))
            rows += cursor.fetchall()
        rows.sort(key=itemgetter(-1))
        return [row[:-1] for row in rows]

    @_translated
    def find_events(self, cascade_id: str, event_ids: Iterable[str]) -> dict[str, StoredEvent]:
        with self._read() as conn:
            return self._find(conn, self._key(conn, cascade_id), list(event_ids))

    @_translated
    def head(self, cascade_id: str, obligation: str) -> Head:
        with self._read() as conn:
            return self._read_head(conn, self._key(conn, cascade_id), obligation)

    @_translated
    def heads(self, cascade_id: str) -> dict[str, Head]:
        with self._read() as conn, no_gc():  # a million heads: collections would walk them
            rows = conn.execute(self.sql.heads, {"c": self._key(conn, cascade_id)})
            return {ob: Head(version, state) for ob, version, state in rows}

    # --- internals --------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One connection for the reads inside: on SQLite one read transaction (one
        snapshot); on PostgreSQL statements without ``BEGIN`` and ``COMMIT``, each seeing
        what is committed when it runs, as in the READ COMMITTED transaction of a read."""
        if getattr(self._held, "conn", None) is not None:
            yield
            return
        with self.engine.connect() as conn:
            if self.sql.postgresql:  # two round trips fewer, the same view of the data
                conn.execution_options(isolation_level="AUTOCOMMIT")
            else:
                conn.execution_options(**{READ_ONLY: True})
                conn.begin()  # rolled back when the connection closes: nothing was written
            self._held.conn = conn
            try:
                yield
            finally:
                self._held.conn = None

    @contextmanager
    def _read(self, *, own: bool = False) -> Iterator[Connection]:
        """A read transaction, or the connection of :meth:`reading` unless ``own``."""
        held: Connection | None = getattr(self._held, "conn", None)
        if held is not None and not own:
            yield held
            return
        with self.engine.connect() as conn:
            conn.execution_options(**{READ_ONLY: True})
            with conn.begin():
                yield conn

    def _digest(self, cascade_id: str) -> str | None:
        """The digest of the cascade's current definition (None: not stored)."""
        with self._read() as conn:
            query = select(t.definitions.c.digest).where(t.definitions.c.id == cascade_id)
            digest: str | None = conn.execute(query).scalar()
        return digest

    def _key(self, conn: Connection, cascade_id: str) -> int:
        """The cascade's key; UnknownReferenceError if it is not stored."""
        key = self._keys.get(cascade_id)
        if key is None:
            key = conn.execute(self.sql.cascade_key, {"id": cascade_id}).scalar()
            if key is None:
                raise _unknown(cascade_id)
            self._keys[cascade_id] = key
        return key

    def _lock_head(self, conn: Connection, key: int, obligation: str) -> Head:
        """The obligation's head, read under a lock: on PostgreSQL created if missing and
        locked by one statement; on SQLite the write transaction holds the database lock."""
        if self.sql.postgresql:
            values = {"cascade": key, "obligation_id": obligation, "version": 0}
            ((version, state),) = conn.execute(self.sql.create_and_lock_head, values)
            return Head(version, state)
        return self._read_head(conn, key, obligation)

    def _read_head(self, conn: Connection, key: int, obligation: str) -> Head:
        """The obligation's head as committed (no lock taken)."""
        row = conn.execute(self.sql.head, {"c": key, "ob": obligation}).first()
        return Head(row.version, row.state) if row is not None else Head()

    def _find(self, conn: Connection, key: int, event_ids: Sequence[str]) -> dict[str, StoredEvent]:
        found: dict[str, StoredEvent] = {}
        for chunk in _chunks(event_ids):
            rows = conn.execute(self.sql.find_events, {"c": key, "ids": chunk})
            found.update((row.event_id, _stored(row)) for row in rows)
        return found


# --- module helpers ----------------------------------------------------------------


class _StoredAlreadyError(Exception):
    """Internal: a batch taken to be new met a stored event id."""


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def _row(key: int, event: Event, version: int | None) -> tuple[Any, ...]:
    """The row of ``event``, in :data:`~.statements.EVENT_COLUMNS` order."""
    return (
        key, event.id, event.obligation, event.trigger, event.actor, event.at.isoformat(),
        instant_us(event.at), event.note, event.evidence, event.milestone, version,
    )  # fmt: skip


def _chunk_rows(key: int, chunk: Chunk, new: list[tuple[int, int | None]]) -> list[tuple[Any, ...]]:
    """The rows of a chunk's new events, in :data:`~.statements.EVENT_COLUMNS` order."""
    b = chunk.batch
    places = [i for i, _ in new]
    rows = [chunk.rows[i] for i in places]  # column by column: a list each, then one zip

    def take(column: Sequence[Any]) -> list[Any]:
        return [column[r] for r in rows]

    def sparse(column: dict[int, str]) -> Iterable[str | None]:
        return [column.get(r) for r in rows] if column else repeat(None)

    columns = (
        repeat(key), take(b.ids), take(b.obligations), take(b.triggers), take(b.actors),
        [chunk.at[i] for i in places], [chunk.us[i] for i in places],
        sparse(b.notes), sparse(b.evidence), sparse(b.milestones), [v for _, v in new],
    )  # fmt: skip
    return list(zip(*columns, strict=False))


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


def _rows(cursor: Any) -> Iterator[list[tuple[Any, ...]]]:
    while rows := cursor.fetchmany(FETCH):
        yield rows


FETCH = 100_000  # history rows a fetch: columns are built a fetch at a time


def _fill(batch: EventBatch, chunks: Iterable[Sequence[Sequence[Any]]], limit: int | None) -> None:
    """Append history rows (the columns of ``history_columns``) to ``batch``, leaving
    out those after ``limit`` (µs since the epoch). Each chunk of rows is turned into
    columns at C speed (``zip(*rows)``); only the sparse columns are walked."""
    from cascade.event_batch import NAIVE

    offset_of: dict[str, int] = {}  # a time's last six characters -> its offset
    for rows in chunks:
        if limit is not None:
            rows = [row for row in rows if row[5] <= limit]
        if not rows:
            continue
        ids, obs, triggers, actors, written, at_us, notes, evidence, milestones = zip(
            *rows, strict=True
        )
        start = len(batch.ids)
        batch.ids += ids
        batch.obligations += obs
        batch.triggers += triggers
        batch.actors += actors
        batch.at.frombytes(_seconds(at_us))
        batch.offsets.extend(
            offset_of.get(w[-6:]) or offset_of.setdefault(w[-6:], _offset(w, NAIVE))
            for w in written
        )
        for column, sparse in ((notes, batch.notes), (evidence, batch.evidence),
                               (milestones, batch.milestones)):  # fmt: skip
            sparse.update((start + i, v) for i, v in enumerate(column) if v is not None)


def _seconds(at_us: Sequence[int]) -> bytes:
    """Microseconds as float seconds, the bytes of an ``array('d')``; a few rows (one
    ``record``) without numpy's start-up, the same floats either way."""
    if len(at_us) <= FEW_ROWS:
        return array("d", [us / 1e6 for us in at_us]).tobytes()
    import numpy as np

    return (np.array(at_us, np.int64) / 1e6).tobytes()


def _offset(written: str, naive: int) -> int:
    """The UTC offset in minutes of an ISO time as written ('…+07:00'); ``naive`` if none."""
    if len(written) > 6 and written[-6] in "+-" and written[-3] == ":":
        minutes = int(written[-5:-3]) * 60 + int(written[-2:])
        return -minutes if written[-6] == "-" else minutes
    return naive


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite gives back naive UTC times; PostgreSQL gives aware ones
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _from_version(expected: int) -> dict[str, int]:
    """The parameters of a head's move from ``expected`` (a new head takes none)."""
    return {"expected": expected, "version_to": expected + 1} if expected else {}


def _duplicate(earlier: StoredEvent, event: Event) -> AppendResult:
    earlier.event.content().check_reuse(event.id, event.content())
    return AppendResult(earlier.seq, earlier.version, duplicate=True)


def _unknown(cascade_id: str) -> UnknownReferenceError:
    return UnknownReferenceError(
        "cascade", cascade_id, "not in the database; load it with `cascade db load FILE`"
    )
