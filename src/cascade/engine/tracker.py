"""The tracker: obligations driven through their lifecycle by events.

A :class:`Tracker` holds one cascade's obligations as compact columns
(:mod:`cascade.engine.compiled`), where each stands (:class:`~cascade.engine.guards.Progress`)
and the append-only :class:`~cascade.engine.history.History` that got it there. Two
paths take events, with the same guards (:mod:`cascade.engine.guards`) and the same
result, which a test keeps in agreement:

* :meth:`Tracker.apply`: one :class:`~cascade.model.Event`; the state change runs
  through the lifecycle's ``transitions`` machine; hooks are called after it
  commits;
* :meth:`Tracker.replay`: many events (an :class:`~cascade.event_batch.EventBatch` or
  any iterable of events) through the lifecycle's integer tables, a chunk at a
  time: as whole columns (:mod:`cascade.engine.bulk`) when every event in the chunk
  passes plainly, else in one loop, event by event; all of them are committed,
  or none.

A refused event raises :class:`~cascade.errors.TransitionRefusedError` and
changes nothing; :meth:`Tracker.check` runs the guards of :meth:`Tracker.apply`
without committing (a dry run). An event id already in the history is a no-op when it is the
same event, and an :class:`~cascade.errors.EventConflictError` when it is not.
Replaying the history into a new tracker gives the same states exactly.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cascade.boundary.collector import no_gc
from cascade.clock import from_seconds, to_seconds
from cascade.engine.compiled import FEW_ROWS, Tables, build_tables
from cascade.engine.dated import Dated
from cascade.engine.epochs import Epochs, combine, steps_of
from cascade.engine.guards import EARLIEST, NOT_DONE, Guards, Progress, iso
from cascade.engine.history import MILESTONE, History, increasing
from cascade.engine.lifecycle import (
    CYCLIC,
    NO_STATE,
    ROLLUP,
    Lifecycle,
    Role,
    resolve_lifecycle,
)
from cascade.errors import (
    InputError,
    LifecycleDefinitionError,
    TransitionRefusedError,
    UnknownReferenceError,
)
from cascade.event_batch import EventBatch
from cascade.model import Cascade, CascadeInfo, Event

if TYPE_CHECKING:
    from cascade.engine.bulk import Floats, Ints
    from cascade.engine.status import Status
    from cascade.files.loader import SourceMap

CHUNK = 65536  # rows in one chunk of a bulk replay, and between two progress calls

Hook = Callable[[Event, str, str], None]
"""Called after a committed transition with (event, old state, new state)."""


def _latest(batch: EventBatch, small: int) -> float | None:
    """The latest time in ``batch``: at C speed when it has more than ``small`` rows."""
    if len(batch) <= small:
        return max(batch.at) if len(batch) else None
    import numpy as np

    return float(np.frombuffer(batch.at, np.float64).max())


@dataclass(frozen=True)
class Transition:
    """What a committed event did to its obligation."""

    event: Event
    old: str
    new: str


@dataclass(frozen=True)
class Replayed:
    """What :meth:`Tracker.replay` did."""

    rows: Sequence[int]
    """Rows of the batch that were new, in order (the others were already in the history)."""
    duplicates: int
    one_by_one: int = 0
    """How many of them the per-event loop checked (chunks that were not plain, see
    :mod:`cascade.engine.bulk`); the others were checked and committed as whole columns."""
    states: list[str | None] | None = None
    """With ``replay(..., keep_states=True)``: parallel to ``rows``, the state each row led
    its obligation to (None for a milestone row)."""


@dataclass(frozen=True)
class Snapshot:
    """Where every obligation stood at one moment (see :meth:`Tracker.snapshot`)."""

    state: array[int]
    completed_at: array[float]
    milestone_at: dict[int, float]
    last_at: array[float] | None = None
    """With ``snapshot(..., last=True)``: the time of each obligation's latest event."""


@dataclass(frozen=True)
class HistoryColumns:
    """A tracker's history as parallel columns (see :meth:`Tracker.history_columns`);
    read them, do not change them: they are the tracker's own."""

    obligation: Sequence[int]  # obligation number (``tracker.tables.ob_ids``), -1: a milestone
    trigger: Sequence[str | None]  # None for a milestone
    actor: Sequence[str]
    at: Sequence[float]  # POSIX seconds
    note: Mapping[int, str]  # sparse: row -> note


