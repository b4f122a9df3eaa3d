"""A stored definition as rows: each organisation, document, obligation, milestone,
level and amendment of the expanded cascade, its canonical JSON keyed by kind and id.

Written beside the definition's JSON when it is saved; read a few rows at a time by
:class:`ItemSource`, the :class:`~cascade.engine.part.PartSource` of the SQL store, so
that ``record`` reads what decides its event and not the whole definition.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter
from sqlalchemy import Connection, bindparam, delete, insert, literal_column, select, union_all

from cascade.model import (
    Amendment,
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

HEADER, LEVEL, ORGANISATION, DOCUMENT, OBLIGATION, MILESTONE, AMENDMENT = range(7)
KINDS: dict[int, Any] = {
    HEADER: CascadeInfo,
    LEVEL: Level,
    ORGANISATION: Organisation,
    DOCUMENT: Document,
    OBLIGATION: Obligation,
    MILESTONE: Milestone,
    AMENDMENT: Amendment,  # few: every part reads them all, with the header
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


def names(conn: Connection, key: int, kind: int) -> dict[str, str]:
    """The ``name`` of every item of ``kind`` in the cascade ``key``, by id: read from
    the JSON the store wrote (normalised when it was validated), without a model each."""
    query = select(t.items.c.id, t.items.c.body).where(
        t.items.c.cascade == key, t.items.c.kind == kind
    )
    return {item_id: json.loads(body)["name"] for item_id, body in conn.execute(query)}


def rows(key: int, cascade: Cascade) -> Iterator[dict[str, Any]]:
    """The item rows of ``cascade`` (stored under ``key``), as executemany takes them."""
    yield _row(key, HEADER, cascade.cascade.id, None, cascade.cascade)
    yield from (_row(key, LEVEL, level.id, None, level) for level in cascade.levels)
    yield from (_row(key, ORGANISATION, o.id, o.parent, o) for o in cascade.organisations)
    # a document's issuer as its ref: a part reads the issuers with their documents
    yield from (_row(key, DOCUMENT, d.id, d.issuer, d) for d in cascade.documents)
    yield from (_row(key, OBLIGATION, o.id, o.implements, o) for o in cascade.obligations)
    yield from (_row(key, MILESTONE, m.id, None, m) for m in cascade.milestones)
    yield from (_row(key, AMENDMENT, a.id, None, a) for a in cascade.amendments)


def _row(key: int, kind: int, item_id: str, ref: str | None, item: Any) -> dict[str, Any]:
    body = _ADAPTERS[kind].dump_json(item, exclude_none=True).decode("utf-8")
    return {"cascade": key, "kind": kind, "id": item_id, "ref": ref, "body": body}


@dataclass(frozen=True)
class _Reads:
    """The statements of :class:`ItemSource` for one dialect, built once: made anew for
    each read, their construction cost ``record`` more than their round trips."""

    header: Any  # header, levels, milestones, amendments
    header_and_family: Any  # …and an obligation with its children (a UNION: an OR would
    # not search the indexes)
    by_id: Any  # items of a kind among some ids
    children: Any  # obligations that implement one
    documents_and_organisations: Any  # documents, organisations, and the documents' issuers


@cache
def _reads(postgresql: bool) -> _Reads:
    items = t.items.c
    rows = select(items.kind, items.body)
    ours = items.cascade == bindparam("c")

    def among(column: Any, name: str) -> Any:
        if not postgresql:
            return column.in_(bindparam(name, expanding=True))
        from sqlalchemy import String, any_
        from sqlalchemy.dialects.postgresql import ARRAY

        # one text for any number of ids: the server and the driver prepare it once
        return column == any_(bindparam(name, type_=ARRAY(String)))

    def kind(*kinds: int) -> Any:
        # the kinds written into the SQL: a server keeps a statement's plan after a few
        # runs, and a generic plan over bound kinds cost PostgreSQL about 0.04 ms a read
        codes: list[Any] = [literal_column(str(k)) for k in kinds]
        return items.kind == codes[0] if len(codes) == 1 else items.kind.in_(codes)

    header = rows.where(ours, kind(HEADER, LEVEL, MILESTONE, AMENDMENT))
    family = [
        rows.where(ours, kind(OBLIGATION), column == bindparam("ob"))
        for column in (items.id, items.ref)
    ]
    issuers = select(items.ref).where(ours, kind(DOCUMENT), among(items.id, "docs"))
    return _Reads(
        header=header,
        header_and_family=union_all(header, *family),
        by_id=select(items.body).where(
            ours, items.kind == bindparam("kind"), among(items.id, "ids")
        ),
        children=select(items.body).where(ours, kind(OBLIGATION), items.ref == bindparam("ob")),
        documents_and_organisations=union_all(
            rows.where(ours, kind(DOCUMENT), among(items.id, "docs")),
            rows.where(ours, kind(ORGANISATION), among(items.id, "orgs")),
            rows.where(
                ours,
                kind(ORGANISATION),
                items.id.in_(issuers),
                ~among(items.id, "orgs"),
            ),
        ),
    )


class ItemSource:
    """The rows of one stored cascade, read by kind and id on one connection.

    Given the ``obligation`` a part is for, the header's query reads that obligation
    and its children too (one round trip fewer on a server).
    """

    def __init__(self, conn: Connection, key: int, obligation: str | None = None) -> None:
        self.conn = conn
        self.key = key
        self.obligation = obligation
        self.reads = _reads(conn.dialect.name == "postgresql")
        self._amendments: tuple[Amendment, ...] | None = None
        self._family: list[Obligation] | None = None  # the obligation and its children

    def header(self) -> tuple[CascadeInfo, tuple[Level, ...], tuple[Milestone, ...]]:
        found: dict[int, list[Any]] = {HEADER: [], LEVEL: [], MILESTONE: [], AMENDMENT: []}
        found[OBLIGATION] = []
        if self.obligation is None:
            rows = self.conn.execute(self.reads.header, {"c": self.key})
        else:
            query = self.reads.header_and_family
            rows = self.conn.execute(query, {"c": self.key, "ob": self.obligation})
        for kind, body in rows:
            found[kind].append(_ADAPTERS[kind].validate_json(body))
        (info,) = found[HEADER]
        self._amendments = tuple(found[AMENDMENT])
        if self.obligation is not None:
            self._family = found[OBLIGATION]
        return info, tuple(found[LEVEL]), tuple(found[MILESTONE])

    def amendments(self) -> tuple[Amendment, ...]:
        if self._amendments is None:
            self.header()  # the same read: they are few, and come with the header
        assert self._amendments is not None
        return self._amendments

    def obligations(self, ids: Collection[str], implementing: str | None) -> list[Obligation]:
        if (
            self._family is not None
            and implementing == self.obligation
            and set(ids) == {self.obligation}
        ):
            return self._family
        found = list(self._by_id(OBLIGATION, ids))
        if implementing is not None:
            rows = self.conn.execute(self.reads.children, {"c": self.key, "ob": implementing})
            found += [_ADAPTERS[OBLIGATION].validate_json(b) for (b,) in rows]
        return found

    def documents(self, ids: Collection[str]) -> list[Document]:
        return list(self._by_id(DOCUMENT, ids))

    def organisations(self, ids: Collection[str]) -> list[Organisation]:
        return list(self._by_id(ORGANISATION, ids))

    def documents_and_organisations(
        self, documents: Collection[str], organisations: Collection[str]
    ) -> tuple[list[Document], list[Organisation]]:
        if not documents or not organisations or max(len(documents), len(organisations)) > CHUNK:
            return self.documents(documents), self.organisations(organisations)
        among = {"docs": sorted(documents), "orgs": sorted(organisations)}
        found: dict[int, list[Any]] = {DOCUMENT: [], ORGANISATION: []}
        for kind, body in self.conn.execute(
            self.reads.documents_and_organisations, {"c": self.key, **among}
        ):
            found[kind].append(_ADAPTERS[kind].validate_json(body))
        return found[DOCUMENT], found[ORGANISATION]

    def _by_id(self, kind: int, ids: Collection[str]) -> Iterator[Any]:
        wanted = sorted(ids)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            rows = self.conn.execute(self.reads.by_id, {"c": self.key, "kind": kind, "ids": chunk})
            for (body,) in rows:
                yield _ADAPTERS[kind].validate_json(body)
