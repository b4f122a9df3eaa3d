"""Events files (JSON Lines) and :class:`EventBatch`, the compact form of many events.

One event per line, a JSON object with ``id``, ``obligation``, ``trigger``,
``actor``, ``at`` (ISO 8601) and optional ``note`` and ``evidence``; a milestone
event has ``milestone`` instead of ``obligation`` and ``trigger``::

    {"id": "e1", "obligation": "1.1@bao-kien-giang", "trigger": "start",
     "actor": "bao-kien-giang", "at": "2025-01-10T08:00:00+07:00"}
    {"id": "m1", "milestone": "xiv-congress", "actor": "btv-tu", "at": "2026-01-19T08:00:00+07:00"}

(one line each in the file). A time without an offset is Vietnam time (UTC+07:00,
no daylight saving).

Reading a large file as :class:`~cascade.model.Event` objects would cost a
pydantic model per line; :func:`read_events` parses straight into columns
(:class:`EventBatch`) with the same checks, and every problem names
``file:line:col``. :meth:`EventBatch.events` gives the models back.

The package: ``batch`` (:class:`EventBatch`, the times), ``read`` (the fast
reader: orjson, cached checks), ``line`` (the checked reader, line by line,
which words every error; the fast reader hands it every line it does not
plainly accept) and ``write``.
"""

from cascade.events.batch import (
    KEYS,
    NAIVE,
    REQUIRED,
    SHARED,
    VIETNAM,
    EventBatch,
    end_of_day,
    to_seconds,
    today,
    written_time,
)
from cascade.events.read import parse_events, read_events
from cascade.events.write import batch_lines, event_lines, write_events

__all__ = [
    "KEYS",
    "NAIVE",
    "REQUIRED",
    "SHARED",
    "VIETNAM",
    "EventBatch",
    "batch_lines",
    "end_of_day",
    "event_lines",
    "parse_events",
    "read_events",
    "to_seconds",
    "today",
    "write_events",
    "written_time",
]
