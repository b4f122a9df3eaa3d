"""The definition as rows (``cascade_items``): written with the definition, filled in by
the migration for definitions stored before it, and read a few at a time for ``record``."""

from __future__ import annotations

import zlib
from pathlib import Path

from sqlalchemy import Connection, event, insert, select

from cascade.engine.part import WholeCascade, decision_part
from cascade.files.loader import expand
from cascade.model import Cascade, CascadeFile
from cascade.store import EventStore, MemoryStore, open_store
from cascade.store import schema as t
from cascade.store.connections import make_engine
from cascade.store.definitions import digest, to_json
from cascade.store.migrations import MIGRATIONS, migrate
from cascade.store.url import sqlalchemy_url
from support import SEED_ID

OB, LEAD = "cv12724.stttt", "so-tttt"  # the department's dispatch: 93 children


def _same(part: Cascade, other: Cascade) -> None:
    for field in ("organisations", "documents", "obligations", "milestones", "levels"):
        mine = sorted(getattr(part, field), key=lambda item: item.id)
        theirs = sorted(getattr(other, field), key=lambda item: item.id)
        assert mine == theirs, field


def test_the_part_read_from_rows_is_the_part_of_the_whole(seeded: EventStore) -> None:
    whole = seeded.load_cascade(SEED_ID)
    for obligation, actor in ((OB, LEAD), ("1.1@bao-kien-giang", "bao-kien-giang"),
                              (None, "btv-tu"), ("no-such", "nobody")):  # fmt: skip
        part = seeded.definition_part(SEED_ID, obligation, actor)
        _same(part, decision_part(WholeCascade(whole), obligation, actor))


def test_the_part_holds_what_the_guards_read_and_no_more(seeded: EventStore) -> None:
    part = seeded.definition_part(SEED_ID, OB, "ubnd-rach-gia")
    whole = seeded.load_cascade(SEED_ID)
    children = {ob.id for ob in whole.obligations if ob.implements == OB}
    assert {ob.id for ob in part.obligations} == {OB, *children}
    assert next(ob for ob in part.obligations if ob.id == OB).implements is None
    held = {ob.lead for ob in part.obligations} | {"ubnd-rach-gia"}
    assert held <= {org.id for org in part.organisations} < {o.id for o in whole.organisations}


def test_record_reads_a_few_rows_whatever_the_size(db_url: str, seed_file: CascadeFile) -> None:
    """The statements ``record`` runs, counted: the same number for a leaf obligation
    and for the one with 93 children, and no read of the whole definition."""
    from cascade.services import record
    from support.store import ev

    with open_store(db_url, create=True) as store:
        store.save_cascade(seed_file)
        engine = store.engine  # type: ignore[attr-defined]
        # the first record also looks up the cascade's key, which the store then keeps
        record(store, ev("e0", "1.2@bao-kien-giang", "start", "bao-kien-giang"))
        seen: list[str] = []
        event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
        record(store, ev("e1", "1.1@bao-kien-giang", "start", "bao-kien-giang"))
        leaf = list(seen)
        seen.clear()
        record(store, ev("e2", OB, "start", LEAD))
        parent = list(seen)
    assert len(leaf) == len(parent) < 20
    whole = "cascade_definitions.definition"  # the definition's JSON: never read
    assert not any(whole in sql for sql in leaf + parent)
    assert any("cascade_items" in sql for sql in leaf)


def test_record_reads_in_one_connection_and_writes_in_one_transaction(
    db_url: str, seed_file: CascadeFile
) -> None:
    """A round trip costs on a server: ``record`` reads on one connection (one read
    transaction on SQLite, none on PostgreSQL) and writes in one transaction (on
    PostgreSQL one statement that commits on its own), with at
    most 4 reads of the definition through SQLAlchemy (the history part goes by the
    driver's cursor) and no look-up of the event's id (the engine has the obligation's
    history; the write meets an id stored elsewhere), and a write of two statements:
    the head moved from the version the reads saw, the event inserted (a start, then a
    second event from version 1); on PostgreSQL the two are one statement."""
    from cascade.services import record
    from support.store import ev

    with open_store(db_url, create=True) as store:
        store.save_cascade(seed_file)
        engine = store.engine  # type: ignore[attr-defined]
        record(store, ev("e0", "1.2@bao-kien-giang", "start", "bao-kien-giang"))  # its key
        checkouts: list[object] = []
        begins: list[str | None] = []  # the isolation level each transaction asked for
        seen: list[str] = []
        event.listen(engine.pool, "checkout", lambda *a: checkouts.append(a))
        level = "isolation_level"
        event.listen(engine, "begin", lambda c: begins.append(c.get_execution_options().get(level)))
        event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
        record(store, ev("e2", OB, "start", LEAD))
        first = list(seen)
        record(store, ev("e3", "1.2@bao-kien-giang", "report", "bao-kien-giang", minutes=5))
    moved_on = seen[len(first) :]
    seen[len(first) :] = []
    assert len(checkouts) == 4  # the reads, the write; twice
    # PostgreSQL: no BEGIN and COMMIT (each read statement reads what is committed, and the
    # write is one statement)
    pg = db_url.startswith("postgresql")
    assert begins == (["AUTOCOMMIT", "AUTOCOMMIT"] if pg else [None, None]) * 2
    for done, head in (
        (first, "INSERT INTO cascade_heads"),
        (moved_on, "UPDATE cascade_heads SET"),
    ):
        statements = [sql.lstrip() for sql in done if not sql.startswith("BEGIN")]  # SQLite's
        reads = [sql for sql in statements if sql.startswith("SELECT")]
        assert len(reads) <= 4
        assert not any("FROM cascade_events" in sql for sql in reads)
        # nothing read in the write: the head moved, the event inserted
        written = [" ".join(sql.split()) for sql in statements[len(reads) :]]
        if pg:
            assert len(written) == 1 and written[0].startswith(f"WITH moved AS ({head}")
            assert "INSERT INTO cascade_events" in written[0]
        else:
            assert [" ".join(sql.split()[:3]) for sql in written] == [
                head,
                "INSERT INTO cascade_events",
            ]


