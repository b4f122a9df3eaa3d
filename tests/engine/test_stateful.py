"""Random event sequences, legal and not, by the right and the wrong actors.

Invariants: a refused event changes nothing; the single-event path (through
transitions) and the bulk path agree on every outcome and every state; a batch
commits all or nothing; replaying the history rebuilds the same state.
"""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import HealthCheck, settings, target
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cascade.engine.tracker import Tracker
from cascade.errors import CascadeError
from cascade.files.loader import loads
from cascade.model import Event
from support import small_text

# the small cascade, one level deeper: a commune under district h1 (whose lead is not
# bounded in time, so the bulk loop checks the roll-up on its fast path)
CASCADE = loads(
    small_text("{mode: k_of_n, k: 2}")
    .replace(
        "documents:", "  - {id: x1, name: Xã 1, kind: people_committee, parent: h1}\ndocuments:"
    )
    .replace(
        "obligations:",
        "  - {id: kh-h1, identifier: 3/KH-UBND, kind: plan, issuer: h1, date: 2025-01-08}\n"
        "obligations:",
    )
    + "  - {id: g1, document: kh-h1, lead: x1, action: Làm, implements: c1}\n"
)
OBLIGATIONS = [ob.id for ob in CASCADE.obligations]
ORGS = [org.id for org in CASCADE.organisations]
TRIGGERS = ["start", "report", "accept", "return", "cancel", "supersede", "approve"]


def progress(tracker: Tracker) -> tuple[object, ...]:
    p = tracker._progress
    nan_safe = [None if math.isnan(x) else x for x in p.completed_at]
    return (tracker.states(), nan_safe, p.last_at, p.live, p.done, p.milestone_at)


def outcome(action: object) -> str:
    try:
        action()  # type: ignore[operator]
    except CascadeError as error:
        return f"{type(error).__name__}: {error}"
    return "ok"


