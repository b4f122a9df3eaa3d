"""Events recorded: appended to an events file (:func:`apply_events`), or to a store
one at a time (:func:`record`, checked by the engine's guards on the part of the history
they read) or as a whole file (:func:`import_events`); :func:`history` reads them back."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.errors import (
    ConflictError,
    InputError,
    OutputError,
    UnknownReferenceError,
)
from cascade.services.reading import Source, open_tracker
from cascade.services.shared import (
    Meter,
    pick_cascade,
    raise_first,
    step,
    stored_lifecycle,
    unknown_references,
)

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker
    from cascade.event_batch import EventBatch
    from cascade.model import Event
    from cascade.store import EventStore, ImportReport, StoredEvent

RETRIES = 3  # a record whose read went stale under a concurrent writer is read again this often


@dataclass(frozen=True)
class Applied:
    """What :func:`apply_events` appended, and where."""

    history: Path
    written: int
    duplicates: int


def default_history(file: Path) -> Path:
    """Where the history of the cascade file ``file`` is kept: ``events/<name>.jsonl``."""
    return file.parent / "events" / f"{file.stem}.jsonl"


def apply_events(
    file: Path, new_events: Path, *, history: Path | None = None, meter: Meter | None = None
) -> Applied:
    """Check ``new_events`` against the history of ``file`` and append them to it.

    All or none: a refused event raises and the history is left as it was.
    Events already in the history (same id, same content) are skipped.
    """
    from cascade.files.events_read import read_events
    from cascade.files.events_write import write_events

    history = history or default_history(file)
    tracker = open_tracker(Source(file, history if history.is_file() else None), meter=meter)
    size = new_events.stat().st_size if new_events.is_file() else 0
    batch = read_events(new_events, step(meter, f"reading {new_events.name}", size))
    done = tracker.replay(batch, step(meter, "checking", len(batch)))
    written = 0
    if done.rows:
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{history}: cannot create its folder: {exc.strerror}") from None
        written = write_events(batch, history, append=True, rows=done.rows)
    return Applied(history, written, done.duplicates)


@dataclass(frozen=True)
class Recorded:
    """What :func:`record` did: the event, whether it was already stored, the obligation's
    version and state after it (None for a milestone)."""

    event: Event
    cascade_id: str
    duplicate: bool
    version: int | None
    state: str | None


def record(
    store: EventStore,
    event: Event,
    *,
    cascade_id: str | None = None,
    expected_version: int | None = None,
) -> Recorded:
    """Check ``event`` with the engine's guards and store it with the state it leads to.

    An id already stored is the same event again (a no-op) or, with any other
    content, refused. Only the history the guards read is replayed
    (:func:`decision_tracker`), so
    the cost does not grow with the history. The event is written only if the
    obligation's version is still the one the engine decided on; if another
    writer moved it meanwhile, the history is read again (a few times) before a
    :class:`~cascade.errors.ConflictError` is given up. ``expected_version`` is
    the caller's own optimistic check. A refused event stores nothing.
    """
    from cascade.errors import TransitionRefusedError

    ob = event.obligation
    with store.reading():  # the reads on one connection: no BEGIN/COMMIT round trips each
        chosen = pick_cascade(store, cascade_id)
        tracker = decision_tracker(store, chosen, ob, event.actor)
    if tracker.has_event(event.id):  # the same event again changes nothing
        again = _recorded_again(store, chosen, event)
        if again is not None:  # (the history the tracker read is the store's)
            return again
    for attempt in range(RETRIES):
        if attempt:  # another writer moved the obligation since: read it again
            with store.reading():
                tracker = decision_tracker(store, chosen, ob, event.actor)
        seen = len(tracker.history(ob)) if ob is not None else None
        if ob is not None and expected_version is not None and expected_version != seen:
            raise ConflictError(
                f"obligation {ob} changed meanwhile: expected version {expected_version}, "
                f"found {seen}; reload and retry",
                obligation=ob,
            )
        try:
            done = tracker.apply(event)  # TransitionRefusedError, EventConflictError
        except (TransitionRefusedError, UnknownReferenceError):
            # stored already, for an obligation the part read does not hold: the same event
            # again, or its id reused; the store is asked only when the engine refuses (an
            # event it accepts meets a stored id at the write)
            again = _recorded_again(store, chosen, event)
            if again is not None:
                return again
            raise
        state = done.new if done is not None else (tracker.state(ob) if ob is not None else None)
        try:
            result = store.append(chosen, event, expected_version=seen, state=state)
        except ConflictError:
            if expected_version is not None:
                raise
            continue  # another writer moved the obligation after it was read
        return Recorded(event, chosen, result.duplicate, result.version, state)
    raise ConflictError(
        f"obligation {ob} keeps changing under concurrent writers; retry", obligation=ob
    )


def _recorded_again(store: EventStore, chosen: str, event: Event) -> Recorded | None:
    """``event``'s id stored already: the same event again changes nothing; its id given
    to another event is an :class:`~cascade.errors.EventConflictError`. None: not stored."""
    ob = event.obligation
    with store.reading():
        earlier = store.find_events(chosen, [event.id]).get(event.id)
        if earlier is None:
            return None
        state = store.head(chosen, ob).state if ob is not None else None
    earlier.event.content().check_reuse(event.id, event.content())
    return Recorded(event, chosen, True, earlier.version, state)


def decision_tracker(
    store: EventStore, cascade_id: str, obligation: str | None, actor: str | None = None
) -> Tracker:
    """A tracker of just what decides an event on ``obligation`` (None: a milestone
    event) by ``actor``: that part of the definition, and of the history.

    The guards of one event read the obligation's state and the time of its
    latest event, facts of the definition (:mod:`cascade.engine.part`: the
    obligation, its children, their documents, the organisations that hold a role
    in them and their successors, the actor, the milestones), the recorded
    milestones, and for a roll-up transition the counts and completion times of
    the obligation's children (every obligation that implements it). So only
    those items are read, and the obligation's own events, its children's and the
    milestone events are replayed; nothing else. They are replayed without the
    guards (``replay(guards=False)``): they passed them when stored, and a child's
    own roll-up would need its children too.
    """
    from cascade.engine.tracker import Tracker

    lifecycle = stored_lifecycle(store, cascade_id)
    tracker = Tracker(store.definition_part(cascade_id, obligation, actor), lifecycle)
    wanted: list[str] = []
    if obligation is not None:
        if obligation not in tracker.tables.ob_index:
            return tracker  # the engine refuses the unknown id; no history needed
        wanted = [obligation, *tracker.tables.children_of(obligation)]
    tracker.replay(store.history_batch(cascade_id, obligations=wanted), guards=False)
    return tracker


def import_events(
    store: EventStore,
    batch: EventBatch,
    *,
    cascade_id: str | None = None,
    batch_size: int | None = None,
    checking: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Check ``batch`` against the stored cascade and history, then append its new events.

    Nothing is written unless every event passes: references, reused ids, and
    the engine's guards after the stored history. Each event is stored with the
    state it led to, in batches of ``batch_size`` (one transaction each, so an
    import killed part-way is completed by running it again). The versions the
    check saw are expected at write time: a writer that slips in between makes
    the import stop with a :class:`~cascade.errors.ConflictError` (re-run it).
    """
    from cascade.store.port import DEFAULT_BATCH

    chosen = pick_cascade(store, cascade_id)
    tracker = open_tracker(Source(db=store, cascade_id=chosen))
    raise_first(unknown_references(tracker, batch))
    heads = store.heads(chosen)
    done = tracker.replay(batch, checking, keep_states=True)  # all or none
    obligations = batch.obligations
    touched = {ob for row in done.rows if (ob := obligations[row]) is not None}
    report = store.append_many(
        chosen,
        batch,
        rows=done.rows,
        states=done.states,
        expected_versions={ob: heads[ob].version if ob in heads else 0 for ob in touched},
        batch_size=batch_size or DEFAULT_BATCH,
        progress=progress,
    )
    report.cascade = chosen
    report.read = len(batch)
    report.duplicates += done.duplicates
    return report


