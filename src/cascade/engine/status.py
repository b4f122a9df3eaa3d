"""Status as of a date: the Government Office's four buckets, and roll-ups.

Decision 42/2014/QĐ-TTg counts every task in four buckets; :func:`status`
counts a tracker's obligations in them as of the end of a day (Vietnam time),
from the events dated up to then:

``completed_on_time``
    completed (a state the lifecycle marks ``completed``: reported, accepted),
    and the day of the report that completed it is on or before the due date,
    or there is no due date;
``completed_late``
    completed, on a day after the due date;
``open_within_deadline``
    not completed, and the as-of day is on or before the due date, or there is
    no due date (yet);
``overdue``
    not completed, and the as-of day is after the due date.

Obligations in a ``closed`` state (cancelled, superseded) are outside the four
buckets and counted as ``closed``. The due date of each kind of deadline:
absolute (its date), period (its last day), continuous (none: never overdue),
event (the day the milestone was recorded, by an event or by its ``date`` in the
file, plus ``offset_days``; none while it is not recorded), recurring (the
latest occurrence on or before the as-of day, see :func:`recurring_bucket`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import add, mul
from typing import TYPE_CHECKING, Literal

from cascade import graph
from cascade.clock import end_of_day_seconds
from cascade.engine.compiled import EVENT, FIXED, RECURRING, day_of, no_gc
from cascade.engine.guards import NOT_DONE
from cascade.errors import InputError
from cascade.model import Bucket, RecurringDeadline

if TYPE_CHECKING:
    from cascade.engine.tracker import Snapshot, Tracker

BUCKETS: tuple[Bucket, ...] = tuple(Bucket)
# an obligation's bucket as a small integer (its index in BUCKETS), for columns of millions
ON_TIME, LATE, WITHIN, OVERDUE = (BUCKETS.index(b) for b in BUCKETS)
CLOSED = len(BUCKETS)  # in no bucket: cancelled or superseded
Grouping = Literal["document", "organisation", "level"]
GROUPINGS: tuple[Grouping, ...] = ("document", "organisation", "level")

LABELS: dict[str, tuple[str, str]] = {
    **{b.value: b.labels for b in Bucket},
    "closed": ("Đã hủy hoặc thay thế", "Cancelled or superseded"),
}


@dataclass
class Counts:
    """Obligations in each bucket, plus the closed ones."""

    completed_on_time: int = 0
    completed_late: int = 0
    open_within_deadline: int = 0
    overdue: int = 0
    closed: int = 0

    @property
    def total(self) -> int:
        """Every obligation counted, closed ones included."""
        return sum(self.as_tuple())

    def as_tuple(self) -> tuple[int, int, int, int, int]:
        """The counts in bucket order, closed last."""
        return (
            self.completed_on_time,
            self.completed_late,
            self.open_within_deadline,
            self.overdue,
            self.closed,
        )

    def as_dict(self) -> dict[str, int]:
        """The counts under their JSON keys, with ``closed`` and ``total``."""
        return {
            **dict(zip((*(b.value for b in BUCKETS), "closed"), self.as_tuple(), strict=True)),
            "total": self.total,
        }


@dataclass
class Group:
    """One row of a roll-up: a document, an organisation or a level."""

    id: str
    name: str
    counts: Counts


@dataclass
class Status:
    """The buckets of a cascade as of a day, for the whole and for each group."""

    as_of: dt.date
    by: Grouping | None
    total: Counts
    groups: list[Group] = field(default_factory=list)
    within: str | None = None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready: ``total`` and ``groups`` carry the bucket keys."""
        return {
            "as_of": self.as_of.isoformat(),
            "by": self.by,
            "within": self.within,
            "total": self.total.as_dict(),
            "groups": [{"id": g.id, "name": g.name, **g.counts.as_dict()} for g in self.groups],
        }


def status(
    tracker: Tracker,
    as_of: dt.date,
    by: Grouping | None = None,
    within: str | None = None,
    only: Collection[int] | None = None,
) -> Status:
    """Count ``tracker``'s obligations in the four buckets as of the end of ``as_of``.

    ``by`` groups them by their document, their lead organisation or its level;
    ``within`` keeps only the subtree of that obligation (itself and everything
    that implements it, at any depth); ``only`` keeps only the obligations at those
    positions (a filter, :func:`cascade.report.select.select`).
    """
    with no_gc():  # tens of thousands of small objects next to millions: no collections
        return _status(tracker, as_of, by, within, only)


