"""Fixtures for the wiring tests: the seed and its events, and a small cascade on disk.

The small cascade is the engine tests' one (``engine.conftest.small_text``): a
province plan ``p`` cascaded to three districts (``c1``, ``c2``, ``c3``) by a
dispatch of the People's Committee's office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cascade.cli import main
from cascade.files.events_write import write_events
from cascade.model import Event
from engine.conftest import small_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
SEED_EVENTS = ROOT / "workflows" / "events" / "kien-giang-xiv-congress.jsonl"

# (obligation, trigger, actor, day): p is reported once its three children are
LIFE = [
    ("p", "start", "ubnd", "2025-01-06"),
    ("c1", "start", "h1", "2025-01-07"),
    ("c2", "start", "h2", "2025-01-07"),
    ("c3", "start", "h3", "2025-01-07"),
    ("c1", "report", "h1", "2025-02-10"),
    ("c2", "report", "h2", "2025-02-11"),
    ("c3", "report", "h3", "2025-02-12"),
    ("p", "report", "ubnd", "2025-03-01"),
]


def run(*args: str | Path) -> Result:
    """``cascade ARGS`` through click's runner."""
    return CliRunner().invoke(main, [str(a) for a in args])


def events(rows: list[tuple[str, str, str, str]], prefix: str = "e") -> list[Event]:
    """Events from (obligation, trigger, actor, day) rows, at 09:00 Vietnam time."""
    return [
        Event(id=f"{prefix}{i:03d}", obligation=o, trigger=t, actor=a,
              at=dt.datetime.combine(dt.date.fromisoformat(d), dt.time(9)))
        for i, (o, t, a, d) in enumerate(rows, start=1)
    ]  # fmt: skip


WriteSmall = Callable[..., tuple[Path, Path]]


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
