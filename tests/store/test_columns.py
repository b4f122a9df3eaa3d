"""Event times written from columns equal what the event models give."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from cascade.clock import instant_us
from cascade.event_batch import EventBatch
from cascade.model import Event
from cascade.store.event_times import instants_us, written_times

offsets = st.one_of(
    st.none(),
    st.integers(min_value=-14 * 60, max_value=14 * 60).map(
        lambda m: dt.timezone(dt.timedelta(minutes=m))
    ),
)
times = st.builds(
    lambda naive, tz: naive.replace(tzinfo=tz),
    st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2200, 1, 1)),
    offsets,
)


@given(st.lists(times, min_size=1, max_size=30))
def test_written_times_and_instants_match_the_models(at: list[dt.datetime]) -> None:
    events = [
        Event(id=f"e{i}", obligation="o", trigger="t", actor="a", at=x) for i, x in enumerate(at)
    ]
    batch = EventBatch.from_events(events)
    rows = list(range(len(events)))[::-1]  # any rows, in any order
    us = instants_us(batch, rows)
    assert us == [instant_us(events[r].at) for r in rows]
    assert written_times(batch, rows, us) == [events[r].at.isoformat() for r in rows]
