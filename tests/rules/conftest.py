"""Fixtures for the validator's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import RULE_FIXTURES, SEED


@pytest.fixture
def seed_path() -> Path:
    """The seed cascade file."""
    return SEED


@pytest.fixture
def base_text() -> str:
    """The text of the clean fixture cascade every rule fixture varies."""
    return (RULE_FIXTURES / "base.yaml").read_text(encoding="utf-8")
