"""Tracking on a store: the lifecycle engine checks every event before the store keeps it.

* :func:`load_definition` stores a cascade file with the lifecycle it resolves to;
* :func:`load_tracker` rebuilds a :class:`~cascade.engine.tracker.Tracker` from the stored
  definition and history (the engine's bulk replay), for status, exports and checks;
* :func:`record` appends one event: the engine's guards run inside the store's
  transaction, under the obligation's lock, so a refused event stores nothing.
  It replays only the history those guards read (:func:`decision_tracker`), not
  the whole of it;
* :func:`import_events` checks a whole events file before it writes anything
  (every line parses, every id names something, the engine accepts every event
  after the stored history), then appends the new events in batches, each
  batch one transaction, with the state each event led to. An import killed
  part-way is completed by running it again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.errors import CascadeFileError, ConflictError, InputError
from cascade.store.port import DEFAULT_BATCH, AppendResult, EventStore, Head, ImportReport

if TYPE_CHECKING:
    from cascade.engine.batch import EventBatch
    from cascade.engine.lifecycle import LifecycleDefinition
    from cascade.engine.tracker import Tracker
    from cascade.model import Cascade, CascadeFile, Event

MAX_PROBLEMS = 50
RETRIES = 3  # a record whose view went stale under a concurrent writer is re-read this often


def load_definition(store: EventStore, path: str | Path, *, replace: bool = False) -> bool:
    """Read and check a cascade file, store it with the lifecycle it resolves to (its own
    ``lifecycles/NAME.yaml`` next to it, else the built-in); True if anything changed."""
    cascade_file, lifecycle = read_definition(path)
    return store.save_cascade(cascade_file, replace=replace, lifecycle=lifecycle)


def read_definition(path: str | Path) -> tuple[CascadeFile, LifecycleDefinition]:
    """A checked cascade file (file layer) and the lifecycle definition it resolves to."""
    from cascade.engine.lifecycle import resolve_lifecycle
    from cascade.errors import LifecycleDefinitionError
    from cascade.files.loader import expand, read

    cascade_file, source = read(path)
    expand(cascade_file, source)  # every reference checked, with file:line:col
    try:
        lifecycle = resolve_lifecycle(cascade_file.cascade.lifecycle, path)
    except LifecycleDefinitionError as exc:
        if exc.position is not None:  # a problem inside the lifecycle's own file
            raise
        where = source.position(("cascade", "lifecycle"))
        raise LifecycleDefinitionError(exc.message, where) from None
    return cascade_file, lifecycle.definition


def pick_cascade(store: EventStore, cascade_id: str | None) -> str:
    """``cascade_id`` if given, else the store's only cascade; InputError otherwise."""
    if cascade_id is not None:
        return cascade_id
    ids = [record.id for record in store.cascades()]
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise InputError(f"{store.url} holds no cascade: load one with `cascade db load FILE`")
    raise InputError(
        f"{store.url} holds several cascades; choose one with --cascade: {', '.join(ids)}"
    )