class Lifecycles(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.single = Tracker(CASCADE)  # apply(): through transitions
        self.bulk = Tracker(CASCADE)  # replay([event]): the integer tables
        self.batched = Tracker(CASCADE)  # replay(many): committed events in batches
        self.pending: list[Event] = []
        self.committed: list[Event] = []
        self.now = dt.datetime(2025, 1, 5, 8)
        self.count = 0

    def _event(self, **fields: object) -> Event:
        self.count += 1
        return Event(id=f"e{self.count:05d}", at=self.now, **fields)  # type: ignore[arg-type]

    def _feed(self, event: Event) -> None:
        before = progress(self.single), self.single.history_size
        first = outcome(lambda: self.single.apply(event))
        if first != "ok":
            assert (progress(self.single), self.single.history_size) == before
        second = outcome(lambda: self.bulk.replay([event]))
        assert first == second
        if first == "ok":
            self.pending.append(event)
            self.committed.append(event)

    @rule(
        ob=st.sampled_from(OBLIGATIONS),
        trigger=st.sampled_from(TRIGGERS),
        actor=st.sampled_from(ORGS),
        days=st.integers(-3, 12),
    )
    def event(self, ob: str, trigger: str, actor: str, days: int) -> None:
        self.now += dt.timedelta(days=days)
        self._feed(self._event(obligation=ob, trigger=trigger, actor=actor))

    @rule(ob=st.sampled_from(OBLIGATIONS), days=st.integers(-2, 6), data=st.data())
    def a_plausible_event(self, ob: str, days: int, data: st.DataObject) -> None:
        """Mostly legal: a trigger allowed now, by someone who holds a role for it."""
        self.now += dt.timedelta(days=days)
        allowed = self.single.lifecycle.allowed(self.single.state(ob))
        if not allowed:
            return
        # closing an obligation ends its life: keep that to the random rule, mostly
        going_on = [t for t in allowed if t not in ("cancel", "supersede")]
        closing = data.draw(st.integers(0, 9)) == 0
        trigger = data.draw(st.sampled_from(sorted(allowed if closing else going_on or allowed)))
        o = self.single.tables.ob_index[ob]
        t = self.single.lifecycle.trigger_code[trigger]
        width = len(self.single.lifecycle.triggers)
        mask = self.single.lifecycle.roles[self.single._progress.state[o] * width + t]
        holders = [h for _, h in self.single._guards.holders(o, mask)] or [0]
        successors = self.single.tables.org_successors  # they act for a body that ceased
        holders += [s for h in holders for s in successors.get(h, ())]
        actor = self.single.tables.org_ids[data.draw(st.sampled_from(holders))]
        self._feed(self._event(obligation=ob, trigger=trigger, actor=actor))

    @rule(ob=st.sampled_from(OBLIGATIONS), data=st.data())
    def a_backdated_event(self, ob: str, data: st.DataObject) -> None:
        """A plausible trigger and actor, dated just before the obligation's last event."""
        o = self.single.tables.ob_index[ob]
        last = self.single._progress.last_at[o]
        allowed = self.single.lifecycle.allowed(self.single.state(ob))
        if last == -math.inf or not allowed:
            return
        trigger = data.draw(st.sampled_from(allowed))
        width = len(self.single.lifecycle.triggers)
        cell = self.single._progress.state[o] * width + self.single.lifecycle.trigger_code[trigger]
        holders = [h for _, h in self.single._guards.holders(o, self.single.lifecycle.roles[cell])]
        actor = self.single.tables.org_ids[data.draw(st.sampled_from(holders or [0]))]
        at = dt.datetime.fromtimestamp(last - 3600, dt.timezone(dt.timedelta(hours=7)))
        self.count += 1
        event = Event(id=f"e{self.count:05d}", obligation=ob, trigger=trigger, actor=actor, at=at)
        self._feed(event)

    @rule(actor=st.sampled_from(ORGS), milestone=st.sampled_from(["m1", "m2", "m3"]))
    def milestone(self, actor: str, milestone: str) -> None:
        self._feed(self._event(milestone=milestone, actor=actor))

    @precondition(lambda self: self.committed)
    @rule(data=st.data())
    def repeat_an_event(self, data: st.DataObject) -> None:
        event = data.draw(st.sampled_from(self.committed))
        size = self.single.history_size
        assert self.single.apply(event) is None
        assert self.bulk.replay([event]).duplicates == 1
        assert self.single.history_size == size

    @precondition(lambda self: self.committed)
    @rule(data=st.data())
    def reuse_an_id(self, data: st.DataObject) -> None:
        old = data.draw(st.sampled_from(self.committed))
        other = old.model_copy(update={"at": old.at + dt.timedelta(seconds=1)})
        first = outcome(lambda: self.single.apply(other))
        assert first.startswith("EventConflictError")
        assert first == outcome(lambda: self.bulk.replay([other]))

    @rule()
    def flush(self) -> None:
        """The committed events as one batch: it must commit whole."""
        self.batched.replay(self.pending)
        self.pending = []
        assert progress(self.batched) == progress(self.single)

    @precondition(lambda self: self.pending)
    @rule()
    def a_batch_with_a_bad_event_commits_nothing(self) -> None:
        before = progress(self.batched), self.batched.history_size
        bad = self._event(obligation=OBLIGATIONS[0], trigger="approve", actor=ORGS[0])
        assert outcome(lambda: self.batched.replay([*self.pending, bad])) != "ok"
        assert (progress(self.batched), self.batched.history_size) == before

    def teardown(self) -> None:
        target(float(len(self.committed)), label="committed events")  # steer to longer lives

    @invariant()
    def both_paths_agree(self) -> None:
        assert progress(self.single) == progress(self.bulk)
        assert self.single.history_size == self.bulk.history_size

    @precondition(lambda self: self.single.history_size)
    @invariant()
    def replay_equals_live_state(self) -> None:
        again = Tracker(CASCADE)
        again.replay(self.single.history())
        assert progress(again) == progress(self.single)


Lifecycles.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_lifecycles = Lifecycles.TestCase
