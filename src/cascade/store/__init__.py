"""Durable progress tracking: cascade definitions and their event histories.

* :mod:`.port`: the :class:`EventStore` interface and its promises;
* :mod:`.memory`: :class:`MemoryStore`, the whole port in memory;
* :mod:`.sql`: :class:`SqlStore`, SQLite (default) or PostgreSQL via SQLAlchemy,
  with :mod:`.engine` (connections, driver errors), :mod:`.statements` (SQL built
  once), :mod:`.schema` and :mod:`.migrations` (the tables and their versions);
* :mod:`.definitions`: definitions and lifecycles as stored (canonical JSON);
* :mod:`.url`: which database (``--db``, ``CASCADE_DB``, ``./cascade.db``);
* :mod:`.tracking`: the lifecycle engine on a store: record one event with the
  guards inside the transaction, import an events file, rebuild a tracker;
* :mod:`.ocel`, :mod:`.table` and :mod:`.exports`: OCEL 2.0 JSON, CSV and JSON.

:func:`open_store` picks the implementation from the URL. SQLAlchemy is
imported only when a SQL store is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cascade.store.memory import MemoryStore
from cascade.store.port import (
    AppendResult,
    CascadeRecord,
    EventStore,
    Head,
    ImportReport,
    Revision,
    StoredEvent,
)
from cascade.store.url import MEMORY, resolve_url

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "AppendResult",
    "CascadeRecord",
    "EventStore",
    "Head",
    "ImportReport",
    "MemoryStore",
    "Revision",
    "StoredEvent",
    "open_store",
    "resolve_url",
]


def open_store(
    url: str | None = None, *, create: bool = False, environ: Mapping[str, str] | None = None
) -> EventStore:
    """The store at ``url`` (resolved by :func:`~cascade.store.url.resolve_url`).

    ``create`` initialises or migrates a SQL database (``cascade db init``).
    """
    resolved = resolve_url(url, environ)
    if resolved == MEMORY:
        return MemoryStore()
    from cascade.store.sql import SqlStore

    return SqlStore(resolved, create=create)
