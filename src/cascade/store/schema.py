"""The tables of the SQL store (SQLAlchemy Core), the same on SQLite and PostgreSQL.

* ``cascade_schema``: one row per migration applied (see :mod:`.migrations`);
* ``cascade_definitions``: one row per cascade, the canonical file-layer JSON
  (zlib-compressed: a national cascade's JSON is hundreds of megabytes), the
  lifecycle its events are checked against (stored with it, so that a history
  always replays under the lifecycle it was recorded with), and a
  small integer ``key`` that the other tables use (a short key keeps their
  indexes small: bulk import speed is mostly index upkeep);
* ``cascade_events``: the append-only history. ``seq`` orders it; an event id
  is unique within its cascade (idempotent appends); (cascade, obligation,
  version) is unique too, so two writers can never both store "version n";
* ``cascade_revisions``: every definition a cascade has had, by revision number
  (what ``cascade db revisions`` lists), the current one included;
* ``cascade_heads``: per obligation, the version (its number of events) and the
  state they led to: the row optimistic concurrency checks and locks;
* ``cascade_items``: the expanded cascade as rows, one per organisation, document,
  obligation, milestone and level (its canonical JSON), keyed by kind and id and
  indexed by ``ref`` (an obligation's parent, an organisation's superior), so that
  ``record`` reads the few rows that decide an event (:mod:`cascade.engine.part`)
  instead of the whole definition;
* ``cascade_compiled``: the expanded cascade compiled into the engine's columns
  (:mod:`cascade.engine.packed`), so that tracking a stored cascade of a million
  obligations does not validate, expand and compile its definition again.

Table names carry a ``cascade_`` prefix so the store can share a PostgreSQL
database with other applications.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

ID = String(200)  # ids are at most 200 characters (cascade.model.Id)

metadata = MetaData()

schema_versions = Table(
    "cascade_schema",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

definitions = Table(
    "cascade_definitions",
    metadata,
    Column("key", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("definition", LargeBinary, nullable=False),
    Column("lifecycle", Text),  # the lifecycle definition's JSON, as resolved at load time
    Column("digest", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "cascade_events",
    metadata,
    # SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets a bigint identity
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("cascade", Integer, ForeignKey("cascade_definitions.key"), nullable=False),
    Column("event_id", ID, nullable=False),
    Column("obligation_id", ID),
    Column("trigger", ID),
    Column("actor", ID, nullable=False),
    Column("at", String(64), nullable=False),  # ISO 8601 exactly as written
    Column("at_us", BigInteger, nullable=False),  # the instant: µs since the epoch, UTC
    Column("note", Text),
    Column("evidence", Text),
    Column("milestone", ID),
    Column("version", Integer),
    Column("recorded_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    UniqueConstraint("cascade", "event_id", name="cascade_events_id_key"),
    UniqueConstraint("cascade", "obligation_id", "version", name="cascade_events_version_key"),
)

items = Table(
    "cascade_items",
    metadata,
    Column("cascade", Integer, ForeignKey("cascade_definitions.key"), nullable=False),
    Column("kind", SmallInteger, nullable=False),  # see cascade.store.items.KINDS
    Column("id", ID, nullable=False),
    # an obligation's `implements`, an organisation's `parent`, a document's `issuer`
    Column("ref", ID),
    Column("body", Text, nullable=False),
    PrimaryKeyConstraint("cascade", "kind", "id", name="cascade_items_pkey"),
    Index("cascade_items_ref", "cascade", "kind", "ref"),
)

compiled = Table(
    "cascade_compiled",
    metadata,
    Column("cascade", Integer, ForeignKey("cascade_definitions.key"), primary_key=True),
    Column("digest", String(64), nullable=False),  # of the definition they were compiled from
    Column("tables", LargeBinary, nullable=False),  # cascade.engine.packed
)

revisions = Table(
    "cascade_revisions",
    metadata,
    Column("cascade", Integer, ForeignKey("cascade_definitions.key"), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("definition", LargeBinary, nullable=False),  # zlib-compressed canonical JSON
    Column("lifecycle", Text),
    Column("digest", String(64), nullable=False),
    Column("obligations", Integer, nullable=False),  # groups expanded
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    PrimaryKeyConstraint("cascade", "revision", name="cascade_revisions_pkey"),
)

findings = Table(
    "cascade_findings",
    metadata,
    Column("cascade", Integer, ForeignKey("cascade_definitions.key"), nullable=False),
    Column("ruleset", String(64), nullable=False),  # a digest of the code that made them
    Column("digest", String(64), nullable=False),  # of the revision they were made for
    Column("findings", LargeBinary, nullable=False),  # opaque to the store (cascade.rules)
    PrimaryKeyConstraint("cascade", "ruleset", name="cascade_findings_pkey"),
)

heads = Table(
    "cascade_heads",
    metadata,
    Column("cascade", Integer, ForeignKey("cascade_definitions.key"), nullable=False),
    Column("obligation_id", ID, nullable=False),
    Column("version", Integer, nullable=False),
    Column("state", ID),
    PrimaryKeyConstraint("cascade", "obligation_id", name="cascade_heads_pkey"),
    sqlite_with_rowid=False,
)
