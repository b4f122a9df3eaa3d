"""docs/report.md: its Python example runs, its commands on the seed run, it is linked."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from support import ROOT, run

DOC = ROOT / "docs" / "report.md"


def test_the_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, str(DOC), "exec"), {})


def test_the_seed_commands_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = DOC.read_text(encoding="utf-8").replace("\\\n", " ")
    commands = [
        line.strip()
        for block in re.findall(r"```sh\n(.*?)```", text, re.S)
        for line in block.splitlines()
        if line.strip().startswith("cascade ") and "workflows/" in line and "…" not in line
    ]
    assert len(commands) >= 3
    monkeypatch.chdir(tmp_path)
    for command in commands:
        words = shlex.split(command.split("#")[0])[1:]
        words = [str(ROOT / w) if w.startswith("workflows/") else w for w in words]
        result = run(*words)
        assert result.exit_code == 0, (command, result.output)
    assert (tmp_path / "report.html").stat().st_size > 10_000


def test_the_readme_and_the_image() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/report.md" in readme and "cascade report" in readme and "cascade due" in readme
    assert (ROOT / "docs" / "images" / "kien-giang-xiv-congress-report.png").stat().st_size > 0
