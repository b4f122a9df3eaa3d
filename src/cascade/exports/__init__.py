"""What ``cascade export`` writes from a replayed tracker: JSON, OCEL 2.0 or CSV.

The tracker comes from a cascade file and an events file, or from a database
(:func:`cascade.store.tracking.load_tracker`); either way the engine has replayed
the history, and ``states`` (event id -> the state it led to) was collected on
the way, so OCEL objects and CSV rows carry the state after every event.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from cascade.store.port import StoredEvent

if TYPE_CHECKING:
    from cascade.engine.tracker import Tracker


def export_text(
    tracker: Tracker,
    fmt: str,
    states: Mapping[str, str] | None = None,
    *,
    replayed: bool = True,
    only: Collection[int] | None = None,
) -> str:
    """The export of ``tracker`` in ``fmt`` ("json", "ocel" or "csv").

    ``only`` keeps the obligations at those positions (a filter) and their events.
    """
    cascade = tracker.cascade.narrowed(only)
    if fmt == "json":
        from cascade.files.interchange import dumps, to_interchange

        current = tracker.states() if replayed else None
        return dumps(to_interchange(cascade, current, tracker.lifecycle.initial))
    history = tracker.history()
    if only is not None:
        kept = {ob.id for ob in cascade.obligations}
        history = [e for e in history if e.obligation is None or e.obligation in kept]
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
