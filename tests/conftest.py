"""Fixtures shared by the whole test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.files.loader import load
from cascade.model import Cascade

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"


@pytest.fixture(scope="session")
def seed() -> Cascade:
    """The seed cascade, loaded once."""
    return load(SEED)
