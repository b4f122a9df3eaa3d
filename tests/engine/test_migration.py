"""A lifecycle migration: running obligations move to another lifecycle on a day, each
state mapped, nothing in the history rewritten."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from cascade.engine.status import status
from cascade.engine.tracker import Tracker
from cascade.errors import LifecycleDefinitionError, TransitionRefusedError
from cascade.event_batch import EventBatch
from cascade.services import Source, import_events, load_definition, open_tracker
from cascade.store import EventStore
from support import ROOT, events, small_text

EOFFICE = ROOT / "workflows" / "lifecycles" / "eoffice.yaml"
MIGRATION = """amendments:
  - {id: sang-eoffice, kind: migrate, document: cv, effective: 2025-03-01, lifecycle: eoffice,
     states: {accepted: approved, superseded: cancelled}}
"""
BEFORE = [
    ("c1", "start", "h1", "2025-01-07"),
    ("c1", "report", "h1", "2025-02-01"),
    ("c1", "accept", "ubnd", "2025-02-03"),
    ("c2", "start", "h2", "2025-02-05"),
]
AFTER = [
    ("c2", "report", "h2", "2025-03-10"),
    ("c2", "approve", "ubnd", "2025-03-12"),  # eoffice's word for it
    ("c3", "receive", "h3", "2025-03-13"),  # eoffice: received before started
    ("c3", "start", "h3", "2025-03-14"),
]


def cascade_file(tmp_path: Path, text: str) -> Path:
    (tmp_path / "lifecycles").mkdir(exist_ok=True)
    shutil.copy(EOFFICE, tmp_path / "lifecycles" / "eoffice.yaml")
    path = tmp_path / "small.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_running_obligations_move_to_the_new_lifecycle_on_the_day(tmp_path: Path) -> None:
    tracker = Tracker.load(cascade_file(tmp_path, small_text() + MIGRATION))
    tracker.replay(events(BEFORE + AFTER))
    assert tracker.state("c1") == "approved"  # accepted, renamed by the mapping
    assert tracker.state("c2") == "approved" and tracker.state("c3") == "in_progress"
    with pytest.raises(TransitionRefusedError, match="'accept' is not allowed"):
        tracker.apply(events([("c3", "accept", "ubnd", "2025-03-20")], "x")[0])
    # before the day, only the first lifecycle's transitions: eoffice's 'receive' is refused
    early = Tracker.load(cascade_file(tmp_path, small_text() + MIGRATION))
    with pytest.raises(TransitionRefusedError, match="'receive' is not allowed"):
        early.apply(events([("c3", "receive", "h3", "2025-02-20")])[0])


def test_the_figures_before_the_migration_are_the_figures_without_it(tmp_path: Path) -> None:
    migrated = Tracker.load(cascade_file(tmp_path, small_text() + MIGRATION))
    migrated.replay(events(BEFORE + AFTER))
    plain = Tracker.load(cascade_file(tmp_path, small_text()))
    plain.replay(events(BEFORE))
    for day in ("2025-01-31", "2025-02-28"):
        assert status(migrated, dt.date.fromisoformat(day)) == status(
            plain, dt.date.fromisoformat(day)
        )
    names = dict(zip(migrated.tables.ob_ids, migrated.snapshot().state, strict=True))
    assert migrated.lifecycle.states[names["c1"]] == "approved"


def test_every_state_must_be_mapped_and_count_as_before(tmp_path: Path) -> None:
    unmapped = MIGRATION.replace(
        "states: {accepted: approved, superseded: cancelled}", "states: {}"
    )
    with pytest.raises(
        LifecycleDefinitionError, match="state 'accepted' of lifecycle default is not mapped"
    ):
        Tracker.load(cascade_file(tmp_path, small_text() + unmapped))
    reopened = MIGRATION.replace("accepted: approved", "accepted: in_progress")
    with pytest.raises(LifecycleDefinitionError, match="does not change what they count as"):
        Tracker.load(cascade_file(tmp_path, small_text() + reopened))


def test_a_store_keeps_the_lifecycle_it_migrates_to(store: EventStore, tmp_path: Path) -> None:
    path = cascade_file(tmp_path, small_text() + MIGRATION)
    load_definition(store, path)
    stored = store.load_cascade("small").amendments[0]
    assert stored.kind == "migrate" and stored.definition is not None  # type: ignore[union-attr]
    import_events(store, EventBatch.from_events(events(BEFORE + AFTER)))
    tracker = open_tracker(Source(db=store))
    assert tracker.states() == {**tracker.states(), "c1": "approved", "c2": "approved"}
