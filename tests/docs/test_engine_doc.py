"""docs/engine.md: its Python example runs, and every CLI command it names has help."""

from __future__ import annotations

import pytest

from support import ROOT, python_blocks

DOC = ROOT / "docs" / "engine.md"


def test_the_python_example_in_the_doc_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = python_blocks(DOC)
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, str(DOC), "exec"), {})


def test_the_doc_names_every_engine_command() -> None:
    text = DOC.read_text(encoding="utf-8")
    for command in ("cascade status", "cascade apply", "cascade lifecycle check",
                    "cascade export"):  # fmt: skip
        assert command in text
