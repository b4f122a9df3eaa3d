"""Connections for the SQL store: engine set-up per database, and driver errors made clean.

SQLite runs in WAL mode with ``synchronous=NORMAL``: readers never block the
writer, and a committed transaction survives the process being killed (a power
cut may lose the last transactions, never consistency). pysqlite's own
transaction handling is switched off so that every write transaction starts
with ``BEGIN IMMEDIATE``: the write lock is taken at once, and two writers
queue (up to 30 s) instead of failing half-way.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError

from cascade.errors import ConflictError, StoreError

P = ParamSpec("P")
R = TypeVar("R")
BUSY_SECONDS = 30
READ_ONLY = "cascade_read_only"  # execution option: a read transaction (plain BEGIN on SQLite)

SQLITE_PRAGMAS = (
    "journal_mode=WAL",
    "synchronous=NORMAL",
    "foreign_keys=ON",
    "cache_size=-65536",
    # checkpoint every 40 MB of log, not 4 MB: a bulk import's batches rewrite the same
    # index pages, which are then copied into the database once instead of every batch
    "wal_autocheckpoint=10000",
    f"busy_timeout={BUSY_SECONDS * 1000}",
)


def make_engine(url: URL, *, create: bool) -> Engine:
    """An engine for ``url``; a SQLite file must exist unless ``create``."""
    if url.get_backend_name() != "sqlite":
        _require_psycopg()
        return create_engine(url)
    assert url.database is not None
    path = Path(url.database)
    read_only = url.query.get("mode") == "ro"
    if create and read_only:
        raise StoreError(f"{path}: ?mode=ro opens a database read only; it cannot be created")
    if create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create its folder: {exc.strerror}") from None
    else:
        _check_sqlite_file(path)
    options: dict[str, Any] = {"connect_args": {"timeout": BUSY_SECONDS}}
    if read_only:
        options["creator"] = _read_only_connection(path)
    engine = create_engine(url.set(query={}), **options)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # BEGIN is ours (see _begin)
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            if not (read_only and pragma.startswith(("journal_mode", "wal_"))):
                _pragma(cursor, pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        read_only = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


POSTGRES_EXTRA = "pip install 'directive-cascade[postgres]'"


def _require_psycopg() -> None:
    """PostgreSQL's driver is an extra: say how to install it when it is missing."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StoreError(
            f"PostgreSQL needs its driver, psycopg 3, which is not installed: {POSTGRES_EXTRA}"
        ) from None


SQLITE_HEADER = b"SQLite format 3\x00"


def _check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not a SQLite database: SQLite
    would turn an empty file into one, and answer later about anything else."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise StoreError(
            f"no database at {path}: run `cascade db init` first (or give --db)"
        ) from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror}") from None
    if not head:
        raise StoreError(f"{path} is an empty file, not initialised: run `cascade db init` first")
    if head != SQLITE_HEADER:
        raise StoreError(f"{path} is not a SQLite database (nor a cascade one); give --db")


def _read_only_connection(path: Path) -> Callable[[], sqlite3.Connection]:
    """Connections that SQLite itself keeps from writing (``?mode=ro``)."""
    from urllib.request import pathname2url

    uri = f"file:{pathname2url(str(path.resolve()))}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, check_same_thread=False)

    return connect


def _pragma(cursor: Any, pragma: str) -> None:
    """Run ``PRAGMA pragma``. Switching a new file to WAL needs it to itself, and SQLite
    answers "locked" at once, without its busy wait, while another connection (two `db
    init` at once) holds it: that one is tried again for up to BUSY_SECONDS."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            cursor.execute(f"PRAGMA {pragma}")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def translated(where: Callable[[Any], str]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a store method: driver failures become StoreError, naming ``where(self)``.

    A unique-key violation that slipped past the checks (a concurrent writer
    stored the same rows between our look-up and our insert) is a ConflictError:
    running the same operation again resolves it.
    """

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(*args, **kwargs)
            except IntegrityError as exc:
                raise ConflictError(
                    f"a concurrent writer stored the same rows first ({reason(exc)}); retry"
                ) from None
            except DBAPIError as exc:
                raise StoreError(f"{where(args[0])}: {reason(exc)}") from None
            except Exception as exc:
                # the bulk paths run the driver's own cursor: its errors come unwrapped
                if not _is_driver_error(exc):
                    raise
                if type(exc).__name__ in ("IntegrityError", "UniqueViolation"):
                    raise ConflictError(
                        f"a concurrent writer stored the same rows first ({exc}); retry"
                    ) from None
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
                raise StoreError(f"{where(args[0])}: {first}") from None

        return wrapper

    return decorate


def _is_driver_error(exc: Exception) -> bool:
    """Whether ``exc`` is an error of sqlite3 or psycopg (the DB-API ``Error`` classes)."""
    if isinstance(exc, sqlite3.Error):
        return True
    return type(exc).__module__.split(".")[0] == "psycopg" and any(
        base.__name__ == "Error" for base in type(exc).__mro__
    )


def reason(exc: DBAPIError) -> str:
    """The driver's message, first line only, in words a user can act on."""
    text = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    if "database is locked" in text:
        return f"database is busy (another writer held it for over {BUSY_SECONDS} s); retry"
    return text
