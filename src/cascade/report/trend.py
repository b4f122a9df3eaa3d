"""The four buckets at the end of each month or quarter, up to an as-of day.

How provinces publish task tracking (quarterly tables under Decision 42/2014):
one row per period. :func:`trend` takes every period's snapshot from one pass over
the history in time order (:meth:`~cascade.engine.tracker.Tracker.snapshots`) and counts
it as :func:`cascade.engine.status.status` would on that day; the last point is the as-of
day itself, the end of a period not yet over.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from cascade.errors import InputError

if TYPE_CHECKING:
    from cascade.engine.status import Counts
    from cascade.engine.tracker import Tracker

Period = Literal["month", "quarter"]
PERIODS: tuple[Period, ...] = ("month", "quarter")
MAX_POINTS = 240  # twenty years of months: older periods are left out


@dataclass(frozen=True)
class TrendPoint:
    """The buckets at the end of one period (``2025-03``, ``2025-Q1``)."""

    period: str
    day: dt.date
    counts: Counts


def trend(
    tracker: Tracker,
    as_of: dt.date,
    period: Period = "month",
    start: dt.date | None = None,
    only: Collection[int] | None = None,
) -> list[TrendPoint]:
    """One point per ``period`` from the one holding ``start`` to the one holding
    ``as_of``, each counted at the period's last day (the last at ``as_of``).

    ``start`` defaults to the earliest document date or recorded event; ``only``
    counts only the obligations at those positions (a filter).
    """
    from cascade.clock import end_of_day_seconds
    from cascade.engine.status import Counts, snapshot_buckets

    if period not in PERIODS:
        raise InputError(f"unknown period {period!r} (choose from {', '.join(PERIODS)})")
    first = start or _earliest(tracker) or as_of
    ends = _period_ends(min(first, as_of), as_of, period)[-MAX_POINTS:]
    kept = sorted(only) if only is not None else None
    points = []
    snapshots = tracker.snapshots(end_of_day_seconds(day) for day in ends)
    for day, snap in zip(ends, snapshots, strict=True):
        codes = snapshot_buckets(tracker, day, snap)
        tally = Counter(codes if kept is None else (codes[o] for o in kept))
        points.append(TrendPoint(_label(day, period), day, Counts(*(tally[c] for c in range(5)))))
    return points


def _earliest(tracker: Tracker) -> dt.date | None:
    """The first day anything happened: a document's date, or the first recorded event."""
    from cascade.engine.compiled import day_of

    days = [d.date for d in tracker.cascade.documents if d.date is not None]
    days += [dt.date(d.year, 1, 1) for d in tracker.cascade.documents if d.date is None and d.year]
    times = tracker.history_columns().at
    if len(times):
        days.append(dt.date.fromordinal(day_of(min(times))))
    return min(days, default=None)


def _period_ends(first: dt.date, as_of: dt.date, period: Period) -> list[dt.date]:
    """The last day of each period from ``first``'s to ``as_of``'s, the last cut at ``as_of``."""
    step = 1 if period == "month" else 3
    month = first.month if period == "month" else (first.month - 1) // 3 * 3 + 1
    year = first.year
    ends = []
    while True:
        year2, month2 = divmod(month - 1 + step, 12)
        end = dt.date(year + year2, month2 + 1, 1) - dt.timedelta(days=1)
        if end >= as_of:
            ends.append(as_of)
            return ends
        ends.append(end)
        year, month = year + year2, month2 + 1


def _label(day: dt.date, period: Period) -> str:
    if period == "month":
        return f"{day.year}-{day.month:02d}"
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