def load_tracker(
    store: EventStore,
    cascade_id: str,
    *,
    on_transition: Callable[[Event, str, str], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Tracker:
    """A tracker of the stored cascade with the whole stored history replayed."""
    tracker = empty_tracker(store, cascade_id)
    if on_transition is not None:
        tracker.on_transition(on_transition)
    tracker.replay(store.history_batch(cascade_id), progress)
    return tracker


def empty_tracker(store: EventStore, cascade_id: str) -> Tracker:
    """A tracker of the stored definition and lifecycle, with no history yet."""
    from cascade.engine.lifecycle import compile_lifecycle
    from cascade.engine.tracker import Tracker

    definition = store.load_lifecycle(cascade_id)
    lifecycle = compile_lifecycle(definition) if definition is not None else None
    return Tracker(store.load_cascade(cascade_id), lifecycle)


def decision_tracker(store: EventStore, cascade_id: str, obligation: str | None) -> Tracker:
    """A tracker with just the stored history that decides an event on ``obligation``
    (None: a milestone event).

    The guards of one event read the obligation's state and the time of its
    latest event, facts of the definition, the recorded milestones, and for a
    roll-up transition the counts and completion times of the obligation's
    children (every obligation that implements it). So the obligation's own
    events, its children's and the milestone events are replayed; nothing
    else. They are replayed without the guards (``replay(guards=False)``): they
    passed them when stored, and a child's own roll-up would need its children
    too. The tracker's other obligations stay as the definition starts them.
    """
    import numpy as np

    tracker = empty_tracker(store, cascade_id)
    tables = tracker.tables
    wanted: list[str] = []
    if obligation is not None:
        o = tables.ob_index.get(obligation)
        if o is None:
            return tracker  # the engine refuses the unknown id; no history needed
        # its children, by a scan of the parent column (a fraction of a millisecond at
        # 100,000 obligations; building the whole children map takes tens)
        children = np.flatnonzero(np.frombuffer(tables.parent, np.int32) == o).tolist()
        wanted = [obligation, *(tables.ob_ids[c] for c in children)]
    tracker.replay(store.history_batch(cascade_id, obligations=wanted), guards=False)
    return tracker


def record(
    store: EventStore,
    cascade_id: str,
    event: Event,
    *,
    expected_version: int | None = None,
) -> tuple[AppendResult, str | None]:
    """Check ``event`` with the engine and store it in one transaction; (result, new state).

    The guards see the history as the transaction found it: if another writer
    changed the obligation after it was read, the history is read again (a few
    times) before a :class:`~cascade.errors.ConflictError` is given up.
    ``expected_version`` is the caller's own optimistic check. Only the part of
    the history the guards read is replayed (see :func:`decision_tracker`), so
    the cost does not grow with the size of the history.
    """
    for attempt in range(RETRIES):
        try:
            return _record_once(store, cascade_id, event, expected_version)
        except _StaleError:
            if attempt == RETRIES - 1:
                raise ConflictError(
                    f"obligation {event.obligation} keeps changing under concurrent writers; retry",
                    obligation=event.obligation,
                ) from None
    raise AssertionError("unreachable")


def _record_once(
    store: EventStore, cascade_id: str, event: Event, expected_version: int | None
) -> tuple[AppendResult, str | None]:
    ob = event.obligation
    if ob is None and store.find_events(cascade_id, [event.id]):
        # a milestone event whose id is stored: the store says whether it is the same
        # (a no-op) or not; the partial history may not hold that id
        return store.append(cascade_id, event), None
    tracker = decision_tracker(store, cascade_id, ob)
    seen = len(tracker.history(ob)) if ob is not None else 0
    outcome: list[str | None] = [None]

    def decide(head: Head) -> str | None:
        if head.version != seen:  # the tracker was read before another writer committed
            raise _StaleError
        done = tracker.apply(event)  # TransitionRefusedError: nothing is stored
        outcome[0] = done.new if done is not None else head.state
        return outcome[0]

    if ob is None:
        tracker.apply(event)  # a milestone: checked here, there is no obligation to lock
    result = store.append(cascade_id, event, expected_version=expected_version, decide=decide)
    if result.duplicate:
        return result, store.head(cascade_id, ob).state if ob is not None else None
    return result, outcome[0]


class _StaleError(Exception):
    """Internal: the tracker read before the transaction is out of date."""


def import_events(
    store: EventStore,
    cascade_id: str,
    batch: EventBatch,
    *,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[int], None] | None = None,
    checking: Callable[[int], None] | None = None,
) -> ImportReport:
    """Check ``batch`` against the stored cascade and history, then append its new events.

    Nothing is written unless every event passes: references, reused ids, and
    the engine's guards after the stored history. Each event is stored with the
    state it led to; the versions the check saw are expected at write time, so a
    writer that slips in between makes the import stop with a ConflictError
    (re-run it).
    """
    tracker = load_tracker(store, cascade_id)
    _raise(check_references(tracker.cascade, batch))
    heads = store.heads(cascade_id)
    # all or none: TransitionRefusedError, EventConflictError
    done = tracker.replay(batch, checking, keep_states=True)
    obligations = batch.obligations
    touched = {ob for row in done.rows if (ob := obligations[row]) is not None}
    expected = {ob: heads[ob].version if ob in heads else 0 for ob in touched}
    report = store.append_many(
        cascade_id,
        batch,
        rows=done.rows,
        states=done.states,
        expected_versions=expected,
        batch_size=batch_size,
        progress=progress,
    )
    report.read = len(batch)
    report.duplicates += done.duplicates
    return report


def check_references(cascade: Cascade, batch: EventBatch) -> list[CascadeFileError]:
    """Every id in ``batch`` that names nothing in ``cascade``, with where it was written."""
    columns = (
        ("obligation", batch.obligations, {ob.id for ob in cascade.obligations}),
        ("organisation", batch.actors, {org.id for org in cascade.organisations}),
        ("milestone", list(batch.milestones.values()), {m.id for m in cascade.milestones}),
    )
    unknown = {
        kind: names for kind, column, known in columns if (names := set(column) - known - {None})
    }  # whole columns as sets first: most files name nothing unknown
    if not unknown:
        return []
    problems: list[CascadeFileError] = []
    for row in range(len(batch)):
        for kind, ref in (
            ("obligation", batch.obligations[row]),
            ("organisation", batch.actors[row]),
            ("milestone", batch.milestones.get(row)),
        ):
            if ref is not None and ref in unknown.get(kind, ()):
                problems.append(
                    CascadeFileError(
                        f"event {batch.ids[row]}: unknown {kind} {ref!r} "
                        f"in cascade {cascade.cascade.id}",
                        batch.position(row),
                    )
                )
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def event_id(obligation: str, trigger: str, actor: str, at: dt.datetime) -> str:
    """A default id for a recorded event, derived from what it says: recording the same
    event twice (a retry) gives the same id, which the store then skips."""
    text = f"{obligation}\0{trigger}\0{actor}\0{at.isoformat()}"
    return "r-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _raise(problems: list[CascadeFileError]) -> None:
    if problems:
        head, *rest = problems[:MAX_PROBLEMS]
        raise CascadeFileError(head.message, head.position, more=tuple(rest))
