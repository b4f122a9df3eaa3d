"""``Tracker.check``: the guards of ``apply`` without committing, in agreement with it.

Random events, legal and not, by the right and the wrong actors: ``check`` changes
nothing and says exactly what ``apply`` then does (the same refusal, the same
error for an unknown id, or acceptance).
"""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from cascade.engine.tracker import Tracker
from cascade.errors import CascadeError
from cascade.files.loader import loads
from cascade.model import Event
from support import LIFE, events, small_text

CASCADE = loads(small_text())
OBLIGATIONS = [ob.id for ob in CASCADE.obligations]
ORGS = [org.id for org in CASCADE.organisations]
TRIGGERS = ["start", "report", "accept", "return", "cancel", "supersede", "approve"]
START = dt.datetime(2025, 1, 5, 8)


def progress(tracker: Tracker) -> tuple[object, ...]:
    p = tracker._progress
    nan_safe = [None if math.isnan(x) else x for x in p.completed_at]
    return (tracker.states(), nan_safe, p.last_at, p.live, p.done, p.milestone_at,
            tracker.history_size)  # fmt: skip


def apply_outcome(tracker: Tracker, event: Event) -> str:
    try:
        tracker.apply(event)
    except CascadeError as error:
        return f"{type(error).__name__}: {error}"
    return "ok"


def check_outcome(tracker: Tracker, event: Event) -> str:
    try:
        refusal = tracker.check(event)
    except CascadeError as error:
        return f"{type(error).__name__}: {error}"
    return "ok" if refusal is None else f"{type(refusal).__name__}: {refusal}"


step = st.tuples(
    st.sampled_from([*OBLIGATIONS, "m1", "m2", "nowhere"]),  # m1, m2: milestone events
    st.sampled_from(TRIGGERS),
    st.sampled_from(ORGS),
    st.integers(min_value=-2, max_value=40),  # days after the previous event
    st.booleans(),  # reuse the previous event's id
)


@settings(max_examples=150, deadline=None)
@given(st.lists(step, min_size=1, max_size=40))
def test_check_agrees_with_apply_and_changes_nothing(
    steps: list[tuple[str, str, str, int, bool]],
) -> None:
    tracker = Tracker(CASCADE)
    tracker.replay(events(LIFE[:4], prefix="s"))  # p and the children started
    at, previous = START + dt.timedelta(days=2), "s004"
    for n, (target, trigger, actor, days, reuse) in enumerate(steps):
        at += dt.timedelta(days=days)
        eid = previous if reuse else f"r{n}"
        if target.startswith("m"):
            event = Event(id=eid, milestone=target, actor=actor, at=at)
        else:
            event = Event(id=eid, obligation=target, trigger=trigger, actor=actor, at=at)
        before = progress(tracker)
        checked = check_outcome(tracker, event)
        assert progress(tracker) == before
        assert checked == apply_outcome(tracker, event)
        previous = eid


def test_check_returns_the_refusal_apply_raises() -> None:
    tracker = Tracker(CASCADE)
    tracker.replay(events(LIFE[:4]))
    early = events([("p", "report", "ubnd", "2025-01-20")], prefix="x")[0]
    refusal = tracker.check(early)
    assert refusal is not None and refusal.event_id == "x001"
    assert "its children from cv are not done: 0 of 3 completed" in refusal.reason
    assert tracker.state("p") == "in_progress" and tracker.history_size == 4
    allowed = events([("c1", "report", "h1", "2025-01-20")], prefix="x")[0]
    assert tracker.check(allowed) is None
    assert tracker.state("c1") == "in_progress"  # checked, not applied
    tracker.apply(allowed)
    assert tracker.check(allowed) is None  # now in the history: apply would skip it