class Tracker:
    """One cascade's obligations, their states and the history of events.

    ``lifecycle`` defaults to the built-in lifecycle the cascade names; use
    :meth:`load` to resolve it next to the cascade file. States written in the
    cascade file (``Obligation.state``) are the starting point.
    """

    chunk = CHUNK
    """Rows a bulk replay checks at once (and between two progress calls)."""
    small_batch = FEW_ROWS
    """Rows up to which a replay runs the per-event loop over plain lists (a few ms on
    that many), not whole numpy columns."""

    def __init__(
        self, cascade: Cascade, lifecycle: Lifecycle | None = None, near: str | Path | None = None
    ) -> None:
        self._cascade: Cascade | None = cascade
        self._later: Callable[[], Cascade] | None = None
        self.info: CascadeInfo = cascade.cascade
        self.lifecycle = lifecycle or resolve_lifecycle(cascade.cascade.lifecycle, near)
        self.epochs: Epochs | None = None
        """When lifecycle migrations take effect (:mod:`cascade.engine.epochs`); None if none."""
        with no_gc():
            self.tables: Tables = build_tables(cascade)
            self.dated: Dated | None = Dated(cascade, self.tables) if cascade.amendments else None
            """The cascade's amendments over the columns; None when it has none."""
            if self.dated is not None and self.dated.plan.migrations:
                steps = steps_of(self.dated.plan.migrations, near)
                self.lifecycle, self.epochs = combine(self.lifecycle, steps)
            self._start()

    @classmethod
    def compiled(
        cls,
        tables: Tables,
        lifecycle: Lifecycle,
        info: CascadeInfo,
        cascade: Callable[[], Cascade],
    ) -> Tracker:
        """A tracker from a cascade's compiled columns (as a store keeps them,
        :mod:`cascade.engine.packed`), without its models: ``cascade`` gives them, and
        is called only when :attr:`cascade` is first read (names, rules, exports). For a
        cascade without amendments: the amendments' dated changes are read from the
        models (build the tracker from them)."""
        tracker = cls.__new__(cls)
        tracker._cascade, tracker._later = None, cascade
        tracker.info, tracker.lifecycle, tracker.tables = info, lifecycle, tables
        tracker.dated, tracker.epochs = None, None  # for a cascade without amendments only
        with no_gc():
            tracker._start()
        return tracker

    @property
    def cascade(self) -> Cascade:
        """The cascade tracked (its models; for a compiled tracker, read on first use)."""
        if self._cascade is None:
            assert self._later is not None
            with no_gc():
                self._cascade = self._later()
        return self._cascade

    def _start(self) -> None:
        """The starting states (written in the file, else initial) and empty history."""
        lc, tb = self.lifecycle, self.tables
        n, groups = len(tb.ob_ids), len(tb.group_parent)
        state = array("B", [lc.state_code[lc.initial]]) * n
        completed_at = array("d", [NOT_DONE]) * n
        for i, written in tb.written_states.items():
            if written not in lc.state_code:
                raise UnknownReferenceError(
                    "state", written, f"obligation {tb.ob_ids[i]}; lifecycle {lc.name}"
                )
            state[i] = lc.state_code[written]
            if lc.completed[state[i]]:
                completed_at[i] = EARLIEST
        self._initial = (bytes(state), {i for i, x in enumerate(completed_at) if x == EARLIEST})
        live, done = array("i", bytes(4 * groups)), array("i", bytes(4 * groups))
        for i, g in enumerate(tb.group):
            if g >= 0:
                live[g] += not lc.closed[state[i]]
                done[g] += lc.completed[state[i]]
        self._progress = Progress(
            state, completed_at, array("d", [-math.inf]) * n, live, done,
            array("d", [-math.inf]) * groups, {},
        )  # fmt: skip
        self._guards = Guards(tb, lc, self._progress, self.dated, self.epochs)
        self._history = History()
        self._hooks: list[Hook] = []
        who1, who2 = self._holder_tables()
        # per table cell, all the hot loop reads: destination, effect bits, holders
        self._cells: list[tuple[int, int, Sequence[str | None], Sequence[str | None]]] = list(
            zip(lc.dest, lc.effect, who1, who2, strict=True)
        )

    @classmethod
    def load(cls, path: str | Path, events: str | Path | None = None) -> Tracker:
        """Load the cascade file ``path``, its lifecycle resolved next to it, and replay
        the events file ``events`` if given."""
        from cascade.files.loader import expand, read

        cascade_file, source = read(path)
        tracker = cls.for_file(expand(cascade_file, source), path, source)
        if events is not None:
            from cascade.files.events_read import read_events

            tracker.replay(read_events(events))
        return tracker

    @classmethod
    def for_file(
        cls, cascade: Cascade, path: str | Path, source: SourceMap | None = None
    ) -> Tracker:
        """A tracker of ``cascade``, read from ``path``: its lifecycle is resolved next
        to that file. An unknown lifecycle name is reported at the cascade's header
        (``source`` is the file's source map, read again if not given)."""
        try:
            lifecycle = resolve_lifecycle(cascade.cascade.lifecycle, path)
        except LifecycleDefinitionError as exc:
            if exc.position is not None:  # a problem inside the lifecycle's own file
                raise
            if source is None:  # read the file again, only to place the error
                from cascade.files.loader import read

                source = read(path)[1]
            where = source.position(("cascade", "lifecycle"))
            raise LifecycleDefinitionError(exc.message, where) from None
        return cls(cascade, lifecycle, near=path)

    # --- queries -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.tables.ob_ids)

    def state(self, obligation: str) -> str:
        """The current state of ``obligation`` (as the lifecycle in force now names it)."""
        return self.lifecycle.states[self._now(self._progress.state[self._ob(obligation)])]

    def states(self) -> dict[str, str]:
        """Every obligation's current state, by id."""
        names = self.lifecycle.states
        codes = (self._now(s) for s in self._progress.state)
        return dict(zip(self.tables.ob_ids, (names[s] for s in codes), strict=True))

    def _now(self, s: int) -> int:
        """State code ``s`` as named by the lifecycle in force now (after the latest event,
        or today, whichever is later)."""
        if self.epochs is None:
            return s
        from cascade.clock import now

        return self.epochs.state_at(s, max(self._history.latest, to_seconds(now())))

    def completed_at(self, obligation: str) -> dt.datetime | None:
        """When ``obligation`` was completed (the time of its report), or None.

        A state written as completed in the cascade file has no known time: None.
        """
        seconds = self._progress.completed_at[self._ob(obligation)]
        if seconds in (NOT_DONE, EARLIEST):
            return None
        return from_seconds(seconds)

    def history(self, obligation: str | None = None) -> list[Event]:
        """The committed events, oldest first; only those of ``obligation`` if given."""
        h = self._history
        rows = range(len(h)) if obligation is None else h.rows_of(self._ob(obligation))
        return [self._event(row) for row in rows]

    def has_event(self, event_id: str) -> bool:
        """Whether an event of this id is in the history."""
        return self._history.is_known(event_id)

    def history_columns(self) -> HistoryColumns:
        """The committed events as columns, oldest first: what :meth:`history` holds,
        without building an :class:`~cascade.model.Event` for each (for reports that
        read every event of a large history)."""
        h, triggers = self._history, self.lifecycle.triggers
        return HistoryColumns(
            obligation=h.obs,
            trigger=[None if t == MILESTONE else triggers[t] for t in h.triggers],
            actor=h.actors,
            at=h.at,
            note=h.notes,
        )

    @property
    def history_size(self) -> int:
        """How many events the history holds."""
        return len(self._history)

    def milestone_at(self, milestone: str) -> dt.datetime | None:
        """When ``milestone`` was recorded by an event, or None."""
        if milestone not in self.tables.milestone_ids:
            raise UnknownReferenceError("milestone", milestone)
        seconds = self._progress.milestone_at.get(self.tables.milestone_ids.index(milestone))
        return None if seconds is None else from_seconds(seconds)

    def snapshot(self, cutoff: float | None = None, *, last: bool = False) -> Snapshot:
        """Where obligations stood at POSIX time ``cutoff`` (now if None).

        Rebuilt from the history: the events dated at or before ``cutoff``, applied
        without guards (they passed them when committed; an obligation's events are
        in time order, so the kept ones are a prefix of its own). A snapshot of now
        shares the tracker's lists: read it, do not change it. ``last`` also gives
        each obligation's latest event time (:attr:`Snapshot.last_at`).
        """
        p, h = self._progress, self._history
        if cutoff is None or cutoff >= h.latest:
            state = p.state
            if self.epochs is not None:  # the names then: a copy, each state renamed
                remap = self.epochs.remap[self.epochs.epoch(h.latest if cutoff is None else cutoff)]
                state = array("B", bytes(remap[v] for v in p.state))
            return Snapshot(state, p.completed_at, p.milestone_at, p.last_at if last else None)
        return next(self.snapshots([cutoff], last=last))

    def snapshots(self, cutoffs: Iterable[float], *, last: bool = False) -> Iterator[Snapshot]:
        """Where obligations stood at each of the increasing POSIX times ``cutoffs``.

        What :meth:`snapshot` gives for each, from one pass over the history in time
        order (a stable sort keeps each obligation's events in their order). A snapshot
        is read before the next is taken: the next one changes its columns in place.
        """
        h, lc = self._history, self.lifecycle
        width = len(lc.triggers)
        dest, completed = lc.dest, lc.completed
        state = array("B", self._initial[0])
        completed_at = array("d", [NOT_DONE]) * len(state)
        last_at = array("d", [-math.inf]) * len(state) if last else None
        for i in self._initial[1]:
            completed_at[i] = EARLIEST
        milestones: dict[int, float] = {}
        index = {m: i for i, m in enumerate(self.tables.milestone_ids)}
        import numpy as np

        order = np.argsort(np.frombuffer(h.at, dtype=np.float64), kind="stable").tolist()
        obs, triggers, at = h.obs, h.triggers, h.at
        epochs = self.epochs
        k, rows = 0, len(order)
        for cutoff in cutoffs:
            while k < rows and at[order[k]] <= cutoff:
                row = order[k]
                k += 1
                o, t, x = obs[row], triggers[row], at[row]
                if t == MILESTONE:
                    milestones[index[h.milestones[row]]] = x
                    continue
                s = state[o]
                if epochs is not None and x >= epochs.first:
                    s = epochs.state_at(s, x)  # renamed by a migration in force by then
                d = dest[s * width + t]
                state[o] = d
                if completed[s] != completed[d]:
                    completed_at[o] = x if completed[d] else NOT_DONE
                if last_at is not None:
                    last_at[o] = x
            if epochs is not None and cutoff >= epochs.first:
                remap = epochs.remap[epochs.epoch(cutoff)]
                state[:] = array("B", bytes(remap[v] for v in state))
            yield Snapshot(state, completed_at, milestones, last_at)

    def cycle_marks(
        self, cutoff: float, obligations: Collection[int]
    ) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """The days of the reports and the requests of ``obligations`` (numbers) up to
        POSIX time ``cutoff``: what :mod:`cascade.engine.cycles` matches to cycles."""
        from cascade.engine.cycles import marks

        h = self._history
        columns = (h.obs, h.triggers, h.at)
        return marks(self.lifecycle, self._initial[0], columns, obligations, cutoff, self.epochs)

    def status(
        self,
        as_of: dt.date,
        by: Literal["document", "organisation", "level"] | None = None,
        within: str | None = None,
    ) -> Status:
        """The four buckets as of the end of ``as_of``; see :func:`cascade.engine.status.status`."""
        from cascade.engine.status import status

        return status(self, as_of, by, within)

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
        """Check ``event`` and commit it; None when it is already in the history (or
        records a milestone). The state change runs through the ``transitions`` machine.
        """
        found = self._single(event)
        if found is None:
            return None
        single, x = found
        if event.milestone is not None:
            self._record_milestone(single, 0, x)
            self._history.extend(single, None, *_codes(MILESTONE, MILESTONE), True)
            return None
        o, t, a = self._resolve(single, 0)
        self._enter_epoch(o, x)
        reason = self._guards.refusal(o, t, a, x)
        if reason is not None:
            raise self._refused(single, 0, o, t, a, reason)
        lc, p = self.lifecycle, self._progress
        old = lc.states[p.state[o]]
        new = lc.fire(old, lc.triggers[t])
        self._commit(o, t, lc.state_code[new], x)
        self._history.extend(single, None, *_codes(o, t), True)
        for hook in tuple(self._hooks):
            hook(event, old, new)
        return Transition(event, old, new)

    def _enter_epoch(self, o: int, x: float) -> None:
        """Rename obligation ``o``'s state as the lifecycle in force at ``x`` names it (a
        migration took effect since its last event); a rename changes no count."""
        if self.epochs is not None and x >= self.epochs.first:
            p = self._progress
            p.state[o] = self.epochs.state_at(p.state[o], x)

    def _single(self, event: Event) -> tuple[EventBatch, float] | None:
        """``event`` as a one-row batch, and its time; None when the same event is in the
        history already (a reused id for another event raises)."""
        single = EventBatch.from_events([event])
        if self._history.is_known(event.id):
            self._check_same(single, 0, {})
            return None
        return single, to_seconds(event.at)

    def check(self, event: Event) -> TransitionRefusedError | None:
        """Run the guards :meth:`apply` would run on ``event``, without committing it.

        Returns the refusal :meth:`apply` would raise, or None when it would accept
        the event (or skip it: the same event is already in the history). Unknown
        ids and a reused id raise as in :meth:`apply`. Nothing changes.
        """
        found = self._single(event)
        if found is None:
            return None
        single, x = found
        if event.milestone is not None:
            return self._milestone_refusal(single, 0, x)
        o, t, a = self._resolve(single, 0)
        reason = self._guards.refusal(o, t, a, x)
        return None if reason is None else self._refused(single, 0, o, t, a, reason)

    def _commit(self, o: int, t: int, d: int, x: float) -> None:
        """Move obligation ``o`` by trigger ``t`` to ``d`` at ``x``, as the bulk loop does."""
        p, tb, lc = self._progress, self.tables, self.lifecycle
        cell = p.state[o] * len(lc.triggers) + t
        if lc.dest[cell] != d:  # the machine and the tables disagree: a bug, never data
            raise AssertionError(f"transitions gave {lc.states[d]}, the table {lc.dest[cell]}")
        p.take_effect(o, tb.group[o], lc.effect[cell], x)
        p.state[o] = d
        p.last_at[o] = x

    # --- the bulk path ---------------------------------------------------------------

    def replay(
        self,
        events: EventBatch | Iterable[Event],
        progress: Callable[[int], None] | None = None,
        *,
        keep_states: bool = False,
        guards: bool = True,
    ) -> Replayed:
        """Check and commit many events in order: all of them, or none.

        Events already in the history are skipped. ``progress`` is called with
        the number of rows done, every 65,536 rows. ``keep_states`` fills
        :attr:`Replayed.states` (what a store writes beside each event), without
        building an event model per row as a hook would. ``guards=False`` commits
        without the guards, only the transition table deciding each new state
        (a trigger it does not allow from the state reached is still refused):
        for a part of a history that passed them when it was stored, where the
        guards would need the rest (an obligation's roll-up reads its children).
        """
        batch = events if isinstance(events, EventBatch) else EventBatch.from_events(events)
        ordered = increasing(batch.ids)
        kept: list[int] | None = None
        if not self._history.all_new(batch.ids, ordered):
            kept = self._new_rows(batch)  # some ids repeat: keep the new rows only
        saved = self._progress.copy()
        try:
            with no_gc():
                if len(batch) <= self.small_batch:
                    done = self._few(batch, kept, guards, keep_states)
                else:
                    done = self._many(batch, kept, guards, progress, keep_states)
        except BaseException:
            self._progress.restore(saved)
            raise
        obs, triggers, changes, one_by_one = done
        if progress is not None:
            progress(len(batch) if kept is None else len(kept))
        # a repeated row's time is in the history already: the latest of all rows will do
        latest = _latest(batch, self.small_batch)
        fresh = ordered and kept is None
        self._history.extend(batch, kept, obs, triggers, fresh, latest)
        names = self.lifecycle.states
        hooks = tuple(self._hooks)
        for row, s, d in changes if hooks else ():
            for hook in hooks:
                hook(batch.event(row), names[s], names[d])
        rows = range(len(batch)) if kept is None else kept
        states = _states_after(rows, changes, names) if keep_states else None
        return Replayed(rows, len(batch) - len(rows), one_by_one, states)

    def _new_rows(self, batch: EventBatch) -> list[int]:
        """The rows whose ids are new; a repeated id must repeat the same event."""
        seen = self._history.known_ids()
        first: dict[str, int] = {}
        kept: list[int] = []
        for row, eid in enumerate(batch.ids):
            if eid in seen or eid in first:
                self._check_same(batch, row, first)
            else:
                first[eid] = row
                kept.append(row)
        return kept

    def _few(
        self, batch: EventBatch, kept: list[int] | None, guards: bool, keep_states: bool
    ) -> tuple[array[int], array[int], list[tuple[int, int, int]], int]:
        """A few rows (one ``record``): the per-event loop over plain lists; the rows'
        obligation and trigger codes, the state changes, the rows the loop checked."""
        rows: Sequence[int] = range(len(batch)) if kept is None else kept
        ob_code, trigger_code = self.tables.ob_index.get, self.lifecycle.trigger_code.get
        obs = [ob_code(batch.obligations[r], -1) for r in rows]  # type: ignore[arg-type]
        triggers = [trigger_code(batch.triggers[r], -1) for r in rows]  # type: ignore[arg-type]
        at = [batch.at[r] for r in rows]
        if guards:
            names = [batch.actors[r] for r in rows]
            track = bool(self._hooks) or keep_states
            changes = self._loop(batch, rows, obs, triggers, names, at, track)
            one_by_one = len(rows)
        else:
            changes, one_by_one = self._unguarded(batch, rows, obs, triggers, at), 0
        return array("i", obs), array("i", triggers), changes, one_by_one

    def _many(
        self,
        batch: EventBatch,
        kept: list[int] | None,
        guards: bool,
        progress: Callable[[int], None] | None,
        keep_states: bool,
    ) -> tuple[array[int], array[int], list[tuple[int, int, int]], int]:
        """Many rows: text ids to numbers at C speed (-1 marks a milestone row or an
        unknown id), then whole columns a chunk at a time; as :meth:`_few` returns."""
        import numpy as np

        from cascade.engine.bulk import as_array, numbers

        obs = numbers(self.tables.ob_index, batch.obligations)
        triggers = numbers(self.lifecycle.trigger_code, batch.triggers)
        actors = numbers(self.tables.org_index, batch.actors)
        at = np.frombuffer(batch.at, np.float64)
        if kept is not None:
            obs, triggers, actors, at = obs[kept], triggers[kept], actors[kept], at[kept]
        if guards:
            columns = (obs, triggers, actors, at)
            changes, one_by_one = self._run(batch, kept, columns, progress, keep_states)
        else:
            rows: Sequence[int] = range(len(batch)) if kept is None else kept
            plain = (obs.tolist(), triggers.tolist(), at.tolist())
            changes, one_by_one = self._unguarded(batch, rows, *plain), 0
        return as_array(obs), as_array(triggers), changes, one_by_one

    def _run(
        self,
        batch: EventBatch,
        kept: list[int] | None,
        columns: tuple[Ints, Ints, Ints, Floats],
        progress: Callable[[int], None] | None,
        keep_states: bool = False,
    ) -> tuple[list[tuple[int, int, int]], int]:
        """Every row, a chunk at a time: whole columns when the chunk passes plainly
        (:mod:`cascade.engine.bulk`), else the per-event loop; raises on the first refusal.

        ``columns`` are the rows' obligation, trigger and actor numbers, and times.
        Returns the (row, old, new) state changes when hooks are registered or
        ``keep_states``, and how many rows the per-event loop checked.
        """
        from cascade.engine.bulk import Bulk

        bulk = Bulk(self.tables, self.lifecycle, self._progress, self.dated, self.epochs)
        rows: Sequence[int] = range(len(batch)) if kept is None else kept
        obs, triggers, actors, at = columns
        track = bool(self._hooks) or keep_states
        changes: list[tuple[int, int, int]] = []
        one_by_one = 0
        for start in range(0, len(rows), self.chunk):
            if progress is not None:
                progress(start)
            part = slice(start, start + self.chunk)
            done = bulk.commit(obs[part], triggers[part], actors[part], at[part], track)
            if done is None:  # not plain: each event in turn, exactly
                some = rows[part]
                names = batch.actors[part] if kept is None else [batch.actors[r] for r in some]
                changes += self._loop(
                    batch, some, obs[part].tolist(), triggers[part].tolist(), names,
                    at[part].tolist(), track,
                )  # fmt: skip
                one_by_one += len(some)
            elif track:
                changes += zip(rows[part], done[0].tolist(), done[1].tolist(), strict=True)
        return changes, one_by_one

    def _loop(
        self,
        batch: EventBatch,
        rows: Sequence[int],
        obs: Sequence[int],
        triggers: Sequence[int],
        actors: Sequence[str],
        at: Sequence[float],
        track: bool,
    ) -> list[tuple[int, int, int]]:
        """The per-event loop: guards and commit for every row; raises on the first refusal.

        ``rows`` are the batch rows the columns hold (for messages); returns the
        (row, old, new) state changes when ``track``.
        """
        tb, lc, p = self.tables, self.lifecycle, self._progress
        width = len(lc.triggers)
        cells = self._cells
        group, parent_groups, bounded = tb.group, tb.parent_groups, tb.bounded_ids
        state, last_at, take_effect = p.state, p.last_at, p.take_effect
        refusal, rollup = self._guards.refusal, self._guards.rollup
        amended = self.dated.amended if self.dated is not None else None
        epochs = self.epochs
        changes: list[tuple[int, int, int]] = []
        for i, o, t, a, x in zip(rows, obs, triggers, actors, at, strict=True):
            if o < 0 or t < 0:
                self._special(batch, i, x)  # a milestone, or an unknown id (raises)
                continue
            s = state[o]
            if epochs is not None and x >= epochs.first:
                state[o] = s = epochs.state_at(s, x)  # renamed by a migration in force
            d, e, first, second = cells[s * width + t]
            if (
                epochs is not None  # which transitions exist depends on the day
                or d == NO_STATE
                or x < last_at[o]
                or (bounded and a in bounded)
                or (a != first[o] and a != second[o])
                or (amended is not None and o in amended)  # held or in force by date
                or e & CYCLIC  # a further cycle: the obligation's deadline must have cycles
            ):
                # the full check, which also says why (and lets a successor act)
                actor = self._actor(batch, i)
                reason = refusal(o, t, actor, x)
                if reason is not None:
                    raise self._refused(batch, i, o, t, actor, reason)
            if e:
                if e & ROLLUP and o in parent_groups:
                    reason = rollup(o, x)
                    if reason is not None:
                        raise self._refused(batch, i, o, t, self._actor(batch, i), reason)
                take_effect(o, group[o], e, x)
            state[o] = d
            last_at[o] = x
            if track:
                changes.append((i, s, d))
        return changes

    def _unguarded(
        self,
        batch: EventBatch,
        rows: Sequence[int],
        obs: Sequence[int],
        triggers: Sequence[int],
        at: Sequence[float],
    ) -> list[tuple[int, int, int]]:
        """Commit ``rows`` without the guards (see :meth:`replay`); the (row, old, new)
        state changes, or raises on a trigger the state reached does not allow."""
        lc, p = self.lifecycle, self._progress
        width, dest = len(lc.triggers), lc.dest
        changes: list[tuple[int, int, int]] = []
        for i, o, t, x in zip(rows, obs, triggers, at, strict=True):
            if o < 0 or t < 0:
                if i not in batch.milestones:
                    self._resolve(batch, i)  # an unknown id: raises
                    raise AssertionError("unreachable: the row names an unknown id")
                p.milestone_at[self._milestone(batch, i)] = x
                continue
            self._enter_epoch(o, x)
            s = p.state[o]
            d = dest[s * width + t]
            epochs = self.epochs
            if d == NO_STATE or (epochs is not None and not epochs.allows(s * width + t, x)):
                a = self._actor(batch, i)
                raise self._refused(batch, i, o, t, a, self._guards.refusal(o, t, a, x) or "")
            self._commit(o, t, d, x)
            changes.append((i, s, d))
        return changes

    # --- helpers -----------------------------------------------------------------------

    def _holder_tables(
        self,
    ) -> tuple[list[Sequence[str | None]], list[Sequence[str | None]]]:
        """Per table cell, two columns naming who may fire it, for the bulk loop's fast
        check (lead, issuer, report-to; anyone else goes to the full check)."""
        tb = self.tables
        nobody: Sequence[str | None] = [None] * len(tb.ob_ids)
        by_role: tuple[tuple[Role, Sequence[str | None]], ...] = (
            (Role.LEAD, tb.lead_id),
            (Role.ISSUER, tb.issuer_id),
            (Role.REPORT_TO, tb.report_to_id),
        )
        who1: list[Sequence[str | None]] = []
        who2: list[Sequence[str | None]] = []
        for mask in self.lifecycle.roles:
            columns = [column for role, column in by_role if mask & role] or [nobody]
            who1.append(columns[0])
            who2.append(columns[1] if len(columns) > 1 else columns[0])
        return who1, who2

    def _ob(self, obligation: str) -> int:
        try:
            return self.tables.ob_index[obligation]
        except KeyError:
            raise UnknownReferenceError("obligation", obligation) from None

    @staticmethod
    def _where(batch: EventBatch, row: int) -> str:
        position = batch.position(row)
        return f"event {batch.ids[row]}" + (f" at {position}" if position else "")

    def _actor(self, batch: EventBatch, row: int) -> int:
        a = self.tables.org_index.get(batch.actors[row])
        if a is None:
            raise UnknownReferenceError(
                "organisation", batch.actors[row], f"the actor of {self._where(batch, row)}"
            )
        return a

    def _resolve(self, batch: EventBatch, row: int) -> tuple[int, int, int]:
        """The obligation, trigger and actor numbers of ``row``; raises if one is unknown."""
        obligation, trigger = batch.obligations[row], batch.triggers[row]
        where = self._where(batch, row)
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
        return o, t, self._actor(batch, row)

    def _special(self, batch: EventBatch, row: int, x: float) -> None:
        """A row without obligation and trigger numbers: a milestone, or unknown ids."""
        if row in batch.milestones:
            self._record_milestone(batch, row, x)
        else:
            self._resolve(batch, row)
            raise AssertionError("unreachable: the row names an unknown id")

    def _record_milestone(self, batch: EventBatch, row: int, x: float) -> None:
        refusal = self._milestone_refusal(batch, row, x)
        if refusal is not None:
            raise refusal
        self._progress.milestone_at[self._milestone(batch, row)] = x

    def _milestone(self, batch: EventBatch, row: int) -> int:
        milestone = batch.milestones[row]
        try:
            return self.tables.milestone_ids.index(milestone)
        except ValueError:
            raise UnknownReferenceError("milestone", milestone, self._where(batch, row)) from None

    def _milestone_refusal(
        self, batch: EventBatch, row: int, x: float
    ) -> TransitionRefusedError | None:
        """Why the milestone event at ``row`` may not be recorded; None if it may."""
        m = self._milestone(batch, row)
        recorded = self._progress.milestone_at
        reason = self._guards.existence(self._actor(batch, row), x)
        if reason is None and m in recorded:
            reason = f"it was already recorded at {iso(recorded[m])}"
        if reason is None:
            return None
        return TransitionRefusedError(
            obligation=batch.milestones[row],
            trigger="record",
            actor=batch.actors[row],
            state="recorded" if m in recorded else "not recorded",
            reason=reason,
            event_id=batch.ids[row],
            position=batch.position(row),
            kind="milestone",
        )

    def _refused(
        self, batch: EventBatch, row: int, o: int, t: int, a: int, reason: str
    ) -> TransitionRefusedError:
        return TransitionRefusedError(
            obligation=self.tables.ob_ids[o],
            trigger=self.lifecycle.triggers[t],
            actor=self.tables.org_ids[a],
            state=self.lifecycle.states[self._progress.state[o]],
            reason=reason,
            event_id=batch.ids[row],
            position=batch.position(row),
        )

    def _check_same(self, batch: EventBatch, row: int, batch_rows: dict[str, int]) -> None:
        """The event at ``row`` reuses an id; raise unless it is the same event."""
        eid = batch.ids[row]
        if eid in batch_rows:
            earlier = batch.content(batch_rows[eid])
        else:
            earlier = self._event(self._history.position(eid)).content()
        earlier.check_reuse(eid, batch.content(row), batch.position(row))

    def _event(self, row: int) -> Event:
        return self._history.event(row, self.tables.ob_ids, self.lifecycle.triggers)


def _states_after(
    rows: Sequence[int], changes: list[tuple[int, int, int]], names: Sequence[str]
) -> list[str | None]:
    """Per row of ``rows``, the state its change led to; None for a row without one."""
    if len(changes) == len(rows):  # every row moved an obligation: already in row order
        return [names[d] for _, _, d in changes]
    after = {row: names[d] for row, _, d in changes}
    return [after.get(row) for row in rows]


def _codes(o: int, t: int) -> tuple[array[int], array[int]]:
    """One history row's obligation and trigger codes."""
    return array("i", [o]), array("i", [t])
