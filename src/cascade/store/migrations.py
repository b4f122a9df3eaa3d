"""Schema versions of the SQL store, and the forward migrations between them.

``cascade db init`` applies every migration the database lacks, in order, in
one transaction (PostgreSQL and SQLite both have transactional DDL, so a failed
migration leaves the previous version intact); opening a store checks that the
database is at the version this code expects and says what to do if not.

Why not Alembic: Alembic's strengths (autogenerate from models, branching, an
``env.py`` per project, offline SQL scripts) serve applications whose team
runs migrations by hand. Here the store is embedded in a library and a CLI; the
schema is four tables and its history is linear, so a list of numbered Python
functions over SQLAlchemy Core, run by ``db init``, is all that is needed and
ships inside the wheel with no configuration file.

Adding a migration: append ``Migration(n + 1, "...", function)`` to
:data:`MIGRATIONS` and change :mod:`.schema` to match. Migration 1 creates the
tables from :mod:`.schema`; once a second migration exists, replace its body by
the version-1 table definitions so a new database is built step by step (migration 1
creates the first three tables; migration 2 adds the items). A
test checks that a database built by the migrations has the tables, columns and
indexes of :mod:`.schema`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, insert, inspect, select, text

from cascade.errors import StoreError
from cascade.store import schema


@dataclass(frozen=True)
class Migration:
    """One step: the version it brings the database to, what it does, and how."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    first = (schema.definitions, schema.events, schema.heads)
    schema.metadata.create_all(conn, tables=first)


def _add_items(conn: Connection) -> None:
    """The items and compiled tables, filled from the definitions already stored."""
    from cascade.store import definitions, items

    schema.items.create(conn)
    schema.compiled.create(conn)
    d = schema.definitions.c
    for key, cascade_id, blob, digest in conn.execute(select(d.key, d.id, d.definition, d.digest)):
        cascade = definitions.from_stored(blob, cascade_id)
        items.write(conn, key, cascade, digest, replace=False)


def _add_revisions(conn: Connection) -> None:
    """The revisions table, holding the definition each cascade has now (the earlier ones
    were not kept before this version: their numbers are skipped)."""
    from cascade.store import definitions

    schema.revisions.create(conn)
    d = schema.definitions.c
    columns = (d.key, d.id, d.revision, d.definition, d.lifecycle, d.digest, d.loaded_at)
    for key, cascade_id, revision, blob, lifecycle, digest, loaded_at in conn.execute(
        select(*columns)
    ).all():
        cascade = definitions.from_stored(blob, cascade_id)
        conn.execute(
            insert(schema.revisions).values(
                cascade=key, revision=revision, definition=blob, lifecycle=lifecycle,
                digest=digest, obligations=len(cascade.obligations), loaded_at=loaded_at,
            )
        )  # fmt: skip


def _add_findings(conn: Connection) -> None:
    """The findings table (empty: `validate --db` fills it when it first runs)."""
    schema.findings.create(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "definitions, events and obligation heads", _create_tables),
    Migration(2, "the expanded definitions as rows and as compiled columns", _add_items),
    Migration(3, "every revision of a definition kept", _add_revisions),
    Migration(4, "the findings of each definition's rules, kept for its revision", _add_findings),
)
CURRENT = MIGRATIONS[-1].version


def database_version(conn: Connection) -> int | None:
    """The schema version of the database; None if it was never initialised."""
    if not inspect(conn).has_table(schema.schema_versions.name):
        return None
    found = conn.execute(select(func.max(schema.schema_versions.c.version))).scalar()
    return int(found) if found is not None else 0


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database to the last version of ``migrations``; the versions applied."""
    latest = migrations[-1].version
    applied: list[int] = []
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # two `db init` at once: the second waits, then finds nothing to do
            conn.execute(text("SELECT pg_advisory_xact_lock(7263540)"))
        version = database_version(conn) or 0
        if version > latest:
            raise _newer(version, latest)
        schema.schema_versions.create(conn, checkfirst=True)
        for migration in migrations:
            if migration.version <= version:
                continue
            migration.apply(conn)
            conn.execute(
                insert(schema.schema_versions).values(
                    version=migration.version,
                    description=migration.description,
                    applied_at=dt.datetime.now(dt.UTC),
                )
            )
            applied.append(migration.version)
    return applied


def check(conn: Connection, latest: int = CURRENT) -> int:
    """The database's version, if it is the one this code expects; StoreError if not."""
    version = database_version(conn)
    if version is None or version == 0:
        raise StoreError("the database is not initialised: run `cascade db init` first")
    if version < latest:
        raise StoreError(
            f"the database has schema version {version}, this cascade needs {latest}: "
            "run `cascade db init` to migrate it"
        )
    if version > latest:
        raise _newer(version, latest)
    return version


def _newer(version: int, latest: int) -> StoreError:
    return StoreError(
        f"the database has schema version {version}, newer than this cascade knows ({latest}); "
        "upgrade cascade"
    )
