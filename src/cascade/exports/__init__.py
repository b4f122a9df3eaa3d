"""What ``cascade export`` writes from a replayed tracker: JSON, OCEL 2.0 or CSV.

The tracker comes from a cascade file and an events file, or from a database
(:func:`cascade.store.tracking.load_tracker`); either way the engine has replayed
the history, and ``states`` (event id -> the state it led to) was collected on
the way, so OCEL objects and CSV rows carry the state after every event.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from cascade.clock import end_of_day_seconds, to_seconds
from cascade.store.port import StoredEvent

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker
    from cascade.model import Cascade


def export_text(
    tracker: Tracker,
    fmt: str,
    states: Mapping[str, str] | None = None,
    *,
    replayed: bool = True,
    only: Collection[int] | None = None,
    as_of: dt.date | None = None,
) -> str:
    """The export of ``tracker`` in ``fmt`` ("json", "ocel" or "csv").

    ``only`` keeps the obligations at those positions (a filter) and their events.
    With ``as_of``, as of the end of that day: the cascade in force then and its
    states (json), or the history up to then (ocel, csv).
    """
    cascade = tracker.cascade.narrowed(only)
    if fmt == "json":
        return _json(tracker, cascade, replayed, as_of)
    history = tracker.history()
    if only is not None:
        kept = {ob.id for ob in cascade.obligations}
        history = [e for e in history if e.obligation is None or e.obligation in kept]
    if as_of is not None:
        cutoff = end_of_day_seconds(as_of)
        history = [event for event in history if to_seconds(event.at) <= cutoff]
    if fmt == "ocel":
        from cascade.exports.ocel import to_ocel

        document = to_ocel(cascade, history, states, tracker.lifecycle.initial)
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    from cascade.exports.history_csv import to_csv

    seen: Counter[str] = Counter()
    rows = []
    for seq, event in enumerate(history, start=1):
        version = None
        if event.obligation is not None:
            seen[event.obligation] += 1
            version = seen[event.obligation]
        rows.append(StoredEvent(seq, event, version))
    return to_csv(cascade, rows, states)


def _json(tracker: Tracker, cascade: Cascade, replayed: bool, as_of: dt.date | None) -> str:
    """The interchange JSON: as written (amendments listed), or in force at ``as_of``."""
    from cascade.engine.status import states_and_buckets
    from cascade.engine.timeline import in_force
    from cascade.files.interchange import dumps, to_interchange

    if as_of is None:
        current = tracker.states() if replayed else None
        return dumps(to_interchange(cascade, current, tracker.lifecycle.initial))
    names, _codes = states_and_buckets(tracker, as_of)
    then = dict(zip(tracker.tables.ob_ids, names, strict=True))
    plan = tracker.dated.plan if tracker.dated is not None else None
    return dumps(to_interchange(in_force(cascade, as_of, plan), then, tracker.lifecycle.initial))
