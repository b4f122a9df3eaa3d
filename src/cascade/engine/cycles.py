"""Obligations with cycles: recurring deadlines and on-demand reports, each cycle due on its own.

Decision 42/2014/QĐ-TTg counts every cycle of a periodic report: a district that
sends no yearly report in 2020 and none in 2021 owes two, and stays overdue until
it has sent them. A *cycle* here is a window and a due day:

* a **recurring** deadline (``RecurringDeadline``: yearly, quarterly, monthly, on
  a day of the period, with ``overrides`` for cycles due on another day, "hằng năm;
  riêng năm 2020 hoàn thành trong quý II") has one cycle per period from its start
  (the document's date unless it says otherwise) to its ``end``; a cycle opens the
  day after the one before it was due;
* an **on-demand** deadline (``OnDemandDeadline``, "báo cáo đột xuất") has one cycle
  per request (an event of the lifecycle's ``request`` trigger), due ``days`` after it.

Reports are matched to cycles in order: each report settles the oldest cycle still
owed whose window had opened by the report's day; a report made while nothing is
owed settles nothing (a second report in one period counts once). As of a day, the
obligation is **overdue** while a cycle whose due day has passed is not settled;
otherwise it is judged by the latest cycle due by then (completed on time or late,
or within deadline on its due day), or, before the first due day, by the first
cycle. A report is any transition into a completed state, or one the lifecycle
marks as a further cycle's report (``cycle: report``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from array import array
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

from cascade.engine.compiled import day_of
from cascade.engine.lifecycle import COMPLETES, CYCLE_REPORT, REQUEST, Lifecycle
from cascade.model import RecurringDeadline

if TYPE_CHECKING:
    from cascade.engine.epochs import Epochs

# bucket codes, as cascade.engine.status numbers them
ON_TIME, LATE, WITHIN, OVERDUE = range(4)
MAX_CYCLES = 100_000  # a monthly deadline over eight thousand years: a guard, not a limit met

Cycle = tuple[int, int]
"""A cycle as (the day its window opens, its due day), both ordinals."""


# --- the periods of a recurring deadline --------------------------------------------


def period_of(deadline: RecurringDeadline, date: dt.date) -> int:
    """The number of the period ``date`` falls in (a year, a quarter or a month)."""
    if deadline.every == "year":
        return date.year
    if deadline.every == "quarter":
        return date.year * 4 + (date.month - 1) // 3
    return date.year * 12 + date.month - 1


def period_name(deadline: RecurringDeadline, period: int) -> str:
    """'2020', '2020-Q2' or '2020-05': how ``overrides`` name a cycle."""
    if deadline.every == "year":
        return str(period)
    if deadline.every == "quarter":
        year, quarter = divmod(period, 4)
        return f"{year}-Q{quarter + 1}"
    year, month = divmod(period, 12)
    return f"{year}-{month + 1:02d}"


def occurrence(deadline: RecurringDeadline, period: int) -> int | None:
    """The due day (ordinal) of ``period``'s cycle: an override's, else the rule's; None
    outside the calendar."""
    if deadline.overrides:
        name = period_name(deadline, period)
        for override in deadline.overrides:
            if override.period == name:
                return override.due.toordinal()
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


def _latest_due(deadline: RecurringDeadline, day: int) -> int | None:
    """The period of the latest cycle due on or before ``day``."""
    period = period_of(deadline, dt.date.fromordinal(day))
    for candidate in range(period, period - 3, -1):
        due = occurrence(deadline, candidate)
        if due is not None and due <= day:
            return candidate
    return None


def calendar_cycles(deadline: RecurringDeadline, start: int | None, day: int) -> list[Cycle]:
    """The cycles of a recurring deadline up to ``day`` and the next one after it.

    From ``start`` (an ordinal; the first cycle is the first due on or after it); with
    no start known, from the latest cycle due by ``day`` (earlier ones cannot be
    told). No cycle is due after ``deadline.end``.
    """
    if start is None:
        first = _latest_due(deadline, day)
        if first is None:
            first = period_of(deadline, dt.date.fromordinal(day))
        before = occurrence(deadline, first - 1)
        opens = before + 1 if before is not None else day
    else:
        first = period_of(deadline, dt.date.fromordinal(start)) - 1
        while (due := occurrence(deadline, first)) is not None and due < start:
            first += 1
        opens = start
    last = deadline.end.toordinal() if deadline.end is not None else None
    out: list[Cycle] = []
    period = first
    while len(out) < MAX_CYCLES:
        due = occurrence(deadline, period)
        if due is None or (last is not None and due > last):
            break
        out.append((opens, due))
        if due > day:
            break
        opens, period = due + 1, period + 1
    return out


def request_cycles(requests: Sequence[int], days: int, day: int) -> list[Cycle]:
    """The cycles of an on-demand deadline: one per request made by ``day``."""
    return [(r, r + days) for r in requests if r <= day]


# --- reports matched to cycles ----------------------------------------------------------


def settle(cycles: Sequence[Cycle], reports: Sequence[int]) -> list[int | None]:
    """The day of the report that settles each cycle (None: still owed), in order: each
    report settles the oldest cycle owed whose window had opened by then."""
    out: list[int | None] = []
    j, n = 0, len(reports)
    for opens, _due in cycles:
        while j < n and reports[j] < opens:
            j += 1  # made while nothing was owed: it settles no later cycle
        if j < n:
            out.append(reports[j])
            j += 1
        else:
            out.append(None)
    return out


def cycle_bucket(
    cycles: Sequence[Cycle], reports: Sequence[int], day: int, completed: bool = False
) -> int:
    """The bucket as of ``day`` of an obligation with these cycles and report days.

    ``completed`` (its state counts as completed) decides when it has no cycle yet:
    an on-demand obligation never requested.
    """
    if not cycles:
        return ON_TIME if completed else WITHIN
    settled = settle(cycles, [r for r in reports if r <= day])
    counting = 0
    for k, (_opens, due) in enumerate(cycles):
        if due < day and settled[k] is None:
            return OVERDUE  # a missed cycle stays overdue until a report settles it
        if due <= day:
            counting = k
    report = settled[counting]
    if report is None:
        return WITHIN
    return ON_TIME if report <= cycles[counting][1] else LATE


def owed_due(cycles: Sequence[Cycle], reports: Sequence[int], day: int) -> int | None:
    """The due day a status list shows: the oldest cycle overdue, else the one in course."""
    settled = settle(cycles, [r for r in reports if r <= day])
    for (_opens, due), report in zip(cycles, settled, strict=True):
        if report is None:
            return due
    return cycles[-1][1] if cycles else None


# --- the history's reports and requests ---------------------------------------------------


def marks(
    lifecycle: Lifecycle,
    initial: bytes,
    columns: tuple[Sequence[int], Sequence[int], Sequence[float]],
    wanted: Collection[int],
    cutoff: float,
    epochs: Epochs | None = None,
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """The days of the reports and of the requests of the ``wanted`` obligations up to
    ``cutoff``, from a history's (obligation, trigger, time) columns and the starting
    states, replayed through the lifecycle's tables."""
    obs, triggers, at = columns
    width, dest, effect = len(lifecycle.triggers), lifecycle.dest, lifecycle.effect
    completed = lifecycle.completed
    state = array("B", initial)
    reports: dict[int, list[int]] = {o: [] for o in wanted}
    requests: dict[int, list[int]] = {o: [] for o in wanted}
    # their rows only, found at C speed (an obligation's rows are in time order)
    rows = np.flatnonzero(np.isin(np.asarray(obs, np.int32), np.fromiter(wanted, np.int32)))
    for row in rows.tolist():
        o, t, x = obs[row], triggers[row], at[row]
        if x > cutoff:
            continue
        if epochs is not None and x >= epochs.first:
            state[o] = epochs.state_at(state[o], x)
        cell = state[o] * width + t
        e, d = effect[cell], dest[cell]
        if e & COMPLETES or (e & CYCLE_REPORT and completed[d]):
            reports[o].append(day_of(x))
        elif e & REQUEST:
            requests[o].append(day_of(x))
        state[o] = d
    return reports, requests
