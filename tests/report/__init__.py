"""Tests of cascade.report, cascade due and cascade report; the seed as of one day."""

from __future__ import annotations

from pathlib import Path

from support import SEED, SEED_EVENTS, Ran, run

AS_OF = "2026-03-31"


def run_seed(command: str, *args: str | Path) -> Ran:
    """``cascade COMMAND SEED --events SEED_EVENTS --as-of AS_OF ARGS``."""
    return run(command, SEED, "--events", SEED_EVENTS, "--as-of", AS_OF, *args)
