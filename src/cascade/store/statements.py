"""The SQL store's statements, built once per dialect with bound parameters.

Building a SQLAlchemy expression costs more than running it on SQLite; built
once, each statement is compiled once and cached. The two statements that bulk
imports run for thousands of rows at a time (insert events, upsert heads) are
compiled to the driver's own SQL, and so are the two look-ups they make with a
list of thousands of ids (which heads, which event ids already stored), once per
list length: a batch then runs on the DBAPI cursor with plain tuples, without
SQLAlchemy's per-row and per-parameter processing. The SQL is still
SQLAlchemy's; only per-row Python is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import (
    BindParameter,
    Insert,
    Select,
    String,
    Update,
    any_,
    bindparam,
    func,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.engine import Dialect

from cascade.store import schema as t

D, E, H = t.definitions, t.events, t.heads

EVENT_COLUMNS = (
    "cascade", "event_id", "obligation_id", "trigger", "actor", "at", "at_us",
    "note", "evidence", "milestone", "version",
)  # fmt: skip
HEAD_COLUMNS = ("cascade", "obligation_id", "version", "state")


@dataclass(frozen=True)
class Bulk:
    """A statement as the driver's SQL, taking rows as tuples in ``columns`` order."""

    sql: str
    columns: tuple[str, ...]
    positional: bool

    def rows(self, rows: list[tuple[Any, ...]]) -> Sequence[Any]:
        """``rows`` as the driver wants them (tuples, or dicts for named parameters)."""
        if self.positional:
            return rows
        return [dict(zip(self.columns, row, strict=True)) for row in rows]


def _bulk(statement: Insert | Update, columns: tuple[str, ...], dialect: Dialect) -> Bulk:
    keys = list(columns) if isinstance(statement, Insert) else None
    compiled = statement.compile(dialect=dialect, column_keys=keys)
    if compiled.positional:
        # rows are built in ``columns`` order; the compiled SQL must take them so
        assert tuple(compiled.positiontup or ()) == columns, compiled.positiontup
    return Bulk(str(compiled), columns, compiled.positional)


@dataclass
class Lookup:
    """A SELECT whose WHERE takes the cascade key and a list of ids, as the driver's SQL.

    ``build`` makes the SELECT of a condition ``among(column)``: the column is one of
    the ids. ``sql(n)`` is the statement for ``n`` ids, compiled once per ``n`` (on
    PostgreSQL once: ``= ANY(array)``, one text the server prepares once); ``params(key,
    ids)`` its parameters (the key may be taken more than once).
    """

    build: Any  # Callable[[Callable[[ColumnElement[str]], ColumnElement[bool]]], Select[Any]]
    dialect: Dialect
    # SQL and, for a driver that takes a tuple, the names of its parameters in order
    _cache: dict[int, tuple[str, tuple[str, ...] | None]] = field(default_factory=dict)

    def sql(self, n: int) -> str:
        return self._compiled(n)[0]

    def params(self, key: int, ids: Sequence[str]) -> Sequence[Any] | dict[str, Any]:
        if self._array:
            return {"c": key, "ids": list(ids)}
        values = {"c": key, **{f"i{k}": value for k, value in enumerate(ids)}}
        order = self._compiled(len(ids))[1]
        return values if order is None else tuple(values[name] for name in order)

    @property
    def _array(self) -> bool:
        return self.dialect.name == "postgresql"

    def _compiled(self, n: int) -> tuple[str, tuple[str, ...] | None]:
        n = -1 if self._array else n
        if n not in self._cache:
            if self._array:
                from sqlalchemy.dialects.postgresql import ARRAY

                ids = bindparam("ids", type_=ARRAY(String))
                statement = self.build(lambda column: column == any_(ids))
            else:
                binds: list[BindParameter[Any]] = [bindparam(f"i{k}") for k in range(n)]
                # no ids: no condition at all (a builder that allows it leaves it out)
                statement = self.build((lambda column: column.in_(binds)) if binds else None)
            compiled = statement.compile(dialect=self.dialect)
            order = tuple(compiled.positiontup or ()) if compiled.positional else None
            self._cache[n] = (str(compiled), order)
        return self._cache[n]


