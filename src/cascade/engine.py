"""The tracker: obligations driven through their lifecycle by events, with guards.

A :class:`Tracker` holds one cascade's obligations as compact columns
(:mod:`cascade.tables`) and their current states, and an append-only history of
the events that produced them. Two paths take events, with the same guards and
the same result (a test keeps them in agreement):

* :meth:`Tracker.apply`: one :class:`~cascade.model.Event`, its transition run by
  the lifecycle's ``transitions`` machine, hooks called after it commits;
* :meth:`Tracker.replay`: many events (an :class:`~cascade.events.EventBatch` or
  any iterable of events) through the lifecycle's integer tables; all or none
  are committed.

Guards, in the order they are checked: the trigger must be allowed from the
obligation's state; the event may not be dated before the obligation's previous
event; the actor must exist on that day; the actor must hold a role the
transition names (a successor acts for a body after it ceases); and a
transition marked ``rollup`` needs the children to satisfy their document's
roll-up policy by the event's time. A refused event raises
:class:`~cascade.errors.TransitionRefusedError` and changes nothing. An event
id already in the history is a no-op (the same event again) or an
:class:`~cascade.errors.EventConflictError` (a different event under that id).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice, repeat
from operator import lt
from pathlib import Path

from cascade.errors import (
    EventConflictError,
    InputError,
    Position,
    TransitionRefusedError,
    UnknownReferenceError,
)
from cascade.events import EventBatch, read_events, to_seconds
from cascade.lifecycle import (
    CLOSES,
    COMPLETES,
    NO_STATE,
    OPENS,
    REOPENS,
    ROLLUP,
    Lifecycle,
    Role,
    resolve_lifecycle,
)
from cascade.model import Cascade, Event
from cascade.tables import MODES, Tables, build_tables

NOT_DONE = math.nan  # completed_at of an obligation that is not completed
EARLIEST = -math.inf  # completed before any recorded time (a state written in the file)
MILESTONE = -1  # the trigger code of a milestone event in the history

Hook = Callable[[Event, str, str], None]
"""Called after a committed transition with (event, old state, new state)."""


@dataclass(frozen=True)
class Transition:
    """What a committed event did to its obligation."""

    event: Event
    old: str
    new: str


@dataclass(frozen=True)
class Replayed:
    """What :meth:`Tracker.replay` did: which rows of the batch it committed."""

    rows: list[int]
    """Rows of the batch that were new, in order (the others were already in the history)."""
    duplicates: int


@dataclass(frozen=True)
class Snapshot:
    """The states of all obligations at one moment (see :meth:`Tracker.snapshot`)."""

    state: list[int]
    completed_at: list[float]
    milestone_at: dict[int, float]


class Tracker:
    """One cascade's obligations, their states and the history of events.

    ``lifecycle`` defaults to the built-in lifecycle the cascade names; use
    :meth:`load` to resolve it next to the cascade file.
    """

    def __init__(self, cascade: Cascade, lifecycle: Lifecycle | None = None) -> None:
        self.cascade = cascade
        self.lifecycle = lifecycle or resolve_lifecycle(cascade.cascade.lifecycle)
        self.tables: Tables = build_tables(cascade)
        lc = self.lifecycle
        n = len(self.tables.ob_ids)
        state = [lc.state_code[lc.initial]] * n
        completed_at = [NOT_DONE] * n
        for i, ob in enumerate(cascade.obligations):
            if ob.state is not None:  # a starting state written in the file
                if ob.state not in lc.state_code:
                    raise UnknownReferenceError(
                        "state", ob.state, f"obligation {ob.id}; lifecycle {lc.name}"
                    )
                state[i] = lc.state_code[ob.state]
                if lc.completed[state[i]]:
                    completed_at[i] = EARLIEST
        self._initial = (tuple(state), tuple(completed_at))
        self._state = state
        self._completed_at = completed_at
        self._last_at = [-math.inf] * n
        groups = len(self.tables.group_parent)
        self._live = [0] * groups
        self._done = [0] * groups
        self._done_max = [-math.inf] * groups  # an upper bound of the children's completion times
        for i, g in enumerate(self.tables.group):
            if g >= 0:
                self._live[g] += not lc.closed[state[i]]
                self._done[g] += lc.completed[state[i]]
        self._milestone_at: dict[int, float] = {}
        self._history = EventBatch()
        self._h_ob: list[int] = []
        self._h_trigger: list[int] = []
        # event ids: while they arrive strictly increasing, the greatest tells a new one
        # from a repeat without hashing them all; the set is built on first need
        self._last_id: str | None = None
        self._seen: set[str] | None = None
        self._positions: dict[str, int] | None = None
        self._latest = -math.inf
        self._hooks: list[Hook] = []
        self._who = self._holder_tables()

    @classmethod
    def load(cls, path: str | Path, events: str | Path | None = None) -> Tracker:
        """Load the cascade file ``path`` (its lifecycle resolved next to it) and replay
        the events file ``events`` if given."""
        from cascade.loader import load

        cascade = load(path)
        tracker = cls(cascade, resolve_lifecycle(cascade.cascade.lifecycle, path))
        if events is not None:
            tracker.replay(read_events(events))
        return tracker

    # --- queries -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._state)

    def state(self, obligation: str) -> str:
        """The current state of ``obligation``."""
        return self.lifecycle.states[self._state[self._ob(obligation)]]

    def states(self) -> dict[str, str]:
        """Every obligation's current state, by id."""
        names = self.lifecycle.states
        return dict(zip(self.tables.ob_ids, (names[s] for s in self._state), strict=True))

    def completed_at(self, obligation: str) -> dt.datetime | None:
        """When ``obligation`` was completed (the time of its report), or None.

        A state written as completed in the cascade file has no known time: None.
        """
        seconds = self._completed_at[self._ob(obligation)]
        if math.isnan(seconds) or seconds == EARLIEST:
            return None
        return dt.datetime.fromtimestamp(seconds, dt.timezone(dt.timedelta(hours=7)))

    def history(self, obligation: str | None = None) -> list[Event]:
        """The committed events, oldest first; only those of ``obligation`` if given."""
        if obligation is None:
            return list(self._history.events())
        o = self._ob(obligation)
        return [self._history.event(r) for r, v in enumerate(self._h_ob) if v == o]

    @property
    def history_size(self) -> int:
        """How many events the history holds."""
        return len(self._history)

    def milestone_at(self, milestone: str) -> dt.datetime | None:
        """When ``milestone`` was recorded by an event, or None."""
        index = self.tables.milestone_ids.index(milestone)
        seconds = self._milestone_at.get(index)
        if seconds is None:
            return None
        return dt.datetime.fromtimestamp(seconds, dt.timezone(dt.timedelta(hours=7)))

    def snapshot(self, cutoff: float | None = None) -> Snapshot:
        """States as they stood at POSIX time ``cutoff`` (now if None).

        Rebuilt from the history: the events dated at or before ``cutoff``, applied
        without guards (they passed them when they were committed, and an
        obligation's events are in time order, so each one's kept events are a
        prefix of its own).
        """
        if cutoff is None or cutoff >= self._latest:
            return Snapshot(self._state, self._completed_at, self._milestone_at)
        lc = self.lifecycle
        width = len(lc.triggers)
        dest, completed = lc.dest, lc.completed
        state = list(self._initial[0])
        completed_at = list(self._initial[1])
        milestones: dict[int, float] = {}
        index = {m: i for i, m in enumerate(self.tables.milestone_ids)}
        at = self._history.at
        for row, (o, t) in enumerate(zip(self._h_ob, self._h_trigger, strict=True)):
            x = at[row]
            if x > cutoff:
                continue
            if t == MILESTONE:
                milestones[index[self._history.milestones[row]]] = x
                continue
            s = state[o]
            d = dest[s * width + t]
            state[o] = d
            if completed[s] != completed[d]:
                completed_at[o] = x if completed[d] else NOT_DONE
        return Snapshot(state, completed_at, milestones)

    # --- hooks ---------------------------------------------------------------------

    def on_transition(self, hook: Hook) -> Callable[[], None]:
        """Call ``hook(event, old, new)`` after every committed transition.

        Hooks run after the change is committed (a failing hook does not undo it);
        :meth:`replay` calls them once the whole batch has committed. Returns a
        function that removes the hook.
        """
        self._hooks.append(hook)
        return lambda: self._hooks.remove(hook)

    # --- the single-event path -------------------------------------------------------

    def apply(self, event: Event) -> Transition | None:
        """Check ``event`` and commit it; None when it is already in the history.

        The state change runs through the lifecycle's ``transitions`` machine.
        """
        single = EventBatch.from_events([event])
        if self._is_known(event.id):
            self._check_same(single, 0, {})
            return None
        x = to_seconds(event.at)
        if event.milestone is not None:
            self._record_milestone(event.id, event.milestone, event.actor, x, None)
            self._append(single, None, [MILESTONE], [MILESTONE], True)
            return None
        o, t, a = self._resolve(event.id, event.obligation, event.trigger, event.actor, None)
        reason = self._refusal(o, t, a, x)
        if reason is not None:
            raise self._refused(event.id, o, t, a, reason, None)
        lc = self.lifecycle
        old = lc.states[self._state[o]]
        new = lc.fire(old, lc.triggers[t])
        self._commit(o, self._state[o], lc.state_code[new], x)
        self._append(single, None, [o], [t], True)
        for hook in tuple(self._hooks):
            hook(event, old, new)
        return Transition(event, old, new)

    def _commit(self, o: int, s: int, d: int, x: float) -> None:
        lc = self.lifecycle
        self._state[o] = d
        self._last_at[o] = x
        g = self.tables.group[o]
        if lc.completed[s] != lc.completed[d]:
            self._completed_at[o] = x if lc.completed[d] else NOT_DONE
            if g >= 0:
                self._done[g] += 1 if lc.completed[d] else -1
                if lc.completed[d] and x > self._done_max[g]:
                    self._done_max[g] = x
        if g >= 0 and lc.closed[s] != lc.closed[d]:
            self._live[g] += -1 if lc.closed[d] else 1

    # --- the bulk path ---------------------------------------------------------------

    def replay(
        self, events: EventBatch | Iterable[Event], progress: Callable[[int], None] | None = None
    ) -> Replayed:
        """Check and commit many events in order: all of them, or none.

        Events already in the history are skipped. ``progress`` is called with
        the number of rows done, every 65,536 rows.
        """
        batch = events if isinstance(events, EventBatch) else EventBatch.from_events(events)
        # ids to numbers at C speed; -1 marks a milestone row or an unknown id
        obs: list[int] = list(map(_lookup(self.tables.ob_index), batch.obligations, repeat(-1)))
        triggers: list[int] = list(
            map(_lookup(self.lifecycle.trigger_code), batch.triggers, repeat(-1))
        )
        saved = self._save()
        increasing = _increasing(batch.ids)
        careful = not self._all_new(batch.ids, increasing)
        try:
            kept, changes = self._run(batch, obs, triggers, careful, progress)
        except BaseException:
            self._restore(saved)
            raise
        if kept is None:
            self._append(batch, None, obs, triggers, increasing)
        else:
            self._append(batch, kept, [obs[r] for r in kept], [triggers[r] for r in kept], False)
        if changes:
            names = self.lifecycle.states
            for row, s, d in changes:
                for hook in tuple(self._hooks):
                    hook(batch.event(row), names[s], names[d])
        rows = list(range(len(batch))) if kept is None else kept
        return Replayed(rows, len(batch) - len(rows))

    def _run(
        self,
        batch: EventBatch,
        obs: list[int],
        triggers: list[int],
        careful: bool,
        progress: Callable[[int], None] | None,
    ) -> tuple[list[int] | None, list[tuple[int, int, int]]]:
        """The hot loop: guards and commit for every row; raises on the first refusal.

        ``careful`` checks every id against the history and the batch (some may
        repeat) and returns the rows kept; otherwise every row is new (None).
        """
        tb, lc = self.tables, self.lifecycle
        width = len(lc.triggers)
        dest, effect = lc.dest, lc.effect
        who1, who2 = self._who
        group, parent_groups = tb.group, tb.parent_groups
        bounded = tb.bounded_ids
        state, last_at, completed_at = self._state, self._last_at, self._completed_at
        live, done, done_max = self._live, self._done, self._done_max
        ids, actors = batch.ids, batch.actors
        track = bool(self._hooks)
        changes: list[tuple[int, int, int]] = []
        kept: list[int] = []
        seen: set[str] = set()
        batch_rows: dict[str, int] = {}
        if careful:
            seen = self._known_ids()
        rows = range(len(ids))
        for i, o, t, a, x in zip(rows, obs, triggers, actors, batch.at.tolist(), strict=True):
            if progress is not None and not i & 0xFFFF:
                progress(i)
            if careful:
                eid = ids[i]
                if eid in seen or eid in batch_rows:
                    self._check_same(batch, i, batch_rows)
                    continue
                batch_rows[eid] = i
                kept.append(i)
            if o < 0 or t < 0:
                self._special(batch, i, x)  # a milestone, or an unknown id: raises
                continue
            s = state[o]
            cell = s * width + t
            d = dest[cell]
            if (
                d == NO_STATE
                or x < last_at[o]
                or (bounded and a in bounded)
                or (a != who1[cell][o] and a != who2[cell][o])
            ):
                # the full check, which also says why (and passes a successor's act)
                actor = tb.org_index.get(a)
                if actor is None:
                    raise self._unknown_actor(batch, i)
                reason = self._refusal(o, t, actor, x)
                if reason is not None:
                    raise self._refused(ids[i], o, t, actor, reason, batch.position(i))
            e = effect[cell]
            if e:
                if e & ROLLUP and o in parent_groups:
                    reason = self._rollup_refusal(o, x)
                    if reason is not None:
                        actor = tb.org_index[a]
                        raise self._refused(ids[i], o, t, actor, reason, batch.position(i))
                g = group[o]
                if e & COMPLETES:
                    completed_at[o] = x
                    if g >= 0:
                        done[g] += 1
                        if x > done_max[g]:
                            done_max[g] = x
                elif e & REOPENS:
                    completed_at[o] = NOT_DONE
                    if g >= 0:
                        done[g] -= 1
                if e & CLOSES and g >= 0:
                    live[g] -= 1
                elif e & OPENS and g >= 0:
                    live[g] += 1
            state[o] = d
            last_at[o] = x
            if track:
                changes.append((i, s, d))
        if progress is not None:
            progress(len(ids))
        return (kept if careful else None), changes

    # --- guards ------------------------------------------------------------------------

    def _refusal(self, o: int, t: int, a: int, x: float) -> str | None:
        """Why the event (obligation ``o``, trigger ``t``, actor ``a``, time ``x``) is
        refused, or None if every guard passes. The reference for both paths."""
        lc, tb = self.lifecycle, self.tables
        s = self._state[o]
        cell = s * len(lc.triggers) + t
        trigger = lc.triggers[t]
        if lc.dest[cell] == NO_STATE:
            allowed = ", ".join(lc.allowed(lc.states[s])) or "none: it is final"
            return f"{trigger!r} is not allowed from {lc.states[s]!r} (allowed: {allowed})"
        if x < self._last_at[o]:
            return (
                f"it is dated {_iso(x)}, before the obligation's previous event "
                f"({_iso(self._last_at[o])})"
            )
        existence = self._existence(a, x)
        if existence is not None:
            return existence
        mask = lc.roles[cell]
        holders = self._holders(o, mask)
        if not any(self._acts_for(a, h, x) for _, h in holders):
            named = " or ".join(f"the {role} ({tb.org_ids[h]})" for role, h in holders)
            return f"only {named} may {trigger!r} it"
        if lc.effect[cell] & ROLLUP and o in tb.parent_groups:
            return self._rollup_refusal(o, x)
        return None

    def _existence(self, a: int, x: float) -> str | None:
        tb = self.tables
        if x < tb.org_lo[a]:
            return f"{tb.org_ids[a]} does not exist yet on {_iso(x)[:10]}"
        if x > tb.org_hi[a]:
            successors = ", ".join(tb.org_ids[s] for s in tb.org_successors.get(a, ()))
            then = f"; its successors act for it: {successors}" if successors else ""
            return f"{tb.org_ids[a]} no longer exists on {_iso(x)[:10]}{then}"
        return None

    def _holders(self, o: int, mask: int) -> list[tuple[str, int]]:
        tb = self.tables
        out: list[tuple[str, int]] = []
        if mask & Role.LEAD:
            out.append(("lead", tb.lead[o]))
        if mask & Role.COORDINATOR:
            out.extend(("coordinator", c) for c in tb.coordinators.get(o, ()))
        if mask & Role.ISSUER:
            out.append(("issuer", tb.issuer[o]))
        if mask & Role.REPORT_TO:
            out.append(("report-to body", tb.report_to[o]))
        if mask & Role.VIA and tb.via[o] >= 0:
            out.append(("intermediate", tb.via[o]))
        return out

    def _acts_for(self, a: int, holder: int, x: float) -> bool:
        """Whether ``a`` is ``holder``, or a successor of it acting after it ceased."""
        if a == holder:
            return True
        tb = self.tables
        if x <= tb.org_hi[holder]:
            return False
        return any(self._acts_for(a, s, x) for s in tb.org_successors.get(holder, ()))

    def _rollup_refusal(self, o: int, x: float) -> str | None:
        tb = self.tables
        for g in tb.parent_groups[o]:
            need = _required(tb.group_mode[g], tb.group_k[g], self._live[g])
            done = self._done[g]
            if done >= need and self._done_max[g] > x:
                # some child completed after x: count those completed by x
                done = sum(
                    1
                    for c in tb.group_children[g]
                    if not math.isnan(self._completed_at[c]) and self._completed_at[c] <= x
                )
            if done < need:
                waiting = [
                    tb.ob_ids[c]
                    for c in tb.group_children[g]
                    if not self.lifecycle.closed[self._state[c]]
                    and not (not math.isnan(self._completed_at[c]) and self._completed_at[c] <= x)
                ]
                shown = ", ".join(waiting[:3]) + (", …" if len(waiting) > 3 else "")
                mode = next(m for m, v in MODES.items() if v == tb.group_mode[g])
                return (
                    f"its children from {tb.doc_ids[tb.group_doc[g]]} are not done: {done} of "
                    f"{self._live[g]} completed by {_iso(x)[:10]}, roll-up policy {mode!r} "
                    f"needs {need} (waiting for {shown})"
                )
        return None

    # --- helpers -----------------------------------------------------------------------

    def _ob(self, obligation: str) -> int:
        try:
            return self.tables.ob_index[obligation]
        except KeyError:
            raise UnknownReferenceError("obligation", obligation) from None

    def _resolve(
        self,
        event_id: str,
        obligation: str | None,
        trigger: str | None,
        actor: str,
        position: Position | None,
    ) -> tuple[int, int, int]:
        where = f"event {event_id}" + (f" at {position}" if position else "")
        if obligation is None or trigger is None:
            raise InputError(f"{where} names no obligation and trigger, and no milestone")
        o = self.tables.ob_index.get(obligation)
        if o is None:
            raise UnknownReferenceError("obligation", obligation, where)
        t = self.lifecycle.trigger_code.get(trigger)
        if t is None:
            known = ", ".join(self.lifecycle.triggers)
            raise UnknownReferenceError(
                "trigger", trigger, f"{where}; lifecycle {self.lifecycle.name} has: {known}"
            )
        a = self.tables.org_index.get(actor)
        if a is None:
            raise UnknownReferenceError("organisation", actor, f"the actor of {where}")
        return o, t, a

    def _record_milestone(
        self, event_id: str, milestone: str, actor: str, x: float, position: Position | None
    ) -> None:
        where = f"event {event_id}" + (f" at {position}" if position else "")
        try:
            m = self.tables.milestone_ids.index(milestone)
        except ValueError:
            raise UnknownReferenceError("milestone", milestone, where) from None
        a = self.tables.org_index.get(actor)
        if a is None:
            raise UnknownReferenceError("organisation", actor, f"the actor of {where}")
        reason = self._existence(a, x)
        if reason is None and m in self._milestone_at:
            reason = f"it was already recorded at {_iso(self._milestone_at[m])}"
        if reason is not None:
            raise TransitionRefusedError(
                obligation=milestone,
                trigger="record",
                actor=actor,
                state="recorded" if m in self._milestone_at else "not recorded",
                reason=reason,
                event_id=event_id,
                position=position,
                kind="milestone",
            )
        self._milestone_at[m] = x

    def _refused(
        self, event_id: str, o: int, t: int, a: int, reason: str, position: Position | None
    ) -> TransitionRefusedError:
        return TransitionRefusedError(
            obligation=self.tables.ob_ids[o],
            trigger=self.lifecycle.triggers[t],
            actor=self.tables.org_ids[a],
            state=self.lifecycle.states[self._state[o]],
            reason=reason,
            event_id=event_id,
            position=position,
        )

    def _check_same(self, batch: EventBatch, row: int, batch_rows: dict[str, int]) -> None:
        """The event at ``row`` reuses an id; raise unless it is the same event."""
        eid = batch.ids[row]
        if eid in batch_rows:
            other, other_row = batch, batch_rows[eid]
        else:
            if self._positions is None:
                self._positions = {k: i for i, k in enumerate(self._history.ids)}
            other, other_row = self._history, self._positions[eid]
        for name, column in (
            ("obligation", "obligations"),
            ("trigger", "triggers"),
            ("actor", "actors"),
            ("at", "at"),
        ):
            mine, theirs = getattr(batch, column)[row], getattr(other, column)[other_row]
            if mine != theirs:
                if name == "at":
                    mine, theirs = _iso(mine), _iso(theirs)
                raise EventConflictError(
                    eid, f"{name} {theirs!r} there, {mine!r} here", batch.position(row)
                )
        if batch.milestones.get(row) != other.milestones.get(other_row):
            raise EventConflictError(eid, "a different milestone", batch.position(row))

    def _is_known(self, event_id: str) -> bool:
        if self._seen is None and (self._last_id is None or event_id > self._last_id):
            return False
        return event_id in self._known_ids()

    def _known_ids(self) -> set[str]:
        if self._seen is None:
            self._seen = set(self._history.ids)
        return self._seen

    def _all_new(self, ids: list[str], increasing: bool) -> bool:
        """Whether no id of a batch is in the history or twice in the batch (cheaply)."""
        if not ids:
            return True
        if self._seen is None and increasing and (self._last_id is None or ids[0] > self._last_id):
            return True
        unique = increasing or len(set(ids)) == len(ids)
        return unique and self._known_ids().isdisjoint(ids)

    def _special(self, batch: EventBatch, row: int, x: float) -> None:
        """A row whose obligation or trigger is not a number: a milestone, or unknown."""
        if row in batch.milestones:
            milestone = batch.milestones[row]
            self._record_milestone(
                batch.ids[row], milestone, batch.actors[row], x, batch.position(row)
            )
        else:  # raises: something is unknown
            self._resolve(
                batch.ids[row], batch.obligations[row], batch.triggers[row], batch.actors[row],
                batch.position(row),
            )  # fmt: skip
            raise AssertionError("unreachable: the row names an unknown id")

    def _unknown_actor(self, batch: EventBatch, row: int) -> UnknownReferenceError:
        where = f"event {batch.ids[row]}" + (
            f" at {batch.position(row)}" if batch.position(row) else ""
        )
        return UnknownReferenceError("organisation", batch.actors[row], f"the actor of {where}")

    def _holder_tables(self) -> tuple[list[list[str | None]], list[list[str | None]]]:
        """Per table cell, two lists giving the organisation that may fire it.

        An actor matching neither goes to the full check (other roles, successors).
        """
        tb, lc = self.tables, self.lifecycle
        nobody: list[str | None] = [None] * len(tb.ob_ids)
        by_role: dict[int, list[str | None]] = {
            Role.LEAD: tb.lead_id,  # type: ignore[dict-item]
            Role.ISSUER: tb.issuer_id,  # type: ignore[dict-item]
            Role.REPORT_TO: tb.report_to_id,  # type: ignore[dict-item]
        }
        who1: list[list[str | None]] = []
        who2: list[list[str | None]] = []
        for mask in lc.roles:
            lists = [column for role, column in by_role.items() if mask & role] or [nobody]
            who1.append(lists[0])
            who2.append(lists[1] if len(lists) > 1 else lists[0])
        return who1, who2

    def _append(
        self,
        batch: EventBatch,
        rows: list[int] | None,
        obs: list[int],
        triggers: list[int],
        increasing: bool,
    ) -> None:
        """Add committed rows of ``batch`` (all when ``rows`` is None) to the history."""
        h = self._history
        base = len(h)
        fresh = (
            self._seen is None
            and rows is None
            and increasing
            and (self._last_id is None or not batch.ids or batch.ids[0] > self._last_id)
        )
        if rows is None:
            h.ids.extend(batch.ids)
            h.obligations.extend(batch.obligations)
            h.triggers.extend(batch.triggers)
            h.actors.extend(batch.actors)
            h.at.extend(batch.at)
            h.offsets.extend(batch.offsets)
            for mine, theirs in (
                (h.notes, batch.notes),
                (h.evidence, batch.evidence),
                (h.milestones, batch.milestones),
            ):
                mine.update((base + r, v) for r, v in theirs.items())
        else:
            new_row = {r: base + k for k, r in enumerate(rows)}
            h.ids.extend(batch.ids[r] for r in rows)
            h.obligations.extend(batch.obligations[r] for r in rows)
            h.triggers.extend(batch.triggers[r] for r in rows)
            h.actors.extend(batch.actors[r] for r in rows)
            h.at.extend(batch.at[r] for r in rows)
            h.offsets.extend(batch.offsets[r] for r in rows)
            for mine, theirs in (
                (h.notes, batch.notes),
                (h.evidence, batch.evidence),
                (h.milestones, batch.milestones),
            ):
                mine.update((new_row[r], v) for r, v in theirs.items() if r in new_row)
        self._h_ob.extend(obs)  # a milestone row has -1 (MILESTONE) in both
        self._h_trigger.extend(triggers)
        if len(h) == base:
            return
        self._latest = max(self._latest, max(islice(h.at, base, None)))
        self._positions = None
        if fresh:
            self._last_id = h.ids[-1]
        elif self._seen is None:
            self._seen = set(h.ids)
        else:
            self._seen.update(islice(h.ids, base, None))

    def _save(self) -> _Saved:
        return _Saved(
            self._state.copy(),
            self._last_at.copy(),
            self._completed_at.copy(),
            self._live.copy(),
            self._done.copy(),
            self._done_max.copy(),
            self._milestone_at.copy(),
        )

    def _restore(self, saved: _Saved) -> None:
        self._state[:] = saved.state
        self._last_at[:] = saved.last_at
        self._completed_at[:] = saved.completed_at
        self._live[:] = saved.live
        self._done[:] = saved.done
        self._done_max[:] = saved.done_max
        self._milestone_at = saved.milestone_at


@dataclass(frozen=True)
class _Saved:
    """The mutable state before a replay, to restore when it fails."""

    state: list[int]
    last_at: list[float]
    completed_at: list[float]
    live: list[int]
    done: list[int]
    done_max: list[float]
    milestone_at: dict[int, float]


def _increasing(ids: list[str]) -> bool:
    """Whether ``ids`` are strictly increasing (so none repeats), at C speed."""
    return all(map(lt, ids, islice(ids, 1, None)))


def _lookup(index: dict[str, int]) -> Callable[[str | None, int], int]:
    return index.get  # type: ignore[return-value]  # None is never a key: gives the default


def _required(mode: int, k: int, live: int) -> int:
    """How many of ``live`` children must be completed under a roll-up mode."""
    if mode == 0:
        return live
    if mode == 1:
        return min(1, live)
    if mode == 2:
        return min(k, live)
    return 0


def _iso(seconds: float) -> str:
    if math.isinf(seconds):
        return "the start"
    return dt.datetime.fromtimestamp(seconds, dt.timezone(dt.timedelta(hours=7))).isoformat()