def history(
    store: EventStore,
    obligation: str | None = None,
    *,
    cascade_id: str | None = None,
    until: dt.datetime | None = None,
) -> tuple[str, list[StoredEvent]]:
    """The stored events of ``obligation`` (or of the whole cascade) up to ``until``,
    oldest first, with the id of the cascade they belong to."""
    chosen = pick_cascade(store, cascade_id)
    if obligation is not None:
        known = {ob.id for ob in store.load_cascade(chosen).obligations}
        if obligation not in known:
            raise UnknownReferenceError("obligation", obligation, f"in cascade {chosen}")
    return chosen, store.history(chosen, obligation=obligation, until=until)


def new_event(
    trigger: str,
    obligation: str,
    actor: str,
    *,
    at: dt.datetime | None = None,
    note: str | None = None,
    evidence: str | None = None,
    event_id: str | None = None,
) -> Event:
    """An event as a person records it: TRIGGER on OBLIGATION, or the trigger ``milestone``
    with a milestone's id; at ``at`` (default now, Vietnam time). Without ``event_id`` the
    id is derived from what the event says, so recording it again is a no-op."""
    from pydantic import ValidationError

    from cascade.clock import now
    from cascade.model import Event

    when = at or now()
    milestone = trigger == "milestone"
    fields = {
        "obligation": None if milestone else obligation,
        "trigger": None if milestone else trigger,
        "milestone": obligation if milestone else None,
        "actor": actor, "at": when, "note": note, "evidence": evidence,
    }  # fmt: skip
    try:
        return Event(id=event_id or derived_id(obligation, trigger, actor, when), **fields)
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise InputError(f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}") from None


def derived_id(obligation: str, trigger: str, actor: str, at: dt.datetime) -> str:
    """A default id for a recorded event, derived from what it says: recording the same
    event twice (a retry) gives the same id, which the store then skips."""
    text = f"{obligation}\0{trigger}\0{actor}\0{at.isoformat()}"
    return "r-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
