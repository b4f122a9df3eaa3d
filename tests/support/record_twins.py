"""The old way of recording, as the oracle, and twin cascades that record every event
both ways.

:func:`record_full_replay` is what ``cascade.services.record`` did before it replayed
only part of the history: the whole stored history replayed into a tracker, then the
same decision and the same write.
:class:`Twins` stores one cascade twice in one store, under two ids, and sends each
event to one copy the old way and to the other the new way: the outcomes must agree.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from cascade.errors import CascadeError, EventConflictError
from cascade.model import CascadeFile, Event
from cascade.services import Recorded, Source, open_tracker, record
from cascade.store import EventStore

_tags = itertools.count()


def record_full_replay(store: EventStore, cascade_id: str, event: Event) -> Recorded:
    """Record ``event`` deciding on the whole stored history (the way before partial
    replay, for one writer)."""
    tracker = open_tracker(Source(db=store, cascade_id=cascade_id))
    ob = event.obligation
    seen = len(tracker.history(ob)) if ob is not None else None
    done = tracker.apply(event)
    state = done.new if done is not None else (tracker.state(ob) if ob is not None else None)
    result = store.append(cascade_id, event, expected_version=seen, state=state)
    return Recorded(event, cascade_id, result.duplicate, result.version, state)


@dataclass(frozen=True)
class Outcome:
    """What recording one event did: stored (or a duplicate) with a state, or refused."""

    accepted: bool
    duplicate: bool = False
    version: int | None = None
    state: str | None = None
    error: str | None = None  # the exception's class
    message: str | None = None


def outcome(call: Callable[[], Recorded]) -> Outcome:
    try:
        done = call()
    except CascadeError as exc:
        return Outcome(False, error=type(exc).__name__, message=str(exc))
    return Outcome(True, done.duplicate, done.version, done.state)


def renamed(cascade_file: CascadeFile, cascade_id: str) -> CascadeFile:
    """``cascade_file`` under another cascade id."""
    header = cascade_file.cascade.model_copy(update={"id": cascade_id})
    return cascade_file.model_copy(update={"cascade": header})


class Twins:
    """One cascade stored twice: ``full`` records the old way, ``part`` the new way."""

    def __init__(self, store: EventStore, cascade_file: CascadeFile) -> None:
        tag = next(_tags)
        self.store = store
        self.full = f"{cascade_file.cascade.id}-full-{tag}"
        self.part = f"{cascade_file.cascade.id}-part-{tag}"
        for cascade_id in (self.full, self.part):
            store.save_cascade(renamed(cascade_file, cascade_id))

    def record(self, event: Event) -> Outcome:
        """Record ``event`` both ways; the outcomes must be the same. Returns it."""
        old = outcome(lambda: record_full_replay(self.store, self.full, event))
        new = outcome(lambda: record(self.store, event, cascade_id=self.part))
        if old.error == EventConflictError.__name__ and event.obligation is None:
            # a milestone event reusing an id: the old way's tracker said so in its
            # words, the new way lets the store say it (as for any other event)
            assert new.error == old.error and event.id in (new.message or ""), (old, new)
        else:
            assert new == old, f"{event!r}\nfull replay: {old}\npartial:     {new}"
        return new

    def check_same_store(self) -> None:
        """Both copies hold the same history and the same heads."""
        store = self.store
        full = [s.event for s in store.history(self.full)]
        part = [s.event for s in store.history(self.part)]
        assert full == part
        assert store.heads(self.full) == store.heads(self.part)
