"""Status buckets as of a date: against an independent oracle, and by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cascade.engine.status import (
    BUCKETS,
    CLOSED,
    LATE,
    ON_TIME,
    OVERDUE,
    WITHIN,
    recurring_bucket,
    status,
)
from cascade.engine.tracker import Tracker
from cascade.errors import InputError
from cascade.files.loader import loads
from cascade.model import RecurringDeadline
from support import SEED, SEED_EVENTS, Make, small_text

VN = dt.timezone(dt.timedelta(hours=7))
# the default lifecycle, written out again for the oracle
MOVES = {
    ("assigned", "start"): "in_progress",
    ("in_progress", "report"): "reported",
    ("reported", "accept"): "accepted",
    ("reported", "return"): "in_progress",
}


def oracle(tracker: Tracker, as_of: dt.date) -> dict[str, str]:
    """Each seed obligation's bucket as of ``as_of``, straight from the events file."""
    cutoff = dt.datetime.combine(as_of, dt.time.max, VN)
    state = {ob.id: "assigned" for ob in tracker.cascade.obligations}
    done: dict[str, dt.date] = {}
    congress: dt.date | None = None
    for line in SEED_EVENTS.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        at = dt.datetime.fromisoformat(event["at"])
        if at > cutoff:
            continue
        if "milestone" in event:
            congress = at.astimezone(VN).date()
            continue
        ob, trigger = event["obligation"], event["trigger"]
        if trigger == "cancel":
            state[ob] = "cancelled"
            continue
        state[ob] = MOVES[(state[ob], trigger)]
        if trigger == "report":
            done[ob] = at.astimezone(VN).date()
        elif trigger == "return":
            del done[ob]
    out = {}
    for ob in tracker.cascade.obligations:
        due = congress if ob.deadline.kind == "event" else None
        if state[ob.id] == "cancelled":
            out[ob.id] = "closed"
        elif ob.id in done:
            late = due is not None and done[ob.id] > due
            out[ob.id] = "completed_late" if late else "completed_on_time"
        else:
            out[ob.id] = "overdue" if due is not None and as_of > due else "open_within_deadline"
    return out


@pytest.fixture(scope="module")
def seed() -> Tracker:
    return Tracker.load(SEED, SEED_EVENTS)


@pytest.mark.parametrize(
    "day", ["2024-12-01", "2025-01-24", "2025-03-31", "2025-12-31", "2026-01-19", "2026-01-20",
            "2026-03-31"],
)  # fmt: skip
def test_the_seed_buckets_match_the_oracle(seed: Tracker, day: str) -> None:
    as_of = dt.date.fromisoformat(day)
    expected = oracle(seed, as_of)
    report = status(seed, as_of)
    counts = report.total.as_dict()
    for bucket in (*BUCKETS, "closed"):
        assert counts[bucket] == sum(1 for b in expected.values() if b == bucket), bucket
    assert counts["total"] == 96


def test_the_seed_by_hand(seed: Tracker) -> None:
    codes = dict(zip(seed.tables.ob_ids, _codes(seed, "2026-03-31"), strict=True))
    assert codes["2.so-nganh@so-y-te"] == LATE  # reported 10 Feb 2026, after the congress
    assert codes["1.1@dai-ptth"] == ON_TIME  # returned, reported again in Feb 2025
    assert codes["1.5@bao-kien-giang"] == WITHIN  # continuous: never overdue
    assert codes["3.4@ubnd-kien-hai"] == CLOSED
    assert codes["1.4"] == OVERDUE  # started, never reported
    before = dict(zip(seed.tables.ob_ids, _codes(seed, "2025-12-31"), strict=True))
    assert before["1.4"] == WITHIN  # the congress was not recorded yet: no due date


def _codes(tracker: Tracker, day: str) -> list[int]:
    from cascade.engine.status import buckets

    return buckets(tracker, dt.date.fromisoformat(day))


@pytest.mark.parametrize("by", ["document", "organisation", "level"])
def test_groups_add_up_to_the_total(seed: Tracker, by: str) -> None:
    report = status(seed, dt.date(2026, 3, 31), by=by)  # type: ignore[arg-type]
    assert report.groups
    for column in range(5):
        assert (
            sum(g.counts.as_tuple()[column] for g in report.groups)
            == (report.total.as_tuple()[column])
        )
    data = report.as_dict()
    for row in [data["total"], *data["groups"]]:  # type: ignore[list-item]
        assert set(BUCKETS) <= set(row)


