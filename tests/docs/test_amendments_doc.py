"""docs/amendments.md: its three scenarios run as written, in order, on one database, and
say what the commands print; its Python example runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from support import ROOT, python_blocks, run

DOC = ROOT / "docs" / "amendments.md"
DB = "sqlite:///amendments.db"


def blocks() -> list[list[tuple[str, list[str]]]]:
    """Each console block as (command, the lines it must print) pairs."""
    out = []
    for block in re.findall(r"```console\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S):
        steps: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps and line.strip():
                steps[-1][1].append(line.rstrip())
        out.append(steps)
    return out


def test_the_scenarios_run_and_print_what_the_page_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the page's paths are relative to the repository
    url = f"sqlite:///{tmp_path / 'amendments.db'}"
    env = {"CASCADE_DB": url}
    ran = 0
    for steps in blocks():
        for command, expected in steps:
            if command.startswith("export CASCADE_DB="):
                assert command.endswith(DB)
                continue
            words = shlex.split(command)
            assert words[0] == "cascade"
            result = run(*words[1:], env=env)
            printed = {line.rstrip() for line in result.output.replace(DB, "").splitlines()}
            printed |= {line.rstrip() for line in result.output.splitlines()}
            for line in expected:
                assert line.replace(DB, url) in printed, (command, line, result.output)
            allowed = {"diff": (1,), "load": (0, 2)}
            codes = allowed.get(words[1], allowed.get(words[2] if len(words) > 2 else "", (0,)))
            assert result.exit_code in codes, (command, result.output)
            ran += 1
    assert ran >= 15


def test_the_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    (block,) = python_blocks(DOC, "in_force(")
    exec(compile(block, str(DOC), "exec"), {})
