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

import datetime as dt
import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import add, mul
from typing import TYPE_CHECKING, Literal

from cascade import graph
from cascade.boundary.collector import no_gc
from cascade.clock import end_of_day_seconds
from cascade.engine import cycles
from cascade.engine.compiled import EVENT, FIXED, RECURRING, Tables, day_of
from cascade.engine.dated import held_keys
from cascade.errors import InputError
from cascade.model import (
    AbsoluteDeadline,
    Bucket,
    Cascade,
    Deadline,
    EventDeadline,
    OnDemandDeadline,
    PeriodDeadline,
    RecurringDeadline,
)

if TYPE_CHECKING:
    from cascade.engine.tracker import Snapshot, Tracker

BUCKETS: tuple[Bucket, ...] = tuple(Bucket)
# an obligation's bucket as a small integer (its index in BUCKETS), for columns of millions
ON_TIME, LATE, WITHIN, OVERDUE = (BUCKETS.index(b) for b in BUCKETS)
CLOSED = len(BUCKETS)  # in no bucket: cancelled or superseded
ABSENT = CLOSED + 1  # in no count at all: not in force on the day (added later by an amendment)
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
    tb, dated = tracker.tables, tracker.dated
    cutoff = end_of_day_seconds(as_of)
    by_holder = dated is not None and dated.changes_holders and by in ("organisation", "level")
    snap = tracker.snapshot(cutoff, last=by_holder)
    codes: Sequence[int] = _buckets(tracker, as_of, snap)
    keys, names, org_key = _grouping(tracker, by)
    if by_holder and dated is not None:  # each obligation counted for who held it then
        keys = held_keys(dated, keys, org_key, _held_at(tracker, snap, codes, cutoff))
    rows: Collection[int] | None = only
    if within is not None:
        if within not in tb.ob_index:
            raise InputError(f"unknown obligation {within!r} (--within)")
        subtree = set(graph.subtree(tb.children, tb.ob_index[within]))
        rows = subtree if only is None else subtree.intersection(only)
    if ABSENT in codes:  # obligations not in force on the day are in no count
        rows = [o for o in (rows if rows is not None else range(len(codes))) if codes[o] != ABSENT]
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


def _held_at(tracker: Tracker, snap: Snapshot, codes: Sequence[int], cutoff: float) -> list[float]:
    """When to ask who held each obligation: the day for an open one, the report for a
    completed one, the closing event for a closed one."""
    at = [cutoff] * len(codes)
    last_at = snap.last_at
    for o in tracker.dated.roles if tracker.dated is not None else ():
        code = codes[o]
        if code in (ON_TIME, LATE):
            at[o] = snap.completed_at[o]
        elif code == CLOSED and last_at is not None:
            at[o] = min(last_at[o], cutoff)
    return at


def settled_holders(tracker: Tracker, as_of: dt.date) -> dict[str, str]:
    """The obligations an amendment passed to another holder but that were completed or
    closed before, by id, with the organisation that held them then: whose report
    completed them (as :func:`status` counts them by organisation). Empty without such
    amendments."""
    dated = tracker.dated
    if dated is None or not dated.changes_holders:
        return {}
    cutoff = end_of_day_seconds(as_of)
    snap = tracker.snapshot(cutoff, last=True)
    codes = _buckets(tracker, as_of, snap)
    at = _held_at(tracker, snap, codes, cutoff)
    tb = tracker.tables
    out: dict[str, str] = {}
    for o in dated.roles:
        if codes[o] in (ON_TIME, LATE, CLOSED):
            then, now = dated.lead_at(o, at[o]), dated.lead_at(o, cutoff)
            if then != now:
                out[tb.ob_ids[o]] = tb.org_ids[then]
    return out


def held_cascade(tracker: Tracker, as_of: dt.date) -> Cascade:
    """``tracker``'s cascade with every obligation in its place, as held at the end of
    ``as_of``: the holdings and deadlines its amendments give it then, and an obligation
    completed or closed before it passed on shown with the body that settled it. What
    filters, lists and drawings read beside :func:`status` (which counts the same way)."""
    from cascade.engine.timeline import held_on

    dated = tracker.dated
    if dated is None:
        return tracker.cascade
    held = held_on(tracker.cascade, as_of, dated.plan)
    settled = settled_holders(tracker, as_of)
    if not settled:
        return held
    obligations = tuple(
        ob.model_copy(update={"lead": settled[ob.id]}) if ob.id in settled else ob
        for ob in held.obligations
    )
    shown = held.model_copy(update={"obligations": obligations})
    shown._indexes = {}  # the copy would share the look-up tables of the one it copies
    return shown