def test_within_a_subtree(seed: Tracker) -> None:
    whole = status(seed, dt.date(2026, 3, 31), within="kh251.trien-khai").total.total
    assert whole == 1 + 1 + 93  # the plan's obligation, the Office's, the department's 93
    assert status(seed, dt.date(2026, 3, 31), within="1.4").total.total == 1
    with pytest.raises(InputError, match="unknown obligation 'x'"):
        status(seed, dt.date(2026, 3, 31), within="x")


def test_event_deadlines_count_from_the_milestone_with_offset(ev: Make) -> None:
    tracker = Tracker(loads(small_text()))
    tracker.apply(ev("c2", "start", "h2", "2025-01-10"))
    tracker.apply(ev(None, None, "top", "2025-03-01", milestone="m1"))
    assert _codes(tracker, "2025-02-28")[2] == WITHIN  # not recorded yet as of then
    assert _codes(tracker, "2025-03-11")[2] == WITHIN  # due 1 March + 10 days
    assert _codes(tracker, "2025-03-12")[2] == OVERDUE
    tracker.apply(ev("c2", "report", "h2", "2025-03-12"))
    assert _codes(tracker, "2025-03-12")[2] == LATE
    assert _codes(tracker, "2025-03-11")[2] == WITHIN  # as of the day before the report


def test_absolute_deadlines_are_due_at_the_end_of_the_day(ev: Make) -> None:
    tracker = Tracker(loads(small_text()))  # c1 is due 2025-02-28
    tracker.apply(ev("c1", "start", "h1", "2025-01-10"))
    tracker.apply(ev("c1", "report", "h1", "2025-02-28", hour=23))
    assert _codes(tracker, "2025-02-28")[1] == ON_TIME
    assert _codes(tracker, "2025-02-27")[1] == WITHIN


YEARLY = RecurringDeadline(every="year", month=11, day=15)
QUARTERLY = RecurringDeadline(every="quarter", day=10)
MONTHLY = RecurringDeadline(every="month", day=31)


def d(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(
    ("deadline", "start", "as_of", "completed", "bucket"),
    [
        (YEARLY, "2024-01-01", "2024-10-01", None, WITHIN),  # first cycle still open
        (YEARLY, "2024-01-01", "2024-11-15", None, WITHIN),  # due today
        (YEARLY, "2024-01-01", "2024-11-16", None, OVERDUE),
        (YEARLY, "2024-01-01", "2024-11-20", "2024-11-10", ON_TIME),
        (YEARLY, "2024-01-01", "2024-11-20", "2024-11-18", LATE),
        (YEARLY, "2024-01-01", "2025-11-20", "2024-11-10", OVERDUE),  # last year's report
        (YEARLY, "2024-01-01", "2025-11-20", "2025-02-01", ON_TIME),  # in this cycle
        (YEARLY, "2024-12-01", "2025-06-01", None, WITHIN),  # starts after the 2024 date
        (YEARLY, None, "2025-06-01", None, OVERDUE),  # no start: 2024-11-15 passed
        (QUARTERLY, "2025-01-01", "2025-03-11", None, OVERDUE),  # due 10 March
        (QUARTERLY, "2025-01-01", "2025-03-09", "2025-03-01", ON_TIME),
        (MONTHLY, "2025-01-01", "2025-02-28", None, WITHIN),  # the 31st clamps to the 28th
        (MONTHLY, "2025-01-01", "2025-03-01", "2025-02-20", ON_TIME),
    ],
)  # fmt: skip
def test_recurring_deadlines(
    deadline: RecurringDeadline, start: str | None, as_of: str, completed: str | None, bucket: int
) -> None:
    got = recurring_bucket(
        deadline, d(start) if start else None, d(as_of), d(completed) if completed else None
    )
    assert got == bucket


def test_a_quarter_deadline_can_name_its_month() -> None:
    first_month = RecurringDeadline(every="quarter", month=1, day=10)
    assert recurring_bucket(first_month, d("2025-01-01"), d("2025-01-11"), None) == OVERDUE
    assert recurring_bucket(QUARTERLY, d("2025-01-01"), d("2025-01-11"), None) == WITHIN
