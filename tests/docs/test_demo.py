"""scripts/demo.sh: every ``cascade`` command it runs works (through click's runner, with
its outputs sent to a temporary folder; the script itself also runs setup.sh)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from support import ROOT, run

DEMO = ROOT / "scripts" / "demo.sh"


def demo_commands() -> list[list[str]]:
    """The demo's ``cascade`` commands, its shell variables expanded."""
    text = DEMO.read_text(encoding="utf-8").replace("\\\n", " ")
    names = dict(re.findall(r"^(\w+)=(\S+)$", text, re.M))
    commands = []
    for line in text.splitlines():
        if line.startswith(".venv/bin/cascade "):
            expanded = re.sub(r"\$\{?(\w+)\}?", lambda m: names[m[1]], line)
            commands.append(shlex.split(expanded)[1:])
    return commands


def test_the_demo_tracks_the_seed() -> None:
    commands = [" ".join(c) for c in demo_commands()]
    assert any(c.startswith("status ") and "--events" in c and "--as-of" in c for c in commands)
    assert any("--color-by bucket" in c and "kien-giang-xiv-congress-status.png" in c
               for c in commands)  # fmt: skip


@pytest.mark.parametrize("args", demo_commands(), ids=lambda a: " ".join(a[:1] + a[2:]))
def test_each_demo_command_runs(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    args = [str(tmp_path / Path(a).name) if a.startswith("out/") else a for a in args]
    result = run(*args)
    assert result.exit_code == 0, result.output
    written = [a for a in args if a.startswith(str(tmp_path))]
    assert all(Path(w).stat().st_size > 0 for w in written)
