"""Store backends as pytest fixtures, loaded by the root conftest: the same tests run on
every backend.

``store`` is parametrised over the in-memory store, SQLite and PostgreSQL.
PostgreSQL comes from ``CASCADE_TEST_POSTGRES_URL`` (``scripts/test.sh`` starts a
throwaway server and sets it); each test gets its own schema, dropped afterwards.
Without a reachable server the PostgreSQL cases are skipped locally and FAIL
when ``CI`` is set, so CI never passes with the PostgreSQL half unexercised.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from cascade.files.loader import read
from cascade.model import CascadeFile
from cascade.store import EventStore, MemoryStore, open_store
from support import SEED, run

BACKENDS = ("memory", "sqlite", "postgresql")
SQL_BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def seed_file() -> CascadeFile:
    """The seed cascade, file layer (what `cascade db load` stores)."""
    return read(SEED)[0]


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The base URL of the test PostgreSQL server; skip (locally) or fail (CI) without one."""
    url = os.environ.get("CASCADE_TEST_POSTGRES_URL", "")
    problem = "CASCADE_TEST_POSTGRES_URL is not set (run the tests through scripts/test.sh)"
    if url:
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            problem = ""
        except Exception as exc:
            problem = f"PostgreSQL at {url} is unreachable: {exc}"
        finally:
            engine.dispose()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test the PostgreSQL store: {problem}")
        pytest.skip(problem)
    return url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A URL whose search_path is a fresh schema of its own, dropped after the test."""
    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    sep = "&" if "?" in postgres_server else "?"
    try:
        yield f"{postgres_server}{sep}options={quote(f'-csearch_path={name}')}"
    finally:
        with engine.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        engine.dispose()


def _url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture(params=SQL_BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database (not initialised) on each SQL backend."""
    return _url(request.param, request, tmp_path)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventStore]:
    """An initialised, empty store on each backend."""
    if request.param == "memory":
        opened: EventStore = MemoryStore()
    else:
        opened = open_store(_url(request.param, request, tmp_path), create=True)
    with opened:
        yield opened


@pytest.fixture
def seeded(store: EventStore, seed_file: CascadeFile) -> EventStore:
    """A store holding the seed cascade."""
    store.save_cascade(seed_file)
    return store


@pytest.fixture
def ready(db_url: str) -> str:
    """A database initialised and holding the seed, through the CLI."""
    assert run("db", "init", "--db", db_url)[0] == 0
    assert run("db", "load", str(SEED), "--db", db_url)[0] == 0
    return db_url
