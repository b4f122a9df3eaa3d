"""Drive the seed cascade through its whole life with the Python API.

Loads the Kiên Giang cascade and the part of its life recorded in
workflows/events/kien-giang-xiv-congress.jsonl, prints the four status buckets at
a few dates, then closes every remaining obligation the way a department would:
reports what can still be reported (the communes that took over from the
dissolved district committees report theirs), cancels what nobody took over,
accepts the reports, bottom up.

Run from the repository root:  .venv/bin/python examples/drive_seed.py
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

from cascade import Event, Obligation, Tracker, TransitionRefusedError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
EVENTS = ROOT / "workflows" / "events" / "kien-giang-xiv-congress.jsonl"
VN = dt.timezone(dt.timedelta(hours=7))


def print_status(tracker: Tracker, day: str) -> None:
    counts = tracker.status(dt.date.fromisoformat(day)).total.as_dict()
    print(f"{day}: " + ", ".join(f"{key} {value}" for key, value in counts.items()))


def acting(tracker: Tracker, org_id: str, when: dt.datetime) -> str | None:
    """Who acts for ``org_id`` on ``when``: itself, a successor, or nobody (None)."""
    org = tracker.cascade.organisation(org_id)
    if org.valid_until is None or when.date() <= org.valid_until:
        return org_id
    return org.successors[0] if org.successors else None


def close(tracker: Tracker, ob: Obligation, clock: Iterator[dt.datetime]) -> None:
    """Apply the events that take ``ob`` to a final state, one clock tick each."""
    document = tracker.cascade.document(ob.document)
    steps = {"assigned": "start", "in_progress": "report", "reported": "accept"}
    while (state := tracker.state(ob.id)) in steps:
        when = next(clock)
        trigger = steps[state]
        issuer = acting(tracker, document.on_behalf_of or document.issuer, when)
        actor = acting(tracker, ob.lead, when) if trigger != "accept" else issuer
        if actor is None:  # the lead body is gone and nobody took over: cancel it
            trigger, actor = "cancel", issuer
        assert actor is not None
        event_id = f"close-{when:%Y%m%d%H%M}"
        tracker.apply(Event(id=event_id, obligation=ob.id, trigger=trigger, actor=actor, at=when))


def main() -> Tracker:
    tracker = Tracker.load(SEED, EVENTS)
    moves: list[str] = []
    tracker.on_transition(lambda event, old, new: moves.append(f"{event.obligation}: {new}"))
    print(tracker.cascade.cascade.title)
    print(f"{len(tracker)} obligations, {tracker.history_size} events so far")
    for day in ("2025-03-31", "2026-01-31", "2026-03-31"):
        print_status(tracker, day)

    # a refused event: the newspaper may not accept its own report
    try:
        at = dt.datetime(2026, 4, 1, 9, tzinfo=VN)
        own = "1.2@bao-kien-giang"
        tracker.apply(
            Event(id="oops", obligation=own, trigger="accept", actor="bao-kien-giang", at=at)
        )
    except TransitionRefusedError as refused:
        print(f"refused: {refused.reason}")

    # close everything, children before parents (the roll-up asks for that)
    start = dt.datetime(2026, 4, 1, 8, tzinfo=VN)
    clock = (start + dt.timedelta(minutes=10 * tick) for tick in itertools.count())
    depth = {ob.id: 0 for ob in tracker.cascade.obligations}
    for ob in tracker.cascade.obligations:
        parent = ob.implements
        while parent is not None:
            depth[ob.id] += 1
            parent = tracker.cascade.obligation(parent).implements
    for ob in sorted(tracker.cascade.obligations, key=lambda o: -depth[o.id]):
        close(tracker, ob, clock)
    print(f"{len(moves)} transitions applied through the API")
    print_status(tracker, "2026-06-30")
    final = {"accepted", "cancelled", "superseded"}
    open_ones = [ob for ob, state in tracker.states().items() if state not in final]
    print("every obligation is closed" if not open_ones else f"still open: {open_ones}")
    return tracker


if __name__ == "__main__":
    main()
