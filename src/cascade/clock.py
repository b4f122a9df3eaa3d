"""Vietnam time: the one clock every part of ``cascade`` reads.

Vietnam has kept UTC+07:00 without daylight saving since 1975, so a fixed offset
is exact. A time written without an offset is Vietnam time; "as of a day" means
up to the last instant of that day in Vietnam.
"""

from __future__ import annotations

import datetime as dt

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
VIETNAM_SECONDS = 7 * 3600  # the offset in seconds, for day arithmetic on POSIX seconds
VIETNAM_MINUTES = 7 * 60
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def today() -> dt.date:
    """Today in Vietnam: the as-of day when none is given."""
    return dt.datetime.now(VIETNAM).date()


def now() -> dt.datetime:
    """Now in Vietnam, to the second: the time of an event recorded without one."""
    return dt.datetime.now(VIETNAM).replace(microsecond=0)


def aware(at: dt.datetime) -> dt.datetime:
    """``at`` with its offset; a naive time is taken as Vietnam time."""
    return at if at.tzinfo is not None else at.replace(tzinfo=VIETNAM)


def to_seconds(at: dt.datetime) -> float:
    """POSIX seconds of ``at``; a naive time is taken as Vietnam time."""
    return aware(at).timestamp()


def from_seconds(seconds: float) -> dt.datetime:
    """POSIX ``seconds`` as a Vietnam time."""
    return dt.datetime.fromtimestamp(seconds, VIETNAM)


def instant_us(at: dt.datetime) -> int:
    """Microseconds since the epoch (UTC) of ``at``, exactly; a naive time is Vietnam time."""
    delta = aware(at) - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def end_of_day(day: dt.date) -> dt.datetime:
    """The last instant of ``day`` in Vietnam: the cut-off for "as of ``day``"."""
    return dt.datetime.combine(day, dt.time.max, VIETNAM)


def end_of_day_seconds(day: dt.date) -> float:
    """:func:`end_of_day` as POSIX seconds, for the engine's columns of times."""
    start = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), VIETNAM)
    return start.timestamp() - 1e-6
