"""PostgreSQL's bulk writes for an import: COPY for the events, arrays for the heads.

An import writes a batch of events and moves the heads of their obligations. Sent as
one statement per row (pipelined ``executemany``), the server spent most of a two
million event import parsing and running single-row statements: three times SQLite's
time. Here the events stream in with ``COPY`` and each kind of head change is one
statement over ``unnest``-ed arrays, whose row count still tells whether another
writer moved a head meanwhile (see :meth:`cascade.store.sql.SqlStore._write_batch`).
A stored id met by ``COPY`` raises :class:`StoredIdError`, which rolls the batch
back as the row-count check of the other path does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cascade.store.statements import EVENT_COLUMNS

EVENT_ID_KEY = "cascade_events_id_key"  # the unique (cascade, event_id) constraint

COPY_EVENTS = "COPY cascade_events ({}) FROM STDIN".format(
    ", ".join(f'"{column}"' for column in EVENT_COLUMNS)
)
# every statement takes the cascade's key first, then one array per column of the rows
SET_HEADS = """
INSERT INTO cascade_heads ("cascade", obligation_id, version, state)
SELECT %s, r.o, r.v, r.s FROM unnest(%s::text[], %s::int[], %s::text[]) AS r(o, v, s)
ON CONFLICT ("cascade", obligation_id)
DO UPDATE SET version = excluded.version, state = excluded.state
"""
# heads at version 0 (or none yet) started: a head another writer started is not counted
START_HEADS = SET_HEADS + "WHERE cascade_heads.version = 0\n"
# heads moved from the version each row expects: a head moved meanwhile is not counted
ADVANCE_HEADS = """
UPDATE cascade_heads AS h SET version = r.v, state = r.s
FROM (
    SELECT %s AS c, u.* FROM unnest(%s::text[], %s::int[], %s::text[], %s::int[])
    AS u(o, v, s, expected)
) AS r
WHERE h."cascade" = r.c AND h.obligation_id = r.o AND h.version = r.expected
"""
CREATE_HEADS = """
INSERT INTO cascade_heads ("cascade", obligation_id, version)
SELECT %s, r.o, 0 FROM unnest(%s::text[]) AS r(o)
ON CONFLICT ("cascade", obligation_id) DO NOTHING
"""


class StoredIdError(Exception):
    """COPY met an event id the cascade has stored already."""


def copy_events(cursor: Any, rows: Sequence[tuple[Any, ...]]) -> None:
    """Append ``rows`` (in :data:`~cascade.store.statements.EVENT_COLUMNS` order)."""
    from psycopg.errors import UniqueViolation

    try:
        with cursor.copy(COPY_EVENTS) as copy:
            for row in rows:
                copy.write_row(row)
    except UniqueViolation as exc:
        if exc.diag.constraint_name == EVENT_ID_KEY:
            raise StoredIdError from None
        raise  # a version taken meanwhile: the caller's conflict, as on the other path


def move_heads(cursor: Any, sql: str, key: int, rows: Sequence[tuple[Any, ...]]) -> int:
    """Run ``START_HEADS`` or ``SET_HEADS`` on (obligation, version, state) rows, or
    ``ADVANCE_HEADS`` on (obligation, version, state, expected) rows; the rows changed."""
    columns = [list(column) for column in zip(*rows, strict=True)]
    cursor.execute(sql, (key, *columns))
    return int(cursor.rowcount)


def create_heads(cursor: Any, key: int, obligations: Sequence[str]) -> None:
    """Heads at version 0 for ``obligations`` that have none (so that they can be locked)."""
    cursor.execute(CREATE_HEADS, (key, list(obligations)))
