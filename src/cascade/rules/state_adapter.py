"""From the engine's :class:`~cascade.engine.tracker.Tracker` to the state rules' ``StateView``.

The state rules (CAS6xx) read a :class:`~cascade.rules.context.StateView`: each
obligation's state name and bucket as of a day. This module is the one place
that builds it from the engine; the buckets are the engine's own
(:func:`cascade.engine.status.states_and_buckets`), never computed again here.

* :func:`state_view`: a tracker (events already replayed) and a day;
* :func:`tracked_state`: events and a day, as the callable the runner calls with
  the expanded cascade once the file's references hold (a file whose references
  are broken never gets that far, so its events are never replayed).

The engine is imported when a state is built, not when the rules are loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.model import Cascade, Event
from cascade.rules.context import StateView

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker
    from cascade.event_batch import EventBatch


def state_view(tracker: Tracker, as_of: dt.date | None = None) -> StateView:
    """What ``tracker``'s obligations look like at the end of ``as_of`` (default: today
    in Vietnam): their states then, their buckets, and which are closed."""
    from cascade.clock import today
    from cascade.engine.status import BUCKETS, CLOSED, states_and_buckets

    day = as_of or today()
    states, codes = states_and_buckets(tracker, day)
    ids = tracker.tables.ob_ids
    return StateView(
        as_of=day,
        states=dict(zip(ids, states, strict=True)),
        buckets={ob: BUCKETS[c] for ob, c in zip(ids, codes, strict=True) if c != CLOSED},
        closed=frozenset(ob for ob, c in zip(ids, codes, strict=True) if c == CLOSED),
    )


def tracked_state(
    events: str | Path | EventBatch | Iterable[Event] | None = None,
    as_of: dt.date | None = None,
    near: str | Path | None = None,
) -> Callable[[Cascade], StateView]:
    """A state source for :meth:`~cascade.rules.Validator.validate_file`: replay ``events``
    (an events file, a batch or events; none: the states written in the file) into a
    tracker of the expanded cascade, and view it as of ``as_of`` (default today).

    ``near`` is the cascade file, next to which the lifecycle it names is looked up
    (as :meth:`Tracker.load` does); without it, only built-in lifecycles are known.
    A refused event raises :class:`~cascade.errors.TransitionRefusedError`.
    """

    def build(cascade: Cascade) -> StateView:
        from cascade.engine.tracker import Tracker
        from cascade.files.events_read import read_events

        tracker = Tracker.for_file(cascade, near) if near is not None else Tracker(cascade)
        if events is not None:
            tracker.replay(read_events(events) if isinstance(events, str | Path) else events)
        return state_view(tracker, as_of)

    return build
