"""Bulk replay's whole-column path (cascade.engine.bulk) against events applied one by one.

Batches of mostly legal events, sometimes with a refused one, a milestone or a
successor acting, are replayed in small chunks (so that chunks checked as whole
columns and chunks checked one by one mix) and compared with the same events
applied one at a time through transitions: the same outcome, the same progress.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cascade.clock import VIETNAM
from cascade.engine.tracker import Tracker
from cascade.errors import CascadeError, EventConflictError
from cascade.model import Event
from cascade.testing.synthetic import SMALL, generate, generate_events
from engine.test_stateful import CASCADE, OBLIGATIONS, ORGS, TRIGGERS, outcome, progress


def everything(tracker: Tracker) -> tuple[object, ...]:
    """The whole progress, roll-up bounds included, and the history."""
    p = tracker._progress
    return (*progress(tracker), p.done_max, [e.model_dump() for e in tracker.history()])


def _plausible(planner: Tracker, data: st.DataObject, ob: str) -> tuple[str, str] | None:
    """A trigger allowed now for ``ob`` and an actor who holds a role for it (or succeeds
    the holder)."""
    allowed = planner.lifecycle.allowed(planner.state(ob))
    if not allowed:
        return None
    trigger = data.draw(st.sampled_from(sorted(allowed)))
    o = planner.tables.ob_index[ob]
    cell = planner._progress.state[o] * len(planner.lifecycle.triggers)
    cell += planner.lifecycle.trigger_code[trigger]
    holders = [h for _, h in planner._guards.holders(o, planner.lifecycle.roles[cell])] or [0]
    holders += [s for h in holders for s in planner.tables.org_successors.get(h, ())]
    return trigger, planner.tables.org_ids[data.draw(st.sampled_from(holders))]


@st.composite
def batches(draw: st.DrawFn) -> list[Event]:
    """Events that a tracker applying them one by one mostly accepts, in order."""
    data = draw(st.data())
    planner = Tracker(CASCADE)
    now = dt.datetime(2025, 1, 5, 8, tzinfo=VIETNAM)
    events: list[Event] = []
    for n in range(draw(st.integers(5, 40))):
        now += dt.timedelta(hours=draw(st.integers(-30, 400)))
        at, kind = now, draw(st.integers(0, 19))
        ob = draw(st.sampled_from(OBLIGATIONS))
        o = planner.tables.ob_index[ob]
        fields: dict[str, object] = {"obligation": ob}
        if kind == 0:  # anything at all: mostly refused
            trigger, actor = draw(st.sampled_from(TRIGGERS)), draw(st.sampled_from(ORGS))
            fields.update(trigger=trigger, actor=actor)
        elif kind == 1:
            fields = {"milestone": draw(st.sampled_from(["m1", "m2"])), "actor": "top"}
        elif kind == 2:  # a trigger not allowed now, by the lead
            allowed = planner.lifecycle.allowed(planner.state(ob))
            others = [t for t in planner.lifecycle.triggers if t not in allowed]
            actor = planner.tables.org_ids[planner.tables.lead[o]]
            fields.update(trigger=draw(st.sampled_from(others)), actor=actor)
        else:
            picked = _plausible(planner, data, ob)
            if picked is None:
                continue
            fields.update(trigger=picked[0], actor=picked[1])
            last = planner._progress.last_at[o]
            if kind in (3, 4) and last > -math.inf:  # dated before the obligation's last event
                at = dt.datetime.fromtimestamp(last - 3600, VIETNAM)
        event = Event(id=f"e{n:03d}", at=at, **fields)  # type: ignore[arg-type]
        accepted = outcome(lambda e=event: planner.apply(e)) == "ok"
        if accepted or draw(st.integers(0, 2 if kind in (0, 2, 3, 4) else 14)) == 0:
            events.append(event)  # a refused one now and then, anywhere in the batch
    return events


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=batches(), chunk=st.integers(1, 9))
def test_a_batch_in_chunks_equals_its_events_one_by_one(events: list[Event], chunk: int) -> None:
    single, bulk, few = Tracker(CASCADE), Tracker(CASCADE), Tracker(CASCADE)
    bulk.chunk, bulk.small_batch = chunk, 0  # whole columns, however few the rows
    few.small_batch = len(events)  # the per-event loop over plain lists
    seen: dict[Tracker, list[tuple[str, str, str]]] = {single: [], bulk: [], few: []}
    for tracker, log in seen.items():
        tracker.on_transition(lambda event, old, new, log=log: log.append((event.id, old, new)))
    first_refusal = "ok"
    for event in events:
        first_refusal = outcome(lambda e=event: single.apply(e))
        if first_refusal != "ok":
            break
    untouched = everything(bulk)
    for replayed in (bulk, few):
        assert outcome(lambda t=replayed: t.replay(events)) == first_refusal
        if first_refusal == "ok":
            assert everything(replayed) == everything(single)
            assert seen[replayed] == seen[single]  # every transition, in order, by the hooks
        else:  # all or nothing
            assert everything(replayed) == untouched
            assert seen[replayed] == []


def test_a_legal_history_goes_through_whole_columns() -> None:
    cascade = generate(3000, SMALL, seed=5)
    batch = generate_events(cascade, 6000, seed=5)
    bulk = Tracker(cascade)
    bulk.chunk, bulk.small_batch = 1000, 0
    done = bulk.replay(batch)
    assert (len(done.rows), done.one_by_one) == (6000, 0)
    single = Tracker(cascade)
    for event in batch.events():
        single.apply(event)
    assert everything(bulk) == everything(single)


def test_a_chunk_that_is_not_plain_goes_one_by_one() -> None:
    tracker = Tracker(CASCADE)
    tracker.chunk, tracker.small_batch = 2, 0
    at = dt.datetime(2025, 1, 10, 8, tzinfo=VIETNAM)
    events = [
        Event(id="a1", obligation="c1", trigger="start", actor="h1", at=at),
        Event(id="a2", obligation="c2", trigger="start", actor="h2", at=at),
        Event(id="a3", milestone="m1", actor="top", at=at),  # a milestone row
        Event(id="a4", obligation="c3", trigger="start", actor="h3", at=at),
    ]
    done = tracker.replay(events)
    assert done.one_by_one == 2
    assert tracker.milestone_at("m1") is not None
    assert [tracker.state(ob) for ob in ("c1", "c2", "c3")] == ["in_progress"] * 3


def test_one_obligation_with_many_events_in_a_chunk_goes_one_by_one() -> None:
    tracker = Tracker(CASCADE)
    tracker.small_batch = 0
    start = dt.datetime(2025, 1, 10, 8, tzinfo=VIETNAM)
    events = [Event(id="s", obligation="c3", trigger="start", actor="h3", at=start)]
    for n in range(70):  # report, return, report, ... : more steps than a chunk takes at once
        trigger, actor = ("report", "h3") if n % 2 == 0 else ("return", "ubnd")
        at = start + dt.timedelta(days=n + 1)
        events.append(Event(id=f"r{n:02d}", obligation="c3", trigger=trigger, actor=actor, at=at))
    done = tracker.replay(events * 2)  # twice: the second copies are duplicates
    assert (done.duplicates, done.one_by_one) == (71, 71)
    assert tracker.state("c3") == "in_progress"


def test_unordered_ids_are_known_after_the_batch() -> None:
    tracker = Tracker(CASCADE)
    at = dt.datetime(2025, 1, 10, 8, tzinfo=VIETNAM)
    events = [
        Event(id="z9", obligation="c1", trigger="start", actor="h1", at=at),
        Event(id="b2", obligation="c2", trigger="start", actor="h2", at=at),
    ]
    assert tracker.replay(events).duplicates == 0
    assert tracker.replay(events).duplicates == 2
    other = events[1].model_copy(update={"at": at + dt.timedelta(hours=1)})
    with pytest.raises(EventConflictError):
        tracker.replay([other])
    with pytest.raises(CascadeError):  # h2 may not start c1
        tracker.replay([Event(id="a0", obligation="c3", trigger="start", actor="h2", at=at)])
    assert tracker.history_size == 2


def test_a_child_completed_later_than_the_parents_report_is_counted_by_time() -> None:
    """g1 reports on the 20th, then its parent c1 reports dated the 15th: the children
    are counted by time, whichever path checks the batch."""
    day = dt.datetime(2025, 1, 10, 8, tzinfo=VIETNAM)
    events = [
        Event(id="e1", obligation="g1", trigger="start", actor="x1", at=day),
        Event(id="e2", obligation="g1", trigger="report", actor="x1", at=day.replace(day=20)),
        Event(id="e3", obligation="c1", trigger="start", actor="h1", at=day),
        Event(id="e4", obligation="c1", trigger="report", actor="h1", at=day.replace(day=15)),
    ]
    single = Tracker(CASCADE)
    assert [outcome(lambda e=e: single.apply(e)) for e in events][:3] == ["ok"] * 3
    refused = outcome(lambda: single.apply(events[3]))
    assert "0 of 1 completed by 2025-01-15" in refused
    bulk = Tracker(CASCADE)
    assert outcome(lambda: bulk.replay(events)) == refused
    assert bulk.history_size == 0


def test_replay_keeps_the_state_each_row_led_to() -> None:
    cascade = generate(600, SMALL)
    batch = generate_events(cascade, seed=3)
    seen: list[str] = []
    hooked = Tracker(cascade)
    hooked.on_transition(lambda _event, _old, new: seen.append(new))
    hooked.replay(batch)
    done = Tracker(cascade).replay(batch, keep_states=True)
    assert done.states == seen and len(seen) == len(batch)
    again = Tracker(cascade).replay(batch)
    assert again.states is None