def buckets(tracker: Tracker, as_of: dt.date) -> list[int]:
    """The bucket code (ON_TIME, LATE, WITHIN, OVERDUE, CLOSED, or ABSENT for an obligation
    not in force on the day) of every obligation."""
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
    cyclic: list[int] = []
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
        elif kind >= RECURRING:  # recurring or on demand: counted by cycle, below
            cyclic.append(o)
            continue
        else:
            due = None
        if completed[s]:
            at = snap.completed_at[o]
            out[o] = ON_TIME if due is None or at == -math.inf or day_of(at) <= due else LATE
        else:
            out[o] = WITHIN if due is None or day <= due else OVERDUE
    dated = tracker.dated
    if cyclic or dated is not None:
        marks = _marks(tracker, as_of, cyclic)
        for o in cyclic:
            if dated is None or o not in dated.deadlines:
                out[o] = _cycle_bucket(tracker, o, None, day, marks, completed[snap.state[o]])
        if dated is not None:
            _dated(tracker, as_of, snap, out, milestone_day, marks)
    return out


Marks = tuple[dict[int, list[int]], dict[int, list[int]]]
"""Per obligation with cycles: the days of its reports, and of its requests."""


def _marks(tracker: Tracker, as_of: dt.date, cyclic: list[int]) -> Marks:
    """The reports and requests of the obligations counted by cycle (those whose deadline
    has cycles, as written or as an amendment sets it)."""
    wanted = set(cyclic)
    if tracker.dated is not None:
        for o, deadlines in tracker.dated.deadlines.items():
            if any(isinstance(d, RecurringDeadline | OnDemandDeadline) for d in deadlines):
                wanted.add(o)
    if not wanted:
        return {}, {}
    return tracker.cycle_marks(end_of_day_seconds(as_of), wanted)


def _cycles(
    tracker: Tracker, o: int, deadline: Deadline | None, day: int, marks: Marks
) -> list[cycles.Cycle]:
    """The cycles of obligation ``o`` up to ``day``: of ``deadline``, or of its own."""
    tb = tracker.tables
    if deadline is None:
        if tb.due_kind[o] == RECURRING:
            recurring, start = tb.recurring[tb.due_extra[o]]
            return cycles.calendar_cycles(recurring, start, day)
        return cycles.request_cycles(marks[1].get(o, []), tb.due_extra[o], day)
    if isinstance(deadline, OnDemandDeadline):
        return cycles.request_cycles(marks[1].get(o, []), deadline.days, day)
    assert isinstance(deadline, RecurringDeadline)
    issued = tracker.cascade.document(tracker.cascade.obligations[o].document).date
    begins = deadline.start or issued
    return cycles.calendar_cycles(deadline, begins.toordinal() if begins else None, day)


def _cycle_bucket(
    tracker: Tracker, o: int, deadline: Deadline | None, day: int, marks: Marks, done: int
) -> int:
    found = _cycles(tracker, o, deadline, day, marks)
    return cycles.cycle_bucket(found, marks[0].get(o, []), day, bool(done))


def _dated(
    tracker: Tracker,
    as_of: dt.date,
    snap: Snapshot,
    out: list[int],
    milestones: list[int | None],
    marks: Marks,
) -> None:
    """The buckets the amendments change: a report judged by the deadline in force when it
    was made, an open obligation by the one in force on the day (one with cycles by the
    one in force on the day); a withdrawn obligation not completed is closed; one not
    yet added is ABSENT."""
    dated, lc = tracker.dated, tracker.lifecycle
    assert dated is not None
    cutoff = end_of_day_seconds(as_of)
    day = as_of.toordinal()
    for o in dated.deadlines:
        if out[o] == CLOSED:
            continue
        done = lc.completed[snap.state[o]]
        now = dated.deadline_at(o, cutoff)
        if isinstance(now, RecurringDeadline | OnDemandDeadline):
            out[o] = _cycle_bucket(tracker, o, now, day, marks, done)
            continue
        at = snap.completed_at[o] if done else cutoff
        deadline = dated.deadline_at(o, at)
        assert deadline is not None
        if done and at == -math.inf:
            out[o] = ON_TIME  # written as completed in the file: on time
        else:
            completed = day_of(at) if done else None
            out[o] = deadline_bucket(deadline, day, completed, milestones, tracker.tables)
    for o, gone in dated.gone.items():
        if cutoff >= gone and out[o] not in (ON_TIME, LATE):
            out[o] = CLOSED
    for o, born in dated.born.items():
        if cutoff < born:
            out[o] = ABSENT


def deadline_bucket(
    deadline: Deadline,
    day: int,
    completed: int | None,
    milestones: Sequence[int | None],
    tables: Tables,
) -> int:
    """The bucket, as of ``day``, of an obligation with a one-off ``deadline`` (given as a
    model: one an amendment set) completed on day ``completed`` (None: open); days are
    ordinals. Deadlines with cycles are counted by :mod:`cascade.engine.cycles`."""
    due = model_due(deadline, milestones, tables)
    if completed is not None:
        return ON_TIME if due is None or completed <= due else LATE
    return WITHIN if due is None or day <= due else OVERDUE


