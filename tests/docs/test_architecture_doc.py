"""docs/architecture.md: its Python example runs, and the modules its walk names exist."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from support import ROOT, python_blocks

DOC = ROOT / "docs" / "architecture.md"


def test_the_service_layer_example_records_and_counts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (block,) = python_blocks(DOC, "cascade.record(")
    monkeypatch.chdir(tmp_path)
    block = block.replace('"workflows/', f'"{ROOT}/workflows/')
    scope: dict[str, object] = {}
    exec(compile(block, str(DOC), "exec"), scope)
    assert scope["done"].state == "in_progress"  # type: ignore[attr-defined]
    total = scope["report"].status.total  # type: ignore[attr-defined]
    assert total.open_within_deadline == total.total == 96


def test_every_module_the_walk_names_exists() -> None:
    walk = DOC.read_text(encoding="utf-8").split("## The walk of one event")[1]
    named = set(re.findall(r"\*\*`(cascade\.[\w.]+)`\*\*", walk))
    assert len(named) >= 8
    for name in named:
        module, _, function = name.rpartition(".")
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            assert hasattr(importlib.import_module(module), function), name
