"""A stored definition as rows: each organisation, document, obligation, milestone and
level of the expanded cascade, its canonical JSON keyed by kind and id.

Written beside the definition's JSON when it is saved; read a few rows at a time by
:class:`ItemSource`, the :class:`~cascade.engine.part.PartSource` of the SQL store, so
that ``record`` reads what decides its event and not the whole definition.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Connection, select

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


def rows(key: int, cascade: Cascade) -> list[dict[str, Any]]:
    """The item rows of ``cascade`` (stored under ``key``), ready for one executemany."""
    out = [_row(key, HEADER, cascade.cascade.id, None, cascade.cascade)]
    out += [_row(key, LEVEL, level.id, None, level) for level in cascade.levels]
    out += [_row(key, ORGANISATION, o.id, o.parent, o) for o in cascade.organisations]
    out += [_row(key, DOCUMENT, d.id, None, d) for d in cascade.documents]
    out += [_row(key, OBLIGATION, o.id, o.implements, o) for o in cascade.obligations]
    out += [_row(key, MILESTONE, m.id, None, m) for m in cascade.milestones]
    return out


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