@dataclass(frozen=True)
class Statements:
    """Every statement the store runs, for one dialect."""

    cascade_key: Select[Any]
    definition: Select[Any]
    definition_head: Select[Any]
    definitions_with_counts: Select[Any]
    tracked: Select[Any]
    # PostgreSQL, one obligation: create its head if missing and lock it, in one statement
    create_and_lock_head: Insert
    set_findings: Insert  # upsert on (cascade, ruleset)
    head: Select[Any]
    heads: Select[Any]
    find_events: Select[Any]
    history: Select[Any]
    insert_event_once: Insert
    insert_events: Bulk
    insert_new_events: Bulk  # skips an id already stored: the caller compares the row count
    set_heads: Bulk
    # heads moved only from the versions a caller expects; the row count tells if all were
    start_heads: Bulk  # expected 0: new, or still at 0 (PostgreSQL creates heads to lock them)
    advance_heads: Bulk  # expected n > 0: "SET version, state WHERE version = n"
    find_keys: Lookup
    read_heads: Lookup
    set_head: Insert
    # a head moved from the version a writer decided on, in one statement (RETURNING its
    # version; no row: the head is elsewhere): a new head from 0, or "WHERE version = n";
    # both take "c", "ob" and "state", and "WHERE version = n" "expected" and "version_to"
    start_head: Insert
    advance_head: Update
    # PostgreSQL: the same moves, and the event inserted with the head's new version, by
    # one statement that commits on its own (None on SQLite, whose statements cost no trip)
    start_head_with_event: Insert | None
    advance_head_with_event: Insert | None
    lifecycle: Select[Any]
    history_columns: str  # driver SQL: the history's columns, in order, for the engine
    history_of: Lookup  # the same columns and seq, for a list of obligations
    history_of_and_milestones: Lookup  # …and the milestone events: one query for a part
    positional: bool  # whether driver SQL takes a tuple (else a dict)
    # PostgreSQL: missing heads are created so that they can be locked, and bulk writes go
    # by COPY and arrays (cascade.store.pg_bulk)
    postgresql: bool


def _in_seq_order(sql: str, pg: bool) -> str:
    """On SQLite, read the whole history in ``seq`` (rowid) order: ``+`` keeps SQLite from
    searching an index on the cascade column and then sorting millions of rows in a
    temporary tree (3.7 s against 5.1 s for 2,000,000 events); it costs a scan of the
    other cascades' events too, where a database holds several."""
    if pg:
        return sql
    plain = 'WHERE cascade_events."cascade" = ?'
    assert plain in sql, sql
    return sql.replace(plain, 'WHERE +cascade_events."cascade" = ?')


def _with_milestones(columns: Sequence[Any], among: Any) -> Any:
    """The history of some obligations and the milestone events, with seq: two searches
    of the (cascade, obligation_id, version) index (an OR would scan the cascade's events
    on SQLite). Without ``among`` (no obligations), the milestone events alone."""
    milestones = select(*columns, E.c.seq).where(
        E.c.cascade == bindparam("c"), E.c.obligation_id.is_(None)
    )
    if among is None:
        return milestones
    return milestones.union_all(
        select(*columns, E.c.seq).where(E.c.cascade == bindparam("c"), among(E.c.obligation_id))
    )


def _upsert_findings(insert: Any) -> Insert:
    replaced = {"digest": insert.excluded.digest, "findings": insert.excluded.findings}
    statement: Insert = insert.on_conflict_do_update(
        index_elements=["cascade", "ruleset"], set_=replaced
    )
    return statement


_BOUND = {"cascade": "c", "obligation_id": "ob"}


def _with_event(head_move: Insert | Update) -> Insert:
    """PostgreSQL: ``head_move`` (RETURNING the head's new version) and the event inserted
    with that version, only if the head moved: one statement. An event id stored already
    fails it whole (the unique key), so nothing is written then."""
    moved = head_move.cte("moved")
    # the head's columns bound as "c" and "ob": a parameter named after a column of the
    # head would be taken by SQLAlchemy for a value the UPDATE sets
    values = [
        bindparam(_BOUND.get(name, name), type_=E.c[name].type) for name in EVENT_COLUMNS[:-1]
    ]
    rows = select(*values, moved.c.version)  # "version" is the last of the columns
    return insert(E).from_select(list(EVENT_COLUMNS), rows).returning(E.c.seq)


def _head_moves(on_conflict: Any) -> tuple[Insert, Update]:
    """A head moved from 0 (created, or still at 0: PostgreSQL's locked-but-new heads) and
    from ``expected``, each RETURNING its new version; the head's columns bound as ``c`` and
    ``ob`` (:func:`_with_event` puts them in a statement with the event's)."""
    new = on_conflict(H).values(
        cascade=bindparam("c"),
        obligation_id=bindparam("ob"),
        version=literal_column("1"),
        state=bindparam("state"),
    )
    start = new.on_conflict_do_update(
        index_elements=["cascade", "obligation_id"],
        set_={"version": new.excluded.version, "state": new.excluded.state},
        where=H.c.version == literal_column("0"),
    ).returning(H.c.version)
    advance = (
        update(H)
        .where(
            H.c.cascade == bindparam("c"),
            H.c.obligation_id == bindparam("ob"),
            H.c.version == bindparam("expected"),
        )
        .values(version=bindparam("version_to"), state=bindparam("state"))
        .returning(H.c.version)
    )
    return start, advance


