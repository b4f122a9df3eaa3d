"""A stored definition as rows: each organisation, document, obligation, milestone and
level of the expanded cascade, its canonical JSON keyed by kind and id.

Written beside the definition's JSON when it is saved; read a few rows at a time by
:class:`ItemSource`, the :class:`~cascade.engine.part.PartSource` of the SQL store, so
that ``record`` reads what decides its event and not the whole definition.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter
from sqlalchemy import Connection, delete, insert, select

from cascade.model import (
    Cascade,
    CascadeInfo,
    Document,
    Level,
    Milestone,
    Obligation,
    Organisation,
)
from cascade.store import schema as t

if TYPE_CHECKING:
    from cascade.engine.compiled import Tables

HEADER, LEVEL, ORGANISATION, DOCUMENT, OBLIGATION, MILESTONE = range(6)
KINDS: dict[int, type[Any]] = {
    HEADER: CascadeInfo,
    LEVEL: Level,
    ORGANISATION: Organisation,
    DOCUMENT: Document,
    OBLIGATION: Obligation,
    MILESTONE: Milestone,
}
_ADAPTERS = {kind: TypeAdapter(model) for kind, model in KINDS.items()}
CHUNK = 500  # ids per IN (…) list
WRITE = 50_000  # rows per executemany


def write(conn: Connection, key: int, cascade: Cascade, digest: str, *, replace: bool) -> None:
    """Store ``cascade`` (expanded, under ``key``) as rows and as compiled columns."""
    from cascade.engine.compiled import build_tables
    from cascade.engine.packed import pack

    if replace:
        conn.execute(delete(t.items).where(t.items.c.cascade == key))
        conn.execute(delete(t.compiled).where(t.compiled.c.cascade == key))
    pending = rows(key, cascade)
    while chunk := list(islice(pending, WRITE)):  # a chunk at a time: a million rows are GBs
        conn.execute(insert(t.items), chunk)
    packed = pack(build_tables(cascade))
    conn.execute(insert(t.compiled).values(cascade=key, digest=digest, tables=packed))


def compiled(conn: Connection, key: int) -> Tables | None:
    """The compiled columns stored for ``key``, or None (none, or unreadable: rebuild)."""
    from cascade.engine.packed import PackedError, unpack

    blob = conn.execute(select(t.compiled.c.tables).where(t.compiled.c.cascade == key)).scalar()
    if blob is None:
        return None
    try:
        return unpack(blob)
    except PackedError:
        return None


def rows(key: int, cascade: Cascade) -> Iterator[dict[str, Any]]:
    """The item rows of ``cascade`` (stored under ``key``), as executemany takes them."""
    yield _row(key, HEADER, cascade.cascade.id, None, cascade.cascade)
    yield from (_row(key, LEVEL, level.id, None, level) for level in cascade.levels)
    yield from (_row(key, ORGANISATION, o.id, o.parent, o) for o in cascade.organisations)
    yield from (_row(key, DOCUMENT, d.id, None, d) for d in cascade.documents)
    yield from (_row(key, OBLIGATION, o.id, o.implements, o) for o in cascade.obligations)
    yield from (_row(key, MILESTONE, m.id, None, m) for m in cascade.milestones)


def _row(key: int, kind: int, item_id: str, ref: str | None, item: Any) -> dict[str, Any]:
    body = _ADAPTERS[kind].dump_json(item, exclude_none=True).decode("utf-8")
    return {"cascade": key, "kind": kind, "id": item_id, "ref": ref, "body": body}


class ItemSource:
    """The rows of one stored cascade, read by kind and id on one connection."""

    def __init__(self, conn: Connection, key: int) -> None:
        self.conn = conn
        self.key = key

    def header(self) -> tuple[CascadeInfo, tuple[Level, ...], tuple[Milestone, ...]]:
        found: dict[int, list[Any]] = {HEADER: [], LEVEL: [], MILESTONE: []}
        query = select(t.items.c.kind, t.items.c.body).where(
            t.items.c.cascade == self.key, t.items.c.kind.in_(list(found))
        )
        for kind, body in self.conn.execute(query):
            found[kind].append(_ADAPTERS[kind].validate_json(body))
        (info,) = found[HEADER]
        return info, tuple(found[LEVEL]), tuple(found[MILESTONE])

    def obligations(self, ids: Collection[str], implementing: str | None) -> list[Obligation]:
        found = list(self._by_id(OBLIGATION, ids))
        if implementing is not None:
            query = select(t.items.c.body).where(
                t.items.c.cascade == self.key,
                t.items.c.kind == OBLIGATION,
                t.items.c.ref == implementing,
            )
            found += [_ADAPTERS[OBLIGATION].validate_json(b) for (b,) in self.conn.execute(query)]
        return found

    def documents(self, ids: Collection[str]) -> list[Document]:
        return list(self._by_id(DOCUMENT, ids))

    def organisations(self, ids: Collection[str]) -> list[Organisation]:
        return list(self._by_id(ORGANISATION, ids))

    def _by_id(self, kind: int, ids: Collection[str]) -> Iterator[Any]:
        wanted = sorted(ids)
        for start in range(0, len(wanted), CHUNK):
            query = select(t.items.c.body).where(
                t.items.c.cascade == self.key,
                t.items.c.kind == kind,
                t.items.c.id.in_(wanted[start : start + CHUNK]),
            )
            for (body,) in self.conn.execute(query):
                yield _ADAPTERS[kind].validate_json(body)
