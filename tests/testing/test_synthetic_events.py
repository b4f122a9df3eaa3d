"""The synthetic history is legal: every event passes the guards, on both paths."""

from __future__ import annotations

import pytest

from cascade.engine.tracker import Tracker
from cascade.testing.synthetic import SMALL, generate, generate_events


def test_a_generated_history_replays_without_refusal() -> None:
    cascade = generate(400, SMALL, seed=3)
    batch = generate_events(cascade, 800, seed=3)
    assert len(batch) == 800
    bulk = Tracker(cascade)
    bulk.replay(batch)
    single = Tracker(cascade)
    for event in batch.events():
        single.apply(event)
    assert bulk.states() == single.states()
    states = set(bulk.states().values())
    assert {"assigned", "in_progress", "reported", "accepted", "cancelled"} <= states


def test_the_same_seed_gives_the_same_history() -> None:
    cascade = generate(300, SMALL)
    a, b = generate_events(cascade, seed=1), generate_events(cascade, seed=1)
    assert (a.ids, a.obligations, a.triggers, list(a.at)) == (
        b.ids, b.obligations, b.triggers, list(b.at)
    )  # fmt: skip


def test_an_impossible_count_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot make exactly"):
        generate_events(generate(300, SMALL), 10_000)


def test_replay_reports_progress_in_rows() -> None:
    cascade = generate(70_000 // 2, SMALL)
    batch = generate_events(cascade, 70_000)
    seen: list[int] = []
    Tracker(cascade).replay(batch, seen.append)
    assert seen == [0, 65_536, 70_000]