def model_due(deadline: Deadline, milestones: Sequence[int | None], tables: Tables) -> int | None:
    """The due day (an ordinal) of a one-off deadline given as a model; None for a
    continuous one, a milestone not recorded yet, or one with cycles."""
    if isinstance(deadline, AbsoluteDeadline):
        return deadline.due.toordinal()
    if isinstance(deadline, PeriodDeadline):
        return deadline.end.toordinal()
    if isinstance(deadline, EventDeadline):
        recorded = milestones[tables.milestone_ids.index(deadline.milestone)]
        return None if recorded is None else recorded + deadline.offset_days
    return None


def due_days(
    tracker: Tracker, as_of: dt.date
) -> tuple[list[str], list[int], dict[int, int | None]]:
    """Every obligation's state name and bucket code as of the end of ``as_of`` (as
    :func:`states_and_buckets`), and the due day (an ordinal) of each open one, within
    deadline or overdue, by obligation position.

    The due day is the one its bucket was judged by: the date of a fixed deadline,
    the milestone's day plus the offset, for one with cycles the oldest cycle still
    owed (the one in course when none is); None when there is none (continuous, a
    milestone not recorded yet, an on-demand report not requested).
    """
    snap = tracker.snapshot(end_of_day_seconds(as_of))
    codes = _buckets(tracker, as_of, snap)
    tb, day = tracker.tables, as_of.toordinal()
    milestone_day = _milestone_days(tracker, snap.milestone_at)
    cyclic = [o for o, code in enumerate(codes) if code in (WITHIN, OVERDUE)
              and tb.due_kind[o] >= RECURRING]  # fmt: skip
    marks = _marks(tracker, as_of, cyclic)
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
        elif kind >= RECURRING:
            found = _cycles(tracker, o, None, day, marks)
            due[o] = cycles.owed_due(found, marks[0].get(o, []), day)
        else:
            due[o] = None
    dated = tracker.dated
    for o in dated.deadlines if dated is not None else ():
        assert dated is not None
        in_force = dated.deadline_at(o, end_of_day_seconds(as_of))
        if o not in due or in_force is None:
            continue
        if isinstance(in_force, RecurringDeadline | OnDemandDeadline):
            found = _cycles(tracker, o, in_force, day, _marks(tracker, as_of, [o]))
            due[o] = cycles.owed_due(found, marks[0].get(o, []), day)
        else:
            due[o] = model_due(in_force, milestone_day, tb)  # the one in force on the day
    names = tracker.lifecycle.states
    return [names[s] for s in snap.state], codes, due


def recurring_bucket(
    deadline: RecurringDeadline,
    start: int | None,
    day: int,
    completed: int | None,
    reports: Sequence[int] = (),
) -> int:
    """The bucket of a recurring obligation as of ``day`` (ordinals throughout), its cycles
    counted from ``start`` (see :mod:`cascade.engine.cycles`). ``completed`` is the day
    of a report (None: none); ``reports`` any further ones."""
    days = sorted([*reports, *([completed] if completed is not None else [])])
    return cycles.cycle_bucket(cycles.calendar_cycles(deadline, start, day), days, day)


def _milestone_days(tracker: Tracker, recorded: dict[int, float]) -> list[int | None]:
    """The day each milestone happened: recorded by an event, else its date in the file."""
    out = list(tracker.tables.milestone_dates)
    for m, seconds in recorded.items():
        out[m] = day_of(seconds)
    return out


def _grouping(
    tracker: Tracker, by: Grouping | None
) -> tuple[Sequence[int], list[tuple[str, str]], Sequence[int]]:
    """Each obligation's group key, the groups' (id, name), and each organisation's key
    (for counting an obligation for whoever held it at a time)."""
    tb = tracker.tables
    if by is None:
        return [], [], []
    cascade = tracker.cascade
    if by == "document":
        names = [(d.id, d.identifier) for d in cascade.documents]
        return tb.doc, names, []
    if by == "organisation":
        names = [(org.id, org.name) for org in cascade.organisations]
        return tb.lead, names, range(len(names))
    if by == "level":
        level_names = {lv.id: lv.name for lv in cascade.levels}
        ranks = {lv.id: lv.rank for lv in cascade.levels}
        ids = sorted(
            {lv for lv in tb.org_level if lv is not None}, key=lambda lv: (ranks.get(lv, 99), lv)
        )
        index = {lv: k for k, lv in enumerate(ids)}
        names = [(lv, level_names.get(lv, lv)) for lv in ids] + [("-", "(no level)")]
        org_key = [index[lv] if lv is not None else len(ids) for lv in tb.org_level]
        return [org_key[a] for a in tb.lead], names, org_key
    raise InputError(f"unknown grouping {by!r} (choose from {', '.join(GROUPINGS)})")