def _status(
    tracker: Tracker,
    as_of: dt.date,
    by: Grouping | None,
    within: str | None,
    only: Collection[int] | None,
) -> Status:
    codes: Sequence[int] = buckets(tracker, as_of)
    tb = tracker.tables
    keys, names = _grouping(tracker, by)
    rows: Collection[int] | None = only
    if within is not None:
        if within not in tb.ob_index:
            raise InputError(f"unknown obligation {within!r} (--within)")
        subtree = set(graph.subtree(tb.children, tb.ob_index[within]))
        rows = subtree if only is None else subtree.intersection(only)
    if rows is not None:
        kept = sorted(rows)
        codes = [codes[o] for o in kept]
        keys = [keys[o] for o in kept] if by is not None else keys
    # tally at C speed: one Counter over the codes, one over group * 5 + code
    total = Counter(codes)
    per_group = Counter(map(add, map(mul, keys, repeat(5)), codes)) if by is not None else {}
    groups = [
        Group(gid, name, Counts(*(per_group.get(5 * k + c, 0) for c in range(5))))
        for k, (gid, name) in enumerate(names)
        if any(5 * k + c in per_group for c in range(5))
    ]
    return Status(as_of, by, Counts(*(total.get(c, 0) for c in range(5))), groups, within)


def buckets(tracker: Tracker, as_of: dt.date) -> list[int]:
    """The bucket code (ON_TIME, LATE, WITHIN, OVERDUE, CLOSED) of every obligation."""
    return _buckets(tracker, as_of, tracker.snapshot(end_of_day_seconds(as_of)))


def snapshot_buckets(tracker: Tracker, as_of: dt.date, snapshot: Snapshot) -> list[int]:
    """The bucket code of every obligation as of ``as_of``, from a snapshot taken at the
    end of that day (one of :meth:`Tracker.snapshots`, for many days in one pass)."""
    return _buckets(tracker, as_of, snapshot)


def states_and_buckets(tracker: Tracker, as_of: dt.date) -> tuple[list[str], list[int]]:
    """Every obligation's state name and bucket code as of the end of ``as_of``.

    Both in the tracker's obligation order (``tracker.tables.ob_ids``), from one
    snapshot; what the validator's state rules and the renderer are given.
    """
    snap = tracker.snapshot(end_of_day_seconds(as_of))
    names = tracker.lifecycle.states
    return [names[s] for s in snap.state], _buckets(tracker, as_of, snap)


def _buckets(tracker: Tracker, as_of: dt.date, snap: Snapshot) -> list[int]:
    tb, lc = tracker.tables, tracker.lifecycle
    day = as_of.toordinal()
    completed, closed = lc.completed, lc.closed
    due_kind, due_day, due_extra = tb.due_kind, tb.due_day, tb.due_extra
    milestone_day = _milestone_days(tracker, snap.milestone_at)
    out = [0] * len(snap.state)
    for o, s in enumerate(snap.state):
        if closed[s]:
            out[o] = CLOSED
            continue
        kind = due_kind[o]
        if kind == FIXED:
            due: int | None = due_day[o]
        elif kind == EVENT:
            recorded = milestone_day[due_day[o]]
            due = None if recorded is None else recorded + due_extra[o]
        elif kind == RECURRING:
            deadline, start = tb.recurring[due_extra[o]]
            at = snap.completed_at[o]
            done = None if not completed[s] or at == NOT_DONE else day_of(at)
            out[o] = recurring_bucket(deadline, start, day, done)
            continue
        else:
            due = None
        if completed[s]:
            at = snap.completed_at[o]
            out[o] = ON_TIME if due is None or at == -math.inf or day_of(at) <= due else LATE
        else:
            out[o] = WITHIN if due is None or day <= due else OVERDUE
    return out


def due_days(
    tracker: Tracker, as_of: dt.date
) -> tuple[list[str], list[int], dict[int, int | None]]:
    """Every obligation's state name and bucket code as of the end of ``as_of`` (as
    :func:`states_and_buckets`), and the due day (an ordinal) of each open one, within
    deadline or overdue, by obligation position.

    The due day is the one its bucket was judged by: the date of a fixed deadline,
    the milestone's day plus the offset, for a recurring one the occurrence that is
    overdue or, within deadline, the next one from ``as_of`` on; None when there is
    none (continuous, or a milestone not recorded yet).
    """
    snap = tracker.snapshot(end_of_day_seconds(as_of))
    codes = _buckets(tracker, as_of, snap)
    tb, day = tracker.tables, as_of.toordinal()
    milestone_day = _milestone_days(tracker, snap.milestone_at)
    due: dict[int, int | None] = {}
    for o, code in enumerate(codes):
        if code not in (WITHIN, OVERDUE):
            continue
        kind = tb.due_kind[o]
        if kind == FIXED:
            due[o] = tb.due_day[o]
        elif kind == EVENT:
            recorded = milestone_day[tb.due_day[o]]
            due[o] = None if recorded is None else recorded + tb.due_extra[o]
        elif kind == RECURRING:
            deadline, start = tb.recurring[tb.due_extra[o]]
            current = _occurrence_at_or_before(deadline, day)
            if code == OVERDUE and current is not None:
                due[o] = current  # the cycle that closed without a report
            else:  # within deadline: the next occurrence, today's included
                due[o] = _next_occurrence(deadline, max(day, start or day) - 1)
        else:
            due[o] = None
    names = tracker.lifecycle.states
    return [names[s] for s in snap.state], codes, due


