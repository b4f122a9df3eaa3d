"""Fixtures the whole suite shares; what they build on is in ``support``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cascade.engine.tracker import Tracker
from cascade.files.events_write import write_events
from cascade.files.loader import load, loads
from cascade.model import Cascade, Event
from support import SEED, Make, WriteSmall, events, small_text

pytest_plugins = ["support.backends"]  # the store fixtures, on every backend


@pytest.fixture(scope="session")
def seed() -> Cascade:
    """The seed cascade, loaded once."""
    return load(SEED)


@pytest.fixture
def small() -> Tracker:
    """A tracker of the small cascade (``support.small_text``), with no events."""
    return Tracker(loads(small_text()))


@pytest.fixture
def ev() -> Make:
    """``ev(obligation, trigger, actor, "2025-01-10")``: an event with a fresh id."""
    counter = iter(range(1, 10**6))

    def make(
        obligation: str | None,
        trigger: str | None,
        actor: str,
        day: str,
        *,
        eid: str | None = None,
        milestone: str | None = None,
        hour: int = 9,
    ) -> Event:
        at = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour))
        return Event(
            id=eid or f"e{next(counter):04d}",
            obligation=obligation,
            trigger=trigger,
            actor=actor,
            at=at,
            milestone=milestone,
        )

    return make


@pytest.fixture
def write_small(tmp_path: Path) -> WriteSmall:
    """``write_small(rows, text=None)``: the small cascade and an events file on disk."""

    def write(rows: list[tuple[str, str, str, str]], text: str | None = None) -> tuple[Path, Path]:
        cascade = tmp_path / "small.yaml"
        cascade.write_text(text or small_text(), encoding="utf-8")
        path = tmp_path / "small.jsonl"
        write_events(events(rows), path)
        return cascade, path

    return write
