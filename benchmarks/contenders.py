"""The baselines the engine's replay is compared with, on the same events and guards.

Every contender gets the same input: the cascade and an
:class:`~cascade.event_batch.EventBatch` (columns of text ids, POSIX times), and runs
the same guards as the engine (trigger allowed from the state, not dated before
the obligation's previous event, actor holds the role, roll-up ``all`` with the
children's completion times), keeping the same state (state, completion time,
children counts) and refusing event ids already seen.

* :func:`floor`: a hand-written loop over dict tables keyed by text ids: the
  Python floor;
* :func:`transitions_shared`: the same guards, the state change made by one
  shared ``transitions.Machine`` with ``machine.events[trigger].trigger(model)``;
* :func:`transitions_per_machine`: one ``Machine`` per obligation, the trigger
  method called on the model (``getattr(model, trigger)()``).

Each returns ``(prepare_seconds, replay_seconds, final states by id)`` in CPU time
(``time.process_time``), so that other processes on the machine do not count.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from transitions import Machine

from cascade.engine.lifecycle import Lifecycle
from cascade.event_batch import EventBatch
from cascade.model import Cascade

Result = tuple[float, float, dict[str, str]]


class Guarded:
    """Per-obligation facts as dicts keyed by text ids (what a hand-written tool keeps)."""

    def __init__(self, cascade: Cascade, lifecycle: Lifecycle) -> None:
        issuer = {d.id: d.on_behalf_of or d.issuer for d in cascade.documents}
        self.table: dict[tuple[str, str], str] = {}
        self.who: dict[tuple[str, str], tuple[str, ...]] = {}
        self.rollup: set[tuple[str, str]] = set()
        for tr in lifecycle.definition.transitions:
            for src in tr.source:
                self.table[(src, tr.trigger)] = tr.dest
                self.who[(src, tr.trigger)] = tr.by
                if tr.rollup:
                    self.rollup.add((src, tr.trigger))
        self.completed = {s.id for s in lifecycle.definition.states if s.completed}
        self.closed = {s.id for s in lifecycle.definition.states if s.closed}
        self.holders: dict[str, dict[str, str]] = {}
        self.parent: dict[str, str | None] = {}
        self.live: dict[str, int] = {}
        self.done: dict[str, int] = {}
        self.done_max: dict[str, float] = {}
        for ob in cascade.obligations:
            self.holders[ob.id] = {
                "lead": ob.lead,
                "issuer": issuer[ob.document],
                "report_to": ob.report_to or issuer[ob.document],
            }
            self.parent[ob.id] = ob.implements
            if ob.implements is not None:
                self.live[ob.implements] = self.live.get(ob.implements, 0) + 1
                self.done.setdefault(ob.implements, 0)
                self.done_max.setdefault(ob.implements, -math.inf)
        self.last_at: dict[str, float] = {}
        self.completed_at: dict[str, float] = {}
        self.seen: set[str] = set()

    def check(self, state: str, ob: str, trigger: str, actor: str, at: float) -> str:
        """The destination state; raises ValueError when a guard refuses."""
        key = (state, trigger)
        dest = self.table.get(key)
        if dest is None:
            raise ValueError(f"{trigger} not allowed from {state}")
        if at < self.last_at.get(ob, -math.inf):
            raise ValueError("dated before the previous event")
        holders = self.holders[ob]
        if not any(holders[role] == actor for role in self.who[key]):
            raise ValueError("actor holds no role")
        if (
            key in self.rollup
            and ob in self.live
            and (self.done[ob] < self.live[ob] or self.done_max[ob] > at)
        ):
            raise ValueError("children not done")
        return dest

    def commit(self, state: str, dest: str, ob: str, at: float) -> None:
        """The bookkeeping after a transition: times and the parent's counts."""
        self.last_at[ob] = at
        parent = self.parent[ob]
        was, now = state in self.completed, dest in self.completed
        if was != now:
            if now:
                self.completed_at[ob] = at
            else:
                self.completed_at.pop(ob, None)
            if parent is not None:
                self.done[parent] += 1 if now else -1
                if now and at > self.done_max[parent]:
                    self.done_max[parent] = at
        if parent is not None and (state in self.closed) != (dest in self.closed):
            self.live[parent] += -1 if dest in self.closed else 1


def floor(cascade: Cascade, lifecycle: Lifecycle, batch: EventBatch) -> Result:
    """A dict-table loop with the same guards: the Python floor."""
    start = time.process_time()
    g = Guarded(cascade, lifecycle)
    state = dict.fromkeys(g.holders, lifecycle.initial)
    prepared = time.process_time()
    seen = g.seen
    for eid, ob, trigger, actor, at in zip(
        batch.ids, batch.obligations, batch.triggers, batch.actors, batch.at, strict=True
    ):
        if eid in seen:
            continue
        assert ob is not None and trigger is not None
        current = state[ob]
        dest = g.check(current, ob, trigger, actor, at)
        state[ob] = dest
        g.commit(current, dest, ob, at)
        seen.add(eid)
    return prepared - start, time.process_time() - prepared, state


class _Model:
    __slots__ = ("state",)

    def __init__(self, state: str) -> None:
        self.state = state


def transitions_shared(cascade: Cascade, lifecycle: Lifecycle, batch: EventBatch) -> Result:
    """The same guards; one shared ``Machine(model=None)``, ``Event.trigger(model)``."""
    start = time.process_time()
    g = Guarded(cascade, lifecycle)
    machine = _machine(lifecycle, None, lifecycle.initial)
    models = {ob: _Model(lifecycle.initial) for ob in g.holders}
    events = machine.events
    prepared = time.process_time()
    seen = g.seen
    for eid, ob, trigger, actor, at in zip(
        batch.ids, batch.obligations, batch.triggers, batch.actors, batch.at, strict=True
    ):
        if eid in seen:
            continue
        assert ob is not None and trigger is not None
        model = models[ob]
        current = model.state
        g.check(current, ob, trigger, actor, at)
        events[trigger].trigger(model)
        g.commit(current, model.state, ob, at)
        seen.add(eid)
    return prepared - start, time.process_time() - prepared, {k: m.state for k, m in models.items()}


def transitions_per_machine(cascade: Cascade, lifecycle: Lifecycle, batch: EventBatch) -> Result:
    """The same guards; one ``Machine`` per obligation, trigger methods on the model."""
    start = time.process_time()
    g = Guarded(cascade, lifecycle)
    models: dict[str, Any] = {}
    for ob in g.holders:
        model = _Free()
        _machine(lifecycle, model, lifecycle.initial)
        models[ob] = model
    prepared = time.process_time()
    seen = g.seen
    for eid, ob, trigger, actor, at in zip(
        batch.ids, batch.obligations, batch.triggers, batch.actors, batch.at, strict=True
    ):
        if eid in seen:
            continue
        assert ob is not None and trigger is not None
        model = models[ob]
        current = model.state
        g.check(current, ob, trigger, actor, at)
        fire: Callable[[], bool] = getattr(model, trigger)
        fire()
        g.commit(current, model.state, ob, at)
        seen.add(eid)
    return prepared - start, time.process_time() - prepared, {k: m.state for k, m in models.items()}


class _Free:
    """A model transitions can add trigger methods to (no __slots__)."""

    state: str


def _machine(lifecycle: Lifecycle, model: Any, initial: str) -> Any:
    return Machine(
        model=model,
        states=list(lifecycle.states),
        transitions=[
            {"trigger": tr.trigger, "source": list(tr.source), "dest": tr.dest}
            for tr in lifecycle.definition.transitions
        ],
        initial=initial,
        auto_transitions=False,
    )