def recurring_bucket(
    deadline: RecurringDeadline, start: int | None, day: int, completed: int | None
) -> int:
    """The bucket of a recurring obligation as of ``day`` (ordinals throughout).

    The cycle that counts is the one whose due date (an occurrence of the
    recurrence, from ``start`` on) is the latest on or before ``day``; a report
    counts for it when made after the occurrence before it. Before the first
    occurrence, the first one is the due date. ``completed`` is the day of the
    report that completed the obligation (None if it is not completed); a report
    from an earlier cycle leaves the current one not completed.
    """
    current = _occurrence_at_or_before(deadline, day)
    if current is None or (start is not None and current < start):
        # no cycle has closed since the start: the first occurrence from it is due
        due = _next_occurrence(deadline, day if start is None else start - 1)
        if completed is not None:
            return ON_TIME if completed <= due else LATE
        return WITHIN if day <= due else OVERDUE
    previous = _occurrence_at_or_before(deadline, current - 1)
    opened = previous if previous is not None and (start is None or previous >= start) else None
    if completed is not None and (opened is None or completed > opened):
        return ON_TIME if completed <= current else LATE
    return WITHIN if day <= current else OVERDUE


def _occurrence_at_or_before(deadline: RecurringDeadline, day: int) -> int | None:
    date = dt.date.fromordinal(day)
    for period in range(_period(deadline, date), _period(deadline, date) - 3, -1):
        occurrence = _occurrence(deadline, period)
        if occurrence is not None and occurrence <= day:
            return occurrence
    return None


def _next_occurrence(deadline: RecurringDeadline, after: int) -> int:
    period = _period(deadline, dt.date.fromordinal(after))
    while True:
        occurrence = _occurrence(deadline, period)
        if occurrence is not None and occurrence > after:
            return occurrence
        period += 1


def _period(deadline: RecurringDeadline, date: dt.date) -> int:
    if deadline.every == "year":
        return date.year
    if deadline.every == "quarter":
        return date.year * 4 + (date.month - 1) // 3
    return date.year * 12 + date.month - 1


def _occurrence(deadline: RecurringDeadline, period: int) -> int | None:
    if deadline.every == "year":
        year, month = period, deadline.month or 12
    elif deadline.every == "quarter":
        within = ((deadline.month or 3) - 1) % 3  # month counts within the quarter
        year, month = divmod(period, 4)
        month = month * 3 + within + 1
    else:
        year, month = divmod(period, 12)
        month += 1
    if not 1 <= year <= 9999:
        return None
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(deadline.day, last)).toordinal()


def _milestone_days(tracker: Tracker, recorded: dict[int, float]) -> list[int | None]:
    """The day each milestone happened: recorded by an event, else its date in the file."""
    out = list(tracker.tables.milestone_dates)
    for m, seconds in recorded.items():
        out[m] = day_of(seconds)
    return out


def _grouping(tracker: Tracker, by: Grouping | None) -> tuple[Sequence[int], list[tuple[str, str]]]:
    tb = tracker.tables
    if by is None:
        return [], []
    cascade = tracker.cascade
    if by == "document":
        names = [(d.id, d.identifier) for d in cascade.documents]
        return tb.doc, names
    if by == "organisation":
        names = [(org.id, org.name) for org in cascade.organisations]
        return tb.lead, names
    if by == "level":
        level_names = {lv.id: lv.name for lv in cascade.levels}
        ranks = {lv.id: lv.rank for lv in cascade.levels}
        ids = sorted(
            {lv for lv in tb.org_level if lv is not None}, key=lambda lv: (ranks.get(lv, 99), lv)
        )
        index = {lv: k for k, lv in enumerate(ids)}
        names = [(lv, level_names.get(lv, lv)) for lv in ids] + [("-", "(no level)")]
        org_key = [index[lv] if lv is not None else len(ids) for lv in tb.org_level]
        return [org_key[a] for a in tb.lead], names
    raise InputError(f"unknown grouping {by!r} (choose from {', '.join(GROUPINGS)})")