def build(dialect: Dialect) -> Statements:
    """The statements for ``dialect`` (SQLite or PostgreSQL)."""
    pg = dialect.name == "postgresql"
    # the dialect in use only: PostgreSQL's module costs a SQLite command 50 ms to import
    on_conflict: Any
    if pg:
        from sqlalchemy.dialects.postgresql import insert as on_conflict
    else:
        from sqlalchemy.dialects.sqlite import insert as on_conflict
    cascade: BindParameter[int] = bindparam("c")
    counts = select(E.c.cascade, func.count().label("n")).group_by(E.c.cascade).subquery()
    upsert = on_conflict(H)
    set_heads = upsert.on_conflict_do_update(
        index_elements=["cascade", "obligation_id"],
        set_={"version": upsert.excluded.version, "state": upsert.excluded.state},
    )
    columns = (
        E.c.event_id, E.c.obligation_id, E.c.trigger, E.c.actor, E.c.at, E.c.at_us,
        E.c.note, E.c.evidence, E.c.milestone,
    )  # fmt: skip
    history_columns = (
        select(*columns).where(E.c.cascade == bindparam("c")).order_by(E.c.seq)
    ).compile(dialect=dialect)
    start_head, advance_head = _head_moves(on_conflict)
    return Statements(
        cascade_key=select(D.c.key).where(D.c.id == bindparam("id")),
        definition=select(D.c.definition).where(D.c.key == cascade),
        definition_head=(
            select(D.c.key, D.c.digest, D.c.revision)
            .where(D.c.id == bindparam("id"))
            .with_for_update()
        ),
        definitions_with_counts=(
            select(D.c.id, D.c.title, D.c.revision, D.c.loaded_at, counts.c.n)
            .outerjoin(counts, counts.c.cascade == D.c.key)
            .order_by(D.c.id)
        ),
        tracked=select(H.c.obligation_id).where(H.c.cascade == cascade, H.c.version > 0),
        set_findings=_upsert_findings(on_conflict(t.findings)),
        create_and_lock_head=upsert.on_conflict_do_update(
            index_elements=["cascade", "obligation_id"], set_={"version": H.c.version}
        ).returning(H.c.version, H.c.state),
        head=select(H.c.version, H.c.state).where(
            H.c.cascade == cascade, H.c.obligation_id == bindparam("ob")
        ),
        heads=select(H.c.obligation_id, H.c.version, H.c.state).where(
            H.c.cascade == cascade, H.c.version > 0
        ),
        find_events=select(E).where(
            E.c.cascade == cascade, E.c.event_id.in_(bindparam("ids", expanding=True))
        ),
        history=select(E).where(E.c.cascade == cascade).order_by(E.c.seq),
        insert_event_once=on_conflict(E)
        .on_conflict_do_nothing(index_elements=["cascade", "event_id"])
        .returning(E.c.seq),
        insert_events=_bulk(E.insert(), EVENT_COLUMNS, dialect),
        insert_new_events=_bulk(
            on_conflict(E).on_conflict_do_nothing(index_elements=["cascade", "event_id"]),
            EVENT_COLUMNS,
            dialect,
        ),
        find_keys=Lookup(
            lambda among: select(
                E.c.event_id,
                E.c.obligation_id,
                E.c.trigger,
                E.c.actor,
                E.c.note,
                E.c.evidence,
                E.c.milestone,
                E.c.at_us,
                E.c.at,
            ).where(E.c.cascade == bindparam("c"), among(E.c.event_id)),
            dialect,
        ),
        read_heads=Lookup(
            lambda among: (
                select(H.c.obligation_id, H.c.version, H.c.state)
                .where(H.c.cascade == bindparam("c"), among(H.c.obligation_id))
                .order_by(H.c.obligation_id)
                .with_for_update()
            ),
            dialect,
        ),
        set_heads=_bulk(set_heads, HEAD_COLUMNS, dialect),
        start_heads=_bulk(
            upsert.on_conflict_do_update(
                index_elements=["cascade", "obligation_id"],
                set_={"version": upsert.excluded.version, "state": upsert.excluded.state},
                where=H.c.version == literal_column("0"),
            ),
            HEAD_COLUMNS,
            dialect,
        ),
        advance_heads=_bulk(
            update(H)
            .where(
                H.c.cascade == bindparam("c"),
                H.c.obligation_id == bindparam("o"),
                H.c.version == bindparam("expected"),
            )
            .values(version=bindparam("v"), state=bindparam("s")),
            ("v", "s", "c", "o", "expected"),
            dialect,
        ),
        set_head=set_heads,
        start_head=start_head,
        advance_head=advance_head,
        start_head_with_event=_with_event(start_head) if pg else None,
        advance_head_with_event=_with_event(advance_head) if pg else None,
        lifecycle=select(D.c.lifecycle).where(D.c.key == cascade),
        history_columns=_in_seq_order(str(history_columns), pg),
        history_of=Lookup(
            lambda among: select(*columns, E.c.seq).where(
                E.c.cascade == bindparam("c"), among(E.c.obligation_id)
            ),
            dialect,
        ),
        history_of_and_milestones=Lookup(partial(_with_milestones, columns), dialect),
        positional=history_columns.positional,
        postgresql=pg,
    )
