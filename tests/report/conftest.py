"""Shared by the report tests: the seed, its events, and a CLI runner."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from cascade.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
SEED_EVENTS = ROOT / "workflows" / "events" / "kien-giang-xiv-congress.jsonl"
AS_OF = "2026-03-31"


def run(*args: str | Path) -> Result:
    """``cascade ARGS`` in-process; standard error is kept apart from standard output."""
    return CliRunner().invoke(main, [str(a) for a in args])


def run_seed(command: str, *args: str | Path) -> Result:
    """``cascade COMMAND SEED --events SEED_EVENTS --as-of AS_OF ARGS``."""
    return run(command, SEED, "--events", SEED_EVENTS, "--as-of", AS_OF, *args)
