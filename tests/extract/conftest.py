"""Shared paths and fixtures for the extraction tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.extract import Extraction, extract_file, load_registry

HERE = Path(__file__).parent
INPUTS = HERE / "inputs"
GOLD = HERE / "gold"
ROOT = HERE.parents[1]
SEED_WORKFLOW = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
SEED_TEXT = INPUTS / "000_seed_STTTT-TTBCXB_2025.txt"


def input_named(prefix: str) -> Path:
    """The input text whose file name starts with ``prefix``."""
    (path,) = INPUTS.glob(f"{prefix}*.txt")
    return path


@pytest.fixture(scope="session")
def seed_with_registry() -> Extraction:
    """The seed extracted with the hand-written seed cascade as the registry."""
    return extract_file(SEED_TEXT, load_registry(SEED_WORKFLOW))