def test_the_migration_fills_the_rows_of_definitions_stored_before_it(
    tmp_path: Path, seed_file: CascadeFile
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(sqlalchemy_url(url), create=True)
    migrate(engine, MIGRATIONS[:1])  # a database of the first version, holding the seed
    text = to_json(seed_file)
    with engine.begin() as conn:
        _store_v1(conn, text)
    migrate(engine)
    with engine.connect() as conn:
        rows = conn.execute(select(t.items.c.id).where(t.items.c.kind == 4)).scalars().all()
    engine.dispose()
    assert sorted(rows) == sorted(ob.id for ob in expand(seed_file).obligations)
    with open_store(url) as store:
        part = store.definition_part(SEED_ID, OB, LEAD)
        _same(part, decision_part(WholeCascade(expand(seed_file)), OB, LEAD))


def _store_v1(conn: Connection, text: str) -> None:
    import datetime as dt

    conn.execute(
        insert(t.definitions).values(
            id=SEED_ID, title="seed", definition=zlib.compress(text.encode("utf-8")),
            lifecycle=None, digest=digest(text), revision=1, loaded_at=dt.datetime.now(dt.UTC),
        )
    )  # fmt: skip


def test_the_compiled_columns_are_the_stored_cascade_s(seeded: EventStore) -> None:
    from cascade.engine.compiled import build_tables

    stored = seeded.load_compiled(SEED_ID)
    if isinstance(seeded, MemoryStore):
        assert stored is None  # the in-memory store keeps the models: nothing to unpack
        return
    assert stored is not None
    expected = build_tables(seeded.load_cascade(SEED_ID))
    for name in type(expected).__dataclass_fields__:
        assert getattr(stored, name) == getattr(expected, name), name


def test_tampered_compiled_columns_are_rebuilt(db_url: str, seed_file: CascadeFile) -> None:
    from sqlalchemy import update

    from cascade.services import Source, open_tracker

    with open_store(db_url, create=True) as store:
        store.save_cascade(seed_file)
        with store.engine.begin() as conn:  # type: ignore[attr-defined]
            conn.execute(update(t.compiled).values(tables=b"garbage"))
        assert store.load_compiled(SEED_ID) is None
        tracker = open_tracker(Source(db=store))
    assert len(tracker.tables.ob_ids) == len(expand(seed_file).obligations)


def test_a_synthetic_cascade_is_stored_and_read_back_equal(store: EventStore) -> None:
    """Five thousand obligations saved, then read back: the same models, the same part for
    an obligation with children, the same compiled columns (where the store keeps them)."""
    from cascade.engine.compiled import build_tables
    from cascade.testing.synthetic import SMALL, generate

    cascade = generate(5_000, SMALL)
    cid = cascade.cascade.id
    assert store.save_cascade(cascade)
    back = store.load_cascade(cid)
    assert back.obligations == cascade.obligations
    assert back.organisations == cascade.organisations
    assert back.documents == cascade.documents
    parent = next(ob.implements for ob in cascade.obligations if ob.implements is not None)
    lead = next(ob.lead for ob in cascade.obligations if ob.id == parent)
    _same(store.definition_part(cid, parent, lead),
          decision_part(WholeCascade(cascade), parent, lead))  # fmt: skip
    compiled = store.load_compiled(cid)
    if compiled is not None:
        expected = build_tables(cascade)
        for name in type(expected).__dataclass_fields__:
            assert getattr(compiled, name) == getattr(expected, name), name


def test_the_item_reads_write_their_kinds_into_the_sql() -> None:
    """A server keeps a statement's plan after a few runs; over bound kinds that generic
    plan is slower: ``record``'s item reads carry their kinds as constants, and bind only
    the cascade, the obligation and the ids."""
    from sqlalchemy.dialects import postgresql, sqlite

    from cascade.store.items import _reads

    for pg, dialect in ((True, postgresql.dialect()), (False, sqlite.dialect())):
        reads = _reads(pg)
        for statement in (
            reads.header_and_family,
            reads.children,
            reads.documents_and_organisations,
        ):
            bound = set(statement.compile(dialect=dialect).params)
            assert bound <= {"c", "ob", "docs", "orgs"}, bound
