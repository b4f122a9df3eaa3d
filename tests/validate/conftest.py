"""Shared fixtures for the validator's tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cascade.rules import Bucket, StateView

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
ROOT = HERE.parents[1]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"


def load_state(path: Path) -> StateView:
    """A hand-built state (``*.state.json``): as_of, states and buckets by obligation id."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return StateView(
        as_of=dt.date.fromisoformat(data["as_of"]),
        states=data["states"],
        buckets={k: Bucket(v) for k, v in data["buckets"].items()},
    )


@pytest.fixture
def seed() -> Path:
    """The seed cascade file."""
    return SEED


@pytest.fixture
def base_text() -> str:
    """The text of the clean fixture cascade every rule fixture varies."""
    return (FIXTURES / "base.yaml").read_text(encoding="utf-8")
