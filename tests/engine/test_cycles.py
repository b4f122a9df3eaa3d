"""Obligations with cycles: every cycle due on its own, reports matched to their cycle."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from cascade.engine.cycles import calendar_cycles, cycle_bucket, request_cycles, settle
from cascade.engine.status import LATE, ON_TIME, OVERDUE, WITHIN, due_days
from cascade.engine.tracker import Tracker
from cascade.errors import TransitionRefusedError
from cascade.files.loader import loads
from cascade.model import RecurringDeadline
from support import events, small_text

D = dt.date.fromisoformat


def d(text: str) -> int:
    return D(text).toordinal()


YEARLY_END_OF_YEAR = RecurringDeadline(every="year", month=12, day=31)


def test_a_district_that_misses_2020_and_2021_is_overdue_on_2021_12_31() -> None:
    cycles = calendar_cycles(YEARLY_END_OF_YEAR, d("2020-01-01"), d("2021-12-31"))
    assert [due for _, due in cycles] == [d("2020-12-31"), d("2021-12-31"), d("2022-12-31")]
    assert cycle_bucket(cycles, [], d("2021-06-30")) == OVERDUE
    assert cycle_bucket(cycles, [], d("2021-12-31")) == OVERDUE  # 2020 is still owed
    # one report in March 2021 settles 2020 (late); 2021 is due on its last day
    assert cycle_bucket(cycles, [d("2021-03-01")], d("2021-12-31")) == WITHIN
    assert cycle_bucket(cycles, [d("2021-03-01")], d("2022-01-01")) == OVERDUE
    assert cycle_bucket(cycles, [d("2021-03-01"), d("2021-12-20")], d("2022-01-01")) == ON_TIME


def test_reports_are_matched_to_the_oldest_cycle_owed_whose_window_is_open() -> None:
    cycles = [(d("2020-01-01"), d("2020-12-31")), (d("2021-01-01"), d("2021-12-31"))]
    # two reports in 2020: the second settles nothing (one report per cycle)
    assert settle(cycles, [d("2020-05-01"), d("2020-06-01")]) == [d("2020-05-01"), None]
    # a late 2020 report in 2021, then 2021's
    late = [d("2021-02-01"), d("2021-11-01")]
    assert settle(cycles, late) == late


def test_a_compound_deadline_yearly_but_the_second_quarter_in_2020() -> None:
    deadline = RecurringDeadline.model_validate(
        {"every": "year", "month": 11, "day": 15,
         "overrides": [{"period": "2020", "due": "2020-06-30",
                        "text": "riêng năm 2020 hoàn thành trong quý II"}]}
    )  # fmt: skip
    cycles = calendar_cycles(deadline, d("2020-01-01"), d("2021-12-31"))
    assert [due for _, due in cycles][:2] == [d("2020-06-30"), d("2021-11-15")]
    assert cycle_bucket(cycles, [], d("2020-07-01")) == OVERDUE
    assert cycle_bucket(cycles, [d("2020-09-01")], d("2020-10-01")) == LATE
    with pytest.raises(ValidationError, match="is not a year"):
        RecurringDeadline.model_validate(
            {"every": "year", "day": 15, "overrides": [{"period": "2020-Q2", "due": "2020-06-30"}]}
        )


def test_an_end_day_ends_the_cycles() -> None:
    deadline = RecurringDeadline(every="year", month=12, day=31, end=D("2021-12-31"))
    cycles = calendar_cycles(deadline, d("2020-01-01"), d("2023-06-30"))
    assert len(cycles) == 2
    assert cycle_bucket(cycles, [d("2020-12-01"), d("2021-12-01")], d("2023-06-30")) == ON_TIME


def test_on_demand_reports_are_due_only_once_requested() -> None:
    requests = [d("2025-03-01"), d("2025-06-01")]
    assert cycle_bucket(request_cycles(requests, 10, d("2025-02-28")), [], d("2025-02-28")) == (
        WITHIN
    )
    cycles = request_cycles(requests, 10, d("2025-05-01"))
    assert cycle_bucket(cycles, [], d("2025-03-11")) == WITHIN
    assert cycle_bucket(cycles, [], d("2025-03-12")) == OVERDUE
    assert cycle_bucket(cycles, [d("2025-03-09")], d("2025-05-01")) == ON_TIME


CYCLIC = """  - {id: y, document: cv, lead: h1, action: Báo cáo định kỳ hằng năm,
     deadline: {kind: recurring, every: year, month: 12, day: 31, start: 2025-01-01}}
  - {id: q, document: cv, lead: h2, action: Báo cáo đột xuất khi có yêu cầu,
     deadline: {kind: on_demand, days: 10}}
"""


def test_the_engine_counts_every_cycle_of_a_recurring_obligation() -> None:
    tracker = Tracker(loads(small_text() + CYCLIC))
    rows = [
        ("y", "start", "h1", "2025-02-01"),
        ("y", "report", "h1", "2025-12-20"),  # 2025's
        ("y", "accept", "ubnd2", "2025-12-22"),
        ("y", "report", "h1", "2026-12-28"),  # 2026's: a further cycle, from 'accepted'
    ]
    tracker.replay(events(rows))
    y = tracker.tables.ob_index["y"]

    def bucket(day: str) -> int:
        return _bucket(tracker, D(day), y)

    assert bucket("2026-06-30") == ON_TIME
    assert bucket("2027-12-31") == WITHIN  # 2027's due that day
    assert bucket("2028-01-01") == OVERDUE
    _states, _codes, due = due_days(tracker, D("2028-01-01"))
    assert due[y] == d("2027-12-31")


def _bucket(tracker: Tracker, day: dt.date, o: int) -> int:
    from cascade.engine.status import buckets

    return buckets(tracker, day)[o]


def test_requests_open_cycles_and_only_cyclic_obligations_take_them() -> None:
    tracker = Tracker(loads(small_text() + CYCLIC))
    tracker.replay(events([("q", "request", "ubnd", "2025-03-01")]))
    q = tracker.tables.ob_index["q"]
    assert _bucket(tracker, D("2025-03-12"), q) == OVERDUE
    tracker.replay(events([("q", "start", "h2", "2025-03-12"), ("q", "report", "h2", "2025-03-13"),
                           ("q", "request", "ubnd", "2025-04-01")], "b"))  # fmt: skip
    assert tracker.state("q") == "in_progress"  # asked again: open again
    assert _bucket(tracker, D("2025-04-05"), q) == LATE  # the first was settled late
    assert _bucket(tracker, D("2025-04-12"), q) == OVERDUE
    with pytest.raises(TransitionRefusedError, match="not on demand"):
        tracker.apply(events([("y", "request", "ubnd", "2025-04-02")], "c")[0])
    tracker.replay(events([("c1", "start", "h1", "2025-01-07"),
                           ("c1", "report", "h1", "2025-02-01")], "d"))  # fmt: skip
    with pytest.raises(TransitionRefusedError, match="reports a further cycle"):
        tracker.apply(events([("c1", "report", "h1", "2025-02-02")], "x")[0])
