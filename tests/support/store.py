"""Events for the store and service tests: one at a time, a legal history, a file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from cascade.model import Cascade, Event

T0 = dt.datetime(2025, 1, 10, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def ev(
    event_id: str, obligation: str | None, trigger: str | None, actor: str, **more: Any
) -> Event:
    """An event at ``T0`` plus ``minutes`` (keyword), other fields as given."""
    minutes = more.pop("minutes", 0)
    return Event(
        id=event_id,
        obligation=obligation,
        trigger=trigger,
        actor=actor,
        at=T0 + dt.timedelta(minutes=minutes),
        **more,
    )


def lifecycle_events(cascade: Cascade, count: int, prefix: str = "e") -> list[Event]:
    """``count`` events that the default lifecycle accepts, spread over the leaf obligations.

    Each leaf (an obligation nothing implements, so roll-up never blocks it) is
    started by its lead, then reported by the lead and returned by the body it
    reports to, again and again; times rise by a minute an event.
    """
    parents = {ob.implements for ob in cascade.obligations}
    leaves = [ob for ob in cascade.obligations if ob.id not in parents]
    done: dict[str, int] = {}
    events: list[Event] = []
    for i in range(count):
        ob = leaves[i % len(leaves)]
        step = done.get(ob.id, 0)
        done[ob.id] = step + 1
        trigger = "start" if step == 0 else ("report" if step % 2 else "return")
        actor = cascade.report_to(ob) if trigger == "return" else ob.lead
        events.append(
            Event.model_construct(
                id=f"{prefix}{i}",
                obligation=ob.id,
                trigger=trigger,
                actor=actor,
                at=T0 + dt.timedelta(minutes=i),
                note=None,
                evidence=None,
                milestone=None,
            )
        )
    return events


def write_jsonl(events: list[Event], path: Path) -> Path:
    """Write ``events`` as an events file (JSON Lines)."""
    with path.open("w", encoding="utf-8") as handle:
        for e in events:
            record = e.model_dump(mode="json", exclude_none=True)
            record["at"] = e.at.isoformat()
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
