"""Lifecycle migrations: running obligations move to another lifecycle on a day.

A ``migrate`` amendment names the lifecycle in force from its effective day and
maps the states of the one before it (``states``; a state both have maps to itself
unless the mapping says otherwise). :func:`combine` checks the mapping and builds
what the tracker runs on:

* one :class:`~cascade.engine.lifecycle.Lifecycle` whose states and triggers are
  those of every lifecycle in force over time, merged by name, and whose tables hold
  every transition of each (a state or a transition two lifecycles share must mean
  the same in both: same counting, same destination and holders);
* :class:`Epochs`: when each lifecycle is in force, which transitions each allows,
  and how a state held when a migration takes effect is renamed.

The renaming is applied as an obligation is next touched (its next event, a
snapshot), not by writing events: nothing in the history changes. The checks (every
state an obligation may hold mapped to a state of the new lifecycle, counting as it
did: completed stays completed, closed stays closed) are what
:func:`migration_problems` lists, for the validator as for the engine.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from cascade.engine.compiled import day_start
from cascade.engine.lifecycle import (
    NO_STATE,
    Lifecycle,
    LifecycleDefinition,
    StateDef,
    TransitionDef,
    compile_lifecycle,
    resolve_lifecycle,
)
from cascade.errors import LifecycleDefinitionError
from cascade.model import LifecycleMigration

Step = tuple[dt.date, LifecycleMigration, Lifecycle]
"""A migration: its effective day, the amendment, and the lifecycle it moves to."""


@dataclass(frozen=True)
class Epochs:
    """When each lifecycle is in force over a combined lifecycle's codes."""

    starts: tuple[float, ...]  # POSIX instant each epoch after the first begins
    names: tuple[str, ...]  # the lifecycle of each epoch
    allowed: tuple[int, ...]  # per table cell: a bit per epoch that has the transition
    remap: tuple[bytes, ...]  # per epoch: state code -> its code in that epoch

    @property
    def first(self) -> float:
        """When the first migration takes effect."""
        return self.starts[0]

    def epoch(self, x: float) -> int:
        """The epoch in force at POSIX time ``x`` (0: the first lifecycle)."""
        return bisect_right(self.starts, x)

    def state_at(self, s: int, x: float) -> int:
        """State code ``s`` as the lifecycle in force at ``x`` names it."""
        return self.remap[self.epoch(x)][s]

    def allows(self, cell: int, x: float) -> bool:
        """Whether the lifecycle in force at ``x`` has the transition of table ``cell``."""
        return bool(self.allowed[cell] >> self.epoch(x) & 1)


def migration_lifecycle(migration: LifecycleMigration, near: str | Path | None) -> Lifecycle:
    """The lifecycle a migration moves to: its own ``definition`` if it carries one (as a
    store keeps it), else the one of that name next to the cascade file or built in."""
    if migration.definition is not None:
        try:
            definition = LifecycleDefinition.model_validate(migration.definition)
        except ValidationError as exc:
            raise LifecycleDefinitionError(
                f"amendment {migration.id!r}: its lifecycle definition is not one: {exc}"
            ) from None
        return compile_lifecycle(definition)
    return resolve_lifecycle(migration.lifecycle, near)


def steps_of(
    migrations: Sequence[tuple[dt.date, LifecycleMigration]], near: str | Path | None
) -> list[Step]:
    """The migrations (from a plan, in effective order) with their lifecycles resolved."""
    return [(day, m, migration_lifecycle(m, near)) for day, m in migrations]


def migration_problems(
    before: Lifecycle, migration: LifecycleMigration, after: Lifecycle
) -> list[str]:
    """What is wrong with moving from ``before`` to ``after`` by ``migration.states``."""
    problems: list[str] = []
    new_states = {s.id: s for s in after.definition.states}
    for old, new in migration.states.items():
        if old not in before.state_code:
            problems.append(f"'states' maps {old!r}, which lifecycle {before.name} does not have")
        if new not in new_states:
            problems.append(f"'states' maps to {new!r}, which lifecycle {after.name} does not have")
    for state in before.definition.states:
        target = migration.states.get(state.id, state.id if state.id in new_states else None)
        if target is None:
            problems.append(
                f"state {state.id!r} of lifecycle {before.name} is not mapped: an obligation "
                f"holding it would be stranded (map it under 'states')"
            )
            continue
        mapped = new_states.get(target)
        if mapped is not None and (mapped.completed, mapped.closed) != (
            state.completed,
            state.closed,
        ):
            problems.append(
                f"state {state.id!r} ({_counts(state)}) is mapped to {target!r} "
                f"({_counts(mapped)}): a migration renames states, it does not change what "
                "they count as"
            )
    return problems


