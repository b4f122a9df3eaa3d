"""The trend of the four buckets: one pass over the history gives what a replay per day gives."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.clock import end_of_day_seconds
from cascade.engine.status import status
from cascade.engine.tracker import Tracker
from cascade.report.trend import trend
from cascade.testing.synthetic import SMALL, generate, generate_events
from support import SEED, SEED_EVENTS


@pytest.fixture(scope="module")
def seed() -> Tracker:
    return Tracker.load(SEED, SEED_EVENTS)


@pytest.fixture(scope="module")
def synthetic() -> Tracker:
    cascade = generate(2000, SMALL, seed=3)
    tracker = Tracker(cascade)
    tracker.replay(generate_events(cascade, seed=3))
    return tracker


@pytest.mark.parametrize("period", ["month", "quarter"])
def test_each_point_is_the_status_on_its_day(seed: Tracker, period: str) -> None:
    as_of = dt.date(2026, 3, 31)
    points = trend(seed, as_of, period)  # type: ignore[arg-type]
    assert points[0].period == ("2024-10" if period == "month" else "2024-Q4")  # 251-KH/TU
    assert len(points) == (18 if period == "month" else 6)  # Oct 2024 .. Mar 2026
    assert points[-1].day == as_of
    for point in points:
        assert point.counts == status(seed, point.day).total, point.period
    assert len({p.period for p in points}) == len(points)


def test_the_last_point_is_the_as_of_day_inside_its_period(seed: Tracker) -> None:
    points = trend(seed, dt.date(2025, 5, 17), "quarter", start=dt.date(2025, 1, 1))
    assert [(p.period, p.day.isoformat()) for p in points] == [
        ("2025-Q1", "2025-03-31"),
        ("2025-Q2", "2025-05-17"),
    ]
    only = [seed.tables.ob_index["3.1@ubnd-rach-gia"], seed.tables.ob_index["3.2@ubnd-rach-gia"]]
    kept = trend(seed, dt.date(2025, 5, 17), "quarter", start=dt.date(2025, 1, 1), only=only)
    assert [p.counts.total for p in kept] == [2, 2]
    assert kept[-1].counts == status(seed, dt.date(2025, 5, 17), only=only).total


def test_snapshots_in_one_pass_match_a_replay_of_the_events_up_to_each_time(
    synthetic: Tracker,
) -> None:
    history = synthetic.history()
    assert [e.at for e in history] != sorted(e.at for e in history)  # the sort matters
    times = sorted({e.at for e in history})
    cutoffs = [t.timestamp() for t in times[:: max(1, len(times) // 12)]]
    assert len(cutoffs) > 10
    for cutoff, swept in zip(cutoffs, synthetic.snapshots(cutoffs), strict=True):
        replayed = Tracker(synthetic.cascade)  # through the guards, event by event order
        replayed.replay([e for e in history if e.at.timestamp() <= cutoff])
        now = replayed.snapshot()
        assert swept.state == now.state and swept.completed_at == now.completed_at
    # a monthly trend of the synthetic cascade agrees with a status per month
    last = max(times).date()
    for point in trend(synthetic, last, "month"):
        assert point.counts == status(synthetic, point.day).total
    assert synthetic.snapshot(end_of_day_seconds(last)).state == synthetic.snapshot().state


def test_history_columns_hold_what_history_holds(synthetic: Tracker, seed: Tracker) -> None:
    for tracker in (seed, synthetic):
        events, columns = tracker.history(), tracker.history_columns()
        ids = tracker.tables.ob_ids
        assert len(events) == len(columns.at) > 0
        for row, event in enumerate(events):
            o = columns.obligation[row]
            assert (ids[o] if o >= 0 else None) == event.obligation
            assert columns.trigger[row] == event.trigger
            assert columns.actor[row] == event.actor
            assert columns.at[row] == event.at.timestamp()
            assert columns.note.get(row) == event.note
