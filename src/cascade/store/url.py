"""Which database a command uses: the ``--db`` option, ``CASCADE_DB``, or ``./cascade.db``.

The rule, first match wins:

1. ``--db URL`` on the command line (or the ``url`` argument);
2. the ``CASCADE_DB`` environment variable;
3. the SQLite file ``cascade.db`` in the current directory.

A URL is ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``,
``postgresql://user:password@host:port/database`` (``postgres://`` and
``postgresql+psycopg://`` are accepted too; the driver is always psycopg 3), or
a plain file path without ``://``, taken as a SQLite file. The special URL
``memory:`` is the in-memory store (nothing is kept after the process ends).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.errors import InputError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

ENV_VAR = "CASCADE_DB"
DEFAULT_FILE = "cascade.db"
MEMORY = "memory:"


def resolve_url(url: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The database URL by the rule above, as the user wrote it (or the default)."""
    environ = os.environ if environ is None else environ
    for candidate in (url, environ.get(ENV_VAR)):
        if candidate is not None and candidate.strip():
            return candidate.strip()
    return f"sqlite:///{DEFAULT_FILE}"


def sqlalchemy_url(url: str) -> URL:
    """``url`` as a SQLAlchemy URL with the driver this package uses; InputError if unusable."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if "://" not in url:
        url = f"sqlite:///{Path(url)}"
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018  # parsed on first use: "postgresql://[::1" fails here
    except (ArgumentError, ValueError):
        raise InputError(f"not a database URL: {url!r} (see `cascade db --help`)") from None
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if parsed.drivername != "sqlite":
            raise InputError(f"unsupported SQLite driver {parsed.drivername!r}; write sqlite:///…")
        if not parsed.database or parsed.database == ":memory:":
            raise InputError(
                "a SQLite database needs a file: sqlite:///path/to/file.db "
                f"(or {MEMORY!r} for the in-memory store)"
            )
        _check_sqlite_options(parsed)
        return parsed
    raise InputError(
        f"unsupported database {backend!r} in {display_url(url)}: "
        "use sqlite:///FILE or postgresql://…"
    )


SQLITE_MODES = ("ro", "rw", "rwc")


def _check_sqlite_options(parsed: URL) -> None:
    """A SQLite URL takes one option, ``?mode=ro`` (or ``rw``, ``rwc``); others would be
    ignored silently, so they are refused."""
    unknown = sorted(set(parsed.query) - {"mode"})
    if unknown:
        raise InputError(
            f"unsupported SQLite URL option {unknown[0]!r} in {parsed}: the only one is "
            "?mode=ro (read only)"
        )
    mode = parsed.query.get("mode", "rwc")
    if mode not in SQLITE_MODES:
        raise InputError(f"?mode={mode} in {parsed}: use one of {', '.join(SQLITE_MODES)}")


def display_url(url: str) -> str:
    """``url`` with any password hidden, for messages."""
    if "://" not in url:
        return url
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # unparseable: sqlalchemy_url refuses it
        return url