def _counts(state: StateDef) -> str:
    return "completed" if state.completed else ("closed" if state.closed else "open")


def combine(base: Lifecycle, steps: Sequence[Step]) -> tuple[Lifecycle, Epochs]:
    """The combined lifecycle and its epochs (see the module docstring); raises
    :class:`~cascade.errors.LifecycleDefinitionError` naming every problem."""
    lifecycles = [base, *(lifecycle for _, _, lifecycle in steps)]
    problems: list[str] = []
    for before, (_, migration, after) in zip(lifecycles, steps, strict=False):
        problems += [
            f"amendment {migration.id!r}: {p}" for p in migration_problems(before, migration, after)
        ]
    states, triggers, transitions = _union(lifecycles, problems)
    if problems:
        raise LifecycleDefinitionError("; ".join(problems))
    definition = LifecycleDefinition(
        format="lifecycle/1",
        id="+".join(lc.name for lc in lifecycles),
        name=" → ".join(lc.definition.name for lc in lifecycles),
        states=tuple(states),
        triggers=tuple(triggers),
        transitions=tuple(transitions),
    )
    combined = Lifecycle(definition, base.source)
    return combined, _epochs(combined, lifecycles, steps)


def _union(
    lifecycles: Sequence[Lifecycle], problems: list[str]
) -> tuple[list[StateDef], list[object], list[TransitionDef]]:
    """States, triggers and transitions of every lifecycle, merged by name."""
    states: dict[str, StateDef] = {}
    triggers: dict[str, object] = {}
    cells: dict[tuple[str, str], TransitionDef] = {}
    transitions: list[TransitionDef] = []
    for k, lifecycle in enumerate(lifecycles):
        for state in lifecycle.definition.states:
            seen = states.get(state.id)
            if seen is None:
                states[state.id] = state.model_copy(update={"initial": state.initial and k == 0})
            elif (seen.completed, seen.closed) != (state.completed, state.closed):
                problems.append(
                    f"state {state.id!r} counts otherwise in lifecycle {lifecycle.name}"
                )
        for trigger in lifecycle.definition.triggers:
            triggers.setdefault(trigger.id, trigger)
        for tr in lifecycle.definition.transitions:
            fresh = [src for src in tr.source if (src, tr.trigger) not in cells]
            for src in tr.source:
                seen_tr = cells.get((src, tr.trigger))
                if seen_tr is not None and _meaning(seen_tr) != _meaning(tr):
                    problems.append(
                        f"lifecycle {lifecycle.name} redefines {tr.trigger!r} from {src!r}: "
                        "a migration cannot change what a shared transition does"
                    )
                cells[(src, tr.trigger)] = tr
            if fresh:
                transitions.append(tr.model_copy(update={"source": tuple(fresh)}))
    return list(states.values()), list(triggers.values()), transitions


def _meaning(tr: TransitionDef) -> tuple[object, ...]:
    return (tr.dest, tuple(sorted(tr.by)), tr.rollup, tr.cycle)


def _epochs(combined: Lifecycle, lifecycles: Sequence[Lifecycle], steps: Sequence[Step]) -> Epochs:
    width = len(combined.triggers)
    allowed = [0] * (len(combined.states) * width)
    for k, lifecycle in enumerate(lifecycles):
        for tr in lifecycle.definition.transitions:
            for src in tr.source:
                allowed[combined.state_code[src] * width + combined.trigger_code[tr.trigger]] |= (
                    1 << k
                )
    remaps = [bytes(range(len(combined.states)))]
    for (_, migration, _after), before in zip(steps, lifecycles, strict=False):
        previous = remaps[-1]
        step = list(range(len(combined.states)))
        for state in before.definition.states:
            target = migration.states.get(state.id, state.id)
            step[combined.state_code[state.id]] = combined.state_code[target]
        remaps.append(bytes(step[previous[s]] for s in range(len(combined.states))))
    assert all(d == NO_STATE or d < len(combined.states) for d in combined.dest)
    return Epochs(
        starts=tuple(day_start(day.toordinal()) for day, _, _ in steps),
        names=tuple(lc.name for lc in lifecycles),
        allowed=tuple(allowed),
        remap=tuple(remaps),
    )
