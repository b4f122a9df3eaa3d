"""The examples run, and the seed's whole life can be driven from the CLI too."""

from __future__ import annotations

import json
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

from cascade.engine.tracker import Tracker
from cascade.files.events_write import write_events
from support import ROOT, SEED, run

EXAMPLE = ROOT / "examples" / "drive_seed.py"


def test_drive_seed_runs_and_closes_everything() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=True, timeout=120
    )
    assert "every obligation is closed" in result.stdout
    assert "refused: only the issuer (so-tttt)" in result.stdout
    assert "2026-03-31: completed_on_time 24, completed_late 1" in result.stdout


def test_the_whole_life_through_the_cli(tmp_path: Path) -> None:
    # the same life as the example, recorded as an events file
    tracker: Tracker = runpy.run_path(str(EXAMPLE))["main"]()
    life = tmp_path / "life.jsonl"
    write_events(tracker.history(), life)

    shutil.copy(SEED, tmp_path / SEED.name)
    cascade = tmp_path / SEED.name
    applied = run("apply", str(cascade), str(life))
    assert applied.exit_code == 0, applied.output
    history = tmp_path / "events" / f"{SEED.stem}.jsonl"
    assert history.read_text(encoding="utf-8") == life.read_text(encoding="utf-8")
    args = ["--events", str(history), "--as-of", "2026-06-30", "--format", "json"]
    shown = run("status", str(cascade), *args)
    total = json.loads(shown.stdout)["total"]
    assert total["open_within_deadline"] == total["overdue"] == 0
    assert total["total"] == 96
