"""Helpers shared by the store tests (a module name no other topic uses)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cascade.model import Event

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
SEED_ID = "kien-giang-xiv-congress"
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
